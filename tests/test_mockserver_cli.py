"`python -m sciimg.mockserver` in a subprocess: READY line, one chat request, clean exit on SIGTERM."

import json, queue, subprocess, sys, threading, urllib.request
from conftest import ROOT


def _read_line(stream, timeout: float) -> str:
    "The next line of `stream`, or '' if none comes within `timeout` seconds."
    q = queue.Queue()
    threading.Thread(target=lambda: q.put(stream.readline()), daemon=True).start()
    try:
        return q.get(timeout=timeout)
    except queue.Empty:
        return ""


def test_cli_ready_chat_and_sigterm():
    p = subprocess.Popen(
        [sys.executable, "-m", "sciimg.mockserver", "--port", "0", "--latency", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = _read_line(p.stdout, 30).strip()
        assert line.startswith("READY http://127.0.0.1:"), (line, p.poll())
        url = line.split(" ", 1)[1] + "/v1/chat/completions"
        body = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
        req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status == 200 and r.headers["content-type"] == "application/json"
            assert json.loads(r.read())["choices"][0]["message"]["content"] == "mock:m:0 image(s):hello"
        p.terminate()
        assert p.wait(timeout=5) == 0
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        p.stdout.close()
        p.stderr.close()


def test_cli_rejects_bad_fault():
    r = subprocess.run(
        [sys.executable, "-m", "sciimg.mockserver", "--fault", "418"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert r.returncode == 2 and "unknown fault '418'" in r.stderr and "READY" not in r.stdout
