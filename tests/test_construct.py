"Benchmark construction across stages: the CLI on the bundled example, resume after failures, cache replay, bad input."

import json, shutil
from pathlib import Path
import pytest
from typer.testing import CliRunner
from sciimg.cli import app
from sciimg.construct import (
    ConstructError,
    Problem,
    example_dir,
    gate_quiz,
    gate_quizzes,
    position_bias,
    balance_positions,
    read_problems,
)
from sciimg.data import Quiz, load_combined
from sciimg.quiz import quiz_scores, verdicts_from_texts


@pytest.fixture
def cli():
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["construct", *map(str, args)], env={"SCIIMG_NO_PROGRESS": "1"})


def _calls(report: dict) -> int:
    "Calls that reached the providers' live path in this run (cache hits excluded)."
    u = report["calls"]["usage"]
    return sum(v["live"] for v in u.values()) if "per_entry" not in u else u["live"]


def test_example_end_to_end(cli, tmp_path):
    r = cli("--example", "--per-type", "1", "--out", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert "constructed 6 item(s) with 18 quizzes from 10 problem(s)" in r.output
    assert "not_visualisable 2" in r.output and "leaked 7" in r.output and "NOT model output" in r.output
    b = load_combined(tmp_path / "out" / "items.json")  # the data loader accepts the items, with no finding
    assert len(b.items) == 6 and b.findings == [] and {it.split for it in b.items} == {"constructed"}
    assert all(it.multimodal_question and len(it.quizzes) >= 2 for it in b.items)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["letters"]["bias_before"] and not report["letters"]["bias_after"]
    assert max(report["letters"]["after"].values()) - min(report["letters"]["after"].values()) <= 1
    assert {x["reason"] for x in report["rejections"]} >= {
        "extra_option",
        "correct_not_a_key",
        "evidence_not_in_problem",
        "duplicate_quiz",
        "too_few_quizzes",
    }
    assert "| phys-lens-01 | gates | extra_option | 2 |" in (tmp_path / "out" / "report.md").read_text()
    verdicts, _ = verdicts_from_texts(b.items, {it.id: it.elements for it in b.items})  # the evaluation can score them
    assert quiz_scores(verdicts)["quizzes"] == 18


def test_rerun_resumes_without_calls_and_is_deterministic(cli, tmp_path):
    assert cli("--example", "--out", tmp_path, "--json").exit_code == 0
    first = (tmp_path / "items.json").read_text()
    r = cli("--example", "--out", tmp_path, "--json")
    assert r.exit_code == 0 and _calls(json.loads(r.output)) == 0  # every stage came from records.jsonl
    assert (tmp_path / "items.json").read_text() == first
    assert json.loads(r.output)["counts"]["items"] == 7  # no density cap by default: the sector stays


def test_failed_problem_is_retried_and_finished_ones_are_not(cli, tmp_path):
    replies = json.loads((example_dir() / "authored_replies.json").read_text())
    del replies["problems"]["phys-lens-01"]  # its calls fail (no reply)
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(replies))
    r = cli("--input", example_dir() / "problems.jsonl", "--authored", partial, "--out", tmp_path / "o", "--json")
    assert r.exit_code == 1
    rep = json.loads(r.output)
    assert [f["problem_id"] for f in rep["failed"]] == ["phys-lens-01"] and rep["counts"]["items"] == 6
    r = cli("--example", "--out", tmp_path / "o", "--json")
    rep = json.loads(r.output)
    assert r.exit_code == 0 and rep["counts"]["items"] == 7 and rep["failed"] == []
    assert _calls(rep) == 1 + 1 + 3 * 4 + 1  # classify, quizzes, 3 quizzes x 4 trials, rewrite: lens only


