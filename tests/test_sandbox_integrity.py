"""Sandbox integrity: a script cannot jam or shift the result channel, cannot forge what the pool owns, sees only the
allowlisted filesystem (each isolation mode), and leaves nothing behind — not even when the pool's process is killed."""

import json, logging, os, signal, subprocess, sys, textwrap, time
from pathlib import Path
import pytest
from conftest import ROOT
from test_sandbox_adversarial import LIMITS, _snapshot, namespace_mode
import sciimg.sandbox as S
from sciimg.sandbox import Limits, Sandbox, SandboxUnavailable, job_uid


def good(i: int) -> str:
    return f"import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(3, 2))\nax.plot([0, 1], [0, {i}])\nax.set_title('good-{i}')"


def frame_script(id_expr: str, fds: str, tail: str = "os._exit(0)", extra: str = "") -> str:
    "A script that writes a well-formed reply frame (a half-black 4×4 figure labelled FORGED) on `fds`."
    head = textwrap.dedent(f"""\
        import json, os, struct, sys
        fig = {{"size": [4, 4], "dpi": 72, "axes": [], "texts": [{{"text": "FORGED", "bbox": [0, 0, 4, 4], "fontsize": 9}}]}}
        h = json.dumps({{"id": {id_expr}, "status": "ok", "isolation": "none", "elapsed_s": 0.0, "texts": ["FORGED"], "figures": [fig]}})
        frame = struct.pack(">II", len(h), 64) + h.encode() + b"\\xff" * 32 + b"\\x00\\x00\\x00\\xff" * 8
        for fd in {fds}:
            try:
                os.write(fd, frame{extra})
            except OSError:
                pass
        """)
    return head + tail + "\n"


OWN_ID = "sys._getframe(1).f_locals['job']['id']"  # a script can read its own job's id from the frame that runs it
ATTACKS = {
    "write on fd 1": (
        "import os, matplotlib.pyplot as plt\nplt.plot([0, 1])\nplt.title('fd-1')\nos.write(1, b'hi')",
        "ok",
    ),
    "frames on fds 0-2, then a plot": (
        frame_script(OWN_ID, "(0, 1, 2)", "import matplotlib.pyplot as plt\nplt.plot([0, 1])\nplt.title('own-plot')"),
        "ok",
    ),
    "frames on every fd": (frame_script("'0-guess'", "range(256)"), "protocol_error"),
    "two frames on its reply pipe": (frame_script(OWN_ID, "(3, 3)"), "protocol_error"),
    "bytes after its frame": (frame_script(OWN_ID, "(3,)", extra=" + b'tail'"), "protocol_error"),
    "garbage on its reply pipe": ("import os\nos.write(3, b'not a frame')\nos._exit(0)", "protocol_error"),
    "a 2 GB frame header": (
        "import os, struct\nos.write(3, struct.pack('>II', 1 << 31, 0))\nos._exit(0)",
        "protocol_error",
    ),
    "half a frame, then hang": (
        "import os, struct, time\nos.write(3, struct.pack('>II', 100, 0) + b'{')\ntime.sleep(60)",
        "timeout",
    ),
    "forged reply with its own id": (frame_script(OWN_ID, "(3,)"), "ok"),
    "ctypes read of the project": (
        f"import ctypes\nlibc = ctypes.CDLL('libc.so.6')\nprint(libc.open({str(ROOT / 'settings.ini')!r}.encode(), 0))",
        "render_error",
    ),
    "ctypes write in /tmp and /run/lock": (
        "import ctypes\nlibc = ctypes.CDLL(None)\nlibc.creat(b'/tmp/sandbox-pwned', 0o644)\nlibc.creat(b'/run/lock/sandbox-pwned', 0o644)",
        "render_error",
    ),
    "list the project's parent": (f"import os\nprint(os.listdir({str(ROOT.parent)!r}))", "render_error"),
    "list home": (f"import os\nprint(list(os.scandir({str(Path.home())!r})))", "render_error"),
}


def _job_processes(slots: int = 2) -> list[int]:
    "Live processes running as one of this test process's job uids."
    uids = {str(job_uid(s)) for s in range(slots)}
    out = []
    for p in Path("/proc").iterdir():
        try:
            if p.name.isdigit() and (p / "status").read_text().split("Uid:")[1].split()[0] in uids:
                out.append(int(p.name))
        except (OSError, IndexError):
            pass
    return out


