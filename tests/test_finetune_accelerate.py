"""`sciimg finetune` data-parallel under accelerate: two CPU processes (torchrun + gloo) fine-tune the tiny random VLM,
one writer for the data, the base model and the adapter. The tiny model's scores mean nothing; what is tested is that
two processes trained (world size 2: twice the samples per step) and the adapter was saved once and reloads."""

import json, os, subprocess, sys
from pathlib import Path
import pytest
from conftest import ROOT

pytest.importorskip("trl", reason="needs the train extra: pip install -e '.[train]'")
ACCELERATE = Path(sys.executable).with_name("accelerate")
# `accelerate launch --cpu --num_processes 2` starts ONE process in accelerate 1.x (several CPU processes need MPI);
# `--multi_gpu` on a machine without a GPU starts torchrun, and the processes join a gloo group on the CPU.
LAUNCH = ["--multi_gpu", "--num_processes", "2", "--num_machines", "1", "--mixed_precision", "no"]


def test_two_cpu_processes_train_and_save_an_adapter(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCIIMG_")} | {
        "SCIIMG_NO_PROGRESS": "1",
        "CUDA_VISIBLE_DEVICES": "",
        "OMP_NUM_THREADS": "1",
    }
    cmd = [ACCELERATE, "launch", *LAUNCH, "--dynamo_backend", "no", "-m", "sciimg.cli", "finetune", "--smoke"]
    cmd += ["--set", "benchmarks=[mathvision]", "--set", "eval_base=false", "--out", tmp_path, "--json"]
    r = subprocess.run(list(map(str, cmd)), cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stderr[-4000:]
    s = json.loads(r.stdout)  # one summary: the main process reports, the other process prints nothing
    assert s["processes"] == 2 and s["steps"] == 5 and s["train_items"] == 8
    hist = json.loads((tmp_path / "train_log.json").read_text())["log_history"]
    batch = json.loads((tmp_path / "config.json").read_text())["trl"]["per_device_train_batch_size"]
    assert hist[0]["epoch"] == 2 * batch / s["train_items"]  # each step saw 2 processes × the per-device batch
    assert (Path(s["adapter"]) / "adapter_model.safetensors").is_file()
    assert list(s["scores"]) == ["reference"]  # the adapter reloaded and was scored (by the main process)


@pytest.mark.parametrize("name", ["multi-gpu", "deepspeed-zero2"])
def test_documented_launch_configs_load(name):
    "The multi-GPU and ZeRO-2 launch configs are valid accelerate configs (not run here: no GPUs, no deepspeed)."
    from accelerate.commands.config.config_args import ClusterConfig

    c = ClusterConfig.from_yaml_file(str(ROOT / "configs" / "accelerate" / f"{name}.yaml"))
    assert c.num_processes == 8 and c.distributed_type.value == {"multi-gpu": "MULTI_GPU"}.get(name, "DEEPSPEED")
    if name == "deepspeed-zero2":
        ds = json.loads((ROOT / c.deepspeed_config["deepspeed_config_file"]).read_text())
        assert ds["zero_optimization"]["stage"] == 2
