from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from coursebook.course.loader import load_course
from coursebook.course.model import Course, TaskType
from coursebook.export.atomic import ExportCancelled, office_lock_file
from coursebook.export.content import ExportOptions, gather
from coursebook.export.docx_writer import write_docx
from coursebook.export.labels import DUTCH, ENGLISH
from coursebook.paths import bundled_courses_dir
from coursebook.storage.database import Database
from coursebook.workbook.demo import fill_demo
from coursebook.workbook.runs import Run, current_run

TODAY = date(2026, 11, 25)


@pytest.fixture
def course(db: Database) -> Course:
    loaded = load_course(bundled_courses_dir() / "superenthousiaste-klanten" / "nl").course
    assert loaded is not None
    fill_demo(db, loaded, TODAY)
    return loaded


def export(
    db: Database, course: Course, path: Path, options: ExportOptions, language: str = "nl"
) -> docx.document.Document:
    enrolment = current_run(db)
    assert enrolment is not None
    content = gather(db, course, enrolment, options, TODAY)
    write_docx(content, DUTCH if language == "nl" else ENGLISH, path)
    return docx.Document(str(path))


def styles(document: docx.document.Document) -> list[str]:
    return [p.style.name for p in document.paragraphs]


def test_whole_course_structure(db: Database, course: Course, tmp_path: Path) -> None:
    path = tmp_path / "cursus.docx"
    document = export(
        db,
        course,
        path,
        ExportOptions(
            tuple(range(1, 13)),
            include_lessons=True,
            include_customers=True,
            include_nps=True,
            person_name="Sanne de Vries",
        ),
    )
    paragraphs = document.paragraphs
    assert (paragraphs[0].style.name, paragraphs[0].text) == ("Title", "Superenthousiaste klanten")
    assert (paragraphs[1].style.name, paragraphs[1].text) == ("Subtitle", "Sanne de Vries")
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 14  # twelve steps, customers, NPS
    assert headings[6] == "Stap 7: Tevreden klanten doen er niet toe"
    assert headings[12] == "Klanten" and headings[13].startswith("Net Promoter Score: ")
    # A page break before every step, and no empty first page: the title page has text.
    step_headings = [p for p in paragraphs if p.style.name == "Heading 1"]
    assert all(p.paragraph_format.page_break_before for p in step_headings[:12])
    assert not paragraphs[0].paragraph_format.page_break_before
    # The contents list: a line per heading, its page a PAGEREF field to a bookmark on it.
    body = document.element.body.xml
    for number in range(1, 13):
        assert f"PAGEREF coursebook_step_{number} \\h" in body
        assert f'w:name="coursebook_step_{number}"' in body
    assert "PAGEREF coursebook_customers" in body and "PAGEREF coursebook_nps" in body
    assert any(
        p.text.startswith("Stap 12: Structureel maken en terugkijken\t") for p in paragraphs[:25]
    )
    # Page numbers in the footer, and Word asked to update fields when it opens the file.
    assert "PAGE" in document.sections[0].footer._element.xml
    assert document.settings.element.find(qn("w:updateFields")) is not None
    # Real styles for the lesson and the reflections' own Markdown.
    used = set(styles(document))
    assert {"Heading 2", "Heading 3", "Normal", "Quote", "List Paragraph"} <= used
    # Tables: actions, the reflections' Markdown tables, customers, NPS per month.
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["Actie", "Klaar op", "Gedaan"] in headers
    assert ["Naam", "Organisatie", "Segment", "Zou aanbevelen (0–10)", "Laatste contact"] in headers
    customers = next(t for t in document.tables if t.rows[0].cells[0].text == "Naam")
    assert len(customers.rows) == 37
    assert all(t.style.name == "Table Grid" for t in document.tables)
    for table in (
        customers,
        next(t for t in document.tables if t.rows[0].cells[0].text == "Actie"),
    ):
        width = sum(column.width for column in table.columns)
        assert abs(width - Cm(16)) < Cm(0.05), width  # across the text width, A4 less margins
    assert document.core_properties.title == "Superenthousiaste klanten"


def test_one_step_in_english_labels(db: Database, course: Course, tmp_path: Path) -> None:
    document = export(db, course, tmp_path / "step7.docx", ExportOptions((7,)), language="en")
    texts = [p.text for p in document.paragraphs]
    assert "Stap 7: Tevreden klanten doen er niet toe" not in texts
    assert "Step 7: Tevreden klanten doen er niet toe" in texts  # course text stays Dutch
    calls = [
        p.text
        for p in document.paragraphs
        if p.style.name == "Heading 3" and p.text.startswith("Call ")
    ]
    assert len(calls) == 5
    asked = next(t for t in course.steps[6].tasks if t.type is TaskType.CALLS).questions
    bold = [p.text for p in document.paragraphs if p.runs and p.runs[0].bold]
    first_call = bold.index(asked[0])
    assert bold[first_call : first_call + 4] == list(asked)  # each question, in bold, in order
    assert asked[2] == "Wat hadden wij het afgelopen jaar beter kunnen doen?"  # the course's
    assert sum(1 for p in document.paragraphs if p.style.name == "Heading 1") == 1


def test_numbered_lists_restart_in_every_reflection(
    db: Database, course: Course, tmp_path: Path
) -> None:
    document = export(db, course, tmp_path / "lists.docx", ExportOptions((1, 2)))
    numbered = []
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if num_pr is not None and paragraph.text.startswith(
            ("Een vaste belmiddag", "A fixed afternoon")
        ):
            numbered.append(num_pr.numId.val)
    assert len(numbered) >= 2
    assert len(set(numbered)) == len(numbered)  # every list its own numbering instance
    numbering = document.part.numbering_part.element
    for num_id in numbered:
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
        start = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        assert start is not None and start.get(qn("w:val")) == "1"


