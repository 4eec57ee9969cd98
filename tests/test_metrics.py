"Metric parity: paper-protocol PSNR/SSIM on ≥ 100 real SeePhys figures against degraded copies, vs scikit-image as PAPER.md §5.3 describes."
import json
import numpy as np
import pytest
from PIL import Image, ImageFilter
from skimage.metrics import peak_signal_noise_ratio, structural_similarity
from sciimg.metrics import load_image, psnr_ssim


def _degrade(im: Image.Image, kind: str, rng) -> Image.Image:
    if kind == "blur": return im.filter(ImageFilter.GaussianBlur(1.5))
    if kind == "noise": return Image.fromarray(np.clip(np.asarray(im, dtype=np.int16) + rng.normal(0, 12, np.asarray(im).shape), 0, 255).astype(np.uint8))
    return im.resize((max(8, int(im.width * 1.7)), max(8, int(im.height * 1.3))), Image.BILINEAR)       # a different output size


def test_paper_protocol_parity(shared):
    ids = [str(x["id"]) for x in json.loads((shared / "seephys.json").read_text())][:102]
    rng, n = np.random.default_rng(0), 0
    for i, sid in enumerate(ids):
        path = shared / "seephys_images" / f"{sid}.png"
        ref = load_image(path, composite=False)
        assert ref.status == "ok", (sid, ref.status)
        gen = _degrade(ref.image, ("blur", "noise", "resize")[i % 3], rng)
        ours = psnr_ssim(gen, ref.image, "paper")
        gt = np.asarray(Image.open(path).convert("RGB").resize(gen.size, Image.BICUBIC))          # the protocol, written out
        g = np.asarray(gen.convert("RGB"))
        assert abs(ours["psnr"] - peak_signal_noise_ratio(gt, g, data_range=255)) < 1e-6
        assert abs(ours["ssim"] - structural_similarity(gt, g, data_range=255, channel_axis=2, win_size=3)) < 1e-6
        n += 1
    assert n >= 100