def _gone(check, seconds: float = 10) -> bool:
    until = time.monotonic() + seconds
    while check() and time.monotonic() < until:
        time.sleep(0.1)
    return not check()


@pytest.fixture(scope="module")
def pool():
    mode = namespace_mode()
    with Sandbox(workers=2, limits=Limits(timeout=4, cpu_s=4)) as sb:
        assert sb.isolation == mode
        yield sb


def test_poisoned_and_good_scripts_through_one_pool(pool):
    "Each attack gets its own typed status; every good script after it keeps exactly its own texts; nothing is left."
    before, results = _snapshot(), {}
    for i, (name, (code, want)) in enumerate(ATTACKS.items()):
        r = pool.render(code)
        g = pool.render(good(i))
        results[name] = (r.status, g.status)
        assert r.status == want, (name, r.status, r.error)
        assert r.isolation == pool.isolation and r.elapsed_s > 0, (
            name,
            r.isolation,
            r.elapsed_s,
        )  # the pool's, never forged
        assert g.status == "ok" and [t for t in g.texts if t.startswith(("good-", "FORGED", "own-"))] == [f"good-{i}"]
    assert "hi" in pool.render(ATTACKS["write on fd 1"][0]).stdout
    forged = pool.render(ATTACKS["forged reply with its own id"][0])  # its own words: marked self-reported
    assert forged.texts == ["FORGED"] and "texts" in forged.self_reported and forged.isolation == pool.isolation
    assert pool.replaced >= 5  # every rejected reply cost its worker
    assert _snapshot() == before and _gone(_job_processes)


def test_the_filesystem_is_an_allowlist(pool):
    "With the audit hook off (as for the TeX job), what a native call would see: no project, no home, no host /tmp."
    probe = textwrap.dedent(f"""
        import json, os
        def ls(p):
            try:
                return sorted(os.listdir(p))
            except OSError as e:
                return type(e).__name__
        def can_write(p):
            try:
                open(p, "w").close()
                return True
            except OSError:
                return False
        print(json.dumps({{"root": ls("/"), "project": ls({str(ROOT)!r}), "parent": ls({str(ROOT.parent)!r}),
                          "home": ls({str(Path.home())!r}), "settings": os.path.exists({str(ROOT / "settings.ini")!r}),
                          "tmp": can_write("/tmp/x"), "scratch": can_write("x"), "etc": ls("/etc")}}))
        import matplotlib.pyplot as plt
        plt.plot([0, 1])
        """)
    r = pool.render(probe, allow_exec=True)
    seen = json.loads(r.stdout)
    assert r.status == "ok" and seen["scratch"] and not seen["tmp"] and not seen["settings"]
    home, binds = str(Path.home()), [p for p, _ in S.W.allowlist(S.scrubbed_env()["MPLCONFIGDIR"])]
    system = {"bin", "dev", "etc", "lib", "lib64", "proc", "root", "sbin", "tmp", "usr", "var", "opt"}
    assert set(seen["root"]) <= system | {
        Path(p).parts[1] for p in binds
    }  # where the checkout lives varies (/work, /check)
    under = lambda d: {Path(p).relative_to(d).parts[0] for p in binds if p.startswith(d + "/")}
    assert set(seen["project"]) <= under(str(ROOT)) <= {".venv", "sciimg"}  # never settings, runs, results, .git
    assert set(seen["home"]) == under(home) and set(seen["parent"]) == under(str(ROOT.parent))
    assert set(seen["etc"]) <= {"ld.so.cache", "localtime", "texmf", "fonts"}


def test_nothing_outlives_the_job(pool):
    "A process a job leaves behind (possible only in the TeX job, which may start programs) dies with the job."
    r = pool.render(
        "import subprocess\nsubprocess.Popen(['sleep', '300'])\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])",
        allow_exec=True,
    )
    assert r.status == "ok" and _gone(_job_processes)


