"Outages during generation: the items they hit end in infrastructure statuses (exit 3), and the same command run again retries exactly those and completes (exit 0) — no duplicates, nothing lost, the earlier failures in `history`."

import json, os, signal, subprocess, sys, time
from pathlib import Path
from conftest import run_cli
from sciimg.core import read_jsonl
from sciimg.data import load_sample
from sciimg.mockserver import MockServer
from sciimg.records import read_generations

CODE = "```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 1], [0, 1], 'k-')\nax.text(0.2, 0.5, '4.0 kg')\nplt.show()\n```"


def _server(port: int = 0, latency: float = 0.0) -> tuple[subprocess.Popen, str]:
    "Our mock server in a process of its own (so the test can kill it), and its base URL."
    p = subprocess.Popen(
        [sys.executable, "-m", "sciimg.mockserver", "--port", str(port), "--latency", str(latency)],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = p.stdout.readline().strip()
    assert line.startswith("READY "), line
    return p, line.split()[1] + "/v1"


def _ini(tmp_path: Path, name: str, body: str) -> Path:
    f = tmp_path / f"{name}.ini"
    f.write_text(f"[cache]\ndir = {tmp_path / 'cache'}\n[run]\nworkers = 1\n{body}")
    return f


def test_generation_server_killed_partway_then_rerun_completes(tmp_path):
    n = len(load_sample().items)
    srv, url = _server(latency=0.3)
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    ini = _ini(
        tmp_path,
        "gw",
        f"[generator.gw]\nkind = pixel\nprovider = openai\nmodel = m\nbase_url = {url}\nconcurrency = 1\nretries = 1\n",
    )
    args = [
        "generate",
        "--generator",
        "gw",
        "--split",
        "sample",
        "--run",
        tmp_path / "run",
        "--settings",
        ini,
        "--json",
    ]
    gen = subprocess.Popen(
        [sys.executable, "-m", "sciimg.cli", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SCIIMG_NO_PROGRESS": "1"},
    )
    store = tmp_path / "run" / "generations.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not store.exists() or len(read_jsonl(store)[0]) < 3):
        time.sleep(0.05)
    srv.send_signal(signal.SIGKILL)  # the model server dies mid-run
    srv.wait()
    out, err = gen.communicate(timeout=600)
    assert gen.returncode == 3, err[-3000:]
    assert "run the same command again to retry them" in err and "Traceback" not in err
    first = read_generations(tmp_path / "run")
    failed = {i for i, r in first.items() if r["infra"]}
    assert len(first) == n and 0 < len(failed) < n, {r["status"] for r in first.values()}
    assert {first[i]["status"] for i in failed} == {"connection_error"}
    assert json.loads(out)["incomplete"] == {"connection_error": len(failed)}

    srv, _ = _server(port)  # the server is back, at the same address
    try:
        r = run_cli(*args)
    finally:
        srv.send_signal(signal.SIGTERM)
        srv.wait()
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout)["incomplete"] == {} and json.loads(r.stdout)["statuses"] == {"ok": n}
    again = read_generations(tmp_path / "run")
    assert len(again) == n and all(x["status"] == "ok" and not x["infra"] for x in again.values())
    assert {i for i, x in again.items() if "history" in x} == failed  # exactly the failures were retried
    assert all(again[i]["history"][0]["status"] == "connection_error" for i in failed)
    assert len(read_jsonl(store)[0]) == n + len(failed)  # one new version per retried item, nothing else
    m = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert m["usage"]["live"] == len(failed) and m["infra"] == {}  # the rerun called the model only for those


def test_imgcoder_outage_is_retried_and_model_outcomes_are_not(tmp_path):
    items = load_sample().items[:4]
    with MockServer(responder=lambda body: CODE, faults=["ok", "503", "ok", "401"]) as srv:
        ini = _ini(
            tmp_path,
            "coder",
            f"[generator.coder]\nkind = imgcoder\nprovider = openai\nmodel = m\nbase_url = {srv.base_url}\n"
            "concurrency = 1\nretries = 0\n",
        )
        args = ["generate", "--generator", "coder", "--split", "sample", "--limit", "4", "--run", tmp_path / "run"]
        r = run_cli(*args, "--settings", ini, "--json")
        assert r.returncode == 3, r.stderr[-3000:]
        first = read_generations(tmp_path / "run")
        assert [(first[it.id]["status"], first[it.id]["infra"]) for it in items] == [
            ("ok", False),
            ("server_error", True),
            ("ok", False),
            ("auth_error", True),
        ]
        assert "127.0.0.1" in first[items[3].id]["error"]  # the refused call names where it went
        sent = len(srv.requests)
        r = run_cli(*args, "--settings", ini, "--json")
        assert r.returncode == 0, r.stderr[-3000:]
        assert len(srv.requests) - sent == 2  # the two outages, nothing else
    again = read_generations(tmp_path / "run")
    assert [again[it.id]["status"] for it in items] == ["ok"] * 4
    assert [h["status"] for h in again[items[3].id]["history"]] == ["auth_error"]
    assert "history" not in again[items[0].id]


def test_budget_stop_is_not_a_result(tmp_path):
    """A run whose estimate exceeds the budget is refused before any call (exit 2). A budget spent mid-run (the library
    path, which has no up-front plan) leaves the items it stopped in `budget_exceeded` (infrastructure), and the command
    with a larger budget finishes exactly those."""
    from sciimg.cache import CallCache
    from sciimg.data import load_sample
    from sciimg.records import read_generations
    from sciimg.settings import load_settings
    from sciimg.stages import generate_run

    with MockServer() as srv:
        body = (
            f"[generator.gw]\nkind = pixel\nprovider = openai\nmodel = m\nbase_url = {srv.base_url}\n"
            "concurrency = 1\nprice_image = 0.04\n"
        )
        args = ["generate", "--generator", "gw", "--split", "sample", "--limit", "3", "--run", tmp_path / "run"]
        small = _ini(tmp_path, "small", "budget_usd = 0.05\n" + body)
        r = run_cli(*args, "--settings", small, "--json")
        assert r.returncode == 2 and "exceeds [run] budget_usd" in r.stderr and not srv.requests, r.stderr[-2000:]
        s = load_settings(small)
        counts = generate_run(s, "gw", load_sample().split("sample")[:3], tmp_path / "run", CallCache.from_settings(s))
        assert counts.get("budget_exceeded") == 1 and len(srv.requests) == 2, counts
        assert sorted(r["status"] for r in read_generations(tmp_path / "run").values()) == [
            "budget_exceeded",
            "ok",
            "ok",
        ]
        r = run_cli(*args, "--settings", _ini(tmp_path, "big", "budget_usd = 1.0\n" + body), "--json")
        assert r.returncode == 0 and json.loads(r.stdout)["statuses"] == {"ok": 3}, r.stderr[-2000:]
        assert len(srv.requests) == 3  # the budget stop made no request; the rerun made one
