"Metric parity: paper-protocol PSNR/SSIM on ≥ 100 real SeePhys figures against degraded copies, vs scikit-image as PAPER.md §5.3 describes."

import json
import numpy as np
import pytest
from PIL import Image, ImageFilter
from skimage.metrics import peak_signal_noise_ratio, structural_similarity
from sciimg.metrics import load_image, psnr_ssim


def _degrade(im: Image.Image, kind: str, rng) -> Image.Image:
    if kind == "blur":
        return im.filter(ImageFilter.GaussianBlur(1.5))
    if kind == "noise":
        return Image.fromarray(
            np.clip(np.asarray(im, dtype=np.int16) + rng.normal(0, 12, np.asarray(im).shape), 0, 255).astype(np.uint8)
        )
    return im.resize(
        (max(8, int(im.width * 1.7)), max(8, int(im.height * 1.3))), Image.BILINEAR
    )  # a different output size


def test_paper_protocol_parity(shared):
    ids = [str(x["id"]) for x in json.loads((shared / "seephys.json").read_text())][:102]
    rng, n = np.random.default_rng(0), 0
    for i, sid in enumerate(ids):
        path = shared / "seephys_images" / f"{sid}.png"
        ref = load_image(path, composite=False)
        assert ref.status == "ok", (sid, ref.status)
        gen = _degrade(ref.image, ("blur", "noise", "resize")[i % 3], rng)
        ours = psnr_ssim(gen, ref.image, "paper")
        gt = np.asarray(Image.open(path).convert("RGB").resize(gen.size, Image.BICUBIC))  # the protocol, written out
        g = np.asarray(gen.convert("RGB"))
        assert abs(ours["psnr"] - peak_signal_noise_ratio(gt, g, data_range=255)) < 1e-6
        assert abs(ours["ssim"] - structural_similarity(gt, g, data_range=255, channel_axis=2, win_size=3)) < 1e-6
        n += 1
    assert n >= 100


def _zero_png() -> bytes:
    import struct, zlib

    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 0, 0, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")


def test_bad_images_get_typed_statuses_via_cli(tmp_path):
    import csv, io
    from conftest import run_cli

    ok = Image.new("RGB", (120, 90), "white")
    ok.save(tmp_path / "ref.png")
    ok.save(tmp_path / "gen.png")
    full = io.BytesIO()
    ok.save(full, "PNG")
    (tmp_path / "truncated.png").write_bytes(full.getvalue()[:60])
    (tmp_path / "zero.png").write_bytes(_zero_png())
    Image.new("RGB", (1, 100000)).save(tmp_path / "thin.png")
    Image.new("1", (12000, 12000)).save(tmp_path / "bomb.png")
    Image.new("CMYK", (64, 64), (0, 0, 0, 0)).save(tmp_path / "cmyk.jpg")
    Image.fromarray(np.full((64, 64), 40000, dtype=np.uint16)).save(tmp_path / "deep.png")
    Image.new("RGB", (64, 64), "red").save(
        tmp_path / "anim.gif", save_all=True, append_images=[Image.new("RGB", (64, 64), "blue")]
    )
    names = [
        "gen.png",
        "truncated.png",
        "zero.png",
        "thin.png",
        "bomb.png",
        "cmyk.jpg",
        "deep.png",
        "anim.gif",
        "absent.png",
    ]
    with open(tmp_path / "pairs.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["generated", "reference"])
        w.writerows([[n, "ref.png"] for n in names])
    r = run_cli("metrics", "--pairs", tmp_path / "pairs.csv", "--protocol", "paper", "--json")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
    got = {p["generated"]: p["status"] for p in json.loads(r.stdout)["pairs"]}
    assert got == {
        "gen.png": "ok",
        "truncated.png": "generated_corrupt",
        "zero.png": "generated_corrupt",
        "thin.png": "generated_degenerate",
        "bomb.png": "generated_too_large",
        "cmyk.jpg": "ok",
        "deep.png": "ok",
        "anim.gif": "ok",
        "absent.png": "generated_missing",
    }
    assert json.loads(r.stdout)["aggregate"]["pairs"] == len(names)


def test_damaged_pairs_csv_exits_2_with_one_line(tmp_path):
    "A short row stops `sciimg metrics` with one line naming the file, row and field (exit 2); a BOM'd header just works."
    from conftest import run_cli

    Image.new("RGB", (64, 48), "white").save(tmp_path / "a.png")
    (tmp_path / "short.csv").write_text("generated,reference\na.png,a.png\na.png\n")
    r = run_cli("metrics", "--pairs", tmp_path / "short.csv", "--json")
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert "short.csv: row 3: 1 of 2 columns (field 'reference' is missing)" in r.stderr and r.stdout == ""
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbfgenerated,reference\r\na.png,a.png\r\n")
    r = run_cli("metrics", "--pairs", tmp_path / "bom.csv", "--json")
    assert r.returncode == 0, r.stderr[-2000:]
    assert [p["status"] for p in json.loads(r.stdout)["pairs"]] == ["ok"]
