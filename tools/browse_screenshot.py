"""A screenshot of the results browser for the README: one item's page, in headless Chromium, as a small palette PNG.

    python tools/browse_screenshot.py results/report/browse/index.html sample-math-06 docs/browse.png

Uses the system Chromium (Debian `chromium`, or SCIIMG_CHROMIUM) through playwright; nothing is downloaded.
"""

import io, os, shutil, sys
from pathlib import Path
from PIL import Image
from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]


def screenshot(index: Path, item: str, out: Path, width: int = 1200, height: int = 860, colours: int = 96) -> int:
    "Write the page of `item` as a PNG of `colours` colours; returns its size in bytes."
    exe = os.environ.get("SCIIMG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        pg = b.new_page(viewport={"width": width, "height": height})
        pg.goto(f"{index.resolve().as_uri()}#item-{item}")
        pg.wait_for_load_state("load")
        pg.wait_for_function("() => [...document.querySelectorAll('.item:target img')].every(i => i.complete)")
        box = pg.locator(".item:target").bounding_box()  # from the item's top: its question, checklist and figures
        pg.set_viewport_size({"width": width, "height": int(box["y"]) + height})
        png = pg.screenshot(clip={"x": 0, "y": box["y"], "width": width, "height": height})
        b.close()
    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").quantize(colours).save(buf, "PNG", optimize=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return len(buf.getvalue())


if __name__ == "__main__":
    index, item, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    print(f"{out}: {screenshot(index, item, out) // 1024} kB")
