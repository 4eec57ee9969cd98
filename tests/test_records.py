"Runs killed mid-write, read back by every stage: a torn line is tolerated everywhere, a damaged one is a typed error."

import json
from conftest import run_cli


def _tear(path, keep: float = 0.5) -> bytes:
    "Append the first part of the file's first record without its newline, as a kill during a write leaves it."
    line = path.read_bytes().splitlines(keepends=True)[0]
    torn = line[: int(len(line) * keep)]
    with open(path, "ab") as f:
        f.write(torn)
    return torn


def _report(run, out):
    return run_cli(
        "report",
        "--run",
        f"reference={run}",
        "--out",
        out,
        "--split",
        "sample",
        "--limit",
        "3",
        "--n-boot",
        "50",
        "--json",
    )


def test_torn_lines_do_not_stop_evaluate_or_report(tmp_path):
    run = tmp_path / "ref"
    r = run_cli("generate", "--generator", "reference", "--split", "sample", "--limit", "3", "--run", run)
    assert r.returncode == 0, r.stderr[-2000:]
    torn = _tear(run / "generations.jsonl")  # the generator was killed while writing a fourth record
    ev = ("evaluate", "--run", run, "--split", "sample", "--limit", "3", "--evaluators", "quiz,checks", "--json")
    r = run_cli(*ev)
    assert r.returncode == 0, r.stderr[-3000:]
    s = json.loads(r.stdout)
    assert s["quiz"]["items"] == 3 and s["quiz"]["coverage"] == 1.0 and s["checks"]["checked"] == 3
    assert (run / "generations.jsonl").read_bytes().endswith(torn)  # a reader never repairs a file it does not write

    rep = _report(run, tmp_path / "rep1")
    assert rep.returncode == 0, rep.stderr[-3000:]
    first = json.loads(rep.stdout)["leaderboard"][0]
    assert first["Items"] == 3 and first["Coverage %"] == 100.0

    quiz = run / "evals" / "quiz.jsonl"
    full = quiz.read_bytes()
    quiz.write_bytes(full.splitlines(keepends=True)[0][:40])  # killed during the store's very first write
    rep = _report(run, tmp_path / "rep2")  # no quiz record survives: the row is incomplete (exit 3), not a crash
    assert rep.returncode == 3 and "not evaluated" in rep.stderr, rep.stderr[-3000:]
    assert "JSONDecodeError" not in rep.stderr and "Traceback" not in rep.stderr
    r = run_cli(*ev)  # the writer sets the torn line aside and answers every quiz again
    assert r.returncode == 0, r.stderr[-3000:]
    assert (run / "evals" / "quiz.jsonl.torn").is_file() and json.loads(r.stdout)["quiz"] == s["quiz"]
    rep = _report(run, tmp_path / "rep3")
    assert rep.returncode == 0 and json.loads(rep.stdout)["leaderboard"][0] == first


def test_a_damaged_middle_line_is_a_typed_error_naming_the_file(tmp_path):
    run = tmp_path / "ref"
    assert (
        run_cli("generate", "--generator", "reference", "--split", "sample", "--limit", "2", "--run", run).returncode
        == 0
    )
    p = run / "generations.jsonl"
    lines = p.read_bytes().splitlines(keepends=True)
    p.write_bytes(lines[0].replace(b'"status":"', b'"status":"X', 1) + b"".join(lines[1:]))  # edited by hand
    r = run_cli("evaluate", "--run", run, "--split", "sample", "--limit", "2", "--evaluators", "checks")
    assert r.returncode == 2 and "generations.jsonl: line 1 is damaged" in r.stderr, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
