"`sciimg evaluate` on the reference generator over the whole sample, offline; and an LMM answerer replayed from the cache."

import json
from conftest import run_cli


def test_evaluate_reference_run_offline_is_stable(tmp_path):
    assert (
        run_cli("generate", "--generator", "reference", "--split", "sample", "--run", tmp_path / "ref").returncode == 0
    )
    ev = ("evaluate", "--run", tmp_path / "ref", "--split", "sample", "--controls", "no_image,blank,shuffle", "--json")
    r1 = run_cli(*ev, timeout=900)  # OCR of every image: minutes on a loaded 2-core machine
    assert r1.returncode == 0, r1.stderr[-3000:]
    s = json.loads(r1.stdout)
    first = (tmp_path / "ref" / "evals" / "summary.json").read_bytes()
    assert (
        s["quiz"]["coverage"] == 1.0 and s["quiz"]["items"] == s["items"] >= 25 and 0 < s["quiz"]["quiz_accuracy"] < 1
    )
    assert (
        "offline stand-in" in s["quiz"]["answerer"]
        and s["metrics"]["coverage"] == 1.0
        and s["metrics"]["canonical_ssim"] == 1.0
    )
    assert s["checks"]["checked"] == s["items"]
    quiz = [json.loads(l) for l in (tmp_path / "ref" / "evals" / "quiz.jsonl").read_text().splitlines()]
    assert len(quiz) == sum(1 for _ in quiz) and {q["status"] for q in quiz} <= {"answered", "abstained"}
    assert set(s["controls"]) == {"no_image", "blank", "shuffle"} and s["controls"]["no_image"]["quiz_accuracy"] == 0.0
    r2 = run_cli(*ev, timeout=900)
    assert r2.returncode == 0 and (tmp_path / "ref" / "evals" / "summary.json").read_bytes() == first
    assert s["complete"] is True and s["counts"]["quiz"]["unscored"] == 0

    # Scores come from pixels: the same images with the generator's recorded texts and layout removed score the same.
    import shutil
    from sciimg.core import JsonlStore

    (tmp_path / "bare" / "images").mkdir(parents=True)
    with JsonlStore(tmp_path / "bare" / "generations.jsonl", ("id", "generator")) as st:
        for line in (tmp_path / "ref" / "generations.jsonl").read_text().splitlines():
            r = json.loads(line)
            shutil.copy(tmp_path / "ref" / r["image"], tmp_path / "bare" / r["image"])
            st.append({k: v for k, v in r.items() if k not in ("texts", "layout", "code", "_sum", "self_reported")})
    r3 = run_cli(
        "evaluate", "--run", tmp_path / "bare", "--split", "sample", "--evaluators", "quiz", "--json", timeout=900
    )  # OCR of every image: minutes on a loaded 2-core machine
    assert r3.returncode == 0, r3.stderr[-3000:]
    answers = lambda run: sorted(
        (q["item_id"], q["quiz"], q["answer"], q["correct"], q["status"])
        for q in map(json.loads, (tmp_path / run / "evals" / "quiz.jsonl").read_text().splitlines())
    )
    assert answers("bare") == answers("ref") and json.loads(r3.stdout)["quiz"]["r_inv"] == s["quiz"]["r_inv"]


def test_evaluate_counts_missing_generations_as_failures(tmp_path):
    assert (
        run_cli(
            "generate", "--generator", "reference", "--split", "sample", "--limit", "3", "--run", tmp_path / "few"
        ).returncode
        == 0
    )
    s = json.loads(
        run_cli(
            "evaluate",
            "--run",
            tmp_path / "few",
            "--split",
            "sample",
            "--limit",
            "6",
            "--evaluators",
            "quiz,checks",
            "--json",
        ).stdout
    )
    assert s["items"] == 6 and s["quiz"]["coverage"] == 0.5 and s["quiz"]["paper_compatible"]["items"] == 3
    assert s["quiz"]["r_inv"] <= 0.5 * (s["quiz"]["paper_compatible"]["r_inv"] or 0) + 1e-9


