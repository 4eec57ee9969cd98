"`sciimg data …` on the real release copy, on the sample, and on damaged inputs (clear one-line errors, no traceback)."

import json, shutil
from pathlib import Path
import pytest
from conftest import run_cli


def test_stats_release_all_splits(shared):
    r = run_cli("data", "stats", "--data", shared, "--split", "all", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out == {
        "splits": {
            "scigen": {"items": 1057, "quizzes": 4146, "types": 25},
            "seephys": {"items": 330, "quizzes": 1104, "types": 0},
            "all": {"items": 1387, "quizzes": 5250, "types": 25},
        },
        "malformed_option_sets": 51,
        "impossible_quizzes": 8,
    }


def test_stats_one_split_and_env_resolution(shared):
    r = run_cli("data", "stats", "--split", "seephys", "--json", env={"SCIIMG_DATA": str(shared)})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["splits"] == {"seephys": {"items": 330, "quizzes": 1104, "types": 0}}


def test_stats_sample_covers_taxonomy():
    r = run_cli("data", "stats", "--split", "sample", "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)["splits"]["sample"]
    assert s["items"] >= 25 and s["types"] == 25 and s["quizzes"] >= 3 * s["items"]


def test_combined_file_matches_split_files(shared, tmp_path):
    items = [
        {**d, "source": name}
        for name in ("scigen", "seephys")
        for d in json.loads((shared / f"{name}.json").read_text())
    ]
    (tmp_path / "scigenbench.json").write_text(json.dumps(items))
    shutil.copytree(shared / "seephys_images", tmp_path / "seephys_images")
    a = json.loads(run_cli("data", "stats", "--data", tmp_path / "scigenbench.json", "--json").stdout)
    b = json.loads(run_cli("data", "stats", "--data", shared, "--json").stdout)
    assert a == b


@pytest.fixture
def mini(shared, tmp_path):
    "A small release-layout copy (20 SciGen + 5 SeePhys items) to damage."
    (tmp_path / "seephys_images").mkdir()
    sg = json.loads((shared / "scigen.json").read_text())[:20]
    sp = json.loads((shared / "seephys.json").read_text())[:5]
    for it in sp:
        shutil.copy(shared / "seephys_images" / f"{it['id']}.png", tmp_path / "seephys_images")

    def write(scigen=sg, seephys=sp):
        (tmp_path / "scigen.json").write_text(json.dumps(scigen))
        (tmp_path / "seephys.json").write_text(json.dumps(seephys))
        return tmp_path

    write()
    return sg, sp, write


def _fails_clearly(r, *needles):
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    for n in needles:
        assert n in r.stderr, (n, r.stderr)


def test_truncated_json(mini):
    sg, sp, write = mini
    d = write()
    text = (d / "scigen.json").read_text()
    (d / "scigen.json").write_text(text[: len(text) // 2])
    _fails_clearly(run_cli("data", "stats", "--data", d, "--json"), "scigen.json", "invalid JSON", "truncated")


def test_item_without_quizzes(mini):
    sg, sp, write = mini
    bad = dict(sg[3])
    del bad["quizzes"]
    d = write(scigen=sg[:3] + [bad] + sg[4:])
    _fails_clearly(run_cli("data", "stats", "--data", d), "scigen.json", repr(bad["id"]), "'quizzes' is missing")
    r = run_cli("data", "stats", "--data", d, "--json", "--lenient")  # flagged instead: the rest is still counted
    assert r.returncode == 0 and json.loads(r.stdout)["splits"]["scigen"]["items"] == 19
    v = run_cli("data", "validate", "--data", d)
    assert v.returncode == 1 and "schema_error: 1" in v.stdout and bad["id"] in v.stdout


def test_quiz_without_options(mini):
    sg, sp, write = mini
    bad = json.loads(json.dumps(sp[2]))
    del bad["quizzes"][1]["options"]
    d = write(seephys=sp[:2] + [bad] + sp[3:])
    _fails_clearly(
        run_cli("data", "stats", "--data", d), "seephys.json", f"item '{bad['id']}'", "quiz 1", "'options' is missing"
    )


def test_unknown_image_type(mini):
    sg, sp, write = mini
    bad = dict(sg[5], image_type="Physics - Optics")
    d = write(scigen=sg[:5] + [bad] + sg[6:])
    _fails_clearly(
        run_cli("data", "stats", "--data", d), "scigen.json", repr(bad["id"]), "image_type 'Physics - Optics'"
    )


def test_missing_and_corrupt_reference_images_are_flagged(mini):
    sg, sp, write = mini
    d = write()
    (d / "seephys_images" / f"{sp[0]['id']}.png").unlink()
    (d / "seephys_images" / f"{sp[1]['id']}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    v = run_cli("data", "validate", "--data", d, "--json")
    assert v.returncode == 0, v.stderr
    found = {(f["kind"], f["item_id"], f["field"]) for f in json.loads(v.stdout)}
    assert ("missing_reference_image", str(sp[0]["id"]), "reference_image") in found
    assert ("corrupt_reference_image", str(sp[1]["id"]), "reference_image") in found
    s = run_cli("data", "stats", "--data", d, "--json")  # flagged, not fatal: stats still work
    assert s.returncode == 0 and json.loads(s.stdout)["splits"]["seephys"]["items"] == 5


def test_duplicate_ids_and_bad_sources(mini, tmp_path):
    sg, sp, write = mini
    d = write(scigen=sg + [sg[0]])
    _fails_clearly(run_cli("data", "stats", "--data", d), "duplicate", repr(sg[0]["id"]).strip("'"))
    _fails_clearly(run_cli("data", "stats", "--data", tmp_path / "nothing-here"), "neither a folder")
    empty = tmp_path / "empty"
    empty.mkdir()
    _fails_clearly(run_cli("data", "stats", "--data", empty), "neither scigen.json nor seephys.json")
    _fails_clearly(run_cli("data", "stats", "--split", "scigen"), "split 'scigen' is not in sample")


def test_ids_across_files_and_unsafe_ids(mini, tmp_path):
    "An id in both scigen.json and seephys.json names both places; a SeePhys id `../x` never reads outside the folder."
    sg, sp, write = mini
    d = write(scigen=sg, seephys=sp + [{**sp[0], "id": str(sg[3]["id"])}])
    _fails_clearly(
        run_cli("data", "stats", "--data", d), "duplicate id", "scigen.json entry #3", "seephys.json entry #5"
    )
    (tmp_path / "x.png").write_bytes(b"not read")
    d = write(scigen=sg, seephys=sp + [{**sp[0], "id": "../x"}])
    _fails_clearly(run_cli("data", "stats", "--data", d), "seephys.json: entry #5: field 'id' '../x'", "path separator")
    v = run_cli("data", "validate", "--data", d, "--lenient", "--json")  # lenient: reported, left out, the rest used
    assert v.returncode == 1 and "Traceback" not in v.stderr, v.stderr
    assert ("schema_error", "../x") in {(f["kind"], f["item_id"]) for f in json.loads(v.stdout)}


def test_data_file_that_never_ends(mini, tmp_path):
    "A data file that is a symlink to /dev/zero (or a FIFO) is refused at once, never read."
    sg, sp, write = mini
    d = write()
    (d / "scigen.json").unlink()
    (d / "scigen.json").symlink_to("/dev/zero")
    _fails_clearly(run_cli("data", "stats", "--data", d, timeout=60), "scigen.json: not a regular file")
