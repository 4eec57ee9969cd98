"Notebooks are read as pages: real Markdown (no comment prefixes left from percent-format text), headings that render as headings."

import re
from html.parser import HTMLParser
from pathlib import Path
import nbformat
import pytest
from conftest import ROOT

NOTEBOOKS = sorted(p for p in (ROOT / "nbs").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
# A comment-prefixed line: "#" alone, or "# " followed by a heading, quote, list, table or blank — what `# ` prefixes leave.
PREFIXED = re.compile(r"^#(\s*$|\s+(#|>|- |\* |\||\d+\. ))")


def prefixed_lines(source: str) -> list[str]:
    "Lines of a Markdown cell that are percent-format comment prefixes, not Markdown (a single `# Title` is fine)."
    lines = source.splitlines()
    bad = [l for l in lines if PREFIXED.match(l)]
    h1 = [l for l in lines if l.startswith("# ")]
    return bad + (h1 if len(h1) > 1 else [])


def test_the_check_catches_prefixed_cells():
    assert prefixed_lines("# # sandbox\n#\n# > Untrusted code")
    assert prefixed_lines("# ## Why\n#\n# Generated code is untrusted.")
    assert prefixed_lines("# A paragraph wrapped\n# over two lines")
    assert not prefixed_lines("# sandbox\n\n> Untrusted code, rendered in isolated workers.")
    assert not prefixed_lines("## Why this design\n\nGenerated code is untrusted.\n\n- a list\n- of points")


class _Headings(HTMLParser):
    "Collects the text of every h1–h4 in rendered HTML."

    def __init__(self):
        super().__init__()
        self.headings, self._in = [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4"):
            self._in = tag
            self.headings.append([tag, ""])

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            self.headings[-1][1] += data


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "nbs").as_posix())
def test_notebook_renders_with_real_headings(nb):
    from nbconvert import HTMLExporter

    book = nbformat.read(nb, 4)
    md = [c for c in book.cells if c.cell_type == "markdown"]
    for c in md:
        assert not prefixed_lines(c.source), (
            f"{nb.name}: a Markdown cell has comment-prefixed lines: {prefixed_lines(c.source)[:2]}"
        )
    html, _ = HTMLExporter(template_name="lab").from_notebook_node(book)
    parser = _Headings()
    parser.feed(html)
    heads = [(t, text.replace("¶", "").strip()) for t, text in parser.headings]
    assert heads and heads[0][0] == "h1", f"{nb.name}: the first heading is not a title (h1): {heads[:1]}"
    shown = [text for _, text in heads if text.startswith("#")]
    assert not shown, f"{nb.name}: headings render with their hashes showing: {shown[:3]}"


LIBRARY = sorted((ROOT / "nbs").glob("*.ipynb"))  # library notebooks only, not nbs/experiments/
SHOWN = ("execute_result", "display_data", "stream")
MIN_SHOWING = 20


def shown_cells(book) -> int:
    "Code cells whose committed outputs a reader sees on the page: a result, a display (table, figure) or printed text."
    return sum(
        any(o.get("output_type") in SHOWN for o in c.get("outputs", [])) for c in book.cells if c.cell_type == "code"
    )


def test_the_count_sees_only_real_outputs():
    new = nbformat.v4
    shown = new.new_code_cell(
        "t", outputs=[new.new_output("execute_result", data={"text/plain": "1"}, execution_count=1)]
    )
    failed = new.new_code_cell("x", outputs=[new.new_output("error", ename="E", evalue="", traceback=[])])
    assert shown_cells(new.new_notebook(cells=[shown, new.new_code_cell("y"), new.new_markdown_cell("# t")])) == 1
    assert shown_cells(new.new_notebook(cells=[failed, new.new_code_cell("y")])) == 0


def test_library_notebooks_show_their_evidence():
    "Issue 14: at least 20 library notebooks keep outputs that teach (written by tools/notebook_outputs.py), none an error."
    books = {p.name: nbformat.read(p, 4) for p in LIBRARY}
    showing = sorted(n for n, b in books.items() if shown_cells(b))
    assert len(showing) >= MIN_SHOWING, (
        f"only {len(showing)} of {len(books)} library notebooks keep outputs ({showing}); "
        "run tools/notebook_outputs.py on the others"
    )
    errors = [
        n
        for n, b in books.items()
        for c in b.cells
        if any(o.get("output_type") == "error" for o in c.get("outputs", []))
    ]
    assert not errors, f"notebooks committed with error outputs: {sorted(set(errors))}"