def test_replay_from_cache_without_any_live_source(cli, tmp_path):
    assert (
        cli("--example", "--out", tmp_path / "a", "--cache-dir", tmp_path / "cache", "--cache-mode", "record").exit_code
        == 0
    )
    empty = tmp_path / "none.json"
    empty.write_text(json.dumps({"about": "no replies at all", "problems": {}}))
    r = cli(
        "--input",
        example_dir() / "problems.jsonl",
        "--authored",
        empty,
        "--out",
        tmp_path / "b",
        "--cache-dir",
        tmp_path / "cache",
        "--cache-mode",
        "replay",
        "--json",
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["calls"]["cache"]["misses"] == 0
    assert (tmp_path / "a" / "items.json").read_text() == (tmp_path / "b" / "items.json").read_text()


def test_changed_problem_under_same_out_is_an_error(cli, tmp_path):
    src = tmp_path / "p.jsonl"
    shutil.copy(example_dir() / "problems.jsonl", src)
    assert (
        cli("--input", src, "--authored", example_dir() / "authored_replies.json", "--out", tmp_path / "o").exit_code
        == 0
    )
    src.write_text(src.read_text().replace("5.0 kg wooden block", "6.0 kg wooden block"))
    r = cli("--input", src, "--authored", example_dir() / "authored_replies.json", "--out", tmp_path / "o")
    assert isinstance(r.exception, ConstructError)
    assert "'classify' record of problem 'phys-incline-01' was made with other inputs" in str(r.exception)


def test_bad_input_and_missing_models(cli, tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text('{"id": "x", "question": "A 2 kg mass.", "answer": "1"}\n{"id": "y", "answer": "2"}\n')
    r = cli("--input", f, "--out", tmp_path / "o", "--example")
    assert isinstance(r.exception, ConstructError) and f"{f}: line 2: field 'question' is missing or empty" in str(
        r.exception
    )
    f.write_text('{"id": "x", "question": "A 2 kg mass.", "answer": "1"}\n')
    r = cli("--input", f, "--out", tmp_path / "o", "--settings", _empty_settings(tmp_path))
    assert "--curator ROLE.NAME and --blind ROLE.NAME" in str(r.exception)
    r = cli(
        "--input",
        f,
        "--out",
        tmp_path / "o",
        "--settings",
        _empty_settings(tmp_path),
        "--curator",
        "judge.nope",
        "--blind",
        "answerer.nope",
    )
    assert "no [judge.nope]" in str(r.exception)


def _empty_settings(tmp_path: Path) -> Path:
    p = tmp_path / "s.ini"
    p.write_text("[run]\nseed = 0\n")
    return p


P = "A 5.0 kg block rests on a plane inclined at 30°. Find the normal force."
OK = {
    "question": "What mass is labelled on the block?",
    "options": {"A": "30 kg", "B": "5.0 kg", "C": "9.8 kg", "D": "0.5 kg"},
    "correct_option": "B",
    "evidence_snippet": "A 5.0 kg block",
}


@pytest.mark.parametrize(
    "raw, reason",
    [
        ({**OK, "options": {"A": "30 kg", "B": "5.0 kg", "D": "0.5 kg"}}, "missing_option"),
        ({k: v for k, v in OK.items() if k != "correct_option"}, "missing_field"),
        ({**OK, "options": {**OK["options"], "E": "50 kg"}}, "extra_option"),
        ({**OK, "correct_option": "E"}, "correct_not_a_key"),
        ({**OK, "evidence_snippet": "a 5 kg block"}, "evidence_not_in_problem"),
    ],
)
def test_gates_reject_crafted_bad_quizzes(raw, reason):
    kept, rej = gate_quizzes([OK, raw], Problem("p", P, "42 N"))
    assert [i for i, _ in kept] == [0] and [(r.quiz, r.reason) for r in rej] == [(1, reason)] and rej[0].detail


def test_all_c_answers_are_rejected_then_balanced():
    allc = [Quiz(f"q{i}", {"A": "a", "B": "b", "C": f"right {i}", "D": "d"}, "C", "") for i in range(12)]
    assert position_bias([q.correct_option for q in allc]) == "12 of 12 correct answers are C (at most 4 allowed)"
    bal = balance_positions(allc, seed=3)
    assert position_bias([q.correct_option for q in bal]) == "" and {q.correct_option for q in bal} == set("ABCD")
    assert all(q.options[q.correct_option] == f"right {i}" for i, q in enumerate(bal))


def test_installed_cli_has_construct(tmp_path):
    "`sciimg construct` through the installed command, as a user runs it; the items load and score."
    from conftest import run_cli

    r = run_cli("construct", "--example", "--out", tmp_path / "c", "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    b = load_combined(tmp_path / "c" / "items.json", check_images=False)
    assert len(b.items) >= 5 and all(len(it.quizzes) >= 1 for it in b.items)
