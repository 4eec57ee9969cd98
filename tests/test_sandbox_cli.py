"`sciimg render` and `sciimg bench sandbox` as a user runs them."

import json, os, shutil
from pathlib import Path
from conftest import run_cli
from sciimg.data import sample_dir


def test_render_cli(tmp_path):
    src = sample_dir() / "scripts" / "sample-phys-08.py"
    r = run_cli("render", src, "--out", tmp_path, "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout)
    assert out["status"] == "ok" and "12 V" in out["texts"] and Path(out["images"][0]).is_file()
    assert out["isolation"] in ("bwrap", "namespaces", "weak") and out["elapsed_s"] > 0
    assert "texts" in out["self_reported"]
    (tmp_path / "loop.py").write_text("while True: pass\n")
    r = run_cli("render", tmp_path / "loop.py", "--out", tmp_path, "--timeout", "2", "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "timeout"


def test_bench_sandbox_cli(tmp_path):
    for p in sorted((sample_dir() / "scripts").glob("sample-*.py"))[:4]:
        shutil.copy(p, tmp_path)
    r = run_cli("bench", "sandbox", "--corpus", tmp_path, "--subprocess-limit", "1", "--repeats", "1", "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    b = json.loads(r.stdout)
    assert b["scripts"] == 4 and b["statuses"] == {"ok": 4} and b["isolation"] in ("bwrap", "namespaces", "weak")
    assert set(b["ratios"]) == {"sandbox/subprocess", "sandbox/inprocess", "sandbox/inprocess_plain"}
    ceiling = min(2, os.cpu_count()) * max(b["scripts_per_s"]["inprocess"], b["scripts_per_s"]["inprocess_plain"])
    assert abs(b["ceiling_scripts_per_s"] - ceiling) < 0.02 * ceiling + 0.01  # (rates are rounded)
    assert abs(b["share_of_ceiling"] - b["scripts_per_s"]["sandbox"] / ceiling) < 0.02 and b["target_share"] == 0.85
    assert b["cpu_share"] > 0 and set(b["loadavg"]) == {"start", "end"}


def test_tikz_unavailable_without_tex(monkeypatch):
    import sciimg.sandbox as S

    monkeypatch.setattr(S.shutil, "which", lambda name: None)
    tools, why = S.tex_toolchain()
    assert tools is None and "pdflatex or lualatex" in why and "pdftoppm" in why
    r = S.Sandbox.render_tikz(None, r"\documentclass{article}\begin{document}x\end{document}")  # no worker needed
    assert r.status == "unavailable" and "no TeX toolchain" in r.error


FIVE_HIDDEN = """
import matplotlib.pyplot as plt

fig, (ax, off) = plt.subplots(1, 2, figsize=(6, 3))
ax.set_xticks([])
ax.set_yticks([])
ax.text(0.5, 0.5, "F = 12 N", ha="center")  # the one label a reader sees
ax.text(0.5, 0.8, "alpha 0", alpha=0)
ax.text(0.5, 0.2, "white on white", color="white")
ax.text(5.0, 5.0, "off canvas", transform=ax.transAxes)
ax.text(0.1, 0.1, "half a point", fontsize=0.5)
off.plot([0, 7], [-2, 7])
fig.canvas.draw()  # laid out once with its axes on: the ticks of `off` get labels ...
off.axis("off")  # ... that the saved figure does not draw
"""


def test_render_records_only_visible_texts(tmp_path):
    "Issue 16's acceptance: one visible label and five invisible ones; `render --json` records the visible one only."
    (tmp_path / "five.py").write_text(FIVE_HIDDEN)
    r = run_cli("render", tmp_path / "five.py", "--out", tmp_path, "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads(r.stdout)["texts"] == ["F = 12 N"]
    r = run_cli("render", sample_dir() / "scripts" / "sample-math-01.py", "--out", tmp_path, "--json")
    texts = json.loads(r.stdout)["texts"]
    assert {"10 cm", "7 cm", "60°", "Triangle ABC"} <= set(texts) and not {"−2", "0", "7"} & set(texts)  # no ticks


def test_render_refuses_bad_timeouts(tmp_path):
    "`render --timeout nan|inf|-1` is a one-line usage error (exit 2), never a traceback."
    src = sample_dir() / "scripts" / "sample-phys-08.py"
    for bad in ("nan", "inf", "-1"):
        r = run_cli("render", src, "--out", tmp_path, "--timeout", bad)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-2000:]
        assert "--timeout" in r.stderr and len(r.stderr.strip().splitlines()) == 1
