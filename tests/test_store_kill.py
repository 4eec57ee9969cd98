"A writer killed with SIGKILL in the middle of a record: the rerun ends with every key exactly once."

import json, os, signal, subprocess, sys, textwrap, time
from pathlib import Path
from sciimg.core import JsonlStore, read_jsonl

N = 400
# The child writes N records; each record goes out in two halves with a pause between them (fault injection around
# the one os.write the store makes), so a SIGKILL during the pause leaves a genuinely torn line on disk.
WRITER = textwrap.dedent(f"""
    import os, sys, time
    from sciimg.core import JsonlStore
    real_write, slow = os.write, sys.argv[2] == "slow"
    def torn_write(fd, data):
        if not slow or len(data) < 200: return real_write(fd, data)
        half = len(data) // 2; n = real_write(fd, data[:half])
        open(sys.argv[1] + ".mid", "w").close(); time.sleep(0.05); os.unlink(sys.argv[1] + ".mid")
        return n + real_write(fd, data[half:])
    os.write = torn_write
    with JsonlStore(sys.argv[1]) as s:
        for i in range({N}):
            if ("item-%04d" % i, "quiz") in s: continue
            s.append({{"item_id": "item-%04d" % i, "stage": "quiz", "payload": "x" * 300, "i": i}})
""")


def _run(path, mode):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), mode])


def test_sigkill_mid_write_then_resume(tmp_path):
    path = tmp_path / "evals.jsonl"
    p = _run(path, "slow")
    deadline = time.time() + 60
    while not (path.exists() and path.read_bytes().count(b"\n") >= 20 and (tmp_path / "evals.jsonl.mid").exists()):
        assert time.time() < deadline and p.poll() is None, "writer never got going"
        time.sleep(0.002)
    p.send_signal(signal.SIGKILL)
    p.wait()  # inside a 50 ms pause: half a line is on disk
    raw = path.read_bytes()
    recs, good = read_jsonl(path)
    assert 0 < len(recs) < N
    torn = raw[good:]
    assert torn and not torn.endswith(b"\n"), "the kill should have left a torn last line"
    assert all(r["i"] == k for k, r in enumerate(recs))  # what reads as valid is exactly the complete prefix
    done = subprocess.run([sys.executable, "-c", WRITER, str(path), "fast"], timeout=120)
    assert done.returncode == 0
    recs, good = read_jsonl(path)
    keys = [r["item_id"] for r in recs]
    assert sorted(keys) == [f"item-{i:04d}" for i in range(N)] and len(set(keys)) == N
    assert good == path.stat().st_size
    assert (tmp_path / "evals.jsonl.torn").read_bytes().startswith(torn)  # set aside, not lost


def test_two_writers_are_refused(tmp_path):
    import pytest
    from sciimg.core import StoreError

    with JsonlStore(tmp_path / "a.jsonl"):
        with pytest.raises(StoreError, match="another process"):
            JsonlStore(tmp_path / "a.jsonl")