@pytest.mark.parametrize("mode", ["bwrap", "namespaces", "weak"])
def test_each_mode_holds(mode, caplog):
    "Forced modes: each is reached, reported on every render, and refuses the same attacks; weak says so loudly."
    if mode != "weak":
        namespace_mode()
    caplog.set_level(logging.WARNING, logger="sciimg.sandbox")
    with Sandbox(workers=1, limits=Limits(timeout=4, cpu_s=4), isolation=mode) as sb:
        assert sb.isolation == mode and sb.layers[0] == mode
        for name in ("ctypes read of the project", "list home", "frames on every fd", "write on fd 1"):
            code, want = ATTACKS[name]
            r = sb.render(code)
            assert (r.status, r.isolation) == (want, mode), (name, r.status, r.error)
            assert sb.render(good(7)).texts[-1] == "good-7"
    assert ("WEAK" in caplog.text) == (mode == "weak")


def test_fallbacks_without_bubblewrap(monkeypatch, caplog):
    "No bubblewrap: a forced `bwrap` pool refuses to start (saying what to install); `auto` falls back to `namespaces`."
    namespace_mode()
    monkeypatch.setattr(S, "bwrap_path", lambda: None)
    with pytest.raises(SandboxUnavailable, match="apt-get install bubblewrap"):
        Sandbox(workers=1, isolation="bwrap")
    caplog.set_level(logging.WARNING, logger="sciimg.sandbox")
    with Sandbox(workers=1, limits=LIMITS) as sb:
        assert sb.isolation == "namespaces" and "bubblewrap is not installed" in caplog.text
        assert sb.render(good(3)).status == "ok"


def test_late_worker_is_replaced(monkeypatch):
    "A worker that stops answering: the read gives up at the job's deadline (plus grace), the item alone fails."
    monkeypatch.setattr(S, "GRACE_S", 1.0)
    with Sandbox(workers=1, limits=Limits(timeout=2, cpu_s=2)) as sb:
        w = sb._idle.queue[0]
        kids = Path(f"/proc/{w.proc.pid}/task/{w.proc.pid}/children").read_text().split()
        os.kill(int(kids[0]) if kids else w.proc.pid, signal.SIGSTOP)  # the zygote (inside bubblewrap: its child)
        t = time.monotonic()
        r = sb.render(good(1))
        assert r.status == "protocol_error" and "deadline" in r.error  # (not a hang: the item fails, the pool goes on)
        assert time.monotonic() - t < 60  # the deadline (3 s) plus starting the replacement worker
        assert sb.replaced == 1 and sb.render(good(2)).status == "ok"


CHILD = """
import json, sys, threading, time
from sciimg.sandbox import Limits, Sandbox
sb = Sandbox(workers=2, isolation=sys.argv[1], limits=Limits(timeout=300, cpu_s=300))
threading.Thread(target=sb.render, args=("import time\\nopen('mark', 'w').write('x')\\ntime.sleep(300)",), daemon=True).start()
time.sleep(2)
print(json.dumps({"scratch": sb._scratch}), flush=True)
time.sleep(600)
"""


def _descendants(pid: int) -> set[tuple[int, str]]:
    "A process tree's (pid, start time) pairs, from /proc."
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        try:
            out.add((p, Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[19]))
            todo += [int(c) for t in Path(f"/proc/{p}/task").iterdir() for c in (t / "children").read_text().split()]
        except (OSError, IndexError):
            pass
    return out


def _alive(procs: set) -> set:
    return {(p, st) for p, st in procs if S._start_time(p) == st}


@pytest.mark.parametrize("mode", ["bwrap", "namespaces", "weak"])
def test_sigkill_of_the_pool_leaves_nothing(mode):
    "SIGKILL the pool's process mid-job: every worker and job dies; the stale scratch folder goes at the next start."
    namespace_mode()
    p = subprocess.Popen([sys.executable, "-c", CHILD, mode], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        scratch = Path(json.loads(p.stdout.readline())["scratch"])
        procs = _descendants(p.pid) - {(p.pid, S._start_time(p.pid))}
        assert len(procs) >= 3, procs  # two workers (and bubblewrap's) and the running job
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait()
    assert _gone(lambda: _alive(procs)), _alive(procs)
    assert scratch.is_dir()  # a killed run cannot clean up after itself …
    with Sandbox(workers=1, isolation=mode):
        assert not scratch.exists()  # … the next pool does
