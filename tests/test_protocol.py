"The paper's evaluators by default when their keys are set: `sciimg reproduce --smoke` against loopback servers standing in for the Gemini and OpenAI endpoints (fake keys), the stand-ins (said so) without keys, `--plan` making no request, and the README's evaluate example run as written."

import json, re, shlex
from pathlib import Path
import pytest
from conftest import ROOT, run_cli
from sciimg.mockserver import MockServer, _json
from sciimg.records import read_evals

FAKE = {"GEMINI_API_KEY": "fake-gemini-key-for-loopback", "OPENAI_API_KEY": "fake-openai-key-for-loopback"}
NO_KEYS = {"GEMINI_API_KEY": "", "GOOGLE_API_KEY": "", "OPENAI_API_KEY": ""}
JUDGE_REPLY = (
    'Reasoning: labels are clear.\n{"Correctness_Fidelity": 2, "Layout_Precision": 1, "Readability_Occlusion": 2, '
    '"Scientific_Plausibility": 2, "Expressiveness_Richness": 1}'
)


def _probe_number(images: list[str]) -> str:
    "The number drawn in a vision-check probe (evaluate.probe_image, where it exists), matched against each entry's probe."
    import base64
    from sciimg import evaluate
    from sciimg.providers import encode_image

    sent = {base64.urlsafe_b64decode(b.replace("+", "-").replace("/", "_") + "=" * (-len(b) % 4)) for b in images}
    for entry in ("answerer.gemini-3-flash", "judge.gemini-3-flash"):
        im, n = evaluate.probe_image(0, entry)
        if encode_image(im).data in sent:
            return str(n)
    return "I cannot read a number."


def _reply(text: str, images: list[str] = ()) -> str:
    "What the stand-in Gemini says: the vision probe's number, a structured quiz answer, a free-form answer no rule can grade, or judge scores."
    if "What number is written in this image" in text:
        return _probe_number(images)
    if "multiple-choice question" in text:
        return '{"answer": "A"}'
    if "Solve the problem" in text:
        return "The block slides down the incline."  # no number, no symbol: the grader has to decide
    return JUDGE_REPLY


class PaperServer(MockServer):
    "Loopback Gemini (`…:generateContent`) and OpenAI (chat completions: the grader says INCORRECT) endpoints."

    def _route(self, req, rec, fault):
        if req["path"].split("?")[0].endswith(":generateContent") and isinstance(rec["json"], dict):
            parts = [p for c in rec["json"].get("contents", []) for p in c.get("parts", [])]
            texts = [p.get("text", "") for p in parts]
            images = [(p.get("inlineData") or p.get("inline_data") or {}).get("data", "") for p in parts]
            body = {
                "candidates": [
                    {
                        "content": {
                            "role": "model",
                            "parts": [{"text": _reply(" ".join(texts), [i for i in images if i])}],
                        },
                        "finishReason": "STOP",
                        "index": 0,
                    }
                ],
                "usageMetadata": {"promptTokenCount": 1200, "candidatesTokenCount": 30, "totalTokenCount": 1230},
                "modelVersion": "gemini-3-flash-preview",
            }
            return 200, _json(body), "application/json", {}
        return super()._route(req, rec, fault)


def _settings(tmp_path: Path, url: str | None) -> Path:
    "The shipped settings.ini, with its paper entries pointed at `url` (None: as shipped) and stores in `tmp_path`."
    text = (ROOT / "settings.ini").read_text()
    text = text.replace("[cache]\n", f"[cache]\ndir = {tmp_path / 'cache'}\n", 1)
    text = text.replace("runs_dir = runs\n", f"runs_dir = {tmp_path / 'runs'}\n", 1)
    if url:
        for sect, base, var in (
            ("[answerer.gemini-3-flash]", url, "GEMINI_API_KEY"),
            ("[judge.gemini-3-flash]", url, "GEMINI_API_KEY"),
            ("[answerer.gpt-4.1-nano]", f"{url}/v1", "OPENAI_API_KEY"),
        ):
            head = next(l for l in text.splitlines() if l.startswith(sect))
            text = text.replace(head, f"{head}\nbase_url = {base}\napi_key_env = {var}", 1)
    f = tmp_path / "settings.ini"
    f.write_text(text)
    return f


