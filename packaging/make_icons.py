"""Make every icon file from the one SVG source, resources/icons/coursebook.svg.

    python packaging/make_icons.py

Writes resources/icons/hicolor/<N>x<N>/apps/<desktop id>.png for N = 16 … 512 (the window icon
and the Linux hicolor theme), packaging/icons/coursebook.ico (Windows) and
packaging/icons/coursebook.icns (macOS). Qt renders the SVG; Pillow writes .ico and .icns.
The results are committed, so a checkout runs and builds without this step; run it again
after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from coursebook import DESKTOP_ID

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "coursebook.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in (*SIZES, 1024)}
    for size in SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        images[size].save(folder / f"{DESKTOP_ID}.png", optimize=True)
    OUT.mkdir(parents=True, exist_ok=True)
    images[256].save(OUT / "coursebook.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)])
    images[1024].save(OUT / "coursebook.icns")
    print(f"make_icons: {len(SIZES)} PNG sizes in {HICOLOR}, .ico and .icns in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
