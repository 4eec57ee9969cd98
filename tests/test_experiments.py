"papermill smoke runs of every experiment notebook, `sciimg reproduce`, and byte-stable results."

import json
from pathlib import Path
import pandas as pd
import pytest
from conftest import ROOT, run_cli
from sciimg.reproduce import EXPERIMENTS, plan, run_experiment

TABLES = ["table.csv", "table.md", "table.tex", "letters.csv", "findings.csv", "figure.png", "figure.pdf"]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    "Every experiment notebook, smoke mode, in dependency order into one results folder (offline generators only)."
    import os

    tmp = tmp_path_factory.mktemp("pipeline")
    (tmp / "settings.ini").write_text(f"[run]\nruns_dir = {tmp / 'runs'}\n[cache]\ndir = {tmp / 'cache'}\n")
    old = os.environ.pop("SCIIMG_DATA", None)
    try:
        recs = {}
        for exp in plan(None):
            params = {
                "settings_file": str(tmp / "settings.ini"),
                **({"generators": "reference"} if exp.name == "generate" else {}),
                **({"runs_dir": str(tmp / "runs" / "finetune")} if exp.name == "finetune" else {}),
            }
            recs[exp.name] = run_experiment(exp, ROOT, str(tmp / "results"), smoke=True, params=params)
    finally:
        if old is not None:
            os.environ["SCIIMG_DATA"] = old
    return tmp / "results", recs


@pytest.mark.parametrize("exp", EXPERIMENTS, ids=lambda e: e.name)
def test_experiment_smoke(exp, pipeline):
    out, recs = pipeline
    rec = recs[exp.name]
    assert rec["status"] == "ok", rec
    nb = json.loads(Path(rec["executed"]).read_text())
    tags = [c["metadata"].get("tags", []) for c in nb["cells"]]
    assert ["injected-parameters"] in tags and ["parameters"] in tags  # papermill injected our parameters
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert (out / exp.name / "run.json").is_file()


def test_report_outputs(pipeline):
    out, _ = pipeline
    rep = out / "report"
    for f in ("table", "paper", "subjects", "cost", "paired"):
        for ext in ("csv", "md", "tex"):
            assert (rep / f"{f}.{ext}").is_file(), f"{f}.{ext}"
    for f in ("types_perfect", "scatter", "failures"):
        for ext in ("png", "pdf"):
            assert (rep / f"{f}.{ext}").stat().st_size > 1000, f"{f}.{ext}"
    t = pd.read_csv(rep / "table.csv")
    ref = t.set_index("Generator").loc["Reference scripts (oracle upper bound)"]
    assert (
        ref["Items"] == 30 and ref["Coverage %"] == 100.0 and ref["R_inv % lo"] <= ref["R_inv %"] <= ref["R_inv % hi"]
    )
    assert (
        ref["SSIM"] == 1.0
        and "text-evidence answerer (offline stand-in" in ref["Evaluated by"]
        and "oracle" in ref["Note"]
    )
    md = (rep / "leaderboard.md").read_text()
    assert "Paper-reported (Table 2 of arXiv 2601.17027" in md and "| Gemini-3-Pro-ImgCoder   |     77.87 |" in md
    ours, paper = md.split("Paper-reported", 1)
    assert "77.87" not in ours and "Reference scripts" not in paper  # the two blocks never mix
    assert str(out) not in md and "20" + "26-" not in (rep / "table.md").read_text()  # no absolute paths, no dates
    run = json.loads((rep / "run.json").read_text())
    assert run["items"] == 30 and run["quizzes"] == 124 and run["outputs"]


def test_finetune_outputs(pipeline):
    out, _ = pipeline
    for f in ("table.md", "table.csv", "paper_table4.md", "scaling.csv", "scaling.png", "scaling.pdf", "run.json"):
        assert (out / "finetune" / f).is_file(), f
    assert "stand-in" in (out / "finetune" / "table.md").read_text()  # the tiny random model is labelled as such


def test_readme_leaderboard_is_the_pipelines():
    "The README's leaderboard block is exactly results/report/leaderboard.md, as `sciimg reproduce` copies it."
    from sciimg.leaderboard import END, START

    readme = (ROOT / "README.md").read_text()
    block = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert block == (ROOT / "results" / "report" / "leaderboard.md").read_text().strip()


