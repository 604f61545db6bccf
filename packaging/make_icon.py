"""Draw the app icon: an SVG (the source) and, rendered from it with PyMuPDF, PNG, ICO and ICNS.

    python packaging/make_icon.py        # writes packaging/icons/woo-redactor.{svg,png,ico,icns}

No downloads and no Pillow: ICO and ICNS files are written here as containers of PNG
images (both formats allow PNG entries: Windows Vista and later, macOS 10.7 and later).
A page with a folded corner and three lines of text, two of them blacked out, one box
carrying a ground code, as on a published Woo document.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pymupdf

ICONS = Path(__file__).resolve().parent / "icons"
NAME = "woo-redactor"

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Woo redactor</title>
  <rect x="8" y="8" width="240" height="240" rx="44" fill="#154273"/>
  <path d="M64 36 H160 L196 72 V220 H64 Z" fill="#ffffff"/>
  <path d="M160 36 V72 H196 Z" fill="#b9c7d8"/>
  <rect x="80" y="88" width="64" height="10" rx="3" fill="#8a9bb0"/>
  <rect x="80" y="110" width="100" height="24" rx="2" fill="#111111"/>
  <text x="130" y="127.5" font-family="Helvetica, Arial, sans-serif" font-size="15" font-weight="bold"
        fill="#ffffff" text-anchor="middle">5.1.2e</text>
  <rect x="80" y="146" width="100" height="10" rx="3" fill="#8a9bb0"/>
  <rect x="80" y="166" width="60" height="24" rx="2" fill="#111111"/>
  <rect x="148" y="174" width="32" height="10" rx="3" fill="#8a9bb0"/>
  <rect x="80" y="200" width="84" height="8" rx="3" fill="#8a9bb0"/>
</svg>
"""


def render_png(svg: Path, size: int) -> bytes:
    """The SVG as a square PNG of ``size`` pixels (transparent outside the rounded square)."""
    with pymupdf.open(svg) as doc:
        page = doc[0]
        zoom = size / page.rect.width
        pixmap = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=True)
        return pixmap.tobytes("png")


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (256 is stored as 0 in the directory)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (ic07 128, ic08 256, ic09 512, ic10 1024)."""
    kinds = {128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(kinds[s] + struct.pack(">I", 8 + len(p)) + p for s, p in sorted(pngs.items()) if s in kinds)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    ICONS.mkdir(exist_ok=True)
    svg = ICONS / f"{NAME}.svg"
    svg.write_text(SVG, encoding="utf-8")
    pngs = {size: render_png(svg, size) for size in (16, 32, 48, 128, 256, 512, 1024)}
    (ICONS / f"{NAME}.png").write_bytes(pngs[256])
    (ICONS / f"{NAME}.ico").write_bytes(ico({s: pngs[s] for s in (16, 32, 48, 256)}))
    (ICONS / f"{NAME}.icns").write_bytes(icns({s: pngs[s] for s in (128, 256, 512, 1024)}))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
