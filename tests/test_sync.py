"Notebooks are the source: a fresh nbdev-export and nbdev-clean change nothing (CI enforces it)."

import shutil, subprocess, sys
from pathlib import Path
from conftest import ROOT

BIN = Path(sys.executable).parent


def _copy(tmp_path) -> Path:
    dst = tmp_path / "repo"
    shutil.copytree(
        ROOT,
        dst,
        ignore=shutil.ignore_patterns(".venv", ".git", "runs", "results", "__pycache__", "*.egg-info", ".pytest_cache"),
    )
    return dst


def _snapshot(root: Path, pattern: str) -> dict:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.glob(pattern))
        if ".ipynb_checkpoints" not in p.parts
    }


def test_export_changes_nothing(tmp_path):
    repo = _copy(tmp_path)
    before = _snapshot(repo, "sciimg/**/*.py")
    subprocess.run([BIN / "nbdev-export"], cwd=repo, check=True, capture_output=True)
    after = _snapshot(repo, "sciimg/**/*.py")
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f"run `nbdev-export` and commit: {changed}"


def test_clean_changes_nothing(tmp_path):
    repo = _copy(tmp_path)
    before = _snapshot(repo, "nbs/**/*.ipynb")
    subprocess.run([BIN / "nbdev-clean"], cwd=repo, check=True, capture_output=True)
    after = _snapshot(repo, "nbs/**/*.ipynb")
    changed = sorted(k for k in before if before[k] != after.get(k))
    assert not changed, f"run `nbdev-clean` and commit: {changed}"


def test_experiment_notebooks_keep_their_parameters_cell():
    import nbformat

    for nb in sorted((ROOT / "nbs" / "experiments").glob("*.ipynb")):
        cells = [c for c in nbformat.read(nb, 4).cells if "parameters" in c.metadata.get("tags", [])]
        assert len(cells) == 1, f"{nb.name}: needs exactly one cell tagged `parameters`"
        assert "out_dir" in cells[0].source and "smoke" in cells[0].source