SMOKE = ("reproduce", "--smoke", "--only", "report", "-p", "generators=reference", "-p", "limit=3", "-p", "n_boot=20")


def test_plan_makes_no_request_and_prices_each_entry(tmp_path):
    with PaperServer() as srv:
        ini = _settings(tmp_path, srv.url)
        r = run_cli(*SMOKE, "-p", "generators=reference,nanobanana", "--plan", "--settings", ini, env=FAKE)
        assert r.returncode == 0, r.stderr[-2000:]
        assert srv.requests == []  # planning called nothing
    out = r.stdout
    assert "answerer: Gemini-3-Flash (the paper’s) — automatic: GEMINI_API_KEY is set" in out
    assert re.search(r"\| evaluate \| judge +\| gemini-3-flash", out) and "gpt-4.1-nano" in out
    assert re.search(r"\| generate \| generator \| nanobanana +\| sample +\| +3 \| 3 ", out)  # 3 images at list price
    assert "Estimated cost:" in out and "unknown" not in out.split("Estimated cost:")[1]
    assert not (tmp_path / "runs").exists()


def test_budget_below_the_estimate_is_refused_before_any_call(tmp_path):
    with PaperServer() as srv:
        ini = _settings(tmp_path, srv.url)
        r = run_cli(*SMOKE, "--settings", ini, env={**FAKE, "SCIIMG_RUN_BUDGET_USD": "0.0001"})
        assert srv.requests == []
    assert r.returncode == 2 and "exceeds [run] budget_usd" in r.stderr, r.stderr[-2000:]


