"Settings file selection and errors through the CLI."

import json
from conftest import run_cli, ROOT


def test_settings_flag_env_and_precedence(tmp_path):
    f = tmp_path / "alt.ini"
    f.write_text(
        "[run]\nseed = 5\n[generator.local-coder]\nkind = imgcoder\nprovider = openai\nmodel = m\n"
        "base_url = http://127.0.0.1:9/v1\n"
    )
    r = run_cli("settings", "show", "--settings", f, "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["snapshot"]["run"]["seed"] == 5 and out["origins"]["run.seed"] == f"file:{f}"
    assert "generator.local-coder" in out["snapshot"]["entries"]
    r = run_cli("settings", "show", "--json", env={"SCIIMG_SETTINGS": str(f), "SCIIMG_RUN_SEED": "9"})
    out = json.loads(r.stdout)
    assert out["snapshot"]["run"]["seed"] == 9 and out["origins"]["run.seed"] == "env:SCIIMG_RUN_SEED"


def test_settings_errors_name_file_section_key(tmp_path):
    f = tmp_path / "bad.ini"
    f.write_text("[judge.g]\nprovider = gemini\nmodel = gemini-3-flash\ntemperatur = 0.1\n")
    r = run_cli("data", "stats", "--settings", f)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert (
        f"{f} [judge.g] temperatur: unknown key 'temperatur'" in r.stderr and "did you mean 'temperature'" in r.stderr
    )
    f.write_text("[generator.g]\nkind = pixel\nprovider = openai\napi_key = sk-123\n")
    r = run_cli("settings", "show", "--settings", f)
    assert r.returncode == 2 and "secrets are never read" in r.stderr and "sk-123" not in r.stderr + r.stdout
    r = run_cli("settings", "show", "--settings", tmp_path / "missing.ini")
    assert r.returncode == 2 and "settings file not found" in r.stderr


def test_repo_settings_ini_is_valid():
    r = run_cli("settings", "show", "--settings", ROOT / "settings.ini", "--json")
    assert r.returncode == 0, r.stderr
