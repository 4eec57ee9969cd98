"The bundled sample: schema rules, and every reference script renders a non-blank labelled figure in a subprocess."

import json, os, subprocess, sys, textwrap
from collections import Counter
from pathlib import Path
import pytest
from sciimg.data import LETTERS, TYPES, load_sample

SAMPLE = load_sample()
RENDER = textwrap.dedent("""
    import json, runpy, sys
    import matplotlib; matplotlib.use("Agg")
    import matplotlib.pyplot as plt, numpy as np
    runpy.run_path(sys.argv[1], run_name="__main__")
    figs = [plt.figure(n) for n in plt.get_fignums()]
    out = []
    for f in figs:
        f.canvas.draw()
        px = np.asarray(f.canvas.buffer_rgba())[..., :3].astype(float)
        texts = [t.get_text() for t in f.findobj(matplotlib.text.Text) if t.get_text().strip() and t.get_visible()]
        out.append({"std": float(px.std()), "ink": float((px.mean(axis=2) < 200).mean()), "texts": texts})
    print(json.dumps(out))
""")


def test_sample_schema():
    assert len(SAMPLE.items) >= 25 and {it.image_type for it in SAMPLE.items} == set(TYPES)
    for it in SAMPLE.items:
        assert it.id.startswith("sample-") and it.multimodal_question and it.answer and 5 <= len(it.elements) <= 10
        assert 3 <= len(it.quizzes) <= 5
        for q in it.quizzes:
            assert tuple(q.options) == LETTERS and q.answerable and len(set(q.options.values())) == 4, (
                it.id,
                q.question,
            )
            assert q.evidence_snippet and q.evidence_snippet in it.question, (it.id, q.evidence_snippet)
            assert not q.text_anchored, (it.id, q.question)
    letters = Counter(q.correct_option for it in SAMPLE.items for q in it.quizzes)
    assert max(letters.values()) - min(letters.values()) <= 0.1 * sum(letters.values())  # no B/C skew


@pytest.mark.parametrize("item", SAMPLE.items, ids=lambda it: it.id)
def test_reference_script_renders(item, tmp_path):
    src = Path(item.reference_script).read_text()
    assert "savefig" not in src and "plt.show" not in src and "open(" not in src
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCIIMG_")} | {"MPLBACKEND": "Agg"}
    r = subprocess.run(
        [sys.executable, "-c", RENDER, item.reference_script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    figs = json.loads(r.stdout.strip().splitlines()[-1])
    assert len(figs) == 1, "one figure per item"
    f = figs[0]
    assert f["std"] > 10 and 0.002 < f["ink"] < 0.6, f"blank or flooded render: {f}"
    assert len(f["texts"]) >= 3, "given values must be drawn as text"
    assert not list(tmp_path.iterdir()), "reference scripts must not write files"
