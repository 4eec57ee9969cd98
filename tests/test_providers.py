"Providers end to end against our OpenAI-compatible test server: settings, fault injection, replay, cache CLI, secrets."

import base64, io, json, os, subprocess, sys, time
from dataclasses import replace
from pathlib import Path
import pytest
from PIL import Image
from conftest import ROOT, run_cli
from sciimg.cache import CallCache, CacheMissError
from sciimg.core import RunDir
from sciimg.mockserver import MockServer
from sciimg.providers import ChatRequest, ImageRequest, Ledger, Message, call_record, make_provider
from sciimg.settings import Entry, load_settings


@pytest.fixture
def srv():
    with MockServer() as s:
        yield s


def _settings(tmp_path, base_url, extra=""):
    f = tmp_path / "lab.ini"
    f.write_text(
        f"[cache]\ndir = {tmp_path / 'cache'}\n[generator.my-coder]\nkind = imgcoder\nprovider = openai\nmodel = qwen3-coder\n"
        f"base_url = {base_url}\ntemperature = 0.6\nprice_in = 0.2\nprice_out = 0.6\nprice_image = 0.01\n{extra}"
    )
    return f


def test_openai_compatible_entry_via_settings(srv, tmp_path):
    png = tmp_path / "fig.png"
    Image.new("RGBA", (1600, 800), (0, 0, 0, 0)).save(png)
    r = run_cli(
        "providers",
        "try",
        "generator.my-coder",
        "--image",
        png,
        "--generate-image",
        "--settings",
        _settings(tmp_path, srv.base_url),
    )
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    assert out["chat"]["status"] == "ok" and out["chat"]["text"].startswith("mock:qwen3-coder:1 image(s):")
    assert out["chat"]["inputs"][0]["size"] == [1024, 512] and out["image"] == {
        **out["image"],
        "status": "ok",
        "mime": "image/png",
    }
    chat, image = (
        [q for q in srv.requests if q["path"].endswith("/chat/completions")],
        [q for q in srv.requests if q["path"].endswith("/images/generations")],
    )
    assert (
        chat[0]["images"] == [(1024, 512, "image/png")]
        and chat[0]["json"]["temperature"] == 0.6
        and image[0]["json"]["model"] == "qwen3-coder"
    )
    assert "does not list model 'qwen3-coder'" in out["server"]  # the mock lists only mock-model
    assert "vision check" in out["chat"]["note"]  # an answer is not proof that the image was seen
    listed = json.loads(run_cli("providers", "list", "--json", "--settings", tmp_path / "lab.ini").stdout)
    mine = next(r for r in listed if r["entry"] == "generator.my-coder")
    assert not mine["available"] and "does not list model 'qwen3-coder'; it lists: mock-model" in mine["reason"]
    srv.models = ["qwen3-coder"]
    listed = json.loads(run_cli("providers", "list", "--json", "--settings", tmp_path / "lab.ini").stdout)
    assert {
        "entry": "generator.my-coder",
        "provider": "openai",
        "model": "qwen3-coder",
        "available": True,
        "reason": "ok",
    } in listed
    assert {r["entry"] for r in listed} == {
        "generator.my-coder",
        "generator.reference",
        "generator.local-imgcoder",
    }  # + built-ins


FAULTS = [  # (plan, expected status, expected retries) with entry.retries = 2
    (["429:1", "ok"], "ok", 1),
    (["429:1"] * 3, "rate_limited", 2),
    (["500", "503", "ok"], "ok", 2),
    (["503"] * 3, "server_error", 2),
    (["timeout", "ok"], "ok", 1),
    (["timeout"] * 3, "timeout", 2),
    (["reset", "ok"], "ok", 1),
    (["reset"] * 3, "connection_error", 2),
    (["truncated", "ok"], "ok", 1),
    (["invalid_json"] * 3, "malformed", 2),
    (["empty_choices"] * 3, "malformed", 2),
    (["400"], "api_error", 0),
    (["401"], "auth_error", 0),
    (["404"], "config_error", 0),
    (["refusal"], "refused", 0),
    (["content_filter"], "blocked", 0),
    (["empty"], "empty", 0),
]


@pytest.mark.parametrize("plan,status,retries", FAULTS, ids=lambda x: "+".join(x) if isinstance(x, list) else str(x))
def test_fault_injection_ends_typed_and_bounded(srv, plan, status, retries):
    naps = []
    e = Entry(role="answerer", name="t", provider="openai", model="m", base_url=srv.base_url, retries=2, timeout=0.4)
    p = make_provider(e, sleep=naps.append)
    srv.set_faults(plan)
    t = time.perf_counter()
    r = p.chat(ChatRequest([Message("user", ["Which option?", Image.new("RGB", (32, 32))])]))
    assert (r.status, r.retries) == (status, retries), r.error
    assert time.perf_counter() - t < 5  # nothing hangs: read timeouts are 0.4 s
    assert len(srv.requests) == retries + 1 and naps[: plan.count("429:1")] == [1.0] * min(plan.count("429:1"), retries)
    assert (r.error == "") == (status in ("ok", "empty", "blocked"))


