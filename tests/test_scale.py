"""Scale: every SciGenBench item (1,387; 5,250 quizzes) generated through a fast stand-in model on 127.0.0.1,
rendered in the sandbox, evaluated with the offline evaluators, and put on the leaderboard. Prints wall time and
peak memory per stage. The stand-in "model" writes a script that labels the values of each problem — real code
through the real ImgCoder path, not a model: its scores say nothing about any model."""

import json, re, resource, time
import pandas as pd
import pytest
from conftest import run_cli
from sciimg.mockserver import MockServer

VALUE = re.compile(r"\d+(?:\.\d+)?\s*(?:[A-Za-zµΩ°%]+(?:/[A-Za-z]+)?)?")
SCRIPT = """import matplotlib.pyplot as plt

def draw_diagram():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.axis("off")
    for i, t in enumerate({labels!r}):
        ax.text(0.05, 0.92 - 0.075 * i, t, transform=ax.transAxes, fontsize=8)
    plt.show()

if __name__ == "__main__":
    draw_diagram()
"""


def standin(body: dict) -> str:
    "Plan + script labelling the first 12 values of the problem in the prompt."
    text = " ".join(
        p.get("text", "") if isinstance(p, dict) else str(p)
        for m in body["messages"]
        if m["role"] == "user"
        for p in (m["content"] if isinstance(m["content"], list) else [m["content"]])
    )
    problem = text.split("<problem>", 1)[-1].split("</problem>", 1)[0]
    labels = list(dict.fromkeys(v.strip() for v in VALUE.findall(problem)))[:12] or ["(no values)"]
    return f"## Plan\nLabel the given values.\n## Code\n```python\n{SCRIPT.format(labels=labels)}```\n"


def scale_settings(shared, tmp_path, url: str):
    "Settings of the scale run: the release's items, no call cache, the loopback stand-in as an ImgCoder entry."
    cfg = tmp_path / "scale.ini"
    cfg.write_text(
        f"[data]\npath = {shared}\ncheck_images = false\n[cache]\nmode = off\ndir = {tmp_path / 'cache'}\n"
        f"[run]\nworkers = 2\n[generator.standin]\nkind = imgcoder\nprovider = openai\nmodel = standin-coder\n"
        f"base_url = {url}/v1\napi_key_env = SCIIMG_TEST_STANDIN_KEY\nconcurrency = 8\n"
        f"display_name = Loopback stand-in (labels the values; not a model)\n"
    )
    return cfg


def _peak_children_mib() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@pytest.mark.slow
def test_whole_benchmark_through_a_loopback_standin(shared, tmp_path):
    with MockServer(responder=standin) as srv:
        cfg = scale_settings(shared, tmp_path, srv.url)
        env, run, out, times = {"SCIIMG_TEST_STANDIN_KEY": "not-a-secret"}, tmp_path / "run", tmp_path / "report", {}
        t = time.perf_counter()
        g = run_cli(
            "generate",
            "--generator",
            "standin",
            "--run",
            run,
            "--split",
            "all",
            "--settings",
            cfg,
            "--json",
            env=env,
            timeout=1800,
        )
        times["generate"] = time.perf_counter() - t
        assert g.returncode == 0, g.stderr[-3000:]
    t = time.perf_counter()
    e = run_cli("evaluate", "--run", run, "--split", "all", "--fid", "pixel", "--settings", cfg, "--json", timeout=1800)
    times["evaluate"] = time.perf_counter() - t
    assert e.returncode == 0, e.stderr[-3000:]
    t = time.perf_counter()
    r = run_cli(
        "report",
        "--run",
        f"standin={run}",
        "--out",
        out,
        "--split",
        "all",
        "--n-boot",
        "1000",
        "--settings",
        cfg,
        "--json",
        timeout=900,
    )
    times["report"] = time.perf_counter() - t
    assert r.returncode == 0, r.stderr[-3000:]

    recs = [json.loads(l) for l in (run / "generations.jsonl").read_text().splitlines() if l.strip()]
    quiz = [json.loads(l) for l in (run / "evals" / "quiz.jsonl").read_text().splitlines() if l.strip()]
    assert len(recs) == 1387 and len({r["id"] for r in recs}) == 1387
    assert len(quiz) == 5250
    ok = sum(r["status"] == "ok" for r in recs)
    assert ok >= 1300, {s: sum(r["status"] == s for r in recs) for s in {r["status"] for r in recs}}
    board = pd.read_csv(out / "table.csv")
    assert board.loc[0, "Items"] == 1387 and 0 < board.loc[0, "R_inv %"] < 100
    assert board.loc[0, "R_inv % lo"] <= board.loc[0, "R_inv %"] <= board.loc[0, "R_inv % hi"]
    subjects = pd.read_csv(out / "subjects.csv")
    assert set(subjects["subject"]) == {"Math", "Physics", "Chemistry", "Biology", "Universal"}
    assert subjects[subjects.metric == "R_inv %"]["n"].sum() == 1387
    summary = json.loads((run / "evals" / "summary.json").read_text())
    assert summary["metrics"]["with_reference"] == 330 and summary["metrics"]["set"]["status"] == "ok"
    print(
        f"\nscale: 1387 items, 5250 quizzes; {ok} rendered; wall time "
        + ", ".join(f"{k} {v:.0f} s" for k, v in times.items())
        + f"; peak RSS of a child process {_peak_children_mib():.0f} MiB"
    )
