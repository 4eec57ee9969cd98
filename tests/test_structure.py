"The layout holds: evaluators import no generator, and no module exports a builtin's name or a hand-attached method."

import ast, builtins
from pathlib import Path
import pytest

PKG = Path(__file__).resolve().parents[1] / "sciimg"
EVALUATORS = ("quiz", "checks", "metrics", "judge", "evaluate", "leaderboard")
GENERATORS = ("imgcoder", "pixel", "generate")  # and every provider_* module (the `providers` interface is allowed)
# Modules whose notebooks other work rewrites (05_sandbox, 12_construct): their hand-attached methods move there.
ATTACHED_ELSEWHERE = {"sandbox", "construct"}


def sciimg_imports(source: str) -> set[str]:
    "The sciimg modules a source imports, at module level or inside functions (relative or absolute)."
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level == 1 or mod.startswith("sciimg"):
                base = mod.removeprefix("sciimg").lstrip(".")
                out |= {base} if base else {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name.removeprefix("sciimg.") for a in node.names if a.name.startswith("sciimg.")}
    return {m.split(".")[0] for m in out}


def forbidden(mods: set[str]) -> set[str]:
    return {m for m in mods if m in GENERATORS or m.startswith("provider_")}


def test_the_checker_sees_every_form_of_import():
    src = "from .imgcoder import x\nimport sciimg.pixel\ndef f():\n    from sciimg.provider_openai import P\nfrom . import generate\nfrom .providers import make_provider\n"
    assert forbidden(sciimg_imports(src)) == {"imgcoder", "pixel", "provider_openai", "generate"}


@pytest.mark.parametrize("name", EVALUATORS)
def test_evaluators_import_no_generator(name):
    bad = forbidden(sciimg_imports((PKG / f"{name}.py").read_text()))
    assert not bad, f"sciimg/{name}.py imports {sorted(bad)}: an evaluator must not depend on a generator"


def test_records_and_answers_depend_on_no_stage():
    "The rooms every stage shares import only the foundations (the sandbox only as a type, under TYPE_CHECKING)."
    assert sciimg_imports((PKG / "answers.py").read_text()) <= {"providers"}  # the grader call, imported lazily
    assert sciimg_imports((PKG / "records.py").read_text()) <= {"core", "answers", "sandbox"}
    assert "if TYPE_CHECKING:" in (PKG / "records.py").read_text()


def _exports(path: Path) -> tuple[list[str], ast.Module]:
    tree = ast.parse(path.read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value)), tree
    return [], tree


MODULES = sorted(p for p in PKG.glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_all_holds_no_builtin_name(path):
    "`from sciimg.X import *` must never shadow a builtin (as a patched `map` in providers once did)."
    names, _ = _exports(path)
    assert not [n for n in names if hasattr(builtins, n)]


@pytest.mark.parametrize("path", [p for p in MODULES if p.stem not in ATTACHED_ELSEWHERE], ids=lambda p: p.stem)
def test_all_holds_no_method(path):
    "A function taking `self` is a method defined outside its class: it is @patch-ed, so nbdev keeps it out of __all__."
    names, tree = _exports(path)
    methods = [
        f.name
        for f in tree.body
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.args.args and f.args.args[0].arg == "self"
    ]
    assert not set(methods) & set(names), sorted(set(methods) & set(names))