def test_multimodal_question_needs_an_lmm(tmp_path):
    assert (
        run_cli(
            "generate", "--generator", "reference", "--split", "sample", "--limit", "2", "--run", tmp_path / "r"
        ).returncode
        == 0
    )
    r = run_cli(
        "evaluate", "--run", tmp_path / "r", "--split", "sample", "--limit", "2", "--evaluators", "mq", "--json"
    )
    assert r.returncode == 0, r.stderr[-2000:]
    recs = [json.loads(l) for l in (tmp_path / "r" / "evals" / "mq.jsonl").read_text().splitlines()]
    assert {x["status"] for x in recs} == {"unsupported"} and "mq" not in json.loads(r.stdout)  # never a silent 0


def test_pixel_images_get_ocr_text_evidence(tmp_path):
    "A run whose images carry no recorded texts (as a pixel generator's) is read by OCR for the quiz and the checks."
    import os, shutil
    import pytest
    from sciimg.checks import ocr_available
    from sciimg.core import JsonlStore

    if not ocr_available():
        if os.environ.get("CI"):
            pytest.fail("CI installs the ocr extra (.ci/run)")
        pytest.skip("the ocr extra is not installed")
    assert (
        run_cli(
            "generate", "--generator", "reference", "--split", "sample", "--limit", "4", "--run", tmp_path / "ref"
        ).returncode
        == 0
    )
    (tmp_path / "pix" / "images").mkdir(parents=True)
    with JsonlStore(tmp_path / "pix" / "generations.jsonl", ("id", "generator")) as st:
        for l in (tmp_path / "ref" / "generations.jsonl").read_text().splitlines():
            r = json.loads(l)
            shutil.copy(tmp_path / "ref" / r["image"], tmp_path / "pix" / r["image"])
            st.append({"id": r["id"], "generator": "pixel-like", "kind": "pixel", "status": "ok", "image": r["image"]})
    s = json.loads(
        run_cli(
            "evaluate",
            "--run",
            tmp_path / "pix",
            "--split",
            "sample",
            "--limit",
            "4",
            "--evaluators",
            "quiz,checks",
            "--json",
        ).stdout
    )
    assert s["quiz"]["coverage"] == 1.0 and s["checks"]["checked"] == 4
    quiz = [json.loads(l) for l in (tmp_path / "pix" / "evals" / "quiz.jsonl").read_text().splitlines()]
    assert any(q["status"] == "answered" for q in quiz)  # OCR text evidence, not nothing
    assert len(list((tmp_path / "pix" / "evals" / "ocr").glob("*.json"))) == 4


def test_set_metrics_and_inception_error(tmp_path):
    assert (
        run_cli(
            "generate", "--generator", "reference", "--split", "sample", "--limit", "4", "--run", tmp_path / "r"
        ).returncode
        == 0
    )
    r = run_cli(
        "evaluate",
        "--run",
        tmp_path / "r",
        "--split",
        "sample",
        "--limit",
        "4",
        "--evaluators",
        "metrics",
        "--fid",
        "pixel",
        "--json",
    )
    assert r.returncode == 0, r.stderr[-2000:]
    st = json.loads(r.stdout)["metrics"]["set"]
    assert (
        st["status"] == "ok" and abs(st["fid"]) < 1e-6 and "not Inception" in st["features"]
    )  # a reference against its own render
    bad = run_cli(
        "evaluate",
        "--run",
        tmp_path / "r",
        "--split",
        "sample",
        "--limit",
        "4",
        "--evaluators",
        "metrics",
        "--fid",
        "inception",
    )
    assert (
        bad.returncode == 2
        and ("fid` extra" in bad.stderr or "Inception weights not found" in bad.stderr)
        and "Traceback" not in bad.stderr
    )