@pytest.mark.slow
def test_second_run_with_warm_cache_changes_no_byte(tmp_path):
    "Two full smoke pipelines with fresh run folders and one call cache: the second replays, and no table or figure changes."
    outs = []
    for i in (1, 2):
        f = tmp_path / f"s{i}.ini"
        f.write_text(f"[run]\nruns_dir = {tmp_path / f'runs{i}'}\n[cache]\ndir = {tmp_path / 'cache'}\n")
        r = run_cli(
            "reproduce",
            "--smoke",
            "--out",
            tmp_path / f"out{i}",
            "--settings",
            f,
            "-p",
            "generators=reference,local-imgcoder",
            timeout=1500,
        )
        assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
        outs.append(tmp_path / f"out{i}")
    files = sorted(
        p.relative_to(outs[0]) for p in outs[0].rglob("*") if p.suffix in (".csv", ".md", ".tex", ".png", ".pdf")
    )
    assert len(files) > 30 and any(p.parts[0] == "report" for p in files)
    changed = [str(p) for p in files if (outs[0] / p).read_bytes() != (outs[1] / p).read_bytes()]
    assert not changed, changed
    gen = pd.read_csv(outs[0] / "generate" / "table.csv").set_index("Generator")
    local = [g for g in gen.index if "SmolLM2" in g]
    if local and gen.loc[local[0], "Items"] > 0:  # the local LLM is installed (`make local`): its calls were replayed
        m = json.loads(next((tmp_path / "runs2" / "generate").glob("local-imgcoder-*/manifest.json")).read_text())
        assert m["cache"]["hits"] > 0 and m["cache"]["misses"] == 0, m["cache"]


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
    assert (
        t.loc["", "scigen items"] == 1057 and t.loc["", "seephys quizzes"] == 1104 and t.loc["", "Subject"] == "Total"
    )
    assert t.loc["Plane Geometric", "scigen quizzes"] == 269 and t.loc["(untyped: SeePhys)", "seephys items"] == 330
    f = pd.read_csv(tmp_path / "benchmark/findings.csv").set_index("Finding")
    assert (
        f.loc["malformed_option_set", ["scigen", "seephys"]].sum() == 51
        and f.loc["impossible_quiz"].iloc[1:].sum() == 8
    )
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
    f = tmp_path / "paper.ini"
    f.write_text(f"[data]\npath = {shared}\ncheck_images = false\n[run]\nruns_dir = {tmp_path / 'runs'}\n")
    r = run_cli("reproduce", "--only", "benchmark", "--settings", f, "--out", tmp_path / "res")
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads((tmp_path / "res/benchmark/run.json").read_text())["stats"]["splits"]["all"]["items"] == 1387
    manifests = list((tmp_path / "runs").glob("reproduce-*/manifest.json"))
    m = json.loads(manifests[0].read_text()) if len(manifests) == 1 else {}
    assert (
        m["counts"] == {"ok": 1, "failed": 0}
        and m["settings"]["data"]["path"] == str(shared)
        and "benchmark" in m["timings"]
    )


