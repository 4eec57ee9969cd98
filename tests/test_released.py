"""The paper's released images through our evaluators: a local copy in the released schema, built from SeePhys items and
their real figures (some altered, one undecodable, plus unmatched and ambiguous rows), imported with `sciimg
import-released`, scored by `sciimg evaluate --evaluators metrics`, set beside Table 2 by `sciimg report`, and the same
through the experiment notebooks."""

import io, json
from pathlib import Path
import pandas as pd
import pytest
from PIL import Image, ImageFilter
from conftest import ROOT, run_cli
from sciimg.leaderboard import PSNR_CAP, paper_table
from sciimg.records import read_evals, read_generations
from sciimg.released import COMPARISON_TITLE, write_local_copy

N = 8  # the first N SeePhys items


def _row(it: dict, image: bytes | None) -> dict:
    return {"original_question": it["question"], "answer": it["answer"], "image_type": "", "image": image}


def _blurred(png: bytes) -> bytes:
    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").filter(ImageFilter.GaussianBlur(2)).save(buf, "PNG")
    return buf.getvalue()


def _jpeg(png: bytes) -> bytes:
    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(buf, "JPEG", quality=30)
    return buf.getvalue()


@pytest.fixture(scope="module", autouse=True)
def hf_cache(tmp_path_factory):
    "The 🤗 datasets cache of the commands and notebooks run here: a temporary folder, not the user's."
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_DATASETS_CACHE", str(tmp_path_factory.mktemp("hf")))
        yield


@pytest.fixture(scope="module")
def released(shared, tmp_path_factory):
    """Two configs in the Hub's parquet layout. nanobanana-pro: items 0–4 with their reference figures unaltered, two rows
    for item 5 (ambiguous), a row no item has (unmatched), nothing for items 6–7. flux2: item 0 unaltered, 1 blurred,
    2 re-encoded as a lossy JPEG, 3 undecodable; nothing for 4–7."""
    tmp = tmp_path_factory.mktemp("released")
    its = json.loads((shared / "seephys.json").read_text())[:N]
    fig = [(shared / "seephys_images" / f"{it['id']}.png").read_bytes() for it in its]
    nbp = [_row(it, f) for it, f in zip(its[:5], fig)] + [_row(its[5], fig[5])] * 2
    nbp.append(
        {"original_question": "A sled slides down a frictionless hill of height $h$.", "answer": "", "image": fig[6]}
    )
    flux = [_row(its[0], fig[0]), _row(its[1], _blurred(fig[1])), _row(its[2], _jpeg(fig[2])), _row(its[3], b"GIF89a?")]
    write_local_copy({"seephys": nbp}, tmp / "copy", "nanobanana-pro")
    write_local_copy({"seephys": flux}, tmp / "copy", "flux2")
    return tmp, its, fig


def _import(shared, copy, config, run, *extra):
    return run_cli(
        "import-released", copy, "--config", config, "--run", run, "--data", shared, "--split", "seephys",
        "--limit", N, *extra,
    )  # fmt: skip


def test_import_counts_printed_and_in_the_manifest(shared, released):
    tmp, its, fig = released
    r = _import(shared, tmp / "copy", "nanobanana-pro", tmp / "runs" / "nbp")
    assert r.returncode == 0, r.stderr
    assert "nanobanana-pro: 8 rows: 5 matched, 2 ambiguous, 1 unmatched" in r.stdout
    assert f"{N} items → " in r.stdout and "3 missing (no matched row); statuses missing 3, ok 5" in r.stdout
    mf = json.loads((tmp / "runs" / "nbp" / "manifest.json").read_text())
    assert mf["matching"] == {
        "rows": 8, "matched": 5, "ambiguous": 2, "unmatched": 1, "matched_in_order": 0, "matched_outside_run": 0,
        "items": N, "missing": 3,
    }  # fmt: skip
    assert mf["counts"] == {"missing": 3, "ok": 5}
    p = mf["parameters"]
    assert (p["kind"], p["config"], p["dataset"], p["splits"]) == (
        "released",
        "nanobanana-pro",
        "copy (local copy)",
        ["seephys"],
    )
    gens = read_generations(tmp / "runs" / "nbp")
    assert list(gens) == [str(it["id"]) for it in its]  # every item has a record
    g0 = gens[str(its[0]["id"])]
    assert (g0["kind"], g0["generator"], g0["status"], g0["row"], g0["matched_by"]) == (
        "released",
        "released-nanobanana-pro",
        "ok",
        0,
        "question",
    )
    assert (tmp / "runs" / "nbp" / g0["received"]).read_bytes() == fig[0]  # as received
    assert Image.open(tmp / "runs" / "nbp" / g0["image"]).mode == "RGB"  # the normalised PNG beside it
    assert "only ambiguous rows" in gens[str(its[5]["id"])]["error"]
    rows = json.loads((tmp / "runs" / "nbp" / "released_rows.json").read_text())
    assert [r["status"] for r in rows] == ["matched"] * 5 + ["ambiguous"] * 2 + ["unmatched"]
    again = _import(shared, tmp / "copy", "nanobanana-pro", tmp / "runs" / "nbp", "--json")  # resumes: nothing doubled
    assert again.returncode == 0 and json.loads(again.stdout)["statuses"] == {"missing": 3, "ok": 5}


