"""An outage is never a wrong answer: `sciimg evaluate` and `sciimg report` against our own mock server on loopback —
an answerer that answers 401, a server that goes down mid-run, a model that cannot see — with the exit codes, the
summary's counts, the incomplete mark on the leaderboard, the rerun that asks exactly what is unscored, and the vision
check; plus every JSON file a smoke run writes, read by a strict parser."""

import base64, io, json, re, tempfile
from pathlib import Path
import pytest
from conftest import run_cli
from sciimg.mockserver import MockServer, TextOnlyServer

LIMIT = 3  # sample items: enough quizzes for the outage breaker, quick to render and read


def _text(content) -> str:
    return " ".join(p.get("text", "") for p in content if isinstance(p, dict)) if isinstance(content, list) else content


def seeing_model(body: dict) -> str:
    "A stand-in model that sees: it reads the number in the vision probe by OCR of the image it was sent; it answers B to quizzes."
    from sciimg.checks import ocr_layout

    msg = body["messages"][-1]["content"]
    if "What number is written" not in _text(msg):
        return "The answer is B."
    url = next((p["image_url"]["url"] for p in msg if isinstance(p, dict) and p.get("type") == "image_url"), None)
    if url is None:
        return "There is no image attached, but a common answer would be 500."
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "probe.png"
        f.write_bytes(base64.b64decode(url.split(",", 1)[1]))
        texts = [t["text"] for t in ocr_layout(str(f))[0]["texts"]]
    return " ".join(re.findall(r"\d+", " ".join(texts))) or "I see no number."


@pytest.fixture(scope="module")
def ref(tmp_path_factory) -> Path:
    "A reference run of the first sample items (the oracle scripts), generated once for the module."
    run = tmp_path_factory.mktemp("ref") / "run"
    r = run_cli("generate", "--generator", "reference", "--split", "sample", "--limit", LIMIT, "--run", run)
    assert r.returncode == 0, r.stderr[-2000:]
    return run


def _copy(run: Path, to: Path) -> Path:
    "A fresh copy of a generated run (no evaluations)."
    import shutil

    shutil.copytree(run, to, ignore=shutil.ignore_patterns("evals"))
    return to


def _settings(tmp: Path, url: str, extra: str = "") -> Path:
    f = tmp / "s.ini"
    f.write_text(
        f"[cache]\ndir = {tmp / 'cache'}\n[run]\nworkers = 1\n"
        f"[answerer.vlm]\nprovider = openai\nmodel = mock-vlm\nbase_url = {url}\nretries = 0\ntimeout = 120\n{extra}"
    )
    return f


def _evaluate(run: Path, ini: Path):
    return run_cli("evaluate", "--run", run, "--answerer", "vlm", "--evaluators", "quiz", "--settings", ini, "--json")


def _report(run: Path, ini: Path, out: Path):
    return run_cli(
        "report", "--run", f"reference={run}", "--out", out, "--split", "sample", "--limit", LIMIT, "--n-boot", "50",
        "--settings", ini,
    )  # fmt: skip


def test_401_is_unscored_then_a_healthy_server_scores_everything(ref, tmp_path):
    run = _copy(ref, tmp_path / "run")
    with MockServer(faults=["401"] * 50, responder=seeing_model) as srv:
        ini = _settings(tmp_path, srv.base_url)
        r = _evaluate(run, ini)
        assert r.returncode == 3, r.stderr[-2000:]
        s = json.loads((run / "evals" / "summary.json").read_text())
        n = s["counts"]["quiz"]["total"]
        assert n >= 2 * LIMIT and (s["counts"]["quiz"]["scored"], s["counts"]["quiz"]["unscored"]) == (0, n)
        assert set(s["counts"]["quiz"]["causes"]) == {"auth_error"}
        assert s["quiz"]["r_inv"] is None and s["quiz"]["items"] == 0 and s["complete"] is False  # no R_inv as a result
        quiz = [json.loads(l) for l in (run / "evals" / "quiz.jsonl").read_text().splitlines()]
        assert {q["status"] for q in quiz} == {"unscored"} and all(q["correct"] is None for q in quiz)
        assert "incomplete" in r.stderr and "quiz" in r.stderr
        rep = _report(run, ini, tmp_path / "rep1")
        assert rep.returncode == 3, rep.stderr[-2000:]
        md = (tmp_path / "rep1" / "table.md").read_text()
        assert f"incomplete (0 of {LIMIT})" in md and "rerun `sciimg evaluate`" in md

        srv.set_faults([])  # the same server, healthy now: the same command
        r = _evaluate(run, ini)
        assert r.returncode == 0, r.stderr[-2000:]
        s = json.loads((run / "evals" / "summary.json").read_text())
        assert s["counts"]["quiz"] == {"scored": n, "unscored": 0, "total": n, "causes": {}} and s["complete"] is True
        assert s["vision_check"]["answerer.vlm"]["status"] == "passed" and s["quiz"]["items"] == LIMIT
        lines = (run / "evals" / "quiz.jsonl").read_text().splitlines()
        cur = {(q["item_id"], q["quiz"]): q for q in map(json.loads, lines)}
        assert len(cur) == n and all(
            q["status"] == "answered" and q["history"][0]["status"] == "unscored" for q in cur.values()
        )
        rep = _report(run, ini, tmp_path / "rep2")
        assert rep.returncode == 0, rep.stderr[-2000:]
        assert not re.search(r"incomplete \(\d+ of", (tmp_path / "rep2" / "table.md").read_text())