def test_a_cancelled_or_locked_export_leaves_no_file(
    db: Database, course: Course, tmp_path: Path
) -> None:
    enrolment = current_run(db)
    assert enrolment is not None
    content = gather(db, course, enrolment, ExportOptions((1, 2, 3)), TODAY)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "werk.docx"
    with pytest.raises(ExportCancelled):
        write_docx(content, DUTCH, target, cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    steps_done: list[tuple[int, int]] = []
    write_docx(content, DUTCH, target, progress=lambda d, t: steps_done.append((d, t)))
    assert steps_done[-1] == (4, 4) and target.exists()
    office_lock_file(target).write_text("open in LibreOffice", encoding="utf-8")
    before = target.read_bytes()
    from coursebook.export.atomic import ExportTargetError

    with pytest.raises(ExportTargetError) as caught:
        write_docx(content, DUTCH, target)
    assert caught.value.locked
    assert target.read_bytes() == before


def the_run(db: Database) -> Run:
    run = current_run(db)
    assert run is not None
    return run


def _user_template(path: Path, as_dotx: bool) -> Path:
    """A template of someone's own: Heading 1 in another font and colour, their footer."""
    import zipfile

    from docx.shared import RGBColor

    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "DejaVu Sans Mono"
    heading.font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
    document.sections[0].footer.paragraphs[0].text = "Bakkerij De Korenaar"
    document.add_paragraph("This text of the template is not part of an export.")
    document.save(str(path))
    if not as_dotx:
        return path
    dotx = path.with_suffix(".dotx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            target.writestr(item, data)
    return dotx


@pytest.mark.parametrize("as_dotx", [False, True])
def test_the_export_takes_the_persons_own_word_template(
    db: Database, course: Course, tmp_path: Path, as_dotx: bool
) -> None:
    template = _user_template(tmp_path / "huisstijl.docx", as_dotx)
    content = gather(db, course, the_run(db), ExportOptions((6, 7)), TODAY)
    out = tmp_path / "werk.docx"
    write_docx(content, DUTCH, out, template=template)
    document = docx.Document(str(out))
    heading = document.styles["Heading 1"]
    assert heading.font.name == "DejaVu Sans Mono"
    assert str(heading.font.color.rgb) == "C01010"
    assert "Bakkerij De Korenaar" in document.sections[0].footer.paragraphs[0].text
    texts = [p.text for p in document.paragraphs]
    assert "This text of the template is not part of an export." not in texts
    assert "Stap 7: Tevreden klanten doen er niet toe" in texts


def test_a_damaged_template_is_refused_with_its_name(
    db: Database, course: Course, tmp_path: Path
) -> None:
    from coursebook.export.docx_writer import TemplateError

    broken = tmp_path / "huisstijl.dotx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    content = gather(db, course, the_run(db), ExportOptions((7,)), TODAY)
    with pytest.raises(TemplateError) as caught:
        write_docx(content, DUTCH, tmp_path / "werk.docx", template=broken)
    assert caught.value.path == broken and "not a Word document" in caught.value.reason
    assert not (tmp_path / "werk.docx").exists()


def test_a_template_that_unpacks_to_gigabytes_is_refused(tmp_path: Path) -> None:
    import zipfile

    from coursebook.export.docx_writer import TemplateError, open_template

    bomb = tmp_path / "huisstijl.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 250_000_000)  # compresses to ~250 kB
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(TemplateError) as caught:
        open_template(bomb)
    assert "unpacks" in caught.value.reason


def test_a_template_with_only_its_normal_style_still_exports(
    db: Database, course: Course, tmp_path: Path
) -> None:
    """Word writes only the styles a document used: a letterhead often has Normal alone."""
    import re
    import zipfile

    from docx.shared import RGBColor

    full = tmp_path / "full.docx"
    letterhead = docx.Document()
    letterhead.styles["Normal"].font.name = "DejaVu Sans"
    letterhead.styles["Normal"].font.color.rgb = RGBColor(0x20, 0x20, 0x80)
    letterhead.sections[0].header.paragraphs[0].text = "De Korenaar · Dorpsstraat 1"
    letterhead.save(str(full))
    bare = tmp_path / "briefpapier.docx"
    with zipfile.ZipFile(full) as source, zipfile.ZipFile(bare, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/styles.xml":  # keep Normal, drop every other style
                text = data.decode("utf-8")
                styles = re.findall(r"<w:style [^>]*>.*?</w:style>", text, re.S)
                for style in styles:
                    if 'w:styleId="Normal"' not in style:
                        text = text.replace(style, "")
                data = text.encode("utf-8")
            target.writestr(item, data)
    options = ExportOptions((6, 7), include_lessons=True, include_customers=True, include_nps=True)
    content = gather(db, course, the_run(db), options, TODAY)
    out = tmp_path / "werk.docx"
    write_docx(content, DUTCH, out, template=bare)
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "DejaVu Sans"  # theirs
    assert "Heading 1" in [s.name for s in document.styles]  # ours, where they had none
    assert "De Korenaar" in document.sections[0].header.paragraphs[0].text
    assert document.tables and any(p.style.name == "Heading 1" for p in document.paragraphs)
