"""`sciimg finetune` end to end, offline: verified data from a real reference run → LoRA SFT / GRPO of a tiny random VLM →
adapter reloaded → Avg@k on fixtures in the Geometry3K and MathVision formats → table. Plus config and error handling."""

import json, subprocess, sys
from pathlib import Path
import pytest
from typer.testing import CliRunner
from conftest import ROOT
from sciimg.cli import app

pytest.importorskip("trl", reason="needs the train extra: pip install -e '.[train]'")


def _run(*args):
    return CliRunner().invoke(app, ["finetune", *map(str, args)])


def test_finetune_smoke_sft(tmp_path):
    r = _run("--smoke", "--out", tmp_path, "--json")
    assert r.exit_code == 0, (r.output[-3000:], r.exception)
    s = json.loads(r.stdout)
    assert s["method"] == "sft" and s["steps"] == 5 and s["last_loss"] < s["first_loss"]
    assert (Path(s["adapter"]) / "adapter_model.safetensors").is_file() and (
        tmp_path / "checkpoints" / "checkpoint-5"
    ).is_dir()
    assert s["data"]["raw"] == 8 and s["data"]["filtered"] <= 8 and s["train_items"] == 8
    for name in ("Base", "reference"):
        assert set(s["scores"][name]) == {"geometry3k", "mathvision"}
        assert all(v["samples"] == 8 and 0 <= v["avg_at_k"] <= 100 for v in s["scores"][name].values())
    samples = [json.loads(l) for l in (tmp_path / "eval" / "samples.jsonl").read_text().splitlines()]
    assert len(samples) == 2 * 8 * 2 and {x["model"] for x in samples} == {"base", "sft:reference"}
    table = (tmp_path / "table.md").read_text()
    assert "smoke stand-in" in table and "| Base" in table and str(tmp_path) not in table
    from datasets import load_from_disk

    assert (
        len(load_from_disk(str(tmp_path / "data" / "raw"))) == 8 and (tmp_path / "data" / "filtered.parquet").is_file()
    )
    r2 = _run("--smoke", "--out", tmp_path, "--json")  # rerun: resumes, nothing trained or sampled again
    assert r2.exit_code == 0 and json.loads(r2.stdout)["resumed_from"] == "checkpoint-5"
    assert len((tmp_path / "eval" / "samples.jsonl").read_text().splitlines()) == len(samples)


def test_finetune_smoke_grpo(tmp_path):
    r = _run(
        "--smoke",
        "--set",
        "method=grpo",
        "--set",
        "eval_base=false",
        "--set",
        "benchmarks=[mathvision]",
        "--out",
        tmp_path,
        "--json",
    )
    assert r.exit_code == 0, (r.output[-3000:], r.exception)
    s = json.loads(r.stdout)
    assert s["method"] == "grpo" and s["steps"] == 2 and list(s["scores"]) == ["reference"]
    hist = json.loads((tmp_path / "train_log.json").read_text())["log_history"]
    assert "rewards/correct_reward/mean" in hist[0] and "rewards/format_reward/mean" in hist[0]


def test_finetune_errors(tmp_path):
    r = _run("--out", tmp_path)
    assert r.exit_code == 2 and "--config" in r.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("lora_rank: 8\n")
    r = _run("--config", bad, "--smoke", "--out", tmp_path)
    assert (
        r.exit_code == 1 and "bad.yaml: unknown key 'lora_rank' (nearest: local_rank, lora_r, lora_alpha)" in r.output
    )
    r = _run("--smoke", "--set", "sft.max_steps=2", "--out", tmp_path)  # the old nested keys say what changed
    assert r.exit_code == 1 and "overrides: unknown key 'sft.max_steps' (did you mean 'max_steps'?" in r.output
    r = _run("--smoke", "--set", "num_generations=4", "--out", tmp_path)
    assert r.exit_code == 1 and "'num_generations' is a GRPO setting, but method is sft" in r.output
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"runs: [{tmp_path / 'missing'}]\nmodel_name_or_path: 'tiny:qwen2_5_vl'\n")
    r = _run("--config", cfg, "--out", tmp_path / "o")
    assert r.exit_code == 1 and "missing/generations.jsonl: not found" in r.output
    assert not (tmp_path / "o" / "checkpoints").exists()  # nothing trained


def test_gpu_recipes_load():
    "The GPU recipes parse into TRL's dataclasses on this CPU machine (bf16 follows the hardware, not the file)."
    from sciimg.recipe import load_config

    g = load_config(ROOT / "configs" / "finetune-qwen3vl-8b.yaml")
    assert type(g.trl).__name__ == "GRPOConfig" and g.model.model_name_or_path == "Qwen/Qwen3-VL-8B-Instruct"
    assert (g.trl.num_generations, g.trl.max_steps, g.trl.beta, g.trl.reward_weights) == (8, 200, 0.0, [1.0, 0.1])
    assert (g.model.lora_r, g.model.lora_alpha, g.model.dtype, g.recipe.max_pixels) == (64, 128, "bfloat16", 1003520)
    assert (g.eval.eval_k, g.eval.eval_temperature, g.data.variant) == (4, 0.6, "filtered")
    s = load_config(ROOT / "configs" / "finetune-qwen3vl-8b-sft.yaml")
    assert type(s.trl).__name__ == "SFTConfig" and s.trl.max_length is None and s.trl.learning_rate == 1e-4
    assert s.model.lora_target_modules == g.model.lora_target_modules


def test_installed_cli_has_finetune():
    "`sciimg finetune` is on the installed command; without --config or --smoke it says what is missing."
    from conftest import run_cli

    r = run_cli("finetune")
    assert r.returncode == 2 and "--config" in r.stderr


def test_cli_import_is_light():
    "`import sciimg.cli` (every `sciimg` command starts with it) loads no fine-tuning or construction module, no torch."
    code = "import sciimg.cli, sys; print(sorted(sys.modules))"
    loaded = set(eval(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout))
    stages = {f"sciimg.{m}" for m in ("construct", "finetune", "recipe", "trainset", "vlm", "downstream")}
    heavy = {"torch", "transformers", "trl", "peft", "datasets", "accelerate"}
    assert "sciimg.cli" in loaded and not loaded & (stages | heavy), sorted(loaded & (stages | heavy))


def test_module_entry_point():
    "`python -m sciimg.cli finetune` (what `accelerate launch -m sciimg.cli finetune` starts per process) is the command."
    r = subprocess.run([sys.executable, "-m", "sciimg.cli", "finetune"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "--config FILE is required" in r.stderr
