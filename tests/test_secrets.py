"A gateway that echoes the key in its 401 never gets it onto the disk or the terminal: every provider client (OpenAI, Gemini, BFL, Hunyuan), through generate, evaluate (answerer, judge, grader), report and `providers try`."

import base64, os
from pathlib import Path
import pytest
from conftest import run_cli
from sciimg.mockserver import AuthEchoServer

# Keys a canary: random, and not shaped like any known key, so only the redactor's knowledge of the value removes it.
# SCIIMG_TEST_CANARY is not named like a secret either: the redactor must know it because sciimg read it.
CANARY = "canary" + os.urandom(10).hex()
TC_ID, TC_KEY = "AKIDcanary" + os.urandom(8).hex(), "tckeycanary" + os.urandom(8).hex()
ENV = {"SCIIMG_TEST_CANARY": CANARY, "TENCENTCLOUD_SECRET_ID": TC_ID, "TENCENTCLOUD_SECRET_KEY": TC_KEY}


def _settings(tmp_path: Path, url: str) -> Path:
    key = "api_key_env = SCIIMG_TEST_CANARY\nretries = 0\n"
    f = tmp_path / "echo.ini"
    f.write_text(
        f"[cache]\ndir = {tmp_path / 'cache'}\n[run]\nworkers = 1\nruns_dir = {tmp_path / 'runs'}\n"
        f"[generator.oa-coder]\nkind = imgcoder\nprovider = openai\nmodel = m\nbase_url = {url}/v1\n{key}"
        f"[generator.oa-pixel]\nkind = pixel\nprovider = openai\nmodel = m\nbase_url = {url}/v1\n{key}"
        f"[generator.gem-coder]\nkind = imgcoder\nprovider = gemini\nmodel = gemini-x\nbase_url = {url}\n{key}"
        f"[generator.gem-pixel]\nkind = pixel\nprovider = gemini\nmodel = gemini-x-image\nbase_url = {url}\n{key}"
        f"[generator.flux]\nkind = pixel\nprovider = bfl\nmodel = flux-x\nbase_url = {url}\n{key}"
        f"[generator.hy]\nkind = pixel\nprovider = hunyuan\nmodel = hunyuan-image\nbase_url = {url}\nretries = 0\n"
        f"[answerer.oa]\nprovider = openai\nmodel = m\nbase_url = {url}/v1\n{key}"
        f"[answerer.grader]\nprovider = openai\nmodel = m\nbase_url = {url}/v1\n{key}"
        f"[judge.gem]\nprovider = gemini\nmodel = gemini-x\nbase_url = {url}\n{key}"
    )
    return f


def _leaks(text: str | bytes) -> list[str]:
    "Which secrets (or the first 12 characters of one, or its base64) appear in `text`."
    data = text.encode() if isinstance(text, str) else text
    found = []
    for s in (CANARY, TC_ID, TC_KEY):
        for needle in (s, s[:12], base64.b64encode(s.encode()).decode()[:16]):
            if needle.encode() in data:
                found.append(needle)
    return found


@pytest.mark.slow
def test_echoed_keys_never_reach_disk_or_output(tmp_path):
    with AuthEchoServer() as srv:
        ini = _settings(tmp_path, srv.url)
        runs, logs = tmp_path / "runs", []

        def cli(*args):
            r = run_cli(*args, "--settings", ini, env=ENV)
            logs.append(r)
            assert "Traceback" not in r.stderr, r.stderr[-3000:]
            return r

        for g in ("oa-coder", "oa-pixel", "gem-coder", "gem-pixel", "flux", "hy"):
            r = cli("generate", "--generator", g, "--split", "sample", "--limit", "2", "--run", runs / g)
            assert r.returncode == 3, (g, r.stderr[-2000:])  # a refused key: infrastructure, rerun to retry
        assert (
            cli(
                "generate", "--generator", "reference", "--split", "sample", "--limit", "2", "--run", runs / "ref"
            ).returncode
            == 0
        )
        r = cli(
            "evaluate",
            "--run",
            runs / "ref",
            "--split",
            "sample",
            "--limit",
            "2",
            "--evaluators",
            "quiz,judge,mq",
            "--answerer",
            "oa",
            "--judge",
            "gem",
            "--grader",
            "grader",
        )
        assert r.returncode in (0, 2, 3), r.stderr[
            -2000:
        ]  # refused before scoring, or scored as unscored: never a crash
        cli(
            "report",
            "--run",
            f"ref={runs / 'ref'}",
            "--out",
            tmp_path / "results",
            "--split",
            "sample",
            "--limit",
            "2",
            "--n-boot",
            "20",
        )
        for entry in (
            "answerer.oa",
            "judge.gem",
            "generator.oa-pixel",
            "generator.gem-pixel",
            "generator.flux",
            "generator.hy",
        ):
            r = cli("providers", "try", entry, "--generate-image")
            assert r.returncode == 3 and '"auth_error"' in r.stdout, (entry, r.stdout[-1500:], r.stderr[-1500:])
        cli("providers", "list")
        seen = [
            v
            for q in srv.requests
            for h, v in q["headers"].items()
            if h in ("authorization", "x-goog-api-key", "x-key")
        ]
    assert any(CANARY in v for v in seen) and any(TC_ID in v for v in seen)  # the keys were sent, and echoed back
    every_client = {
        "/v1/chat/completions",
        "/v1/images/generations",
        "/v1/models/gemini-x:generateContent",
        "/flux-x",
        "/",
    }
    assert {q["path"] for q in srv.requests} >= every_client  # OpenAI chat and images, Gemini, BFL, Hunyuan
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "echo.ini"]
    assert any(p.suffix == ".jsonl" for p in files) and any("cache" in p.parts for p in files)
    assert [(str(p), _leaks(p.read_bytes())) for p in files if _leaks(p.read_bytes())] == []
    assert [(r.args, _leaks(r.stdout + r.stderr)) for r in logs if _leaks(r.stdout + r.stderr)] == []
    assert any("[REDACTED]" in r.stdout + r.stderr for r in logs)  # the echo was there, and was removed
