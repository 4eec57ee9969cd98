"Generation runs: the reference generator on the whole sample, and ImgCoder replayed from the call cache with no network."

import json
from pathlib import Path
from conftest import run_cli
from sciimg.cache import CallCache
from sciimg.data import load_sample
from sciimg.imgcoder import ImgCoder
from sciimg.providers import ScriptedReplies
from sciimg.sandbox import Sandbox
from sciimg.settings import Entry

BUGGY = "## Plan\n1. Content: a block\n## Code\n```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 1], [0, 1], colour='k')\n```"
FIXED = "```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 4], [0, 2.3], 'k-'); ax.text(1, 1, '4.0 kg')\nplt.show()\n```"
NOCODE = "I would draw a pulley, but I will not write code."


def _load(rows):
    return [json.loads(l) for l in rows.read_text().splitlines()]


def test_reference_on_whole_sample(tmp_path):
    r = run_cli("generate", "--generator", "reference", "--split", "sample", "--run", tmp_path / "ref", "--json")
    assert r.returncode == 0, r.stderr[-3000:]
    recs = _load(tmp_path / "ref" / "generations.jsonl")
    n = len(load_sample().items)
    assert len(recs) == n and {x["status"] for x in recs} == {"ok"} and json.loads(r.stdout)["statuses"] == {"ok": n}
    assert all((tmp_path / "ref" / x["image"]).is_file() and x["coverage"]["ratio"] is not None for x in recs)
    assert sum(x["coverage"]["ratio"] for x in recs) / n > 0.8  # the references draw the given values
    again = run_cli("generate", "--generator", "reference", "--split", "sample", "--run", tmp_path / "ref", "--json")
    assert json.loads(again.stdout)["statuses"] == {"ok": n} and len(_load(tmp_path / "ref" / "generations.jsonl")) == n


def test_imgcoder_replayed_without_network(tmp_path):
    entry = Entry(
        role="generator",
        name="replayed-coder",
        kind="imgcoder",
        provider="openai",
        model="coder-x",
        base_url="http://127.0.0.1:9/v1",
        temperature=0.6,
    )
    items = load_sample().items[:2]
    with Sandbox(workers=1) as sb:  # record: the scripted replies go into the cache
        # the model is stood in for by replies written by us; the calls go into the cache like live ones
        rec = ScriptedReplies(
            entry, [BUGGY, FIXED, NOCODE, NOCODE, NOCODE], cache=CallCache(tmp_path / "cache" / "calls", "auto")
        )
        first = [ImgCoder(rec, sb).generate(it, entry.name) for it in items]
    assert [g.status for g in first] == ["ok", "no_code"]
    ini = tmp_path / "s.ini"
    ini.write_text(
        f"[cache]\ndir = {tmp_path / 'cache'}\nmode = replay\n[generator.replayed-coder]\nkind = imgcoder\nprovider = openai\n"
        f"model = coder-x\nbase_url = http://127.0.0.1:9/v1\ntemperature = 0.6\n"
    )
    r = run_cli(
        "generate",
        "--generator",
        "replayed-coder",
        "--split",
        "sample",
        "--limit",
        "2",
        "--run",
        tmp_path / "run",
        "--settings",
        ini,
        "--json",
    )
    assert r.returncode == 0, r.stderr[-3000:]
    recs = {x["id"]: x for x in _load(tmp_path / "run" / "generations.jsonl")}
    a, b = recs[items[0].id], recs[items[1].id]
    assert (a["status"], a["attempt_statuses"], b["status"], b["attempt_statuses"]) == (
        "ok",
        ["render_error", "ok"],
        "no_code",
        ["no_code"] * 3,
    )
    assert (
        "colour" in json.loads((tmp_path / "run" / a["responses"]).read_text())[0]["error"] and "4.0 kg" in a["texts"]
    )
    m = json.loads((tmp_path / "run" / "manifest.json").read_text())
    assert (
        m["cache"]["mode"] == "replay"
        and m["cache"]["hits"] == 5
        and m["cache"]["misses"] == 0
        and m["usage"]["live"] == 0
    )
