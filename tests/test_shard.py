"""SLURM-style sharding: four `generate --shard I/4` folders, each evaluated on its own, merged with `sciimg merge`, equal
one unsharded run (ids, statuses, image bytes, evaluation summary); merges that are not safe are refused."""

import json, shutil
from pathlib import Path
from conftest import run_cli
from sciimg.core import sha256_file
from sciimg.records import read_evals, read_generations

EVALS = "quiz,checks"


def _gen(run: Path, *extra: str):
    r = run_cli("generate", "--generator", "reference", "--split", "sample", "--run", run, "--json", *extra)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout)


def _eval(run: Path, *extra: str) -> dict:
    r = run_cli("evaluate", "--run", run, "--split", "sample", "--evaluators", EVALS, "--json", *extra)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout)


def _look(run: Path) -> dict:
    "id → (status, SHA-256 of the image)."
    return {i: (r["status"], sha256_file(run / r["image"])) for i, r in read_generations(run).items()}


def test_four_shards_merged_equal_one_run(tmp_path):
    whole = tmp_path / "whole"
    _gen(whole)
    summary = _eval(whole)
    parts = [tmp_path / f"shard{i}" for i in range(4)]
    sizes = [_gen(p, "--shard", f"{i}/4")["items"] for i, p in enumerate(parts)]
    assert sum(sizes) == len(read_generations(whole)) and all(sizes)
    for i, p in enumerate(parts):  # a shard folder is evaluated on its own items, with or without --shard
        part = _eval(p, *(["--shard", f"{i}/4"] if i % 2 else []))
        assert part["items"] == sizes[i]
    m = run_cli("merge", *parts[::-1], "--out", tmp_path / "merged", "--json")
    assert m.returncode == 0, m.stderr[-3000:]
    rep = json.loads(m.stdout)
    assert rep["shards"] == ["0/4", "1/4", "2/4", "3/4"] and rep["missing_ids"] == [] and rep["missing_shards"] == []
    merged = tmp_path / "merged"
    assert _look(merged) == _look(whole)
    for name in ("quiz", "checks"):  # the evaluator records merged too: the same keys and scores
        strip = lambda rs: sorted(
            json.dumps({k: v for k, v in r.items() if k != "elapsed_s"}, sort_keys=True) for r in rs
        )
        assert strip(read_evals(merged, name)) == strip(read_evals(whole, name))
    assert (
        _eval(merged) == summary
    )  # the summary of the merged run, recomputed from its records, equals the whole run's
    assert json.loads((merged / "manifest.json").read_text())["parameters"]["items"] == len(read_generations(whole))
    for line in (merged / "files.sha256").read_text().splitlines():  # every copied file is the hash it says
        h, rel = line.split("  ", 1)
        assert sha256_file(merged / rel) == h


def test_unsafe_merges_are_refused(tmp_path):
    parts = [tmp_path / f"shard{i}" for i in range(2)]
    for i, p in enumerate(parts):
        _gen(p, "--shard", f"{i}/2", "--limit", "6")
    twice = run_cli("merge", parts[0], parts[0], "--out", tmp_path / "m1")
    assert twice.returncode == 2 and "given more than once" in twice.stderr and not (tmp_path / "m1").exists()
    missing = run_cli("merge", parts[0], "--out", tmp_path / "m2")
    assert missing.returncode == 2 and "missing shards ['1/2']" in missing.stderr
    partial = run_cli("merge", parts[0], "--out", tmp_path / "m3", "--partial", "--json")
    assert partial.returncode == 3 and json.loads(partial.stdout)["missing_shards"] == ["1/2"]
    other = tmp_path / "other"  # the same shard of another item list (a different --limit)
    _gen(other, "--shard", "1/2", "--limit", "8")
    mixed = run_cli("merge", parts[0], other, "--out", tmp_path / "m4")
    assert mixed.returncode == 2 and "items_total, ids_sha differ" in mixed.stderr
    reuse = run_cli("generate", "--generator", "reference", "--split", "sample", "--run", parts[0], "--shard", "1/2")
    assert reuse.returncode == 2 and "use a new folder for shard 1/2" in reuse.stderr
    alien = tmp_path / "alien"  # a record smuggled into the wrong shard folder
    shutil.copytree(parts[1], alien)
    (alien / "generations.jsonl").write_bytes(
        (alien / "generations.jsonl").read_bytes() + (parts[0] / "generations.jsonl").read_bytes().splitlines(True)[0]
    )
    bad = run_cli("merge", parts[0], alien, "--out", tmp_path / "m5")
    assert bad.returncode == 2 and "is not in shard 1/2" in bad.stderr
    wrong = run_cli("evaluate", "--run", parts[0], "--split", "sample", "--limit", "6", "--shard", "1/2")
    assert wrong.returncode == 2 and "is shard 0/2, not 1/2" in wrong.stderr