def test_replay_makes_no_requests_and_gives_identical_outputs(srv, tmp_path):
    e = Entry(
        role="generator", name="g", kind="pixel", provider="openai", model="m", base_url=srv.base_url, price_image=0.02
    )
    reqs = [
        ChatRequest([Message("user", [f"q{i}", Image.new("RGB", (20 + i, 20), "blue")])], temperature=0.6)
        for i in range(5)
    ]
    live = make_provider(e, cache=CallCache(tmp_path, "auto"))
    a = live.map(reqs, progress=False) + [live.generate_image(ImageRequest(f"prompt {i}")) for i in range(3)]
    n = len(srv.requests)
    led = Ledger()
    cache = CallCache(tmp_path, "replay")
    rp = make_provider(replace(e, base_url="http://127.0.0.1:9/v1"), cache=cache, ledger=led)  # nothing listens there
    b = rp.map(reqs, progress=False) + [rp.generate_image(ImageRequest(f"prompt {i}")) for i in range(3)]
    assert len(srv.requests) == n
    assert [(x.status, getattr(x, "text", None), getattr(x, "image", None)) for x in a] == [
        (y.status, getattr(y, "text", None), getattr(y, "image", None)) for y in b
    ]
    assert all(y.cached for y in b) and not any(x.cached for x in a)
    with pytest.raises(CacheMissError):
        rp.chat("a question never asked")
    run = RunDir(tmp_path / "runs", name="t")
    run.update(**call_record(cache, led))
    m = json.loads((run.path / "manifest.json").read_text())
    assert (
        m["cache"] == {"mode": "replay", "hits": 8, "misses": 1, "stores": 0}
        and m["usage"]["cached"] == 8
        and m["usage"]["cost"] == 0.0
    )


def test_cache_cli_roundtrip(srv, tmp_path):
    f = _settings(tmp_path, srv.base_url)
    assert run_cli("providers", "try", "generator.my-coder", "--settings", f).returncode == 0
    stats = json.loads(run_cli("cache", "stats", "--json", "--settings", f).stdout)
    assert stats["calls"] == 1 and stats["by_model"][0]["model"] == "qwen3-coder"
    assert run_cli("cache", "export", tmp_path / "paper.tar.gz", "--settings", f).returncode == 0
    g = tmp_path / "reader.ini"
    g.write_text(
        f.read_text()
        .replace(str(tmp_path / "cache"), str(tmp_path / "reader-cache"))
        .replace(srv.base_url, "http://127.0.0.1:9/v1")
        .replace("[cache]\n", "[cache]\nmode = replay\n")
    )
    assert "imported 1 new calls" in run_cli("cache", "import", tmp_path / "paper.tar.gz", "--settings", g).stdout
    n = len(srv.requests)
    r = run_cli("providers", "try", "generator.my-coder", "--settings", g)
    assert r.returncode == 0 and json.loads(r.stdout)["chat"]["cached"] is True and len(srv.requests) == n
    miss = run_cli("providers", "try", "generator.my-coder", "--prompt", "never asked", "--settings", g)
    assert miss.returncode == 2 and "cache mode is replay" in miss.stderr


def test_canary_secret_is_never_written(srv, tmp_path):
    canary = "sk-canary-" + os.urandom(8).hex()
    f = _settings(tmp_path, srv.base_url, "api_key_env = SCIIMG_TEST_CANARY_KEY\n")
    env = {"SCIIMG_TEST_CANARY_KEY": canary, "OPENAI_API_KEY": canary, "GEMINI_API_KEY": canary}
    logs = [run_cli("providers", "try", "generator.my-coder", "--generate-image", "--settings", f, env=env)]
    assert (
        logs[0].returncode == 0 and srv.requests[0]["headers"]["authorization"] == f"Bearer {canary}"
    )  # the key was used
    logs.append(run_cli("cache", "export", tmp_path / "export.tar.gz", "--settings", f, env=env))
    logs.append(run_cli("settings", "show", "--settings", f, env=env))
    logs.append(run_cli("reproduce", "--smoke", "--out", tmp_path / "results", "--settings", f, env=env))
    assert logs[-1].returncode == 0, logs[-1].stderr[-2000:]
    for r in logs:
        assert canary not in r.stdout + r.stderr
    needles = [canary.encode(), base64.b64encode(canary.encode())[:16]]
    hits = [p for p in tmp_path.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]
    import tarfile

    with tarfile.open(tmp_path / "export.tar.gz") as t:
        hits += [m.name for m in t if m.isfile() and canary.encode() in t.extractfile(m).read()]
    assert hits == [], hits
    assert list((tmp_path / "results").rglob("*.ipynb")) and list((tmp_path / "cache").rglob("index.sqlite"))


def test_bench_providers_reports_ratio_and_memory():
    r = run_cli("bench", "providers", "--calls", "96", "--latency", "0.05", "--concurrency", "16", "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    b = json.loads(r.stdout)
    assert b["ok"] == 96 and b["ideal_calls_per_s"] == 320.0 and 0 < b["ratio"] <= 1.05 and b["rss_mib"]["end"] > 0