def _hashes(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_parameterized_rerun_into_another_folder_changes_no_published_result(pipeline, tmp_path):
    "papermill evaluate/report -p out_dir OTHER: the inputs are parameters, the stages' results (and results/) stay as they were."
    import subprocess, sys

    out, _ = pipeline
    published, repo = _hashes(out), _hashes(ROOT / "results")
    ini = str(out.parent / "settings.ini")
    runs = {
        "evaluate": ["-p", "smoke", "True", "-p", "generate_dir", str(out / "generate")],
        "report": [
            "-p",
            "n_boot",
            "500",
            "-p",
            "generate_dir",
            str(out / "generate"),
            "-p",
            "evaluate_dir",
            str(out / "evaluate"),
        ],
    }
    for exp, params in runs.items():
        src, dst = ROOT / "nbs" / "experiments" / f"{exp}.ipynb", tmp_path / f"{exp}.ipynb"
        cmd = [
            sys.executable,
            "-m",
            "papermill",
            str(src),
            str(dst),
            "-k",
            "python3",
            "-p",
            "out_dir",
            str(tmp_path / exp),
        ]
        r = subprocess.run(
            [*cmd, "-p", "settings_file", ini, *params], cwd=ROOT, capture_output=True, text=True, timeout=900
        )
        assert r.returncode == 0, r.stderr[-3000:]
    assert _hashes(out) == published and _hashes(ROOT / "results") == repo  # nothing published was touched
    for f in ("table.csv", "table.md", "table.tex"):  # the same inputs give the same table, wherever it is written
        assert (tmp_path / "evaluate" / f).read_bytes() == (out / "evaluate" / f).read_bytes(), f
    assert json.loads((tmp_path / "report" / "run.json").read_text())["n_boot"] == 500
    cols = ["Generator", "Items", "Coverage %", "R_inv %"]  # point estimates do not depend on the resamples
    pd.testing.assert_frame_equal(
        pd.read_csv(tmp_path / "report" / "table.csv")[cols], pd.read_csv(out / "report" / "table.csv")[cols]
    )


ANALYSIS = [
    *[
        f"{t}.{x}"
        for t in ("modes", "modes_agreement", "spectra", "separability", "disparity")
        for x in ("csv", "md", "tex")
    ],
    *[
        f"{f}.{x}"
        for f in ("modes", "modes_types", "modes_gallery", "spectra", "projection", "disparity")
        for x in ("png", "pdf")
    ],
    "modes_items.csv",
    "paper.md",
    "run.json",
]


def test_analysis_outputs(pipeline):
    "The analysis experiment on the embedded defaults: every table and figure; no real figures in the sample, and the rows say so."
    out, _ = pipeline
    a = out / "analysis"
    missing = [f for f in ANALYSIS if not (a / f).is_file()]
    assert not missing, missing
    run = json.loads((a / "run.json").read_text())
    assert "reference" in run["runs"] and "no classifier configured" in run["classifier"]
    assert "no real figures" in run["real_set"] and "pixel-projection" in run["features"]
    spec = pd.read_csv(a / "spectra.csv").set_index("Set")
    assert (
        spec.loc["SeePhys real figures", "Images"] == 0
        and "no SeePhys split" in spec.loc["SeePhys real figures", "Note"]
    )
    ref = spec.loc[spec["Kind"] == "reference"]
    assert len(ref) == 1 and ref["Images"].iloc[0] == 30 and ref["vs real: U"].iloc[0] == "— (no real set)"
    sep = pd.read_csv(a / "separability.csv")
    assert (sep["Folds"] == 0).all() and sep["Note"].str.contains("no real figures").all()
    d = pd.read_csv(a / "disparity.csv")
    assert {"item", "model", "model (paper, derived)"} <= set(d["Level"])
    paper = d[(d["Level"] == "model (paper, derived)") & (d["Pixel metric"] == "PSNR") & (d["Correctness"] == "R_inv")]
    assert len(paper) == 1 and paper["n"].iloc[0] == 11 and -1 <= paper["rho"].iloc[0] <= 1
    assert d.loc[d["Level"] == "model", "rho"].isna().all()  # two generators at most: no model-level ρ is claimed
    modes = pd.read_csv(a / "modes_items.csv")
    assert set(modes["outcome"]) <= {"perfect", "failed", "no_image", "not_scored"} and len(modes) >= 30
    text = "".join((a / f).read_text() for f in ANALYSIS if f.endswith((".md", ".csv", ".tex", ".json")))
    assert str(out) not in text and str(ROOT) not in text  # no absolute paths


@pytest.mark.slow
def test_analysis_on_real_figures_is_byte_identical(pipeline, shared, tmp_path):
    "With the release's SeePhys figures as the real set (a seeded 60 in smoke): real rows filled, tested, and a rerun changes no byte."
    out, _ = pipeline
    exp = {e.name: e for e in EXPERIMENTS}["analysis"]
    params = {
        "settings_file": str(out.parent / "settings.ini"),
        "real_data": str(shared),
        **{f"{s}_dir": str(out / s) for s in ("generate", "evaluate", "report")},
    }
    for run in ("a", "b"):
        rec = run_experiment(exp, ROOT, str(tmp_path / run), smoke=True, params=params)
        assert rec["status"] == "ok", rec
    a, b = tmp_path / "a" / "analysis", tmp_path / "b" / "analysis"
    changed = [f for f in ANALYSIS if (a / f).read_bytes() != (b / f).read_bytes()]
    assert not changed, changed
    spec = pd.read_csv(a / "spectra.csv").set_index("Set")
    assert spec.loc["SeePhys real figures", "Images"] == 60
    ref = spec.loc[spec["Kind"] == "reference"].iloc[0]
    assert 0 <= float(ref["A = P(set > real)"]) <= 1 and float(ref["p (two-sided)"]) >= 0
    sep = pd.read_csv(a / "separability.csv")
    row = sep[sep["Kind"] == "reference"].iloc[0]
    assert row["Real images"] == 60 and row["Folds"] == 5 and row["Balanced accuracy"] != "—"
    assert str(shared) not in (a / "spectra.md").read_text() + (a / "run.json").read_text()
