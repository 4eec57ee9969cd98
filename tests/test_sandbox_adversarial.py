"Hostile scripts in the sandbox: each ends typed within its limits; host, secrets and network stay untouched; the pool keeps serving."

import os, shutil, socket, threading, time
from pathlib import Path
import pytest
from conftest import ROOT
from sciimg.sandbox import Limits, Sandbox

CANARY = "sk-canary-" + os.urandom(6).hex()
GOOD = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 1], [0, 2]); ax.text(0.5, 1, 'F = 2 N')\nplt.show()"
LIMITS = Limits(timeout=6, cpu_s=5, memory_mb=1536)


def namespace_mode() -> str:
    "The mode the pool must reach here: `bwrap` as root; CI without bubblewrap fails, elsewhere the tests skip (with why)."
    if os.geteuid() != 0:
        pytest.skip("not root: the namespace modes need root here (bubblewrap would need user namespaces)")
    if not shutil.which("bwrap"):
        if os.environ.get("CI"):
            pytest.fail("CI must install bubblewrap: apt-get install -y bubblewrap")
        pytest.skip("bubblewrap is not installed (apt-get install bubblewrap)")
    return "bwrap"


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


WATCHED = [Path.home(), Path("/tmp"), ROOT, ROOT.parent, Path("/run/lock"), Path("/dev/shm")]


def _snapshot() -> dict:
    "What a job could have left where it must not write: our canary names and job folders (others share this machine)."
    marks = lambda p: sorted(x.name for x in p.iterdir() if "sandbox-pwned" in x.name or x.name.startswith("job-"))
    return {str(p): marks(p) for p in WATCHED if p.is_dir()}


def _cases(port: int) -> dict:
    home, repo = str(Path.home()), str(ROOT)
    return {
        "infinite loop": ("while True: pass", {"timeout"}),
        "fork bomb": ("import os\nwhile True: os.fork()", {"render_error"}),
        "ctypes fork bomb": ("import ctypes\nlibc = ctypes.CDLL(None)\nwhile True: libc.fork()", {"render_error"}),
        "allocate 20 GB": ("import numpy as np\na = np.ones(20 * 10**9 // 8)", {"memory"}),
        "write home": (f"open({home!r} + '/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "write tmp": ("open('/tmp/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "write repo": (f"open({repo!r} + '/sandbox-pwned', 'w').write('x')", {"render_error"}),
        "read project": (f"print(open({repo!r} + '/pyproject.toml').read())", {"render_error"}),
        "list project": (f"import os\nprint(os.listdir({repo!r}))", {"render_error"}),
        "list home": (f"import pathlib\nprint(list(pathlib.Path({home!r}).iterdir()))", {"render_error"}),
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
            {"render_error"},
        ),
        "ctypes read project": (
            f"import ctypes\nlibc = ctypes.CDLL('libc.so.6')\nfd = libc.open({repo + '/settings.ini'!r}.encode(), 0)",
            {"render_error"},
        ),
        "ctypes write lock": (
            "import ctypes\nctypes.CDLL(None).creat(b'/run/lock/sandbox-pwned', 0o644)",
            {"render_error"},
        ),
        "cffi": ("import cffi\ncffi.FFI().dlopen(None)", {"render_error"}),
        "fork_exec": (
            "import os, subprocess\nsubprocess._fork_exec([b'/usr/bin/touch'], [b'/usr/bin/touch'], True, (), None, None,"
            " -1, -1, -1, -1, -1, -1, *os.pipe(), False, False, -1, None, None, None, -1, None, False)",
            {"render_error"},
        ),
        "walk the heap": ("import gc\nprint(len(gc.get_objects()))", {"render_error"}),
        "raise a limit": ("import resource\nresource.setrlimit(resource.RLIMIT_CPU, (10**6, 10**6))", {"render_error"}),
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
        "segfault": ("import signal\nsignal.raise_signal(signal.SIGSEGV)", {"crashed"}),
        "sys.exit": ("import sys\nsys.exit(2)", {"render_error"}),
        "KeyboardInterrupt": ("raise KeyboardInterrupt", {"render_error"}),
        "delete cwd": (
            "import os, shutil\nshutil.rmtree(os.getcwd())\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])",
            {"ok"},
        ),
        "huge stdout": ("print('x' * 10**7)\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])", {"ok"}),
        "huge fd write": (
            "import os\nos.write(1, b'x' * 10**7)\nimport matplotlib.pyplot as plt\nplt.plot([0, 1])",
            {"ok"},
        ),
    }


@pytest.fixture(scope="module")
def sandbox():
    mode = namespace_mode()
    os.environ["SCIIMG_TEST_CANARY"] = CANARY  # in the parent's environment: must never reach a job
    with Sandbox(workers=2, limits=LIMITS) as sb:
        assert sb.isolation == mode, sb.isolation
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
    assert r.isolation == sandbox.isolation and r.layers[0] == sandbox.isolation and "uid" in r.layers, r.layers
    assert CANARY not in r.stdout + r.stderr + r.error + r.traceback + str(r.texts)
    assert len(r.stdout) <= LIMITS.output_kb * 1024 + 100
    assert _snapshot() == before and not hits
    assert sandbox.render(GOOD).status == "ok"  # the pool keeps serving


def test_texts_and_blank_detection(sandbox, tmp_path):
    r = sandbox.render(GOOD, out_dir=tmp_path, name="fig")
    assert r.status == "ok" and "F = 2 N" in r.texts and Path(r.images[0]).read_bytes()[:4] == b"\x89PNG"
    assert "texts" in r.self_reported and "isolation" not in r.self_reported
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
