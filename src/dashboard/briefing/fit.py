"""How many lines a headline needs in its box, measured with DejaVu Sans (the PDF's font, and
wider than Calibri/Carlito, so a deck sized by it fits in PowerPoint and LibreOffice too)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_MEASURE_PX = 100  # glyph widths are read at 100 px and scaled to the wanted size


@lru_cache(maxsize=2)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size=_MEASURE_PX)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of `text` set in DejaVu Sans at `size_pt`."""
    return _font(bold).getlength(text) * size_pt / _MEASURE_PX


def line_count(text: str, width_pt: float, size_pt: float, *, bold: bool = False) -> int:
    """Lines of `text` wrapped at spaces into `width_pt` (a word wider than the line is broken,
    as PowerPoint and fpdf2 do, and counts the lines it takes)."""
    lines, current = 0, ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width_pt(trial, size_pt, bold=bold) > width_pt:
            lines += 1
            trial = word
        while text_width_pt(trial, size_pt, bold=bold) > width_pt and len(trial) > 1:
            # a single overlong word: it takes whole lines of its own
            cut = len(trial)
            while cut > 1 and text_width_pt(trial[:cut], size_pt, bold=bold) > width_pt:
                cut -= 1
            lines += 1
            trial = trial[cut:]
        current = trial
    return lines + (1 if current else 0)


def fitting_size(text: str, width_pt: float, height_pt: float, sizes: tuple[float, ...], *,
                 bold: bool = False, leading: float = 1.2) -> tuple[float, int]:
    """The largest of `sizes` (largest first) at which `text` fits `height_pt`, with its line
    count; the smallest size when none fits (the caller then makes room below)."""
    for size in sizes:
        lines = line_count(text, width_pt, size, bold=bold)
        if lines * size * leading <= height_pt:
            return size, lines
    return sizes[-1], line_count(text, width_pt, sizes[-1], bold=bold)
