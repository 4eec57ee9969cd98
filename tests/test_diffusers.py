"The local diffusers provider: argument handling with a fake pipeline (always), and `sciimg generate` with a tiny random FLUX pipeline built offline (needs the diffusers extra)."

import importlib.util, io, json
from types import SimpleNamespace
import pytest
from PIL import Image
from conftest import run_cli
from sciimg.providers import ImageRequest, make_provider
from sciimg.settings import Entry, SettingsError

torch = pytest.importorskip("torch")


class FakePipe:
    "Stands in for a diffusers pipeline: records its calls; `__call__` has a FLUX-like signature."

    def __init__(self, flag_nsfw=False, fail=None):
        self.calls, self.flag, self.fail = [], flag_nsfw, fail

    def __call__(
        self,
        prompt,
        height=None,
        width=None,
        num_inference_steps=28,
        guidance_scale=3.5,
        generator=None,
        max_sequence_length=512,
    ):
        if self.fail:
            raise self.fail
        self.calls.append(
            dict(
                prompt=prompt,
                height=height,
                width=width,
                steps=num_inference_steps,
                guidance=guidance_scale,
                noise=torch.randn(2, generator=generator).tolist(),
            )
        )
        return SimpleNamespace(
            images=[Image.new("RGB", (width or 64, height or 64), "white")],
            nsfw_content_detected=[self.flag] if self.flag else None,
        )


def _fake(pipe, **kw):
    import threading

    loads = []
    e = Entry(
        **{
            "role": "generator",
            "name": "fake",
            "kind": "pixel",
            "provider": "diffusers",
            "model": "org/model",
            "size": "96x64",
            **kw,
        }
    )
    p = make_provider(e, loader=lambda *a: (loads.append(a), (pipe, threading.Lock()))[1])
    return p, loads


def test_arguments_seed_and_device_reach_the_pipeline():
    pipe = FakePipe()
    p, loads = _fake(pipe, seed=5, options="steps=3 guidance=2.0 device=cpu dtype=float32")
    r = p.generate_image("a lever")
    assert (r.status, r.mime, Image.open(io.BytesIO(r.image)).size) == ("ok", "image/png", (96, 64))
    assert loads == [("org/model", "float32", "cpu", "none")]
    c = pipe.calls[0]
    assert (c["prompt"], c["width"], c["height"], c["steps"], c["guidance"]) == ("a lever", 96, 64, 3, 2.0)
    assert (
        c["noise"] == torch.randn(2, generator=torch.Generator("cpu").manual_seed(5)).tolist()
    )  # the seed drives the noise
    assert r.raw["seed"] == 5 and r.raw["num_inference_steps"] == 3
    p.generate_image(ImageRequest("a lever", seed=6, extra={"guidance_scale": 7.0}))
    assert pipe.calls[1]["guidance"] == 7.0 and pipe.calls[1]["noise"] != c["noise"]  # request extra overrides options


def test_unknown_argument_is_an_error_not_dropped():
    p, _ = _fake(FakePipe(), options="cfg=4.0")  # FakePipe (like FLUX) has no true_cfg_scale
    r = p.generate_image("x")
    assert r.status == "config_error" and "true_cfg_scale" in r.error and "[generator.fake]" in r.error


def test_safety_flag_and_pipeline_errors():
    assert _fake(FakePipe(flag_nsfw=True))[0].generate_image("x").status == "blocked"
    r = _fake(FakePipe(fail=RuntimeError("shape mismatch")))[0].generate_image("x")
    assert (r.status, r.retries) == ("api_error", 0) and "shape mismatch" in r.error


def test_bad_options_name_entry_and_field():
    with pytest.raises(SettingsError, match=r"\[generator.fake\] options: 'high'"):
        _fake(FakePipe(), options="high")
    with pytest.raises(SettingsError, match=r"offload=disk is not one of"):
        _fake(FakePipe(), options="offload=disk")


@pytest.mark.skipif(importlib.util.find_spec("diffusers") is None, reason="the diffusers extra is not installed")
def test_generate_cli_with_tiny_flux(tmp_path):
    "`sciimg generate` end to end with a tiny random FLUX pipeline saved to disk: every item gets a PNG of the entry's size."
    from sciimg.provider_diffusers import tiny_flux

    model = tiny_flux(tmp_path / "tiny-flux")
    ini = tmp_path / "s.ini"
    ini.write_text(
        f"[cache]\ndir = {tmp_path / 'cache'}\n[generator.tiny]\nkind = pixel\nprovider = diffusers\nmodel = {model}\nsize = 48x32\nseed = 3\n"
        "options = steps=2 guidance=3.5 max_sequence_length=16 device=cpu\n"
    )
    r = run_cli(
        "generate",
        "--generator",
        "tiny",
        "--split",
        "sample",
        "--limit",
        "4",
        "--run",
        tmp_path / "run",
        "--settings",
        ini,
        "--json",
        env={"HF_HUB_OFFLINE": "1"},
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads(r.stdout)["statuses"] == {"ok": 4}
    recs = [json.loads(l) for l in (tmp_path / "run" / "generations.jsonl").read_text().splitlines()]
    assert len(recs) == 4 and all(x["mime"] == "image/png" for x in recs)
    ims = [Image.open(tmp_path / "run" / x["image"]) for x in recs]
    assert all(im.size == (48, 32) for im in ims)
    assert all(len(set(im.convert("L").tobytes())) > 10 for im in ims)  # drawn noise, not a blank canvas
    # (the four images are identical: the tiny encoders keep only the first 16-77 characters, i.e. the shared prompt template)
