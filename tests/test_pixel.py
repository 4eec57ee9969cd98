"A pixel generator entry pointed at an OpenAI-compatible image endpoint on 127.0.0.1: an image and a status for every sample item."

import json
from pathlib import Path
from PIL import Image
from conftest import run_cli
from sciimg.data import load_sample
from sciimg.mockserver import MockServer


def test_generate_with_loopback_image_gateway(tmp_path):
    n = len(load_sample().items)
    with MockServer(faults=["ok"] * 3 + ["refusal", "500", "500", "500", "500", "400"]) as srv:
        ini = tmp_path / "s.ini"
        ini.write_text(
            f"[cache]\ndir = {tmp_path / 'cache'}\n[generator.gateway]\nkind = pixel\nprovider = openai\nmodel = seedream-4.0\n"
            f"base_url = {srv.base_url}\nsize = 1024x1024\nprice_image = 0.03\nprompt = caption\nconcurrency = 1\nretries = 3\n"
        )
        r = run_cli(
            "generate",
            "--generator",
            "gateway",
            "--split",
            "sample",
            "--run",
            tmp_path / "run",
            "--settings",
            ini,
            "--json",
        )
        assert r.returncode == 3, r.stderr[-3000:]  # two items left in an infrastructure status: rerun to retry
        assert json.loads(r.stdout)["incomplete"] == {"api_error": 1, "server_error": 1}
        paths = [q["path"] for q in srv.requests]
    recs = [json.loads(l) for l in (tmp_path / "run" / "generations.jsonl").read_text().splitlines()]
    assert len(recs) == n and len({x["id"] for x in recs}) == n  # every item has a record
    st = json.loads(r.stdout)["statuses"]
    assert st.get("blocked") == 1 and st.get("server_error") == 1 and st.get("api_error") == 1 and st.get("ok") == n - 3
    ok = [x for x in recs if x["status"] == "ok"]
    assert all(
        Image.open(tmp_path / "run" / x["image"]).mode == "RGB" and (tmp_path / "run" / x["received"]).is_file()
        for x in ok
    )
    assert all(
        x["mime"] == "image/png" and x["cost_usd"] == 0.03 and x["revised_prompt"].startswith("mock revised")
        for x in ok
    )
    assert set(paths) == {"/v1/images/generations"}
