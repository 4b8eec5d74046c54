"""Make Coursebook's own Word template, resources/templates/coursebook.dotx.

    python scripts/make_word_template.py

The Word export starts from it unless the person chose a template of their own (Settings →
Word template): A4 with comfortable margins, a readable body font, headings in the
course's green, a table style with a light header row. Open it in Word or LibreOffice to
see it; run this again after changing it here. The result is committed.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "coursebook.dotx"
GREEN = RGBColor(0x1C, 0x5C, 0x40)
INK = RGBColor(0x1F, 0x23, 0x28)
MUTED = RGBColor(0x5B, 0x64, 0x70)
BODY_FONT, HEADING_FONT = "Calibri", "Calibri Light"


def main() -> int:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size, normal.font.color.rgb = BODY_FONT, Pt(11), INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, colour in (
        ("Title", 28, GREEN),
        ("Subtitle", 14, MUTED),
        ("Heading 1", 18, GREEN),
        ("Heading 2", 14, GREEN),
        ("Heading 3", 12, INK),
        ("Heading 4", 11, INK),
    ):
        style = styles[name]
        style.font.name, style.font.size, style.font.color.rgb = HEADING_FONT, Pt(size), colour
        style.font.bold = name.startswith("Heading") and name != "Heading 1"
    styles["Heading 1"].paragraph_format.space_before = Pt(0)
    styles["Heading 1"].paragraph_format.space_after = Pt(8)
    quote = styles["Quote"]
    quote.font.color.rgb, quote.font.italic = MUTED, True
    if "TOC Heading" not in [s.name for s in styles]:
        styles.add_style("TOC Heading", WD_STYLE_TYPE.PARAGRAPH).base_style = styles["Heading 1"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Normal"]
    buffer = io.BytesIO()
    document.save(buffer)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":  # a template, as Word saves one
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            out.writestr(item, data)
    print(f"make_word_template: {OUT} ({OUT.stat().st_size / 1000:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
