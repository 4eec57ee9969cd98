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
