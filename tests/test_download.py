"The pinned download, served by a local HTTP server on 127.0.0.1 from a copy of the reference files."

import functools, http.server, json, shutil, threading
from pathlib import Path
import pytest
from sciimg.data import DataError, download_release, load_benchmark, release_pin, stats


@pytest.fixture
def server(shared, tmp_path):
    "Serves <root>/<repo>/<commit>/data/... like the raw-file host; records the paths requested."
    pin = release_pin()
    site = tmp_path / "site"
    data = site / pin["repo"] / pin["commit"] / "data"
    shutil.copytree(shared, data, ignore=shutil.ignore_patterns("LICENSE", "README.md"))
    hits = []

    class H(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            hits.append(self.path)
            return super().do_GET()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(H, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/{{repo}}/{{commit}}/"
    yield url, data, hits
    httpd.shutdown()
    httpd.server_close()


def test_download_verify_and_resume(server, tmp_path):
    url, data, hits = server
    dest = download_release(tmp_path / "cache", base_url=url)
    assert len(hits) == 332
    b = load_benchmark(dest)
    assert stats(b)["splits"]["all"] == {"items": 1387, "quizzes": 5250, "types": 25}
    assert b.count("missing_reference_image") == 0
    (dest / "seephys_images" / "1751.png").unlink()  # an interrupted download: only what is missing is fetched
    hits.clear()
    download_release(dest, base_url=url)
    assert hits == [f"/{release_pin()['repo']}/{release_pin()['commit']}/data/seephys_images/1751.png"]


def test_download_checksum_mismatch_names_file(server, tmp_path):
    url, data, hits = server
    (data / "seephys.json").write_text((data / "seephys.json").read_text().replace("uniformly", "unevenly", 1))
    with pytest.raises(DataError, match=r"seephys.json: checksum mismatch .*expected sha256"):
        download_release(tmp_path / "cache", base_url=url)
    assert not (tmp_path / "cache" / "seephys.json").exists() and not list((tmp_path / "cache").glob("*.part"))


def test_download_missing_file_is_an_error(server, tmp_path):
    url, data, hits = server
    (data / "scigen.json").unlink()
    with pytest.raises(DataError, match=r"scigen.json: HTTP 404"):
        download_release(tmp_path / "cache", base_url=url)
