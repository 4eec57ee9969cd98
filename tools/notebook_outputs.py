"""Execute library notebooks and keep the outputs that teach — deterministic ones only.

Each notebook runs twice in a fresh kernel (cells flagged slow/gpu/api are skipped, as nbdev-test does). An output is
kept when both runs gave it byte for byte, it is a result, a display (table, figure) or printed text (not stderr,
progress widgets or logs), and it holds no absolute path, memory address or timing. Everything else is cleared.
Run `nbdev-clean` afterwards (it keeps outputs).

    python tools/notebook_outputs.py nbs/08_quiz.ipynb [more.ipynb ...]
"""

import copy, os, re, sys
from pathlib import Path
from fastcore.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

SKIP_FLAGS = ("slow", "gpu", "api")
UNSTABLE = re.compile(
    r"(/work/|/tmp/|/root/|/home/|/private/var/|0x[0-9a-f]{6,}|\b\d+(\.\d+)? ?(s|ms|sec|seconds)\b(?! ?[=:])|pid[ =]\d+|127\.0\.0\.1:\d+|localhost:\d+)"
)
KEEP_TYPES = ("execute_result", "display_data", "stream")
DROP_MIME = ("application/vnd.jupyter.widget-view+json",)
MAX_BYTES = 400_000  # a figure bigger than this is not worth committing


def _flagged(cell) -> bool:
    "Cells nbdev-test skips by default (`#| slow`, `#| gpu`, `#| api`)."
    first = cell.source.lstrip().splitlines()[:3] if cell.cell_type == "code" else []
    return any(re.match(rf"#\|\s*({'|'.join(SKIP_FLAGS)})\b", l) for l in first)


def run(path: Path):
    "One execution of the notebook in a fresh shell, from its own folder; returns the executed copy."
    nb = read_nb(path)
    shell = CaptureShell(path)
    cwd = os.getcwd()
    os.chdir(path.parent)
    try:
        shell.run_all(nb, exc_stop=True, preproc=_flagged, cell_timeout=900)
    finally:
        os.chdir(cwd)
    return nb


def _text(o) -> str:
    return "".join(o.get("text", "")) + "".join("".join(v) if isinstance(v, list) else str(v) for v in o.get("data", {}).values())


def _keep(o) -> bool:
    if o.get("output_type") not in KEEP_TYPES or (o.get("output_type") == "stream" and o.get("name") != "stdout"):
        return False
    if any(m in o.get("data", {}) for m in DROP_MIME) or len(_text(o)) > MAX_BYTES:
        return False
    return not UNSTABLE.search(_text(o))


def _clean(o):
    o = copy.deepcopy(dict(o))
    o.pop("execution_count", None)
    o.get("metadata", {}).clear() if isinstance(o.get("metadata"), dict) else None
    return o


def keep_outputs(path: Path) -> tuple[int, int]:
    "Execute twice, keep the stable teaching outputs; returns (cells with outputs kept, cells cleared)."
    a, b = run(path), run(path)
    src = read_nb(path)
    kept = cleared = 0
    for ca, cb, cs in zip(a.cells, b.cells, src.cells):
        if cs.cell_type != "code":
            continue
        outs = [_clean(o) for o in ca.get("outputs", [])]
        twin = [_clean(o) for o in cb.get("outputs", [])]
        good = [o for o, t in zip(outs, twin) if o == t and _keep(o)] if len(outs) == len(twin) else []
        cleared += bool(outs) and not good
        kept += bool(good)
        cs["outputs"] = good
        cs["execution_count"] = None
    write_nb(src, path)
    return kept, cleared


if __name__ == "__main__":
    os.environ.setdefault("SCIIMG_NO_PROGRESS", "1")
    for p in sys.argv[1:]:
        k, c = keep_outputs(Path(p))
        print(f"{p}: outputs kept in {k} cells, {c} cleared")