def test_bad_inputs_are_one_line_errors(shared, released, tmp_path):
    tmp, _, _ = released
    cases = [
        ("seephys", tmp / "copy", "gpt-image1", "no released config 'gpt-image1'"),
        ("scigen", tmp / "copy", "flux2", "has no split ['scigen'] (it has: seephys)"),
        ("seephys", tmp_path / "absent", "flux2", "no such file or folder"),
    ]
    for split, copy, config, msg in cases:
        r = run_cli(
            "import-released", copy, "--config", config, "--run", tmp_path / "r", "--data", shared, "--split", split
        )
        assert r.returncode == 2 and msg in r.stderr and "Traceback" not in r.stderr, r.stderr
    r = run_cli("import-released", tmp / "copy", "--config", "flux2", "--run", tmp_path / "s", "--split", "sample")
    assert r.returncode == 2 and "cover the scigen and seephys splits" in r.stderr


def test_an_unreachable_hub_is_a_typed_error(shared, tmp_path):
    "The Hub path is real up to the call: offline, `datasets` fails and the command says how to work without network."
    env = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    r = run_cli(
        "import-released", "J017athan/SciGenBench", "--config", "flux2", "--run", tmp_path / "r", "--data", shared,
        "--split", "seephys", env=env,
    )  # fmt: skip
    assert r.returncode == 2, r.stderr
    assert "could not load J017athan/SciGenBench config 'flux2' split 'seephys' from the Hugging Face Hub" in r.stderr
    assert "save_to_disk" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_evaluate_metrics_and_the_comparison_table(shared, released):
    tmp, its, _ = released
    one = ("--data", shared, "--split", "seephys", "--limit", N)
    runs = {"nanobanana-pro": tmp / "runs" / "nbp2", "flux2": tmp / "runs" / "flux2"}
    for config, run in runs.items():
        assert _import(shared, tmp / "copy", config, run).returncode == 0
        r = run_cli("evaluate", "--run", run, "--evaluators", "metrics", *one)
        assert r.returncode == 0, r.stderr
    m = {r["item_id"]: r for r in read_evals(runs["flux2"], "metrics")}
    assert [m[str(it["id"])]["status"] for it in its[:5]] == ["ok", "ok", "ok", "missing_image", "missing_image"]
    assert m[str(its[0]["id"])]["paper"]["ssim"] == 1.0 and m[str(its[1]["id"])]["paper"]["ssim"] < 1.0
    out = tmp / "report"
    r = run_cli(
        "report", "--run", f"released-nanobanana-pro={runs['nanobanana-pro']}", "--run", f"released-flux2={runs['flux2']}",
        "--out", out, "--n-boot", 50, *one,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    t = pd.read_csv(out / "released.csv").set_index(["Config", "Metric"])
    paper = paper_table().set_index("Model")
    for proto in ("paper", "canonical"):
        nbp = t.loc[("nanobanana-pro", f"PSNR ({proto} protocol)")]
        assert nbp["Ours"] == PSNR_CAP and nbp["n"] == 5  # the unaltered figures: the identical-image convention
        assert nbp["Paper (Table 2)"] == paper.loc["Nanobanana-Pro", "PSNR"]
        assert nbp["Ours − paper"] == pytest.approx(PSNR_CAP - paper.loc["Nanobanana-Pro", "PSNR"])
        assert t.loc[("nanobanana-pro", f"SSIM ({proto} protocol)"), "Ours"] == 1.0
        fl = t.loc[("flux2", f"PSNR ({proto} protocol)")]
        assert fl["n"] == 3 and fl["Ours"] < PSNR_CAP and fl["Paper (Table 2)"] == paper.loc["Flux2-flex", "PSNR"]
    md = (out / "released.md").read_text()
    assert COMPARISON_TITLE in md and "one place where our numbers and the paper's are comparable cell by cell" in md
    assert "5 image(s) identical to the reference" in md and str(tmp) not in md
    lb = (out / "leaderboard.md").read_text()
    assert COMPARISON_TITLE in lb and "Nanobanana-Pro (paper's released images)" in lb


@pytest.mark.slow
def test_the_pipeline_imports_evaluates_and_compares(shared, released):
    "generate → evaluate → report experiments with `released` configs: one imported, one absent from the copy (listed with the reason)."
    from sciimg.reproduce import EXPERIMENTS, run_experiment

    tmp, _, _ = released
    (tmp / "s.ini").write_text(f"[run]\nruns_dir = {tmp / 'prun'}\n[cache]\ndir = {tmp / 'cache'}\n")
    params = {
        "settings_file": str(tmp / "s.ini"),
        "data": str(shared),
        "split": "seephys",
        "limit": N,
        "generators": "reference",  # as `sciimg reproduce -p` passes it: to every experiment
        "released": "nanobanana-pro,gpt-image1",
        "released_data": str(tmp / "copy"),
    }
    exps = {e.name: e for e in EXPERIMENTS}
    for name in ("generate", "evaluate", "report"):
        rec = run_experiment(exps[name], ROOT, str(tmp / "results"), smoke=True, params=params)
        assert rec["status"] == "ok", rec
    gen = json.loads((tmp / "results" / "generate" / "run.json").read_text())
    assert (
        "released-nanobanana-pro" in gen["runs"]
        and "no released config 'gpt-image1'" in gen["skipped"]["released-gpt-image1"]
    )
    ev = json.loads((tmp / "results" / "evaluate" / "run.json").read_text())
    assert set(ev["runs"]) == {"reference", "released-nanobanana-pro"}
    lb = (tmp / "results" / "report" / "leaderboard.md").read_text()
    assert "GPT-Image-1 (paper's released images)" in lb and "not run: " in lb and COMPARISON_TITLE in lb
    t = pd.read_csv(tmp / "results" / "report" / "released.csv").set_index("Metric")
    assert t.loc["PSNR (paper protocol)", "Ours"] == PSNR_CAP
    assert "text-evidence" in t.loc["R_inv % (missing = failure)", "Ours evaluated by"]
