"""Draw the DealerDesk app icon with QPainter into resources/icons/ (PNG sizes + a multi-size .ico).

Drawn in code rather than downloaded so the icon has no licence question and can be regenerated at any
size; the .ico is what PyInstaller and Inno Setup put on the exe, the Start menu and the uninstaller.
Run: QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A rounded blue tile with a white car silhouette and a small check badge (a CRM for car dealers)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw on a 256 grid whatever the output size

    tile = QRectF(8, 8, 240, 240)
    grad = QLinearGradient(0, 8, 0, 248)
    grad.setColorAt(0.0, QColor("#2f80ed"))
    grad.setColorAt(1.0, QColor("#1b4f9c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(tile, 48, 48)

    car = QPainterPath()  # body: a low sedan profile
    car.moveTo(36, 168)
    car.lineTo(36, 140)
    car.quadTo(38, 126, 56, 122)
    car.lineTo(84, 118)
    car.lineTo(110, 88)
    car.quadTo(116, 82, 126, 82)
    car.lineTo(166, 82)
    car.quadTo(176, 82, 182, 90)
    car.lineTo(204, 120)
    car.quadTo(220, 124, 220, 140)
    car.lineTo(220, 168)
    car.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(car)

    p.setBrush(QColor("#2a6fd1"))  # windows
    window = QPainterPath()
    window.moveTo(98, 118)
    window.lineTo(118, 94)
    window.lineTo(144, 94)
    window.lineTo(144, 118)
    window.closeSubpath()
    window.moveTo(152, 94)
    window.lineTo(172, 94)
    window.lineTo(190, 118)
    window.lineTo(152, 118)
    window.closeSubpath()
    p.drawPath(window)

    p.setBrush(QColor("#1b3d6e"))  # wheels with white hubs
    for cx in (78, 178):
        p.drawEllipse(QPointF(cx, 170), 22, 22)
    p.setBrush(QColor("white"))
    for cx in (78, 178):
        p.drawEllipse(QPointF(cx, 170), 8, 8)

    p.setBrush(QColor("#27ae60"))  # check badge: "followed up"
    p.setPen(QPen(QColor("white"), 8))
    p.drawEllipse(QPointF(196, 60), 34, 34)
    pen = QPen(QColor("white"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath()
    tick.moveTo(180, 60)
    tick.lineTo(192, 72)
    tick.lineTo(212, 48)
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """An ICO with PNG-compressed entries (valid since Windows Vista); Qt cannot write .ico itself."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(images)
    for size, blob in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    OUT.mkdir(parents=True, exist_ok=True)
    rendered = {size: draw(size) for size in PNG_SIZES}
    for size, image in rendered.items():
        image.save(str(OUT / f"dealerdesk-{size}.png"), "PNG")
    rendered[256].save(str(OUT / "dealerdesk.png"), "PNG")
    write_ico(OUT / "dealerdesk.ico", {size: png_bytes(rendered[size]) for size in ICO_SIZES})
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