def test_outage_mid_run_rerun_asks_exactly_the_unscored(ref, tmp_path):
    "The server drops every connection after the probe and two quizzes; the rerun asks only what was left unscored."
    run = _copy(ref, tmp_path / "run")
    with MockServer(faults=["ok", "ok", "ok"] + ["reset"] * 40, responder=seeing_model) as srv:
        ini = _settings(tmp_path, srv.base_url)
        assert _evaluate(run, ini).returncode == 3
        s = json.loads((run / "evals" / "summary.json").read_text())
        n, un = s["counts"]["quiz"]["total"], s["counts"]["quiz"]["unscored"]
        assert un == n - 2 and s["counts"]["quiz"]["causes"] == {"connection_error": un}
        asked = len(srv.requests)
        assert asked < 3 + un  # after OUTAGE_AFTER failures in a row the rest are not asked
        srv.set_faults([])
        r = _evaluate(run, ini)
        assert r.returncode == 0, r.stderr[-2000:]
        assert (
            len(srv.requests) - asked == un
        )  # exactly the unscored (the probe and the two answers replay from the cache)
        assert json.loads((run / "evals" / "summary.json").read_text())["counts"]["quiz"]["scored"] == n


def test_replay_cache_miss_is_unscored_then_a_live_run_scores_it(ref, tmp_path):
    "Replaying an empty cache calls nothing and scores nothing (every quiz unscored, cause cache_miss, exit 3); live, it scores."
    run = _copy(ref, tmp_path / "run")
    with MockServer(responder=seeing_model) as srv:
        replay = _settings(tmp_path, srv.base_url)
        replay.write_text(replay.read_text().replace("[cache]\n", "[cache]\nmode = replay\n"))
        r = _evaluate(run, replay)
        assert r.returncode == 3 and not srv.requests, r.stderr[-2000:]
        s = json.loads((run / "evals" / "summary.json").read_text())
        n = s["counts"]["quiz"]["total"]
        assert (s["counts"]["quiz"]["scored"], s["counts"]["quiz"]["causes"]) == (0, {"cache_miss": n})
        assert s["quiz"]["r_inv"] is None
        r = _evaluate(run, _settings(tmp_path, srv.base_url))
        assert r.returncode == 0, r.stderr[-2000:]
        assert json.loads((run / "evals" / "summary.json").read_text())["counts"]["quiz"]["scored"] == n


@pytest.mark.parametrize("check", [True, False])
def test_a_text_only_server_is_refused_by_the_vision_check(ref, tmp_path, check):
    run = _copy(ref, tmp_path / "run")
    with TextOnlyServer(responder=seeing_model) as srv:
        ini = _settings(tmp_path, srv.base_url, "" if check else "vision_check = false\n")
        r = _evaluate(run, ini)
        if check:
            assert (
                r.returncode == 2 and "[answerer.vlm] failed the vision check" in r.stderr and "text-only" in r.stderr
            )
            assert len(srv.requests) == 1 and "Traceback" not in r.stderr  # the probe, then nothing
            assert not (run / "evals" / "quiz.jsonl").is_file() or not (run / "evals" / "quiz.jsonl").read_text()
        else:  # skipped on purpose: it scores (blind answers are results, not outages)
            assert r.returncode == 0, r.stderr[-2000:]
            s = json.loads(r.stdout)
            assert s["vision_check"]["answerer.vlm"]["status"] == "skipped" and s["counts"]["quiz"]["unscored"] == 0


def test_every_json_written_is_strict_json(ref, tmp_path):
    "A smoke run — evaluate with FID and controls, report — writes no Infinity or NaN in any JSON or JSONL file."
    run = _copy(ref, tmp_path / "run")
    outs = [
        run_cli("evaluate", "--run", run, "--fid", "pixel", "--controls", "no_image,blank,shuffle", "--json"),
        run_cli("report", "--run", f"reference={run}", "--out", tmp_path / "rep", "--split", "sample", "--limit", LIMIT, "--n-boot", "50", "--json"),
        run_cli("metrics", "--pairs", _pairs(run, tmp_path), "--json"),
    ]  # fmt: skip
    assert [o.returncode for o in outs] == [0, 0, 0], [o.stderr[-1500:] for o in outs]

    def strict(text: str, where: str):
        def bad(c):
            raise AssertionError(f"{where}: non-finite number {c} in JSON")

        return json.loads(text, parse_constant=bad)

    files = [p for p in tmp_path.rglob("*") if p.suffix in (".json", ".jsonl") and p.is_file()]
    assert len(files) > 10 and any(p.name == "summary.json" for p in files)
    for p in files:
        for line in p.read_text().splitlines() if p.suffix == ".jsonl" else [p.read_text()]:
            if line.strip():
                strict(line, str(p))
    for o in outs:
        strict(o.stdout, "stdout")
    s = json.loads((run / "evals" / "summary.json").read_text())
    assert (
        s["metrics"]["canonical_psnr"] == 100.0 and s["metrics"]["canonical_psnr_capped"] == LIMIT
    )  # identical: capped
    pairs = json.loads(outs[2].stdout)
    assert pairs["pairs"][0]["psnr"] == 100.0 and pairs["aggregate"]["psnr"] == 100.0  # one convention in --pairs too
    board = (tmp_path / "rep" / "table.csv").read_text()
    assert "100.0" in board


def _pairs(run: Path, tmp: Path) -> Path:
    "A pairs CSV: each generated image against itself (identical: PSNR capped)."
    f = tmp / "pairs.csv"
    imgs = sorted((run / "images").glob("*.png"))
    f.write_text("generated,reference\n" + "".join(f"{p},{p}\n" for p in imgs))
    return f
