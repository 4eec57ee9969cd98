"Hostile scripts in the sandbox: each ends typed within its limits; host, secrets and network stay untouched; the pool keeps serving."

import os, socket, threading, time
from pathlib import Path
import pytest
from conftest import ROOT
from sciimg.sandbox import Limits, Sandbox

CANARY = "sk-canary-" + os.urandom(6).hex()
GOOD = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 1], [0, 2]); ax.text(0.5, 1, 'F = 2 N')\nplt.show()"
LIMITS = Limits(timeout=6, cpu_s=5, memory_mb=1536)


@pytest.fixture(scope="module")
def listener():
    "A TCP listener on 127.0.0.1 that records every connection it accepts."
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    s.settimeout(0.2)
    hits = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                hits.append(s.accept())
            except OSError:
                pass

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield s.getsockname()[1], hits
    stop.set()
    t.join()
    s.close()


def _snapshot() -> dict:
    paths = [Path.home(), Path("/tmp"), ROOT]
    return {str(p): sorted(x.name for x in p.iterdir()) for p in paths}


def _cases(port: int) -> dict:
    home, repo = str(Path.home()), str(ROOT)
    return {
        "infinite loop": ("while True: pass", {"timeout"}),
        "fork bomb": ("import os\nwhile True: os.fork()", {"render_error"}),
        "ctypes fork bomb": (
            "import ctypes\nlibc = ctypes.CDLL(None)\nwhile True: libc.fork()",
            {"timeout", "render_error"},
        ),
        "allocate 20 GB": ("import numpy as np\na = np.ones(20 * 10**9 // 8)", {"memory"}),
        "write home": (f"open({home!r} + '/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "write tmp": ("open('/tmp/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "write repo": (f"open({repo!r} + '/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "read project": (f"print(open({repo!r} + '/pyproject.toml').read())", {"render_error"}),
        "read env": ("import os\nprint(dict(os.environ))\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])", {"ok"}),
        "read parent env": ("print(open('/proc/%d/environ' % __import__('os').getppid()).read())", {"render_error"}),
        "connect": (
            f"import socket\ns = socket.socket(); s.settimeout(1); s.connect(('127.0.0.1', {port}))",
            {"render_error"},
        ),
        "ctypes connect": (
            f"import ctypes, socket, struct\nlibc = ctypes.CDLL(None)\nfd = libc.socket(2, 1, 0)\n"
            f"addr = struct.pack('!HH4s8x', 2, {port}, bytes([127, 0, 0, 1]))\n"
            "addr = struct.pack('H', 2) + addr[2:]\nassert libc.connect(fd, addr, 16) != 0, 'connected'",
            {"ok", "no_figure", "render_error"},
        ),
        "subprocess": ("import subprocess\nsubprocess.run(['touch', '/tmp/sandbox-pwned'])", {"render_error"}),
        "os.system": ("import os\nos.system('touch /tmp/sandbox-pwned')", {"render_error"}),
        "50000x50000 savefig": (
            "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(500, 500))\nplt.plot([0, 1])\nfig.savefig('big.png', dpi=100)",
            {"render_error"},
        ),
        "10000 figures": (
            "import matplotlib.pyplot as plt\nfor i in range(10000): plt.figure()",
            {"render_error", "memory"},
        ),
        "segfault": ("import ctypes\nctypes.string_at(0)", {"crashed"}),
        "sys.exit": ("import sys\nsys.exit(2)", {"render_error"}),
        "KeyboardInterrupt": ("raise KeyboardInterrupt", {"render_error"}),
        "delete cwd": (
            "import os, shutil\nshutil.rmtree(os.getcwd())\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])",
            {"ok"},
        ),
        "huge stdout": ("print('x' * 10**7)\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])", {"ok"}),
    }


@pytest.fixture(scope="module")
def sandbox():
    os.environ["SCIIMG_TEST_CANARY"] = CANARY  # in the parent's environment: must never reach a job
    with Sandbox(workers=2, limits=LIMITS) as sb:
        yield sb
    os.environ.pop("SCIIMG_TEST_CANARY", None)


@pytest.mark.parametrize("name", list(_cases(0)))
def test_hostile_script(name, sandbox, listener):
    port, hits = listener
    code, allowed = _cases(port)[name]
    before = _snapshot()
    t = time.perf_counter()
    r = sandbox.render(code)
    assert r.status in allowed, (r.status, r.error)
    assert time.perf_counter() - t < LIMITS.timeout + 5
    assert r.isolation.startswith("netns+mountns+uid"), r.isolation
    assert CANARY not in r.stdout + r.stderr + r.error + r.traceback + str(r.texts)
    assert len(r.stdout) <= LIMITS.output_kb * 1024
    assert _snapshot() == before and not hits
    assert sandbox.render(GOOD).status == "ok"  # the pool keeps serving


def test_weak_mode_still_contains(listener, tmp_path):
    "Without namespaces (forced), the audit hook and rlimits still refuse the same things, and results say so."
    port, hits = listener
    os.environ["SCIIMG_TEST_CANARY"] = CANARY
    try:
        with Sandbox(workers=1, limits=LIMITS, namespaces=False) as sb:
            for name in (
                "write tmp",
                "write repo",
                "read project",
                "connect",
                "subprocess",
                "fork bomb",
                "ctypes fork bomb",
                "read env",
            ):
                code, _ = _cases(port)[name]
                before = _snapshot()
                r = sb.render(code)
                assert r.isolation.startswith("no-namespaces"), r.isolation
                assert r.status in ({"ok"} if name == "read env" else {"render_error"}), (name, r.status, r.error)
                assert CANARY not in r.stdout and _snapshot() == before and not hits
            assert sb.render(GOOD).status == "ok"
    finally:
        os.environ["SCIIMG_TEST_CANARY"] = CANARY  # the module fixture still expects it


def test_texts_and_blank_detection(sandbox, tmp_path):
    r = sandbox.render(GOOD, out_dir=tmp_path, name="fig")
    assert r.status == "ok" and "F = 2 N" in r.texts and Path(r.images[0]).read_bytes()[:4] == b"\x89PNG"
    t = [x for x in r.figures[0]["texts"] if x["text"] == "F = 2 N"][0]
    w, h = r.figures[0]["size"]
    assert 0 <= t["bbox"][0] < t["bbox"][2] <= w and 0 <= t["bbox"][1] < t["bbox"][3] <= h
    assert sandbox.render("import matplotlib.pyplot as plt\nfig = plt.figure()\nfig.clf()").status == "blank"
    assert (
        sandbox.render(
            "import matplotlib.pyplot as plt\nax = plt.gca(); ax.axis('off'); ax.plot([0.5], [0.5], ',')"
        ).status
        == "blank"
    )


def test_dead_worker_is_replaced():
    with Sandbox(workers=1, limits=LIMITS) as sb:
        z = sb._idle.queue[0]
        z.proc.kill()
        z.proc.wait()  # the worker process dies between jobs
        r = sb.render(GOOD)
        assert r.status == "crashed" and "replaced" in r.error and sb.replaced == 1
        assert sb.render(GOOD).status == "ok"
