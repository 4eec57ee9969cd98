"Shared fixtures: the project root, the reference SciGenBench copy beside the checkout, and a CLI runner."

import os, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SCIIMG_TEST_DATA") or ROOT.parent / "shared" / "scigenbench")
SCIIMG = (
    [str(Path(sys.executable).with_name("sciimg"))]
    if Path(sys.executable).with_name("sciimg").exists()
    else [sys.executable, "-m", "sciimg.cli"]
)


@pytest.fixture(scope="session")
def shared() -> Path:
    "The real SciGenBench release copy; required in CI, skipped locally when absent."
    if not (SHARED / "scigen.json").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the SciGenBench reference copy at {SHARED}")
        pytest.skip(f"no SciGenBench copy at {SHARED} (set SCIIMG_TEST_DATA)")
    return SHARED


VENDOR_KEYS = {  # with one of these set, `sciimg reproduce` would pick the paper's (paid) evaluators
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "OPENAI_API_KEY",
    "BFL_API_KEY",
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
}


def run_cli(*args, cwd=ROOT, env=None, timeout=300) -> subprocess.CompletedProcess:
    "Run `sciimg ARGS` in a subprocess with a clean SCIIMG_* environment and no vendor keys (plus `env`): tests never spend."
    e = {k: v for k, v in os.environ.items() if not k.startswith("SCIIMG_") and k not in VENDOR_KEYS}
    e.update({"SCIIMG_NO_PROGRESS": "1", **(env or {})})
    return subprocess.run([*SCIIMG, *map(str, args)], cwd=cwd, env=e, capture_output=True, text=True, timeout=timeout)
