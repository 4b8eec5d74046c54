"""What a person sees in a PDF: the size of its text, its pages and their numbers, measured
in the file with pdfminer.six (as `pdftotext -bbox` would)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine


@dataclass
class PdfText:
    pages: int
    page_size: tuple[float, float]  # points
    line_sizes: list[float]  # the median character size of each line of text, in points
    last_lines: list[str]  # the lowest line of each page

    @property
    def median_size(self) -> float:
        return statistics.median(self.line_sizes)


def read_pdf(path: Path) -> PdfText:
    sizes: list[float] = []
    last_lines: list[str] = []
    pages = 0
    size = (0.0, 0.0)
    for page in extract_pages(str(path)):
        pages += 1
        size = (page.width, page.height)
        lowest: tuple[float, str] | None = None
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            for line in element:
                if not isinstance(line, LTTextLine):
                    continue
                chars = [c for c in line if isinstance(c, LTChar)]
                if chars:
                    sizes.append(statistics.median(c.size for c in chars))
                if lowest is None or line.y0 < lowest[0]:
                    lowest = (line.y0, line.get_text().strip())
        last_lines.append(lowest[1] if lowest else "")
    return PdfText(pages, size, sizes, last_lines)
