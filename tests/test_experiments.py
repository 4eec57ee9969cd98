"papermill smoke runs of every experiment notebook, `sciimg reproduce`, and byte-stable results."
import json
from pathlib import Path
import pandas as pd
import pytest
from conftest import ROOT, run_cli
from sciimg.reproduce import EXPERIMENTS, run_experiment

TABLES = ["table.csv", "table.md", "table.tex", "letters.csv", "findings.csv", "figure.png", "figure.pdf"]


@pytest.mark.parametrize("exp", EXPERIMENTS, ids=lambda e: e.name)
def test_experiment_smoke(exp, tmp_path, monkeypatch):
    monkeypatch.delenv("SCIIMG_DATA", raising=False)
    params = {"generators": "reference"} if exp.name == "generate" else None   # the local LLM path has its own (slow) test
    rec = run_experiment(exp, ROOT, str(tmp_path), smoke=True, params=params)
    assert rec["status"] == "ok", rec
    nb = json.loads(Path(rec["executed"]).read_text())
    tags = [c["metadata"].get("tags", []) for c in nb["cells"]]
    assert ["injected-parameters"] in tags and ["parameters"] in tags     # papermill injected our parameters
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]


def test_reproduce_cli_sample_is_byte_stable(tmp_path):
    r1 = run_cli("reproduce", "--smoke", "--only", "benchmark", "--out", tmp_path / "a")
    r2 = run_cli("reproduce", "--smoke", "--only", "benchmark", "--out", tmp_path / "b")
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr[-2000:] + r2.stderr[-2000:]
    for f in TABLES:
        assert (tmp_path / "a/benchmark" / f).read_bytes() == (tmp_path / "b/benchmark" / f).read_bytes(), f
    t = pd.read_csv(tmp_path / "a/benchmark/table.csv")
    assert len(t) == 26 and t.iloc[-1]["sample items"] >= 25 and (t.iloc[:-1]["sample items"] >= 1).all()
    rec = json.loads((tmp_path / "a/reproduce.json").read_text())
    assert [e["experiment"] for e in rec["experiments"]] == ["benchmark"] and rec["smoke"] is True
    assert str(tmp_path) not in (tmp_path / "a/benchmark/table.md").read_text()


def test_benchmark_on_release_via_env(shared, tmp_path):
    r = run_cli("reproduce", "--only", "benchmark", "--out", tmp_path, env={"SCIIMG_DATA": str(shared)})
    assert r.returncode == 0, r.stderr[-3000:]
    t = pd.read_csv(tmp_path / "benchmark/table.csv").fillna("").set_index("Image type")
    assert t.loc["", "scigen items"] == 1057 and t.loc["", "seephys quizzes"] == 1104 and t.loc["", "Subject"] == "Total"
    assert t.loc["Plane Geometric", "scigen quizzes"] == 269 and t.loc["(untyped: SeePhys)", "seephys items"] == 330
    f = pd.read_csv(tmp_path / "benchmark/findings.csv").set_index("Finding")
    assert f.loc["malformed_option_set", ["scigen", "seephys"]].sum() == 51 and f.loc["impossible_quiz"].iloc[1:].sum() == 8
    run = json.loads((tmp_path / "benchmark/run.json").read_text())
    assert run["data"]["source"] == "release" and str(shared) not in json.dumps(run)


def test_failing_experiment_is_recorded(tmp_path, monkeypatch):
    from sciimg import reproduce as rp
    r = run_cli("reproduce", "--only", "nope")
    assert r.returncode == 2 and "unknown experiment" in r.stderr
    exp = rp.Experiment("benchmark", "benchmark.ipynb", parameters={"data": str(tmp_path / "missing")})
    rec = rp.run_experiment(exp, ROOT, str(tmp_path))
    assert rec["status"] == "failed" and "DataError" in rec["error"] and Path(rec["executed"]).exists()


def test_reproduce_passes_settings_file_to_notebooks(shared, tmp_path):
    f = tmp_path / "paper.ini"; f.write_text(f"[data]\npath = {shared}\ncheck_images = false\n[run]\nruns_dir = {tmp_path / 'runs'}\n")
    r = run_cli("reproduce", "--only", "benchmark", "--settings", f, "--out", tmp_path / "res")
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads((tmp_path / "res/benchmark/run.json").read_text())["stats"]["splits"]["all"]["items"] == 1387
    manifests = list((tmp_path / "runs").glob("reproduce-*/manifest.json"))
    m = json.loads(manifests[0].read_text()) if len(manifests) == 1 else {}
    assert m["counts"] == {"ok": 1, "failed": 0} and m["settings"]["data"]["path"] == str(shared) and "benchmark" in m["timings"]