@pytest.mark.slow
def test_keys_pick_the_papers_evaluators_and_the_judge_columns_fill(tmp_path):
    with PaperServer() as srv:
        ini = _settings(tmp_path, srv.url)
        r = run_cli(*SMOKE, "--out", tmp_path / "results", "--settings", ini, env=FAKE, timeout=900)
        assert r.returncode == 0, (r.stdout[-3000:], r.stderr[-3000:])
        paths = {q["path"].split("?")[0] for q in srv.requests}
        keys = {v for q in srv.requests for h, v in q["headers"].items() if h in ("x-goog-api-key", "authorization")}
    assert "answerer: Gemini-3-Flash (the paper’s)" in r.stdout and "grader: GPT-4.1-nano (the paper’s)" in r.stdout
    assert any(p.endswith("gemini-3-flash-preview:generateContent") for p in paths) and "/v1/chat/completions" in paths
    assert FAKE["GEMINI_API_KEY"] in keys  # the key the rule saw is the key that was sent
    ev = json.loads((tmp_path / "results/evaluate/run.json").read_text())
    assert ev["selection"]["answerer"] == {
        "entries": ["gemini-3-flash"],
        "why": "automatic: GEMINI_API_KEY is set",
        "paper": True,
    }
    assert ev["judges"] == ["gemini-3-flash"] and "mq" in ev["evaluators"]
    assert ev["usage"]["per_entry"]["answerer.gemini-3-flash"]["live"] > 0 and ev["usage"]["cost_usd"] > 0
    board = (tmp_path / "results/report/leaderboard.md").read_text()
    row = next(l for l in board.splitlines() if l.startswith("| Reference scripts"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    head = [c.strip() for c in next(l for l in board.splitlines() if l.startswith("| Generator")).strip("|").split("|")]
    judged = {h: c for h, c in zip(head, cells) if h in ("C&F", "L&P", "R&O", "SP", "E&R")}
    assert judged["C&F"].startswith("2.00") and judged["L&P"].startswith("1.00"), judged  # the judge's scores
    assert "Gemini-3-Flash" in cells[head.index("Evaluated by")]
    rep = json.loads((tmp_path / "results/reproduce.json").read_text())
    assert rep["cost"]["estimated_usd"] > 0 and rep["cost"]["spent_usd"] > 0  # the estimate beside the ledgers


def test_readme_evaluate_example_runs_as_written(tmp_path):
    "The README's evaluate example with the paper's entries, against the loopback endpoints (its run folder aside)."
    readme = (ROOT / "README.md").read_text()
    cmd = re.search(r"^(sciimg evaluate --run runs/qwen3 .*?)$\n^\s+(--evaluators .*?)$", readme, re.M)
    args = shlex.split(cmd.group(1).rstrip("\\") + " " + cmd.group(2), comments=True)[1:]
    assert args[args.index("--answerer") + 1] == "gemini-3-flash" and args[args.index("--grader") + 1] == "gpt-4.1-nano"
    run = tmp_path / "ref"
    with PaperServer() as srv:
        ini = _settings(tmp_path, srv.url)
        g = run_cli(
            "generate", "--generator", "reference", "--split", "sample", "--limit", "2", "--run", run, "--settings", ini
        )
        assert g.returncode == 0, g.stderr[-2000:]
        args[args.index("runs/qwen3")] = str(run)
        r = run_cli(*args, "--split", "sample", "--limit", "2", "--settings", ini, env=FAKE, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        assert any(q["path"].endswith(":generateContent") for q in srv.requests)
        seen = len(srv.requests)
        pl = run_cli(*args, "--split", "sample", "--limit", "2", "--settings", ini, "--plan", env=FAKE)
        assert pl.returncode == 0 and len(srv.requests) == seen, pl.stderr[-2000:]  # planning called nothing
    answerer = next(r for r in json.loads(pl.stdout)["entries"] if r["role"] == "answerer")
    quizzes = len(read_evals(run, "quiz"))
    assert answerer["cached (free)"] == quizzes > 0  # every quiz call is in the cache now: a rerun is free
    out = json.loads(r.stdout)
    assert out["quiz"]["answerer"] == "Gemini-3-Flash" and out["mq"]["items"] == 2
    assert set(out["judge"]) >= {"gemini-3-flash"} and out["judge"]["gemini-3-flash"]["judged_only"]["C&F"] == 2.0


@pytest.mark.slow
def test_without_keys_the_stand_ins_evaluate_and_say_so(tmp_path):
    ini = _settings(tmp_path, None)
    r = run_cli(*SMOKE, "--out", tmp_path / "results", "--settings", ini, env=NO_KEYS, timeout=900)
    assert r.returncode == 0, (r.stdout[-3000:], r.stderr[-3000:])
    assert (
        "answerer: the offline text-evidence answerer (a stand-in, not an LMM) — automatic: GEMINI_API_KEY" in r.stdout
    )
    ev = json.loads((tmp_path / "results/evaluate/run.json").read_text())
    assert ev["selection"]["answerer"]["entries"] == [] and not ev["selection"]["answerer"]["paper"]
    assert ev["judges"] == [] and "not an LMM" in ev["evaluated_by"] and "GEMINI_API_KEY" in ev["evaluated_by"]


@pytest.mark.slow
def test_a_chosen_evaluator_that_cannot_run_stops_the_run(tmp_path):
    "A key that is set is a choice: its server down is an error naming the way out, never a silent stand-in."
    ini = _settings(tmp_path, "http://127.0.0.1:9")  # nothing listens on the discard port
    r = run_cli(*SMOKE, "--out", tmp_path / "results", "--settings", ini, env=FAKE, timeout=900)
    assert r.returncode != 0
    assert "failed" in r.stdout and "-p answerer=offline" in r.stdout + r.stderr, (r.stdout[-2000:], r.stderr[-2000:])
    assert not (tmp_path / "results/evaluate/run.json").exists()  # nothing was scored
