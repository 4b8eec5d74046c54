"""The export as a Word document that looks right in Word and LibreOffice.

Real styles throughout (Title, Heading 1–3, Normal, Quote, List Paragraph, Table Grid), so the
navigation pane, the table of contents and "change style" work. A title page, a table of
contents field that Word fills on opening (LibreOffice on Tools → Update), page numbers in the
footer, and a page break before each step.
"""

from __future__ import annotations

import copy
import io
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from coursebook.course.model import TaskType, lesson_body
from coursebook.export.atomic import ExportCancelled, atomic_target
from coursebook.export.content import ExportContent, StepExport, TaskExport
from coursebook.export.labels import Labels, long_date
from coursebook.export.markdown_docx import add_markdown
from coursebook.paths import resources_dir

Progress = Callable[[int, int], None]


def _field_char(paragraph: Paragraph, kind: str) -> None:
    run = paragraph.add_run()
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        element.set(qn("w:dirty"), "true")  # ask Word to recalculate on opening
    run._r.append(element)


def _field_start(paragraph: Paragraph, instruction: str) -> None:
    _field_char(paragraph, "begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    _field_char(paragraph, "separate")


def _field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE …) as begin / instruction / separate / result / end runs."""
    _field_start(paragraph, instruction)
    paragraph.add_run(placeholder)
    _field_char(paragraph, "end")


log = logging.getLogger(__name__)
TEXT_WIDTH = Cm(16.0)  # A4 less Coursebook's margins, when a template does not say


def text_width(document: Document) -> int:
    """The width between the margins of the document's (its template's) page: tables span
    it, and the contents list's page numbers sit at its right edge."""
    section = document.sections[-1]
    if section.page_width and section.left_margin is not None and section.right_margin is not None:
        width = int(section.page_width - section.left_margin - section.right_margin)
        if width > Cm(5):
            return width
    return int(TEXT_WIDTH)


def _bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Mark `paragraph` (a heading) so that a PAGEREF field can give its page."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _contents_list(document: Document, entries: list[tuple[str, str]]) -> None:
    """One line per heading, its page number on the right after a dotted leader. The page
    numbers are PAGEREF fields to bookmarks on the headings: Word fills them when it
    updates the fields (it offers to on opening), and LibreOffice as it lays the pages
    out, so the list is right in both without anyone clicking "Update"."""
    for text, bookmark in entries:
        paragraph = document.add_paragraph(style="Normal")
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            text_width(document), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        link = paragraph.add_run(text)
        link.font.size = Pt(11)
        paragraph.add_run("\t")
        _field(paragraph, f"PAGEREF {bookmark} \\h", "…")


def _update_fields_on_open(document: Document) -> None:
    settings = document.settings.element
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    settings.append(element)


def _page_numbers(document: Document, labels: Labels) -> None:
    """'Page 3' in the footer, unless the template's footer numbers its pages itself."""
    for section in document.sections:
        if "PAGE" in section.footer._element.xml:
            continue
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = 1  # centre
        paragraph.add_run(f"{labels.page} ")
        _field(paragraph, "PAGE", "1")


def _table(
    document: Document, headers: list[str], rows: list[list[str]], shares: list[float]
) -> None:
    """A table across the text width (the columns in proportion to `shares`), its header
    repeated on every page, with room after it before the next paragraph."""
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = [int(text_width(document) * share / sum(shares)) for share in shares]
    table_width = OxmlElement("w:tblW")
    table_width.set(qn("w:w"), str(sum(widths) // 635))  # EMU → twentieths of a point
    table_width.set(qn("w:type"), "dxa")
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblW")):
        properties.remove(old)
    properties.append(table_width)
    header = table.rows[0]
    header_properties = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    for cell, text in zip(header.cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    after = document.add_paragraph()
    after.paragraph_format.space_after = Pt(8)


def _plain(document: Document, text: str, style: str = "Normal") -> None:
    """Text as the person typed it: one paragraph per paragraph, line breaks kept."""
    for block in text.strip().split("\n\n"):
        paragraph = document.add_paragraph(style=style)
        for index, line in enumerate(block.split("\n")):
            if index:
                paragraph.add_run().add_break()
            paragraph.add_run(line)


def _write_task(document: Document, task: TaskExport, labels: Labels) -> None:
    language = labels.language
    heading = document.add_heading(task.title, level=2)
    heading.paragraph_format.keep_with_next = True
    if task.due:
        due = document.add_paragraph()
        due.add_run(f"{labels.due}: {long_date(task.due, language)}").italic = True
    if task.type is TaskType.CALLS:
        if not task.calls:
            document.add_paragraph(labels.nothing_logged)
        for number, call in enumerate(task.calls, start=1):
            who = call.customer or labels.no_customer
            document.add_heading(f"{labels.call.format(number)}: {who}", level=3)
            facts = [
                f"{labels.date}: {long_date(call.call_date, language)}",
                f"{labels.channel}: {labels.channels.get(call.channel, call.channel)}",
            ]
            if call.score is not None:
                facts.append(f"{labels.score}: {call.score}")
            document.add_paragraph(" · ".join(facts)).runs[0].italic = True
            for question, answer in call.answers:
                asked = document.add_paragraph()
                asked.paragraph_format.keep_with_next = True
                asked.paragraph_format.space_after = Pt(2)
                asked.add_run(question).bold = True
                _plain(document, answer or labels.not_written)
            if call.notes.strip():
                notes = document.add_paragraph()
                notes.paragraph_format.keep_with_next = True
                notes.add_run(labels.notes).bold = True
                _plain(document, call.notes)
    elif task.type is TaskType.ACTIONS:
        rows = [
            [
                a.text,
                long_date(a.due, language),
                long_date(a.done_on, language) if a.done_on else labels.not_done,
            ]
            for a in task.actions
        ]
        _table(document, [labels.action, labels.due, labels.done], rows, [9.0, 3.5, 3.5])
    elif task.type is TaskType.CHECKLIST:
        for item, ticked in task.checklist:
            document.add_paragraph(f"{'☑' if ticked else '☐'} {item}", style="List Paragraph")
    else:
        if task.prompt:
            prompt = document.add_paragraph()
            prompt.add_run(task.prompt.strip()).italic = True
        if task.reflection.strip():
            add_markdown(document, task.reflection, heading_offset=2)
        else:
            document.add_paragraph(labels.not_written)


def _write_step(document: Document, step: StepExport, labels: Labels) -> None:
    heading = document.add_heading(labels.step.format(step.number, step.title), level=1)
    heading.paragraph_format.page_break_before = True
    _bookmark(heading, _step_bookmark(step), step.number)
    dates = document.add_paragraph()
    dates.add_run(
        labels.step_dates.format(
            long_date(step.opens, labels.language), long_date(step.ends, labels.language)
        )
    ).italic = True
    if step.lesson:
        document.add_heading(labels.lesson, level=2)
        add_markdown(document, lesson_body(step.lesson), heading_offset=1)
    for task in step.tasks:
        _write_task(document, task, labels)


def _write_front(document: Document, content: ExportContent, labels: Labels) -> None:
    language = labels.language
    document.add_paragraph(content.course_title, style="Title")
    if content.person_name:
        document.add_paragraph(content.person_name, style="Subtitle")
    document.add_paragraph(content.period(labels))
    exported = document.add_paragraph()
    exported.add_run(
        labels.exported_on.format(long_date(content.exported_on, language))
    ).italic = True
    contents = document.add_paragraph(labels.contents, style="TOC Heading")
    contents.paragraph_format.page_break_before = True
    entries = [
        (labels.step.format(step.number, step.title), _step_bookmark(step))
        for step in content.steps
    ]
    if content.customers is not None:
        entries.append((labels.customers, "coursebook_customers"))
    if content.nps is not None:
        entries.append((labels.nps, "coursebook_nps"))
    _contents_list(document, entries)


def _step_bookmark(step: StepExport) -> str:
    return f"coursebook_step_{step.number}"


def _write_customers(document: Document, content: ExportContent, labels: Labels) -> None:
    if content.customers is None:
        return
    heading = document.add_heading(labels.customers, level=1)
    heading.paragraph_format.page_break_before = True
    _bookmark(heading, "coursebook_customers", 1001)
    rows = [
        [
            c.name,
            c.organisation,
            labels.segments.get(c.segment.value, "") if c.segment else "",
            "" if c.latest_score is None else str(c.latest_score),
            long_date(c.last_contact, labels.language) if c.last_contact else labels.never,
        ]
        for c in content.customers
    ]
    _table(
        document,
        [labels.name, labels.organisation, labels.segment, labels.score, labels.last_contact],
        rows,
        [4.0, 4.0, 3.2, 1.8, 3.0],
    )


def _write_nps(document: Document, content: ExportContent, labels: Labels) -> None:
    nps = content.nps
    if nps is None:
        return
    score = "–" if nps.score is None else f"{nps.score:+d}"
    heading = document.add_heading(f"{labels.nps}: {score}", level=1)
    heading.paragraph_format.page_break_before = content.customers is None
    _bookmark(heading, "coursebook_nps", 1002)
    document.add_paragraph(
        labels.nps_summary.format(nps.promoters, nps.passives, nps.detractors, nps.respondents)
    )
    if nps.respondents and nps.small_sample:
        document.add_paragraph(labels.nps_small_sample.format(nps.one_answer_moves or 0))
    if content.nps_by_month:
        rows = [
            [
                month,
                "–" if r.score is None else f"{r.score:+d}",
                str(r.promoters),
                str(r.passives),
                str(r.detractors),
            ]
            for month, r in content.nps_by_month
        ]
        _table(
            document, [labels.period, "NPS", "9–10", "7–8", "0–6"], rows, [4.0, 2.0, 2.0, 2.0, 2.0]
        )


_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAX_TEMPLATE_BYTES = 50_000_000


class TemplateError(Exception):
    """The Word template cannot be used; `reason` says why, in English (the window says
    it in the person's language from `path`)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def open_template(path: Path) -> Document:
    """The person's own Word document or template (.docx, .dotx): its styles, fonts,
    colours, page set-up, header, footer and logo, with its text taken out."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(path, "the file is too large for a template")
        with zipfile.ZipFile(path) as source:
            if sum(item.file_size for item in source.infolist()) > MAX_TEMPLATE_BYTES * 4:
                raise TemplateError(path, "the file unpacks to far more than a template holds")
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    data = source.read(item)
                    if item.filename == "[Content_Types].xml":  # a .dotx opens as a .docx
                        data = data.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(item, data)
        buffer.seek(0)
        document = docx.Document(buffer)
    except TemplateError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError(path, "it is not a Word document or template") from error
    except Exception as error:  # python-docx raises its own kinds for a damaged part
        raise TemplateError(path, f"it cannot be read ({type(error).__name__})") from error
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):  # the page set-up, header and footer stay
            body.remove(element)
    if path != default_template():
        _add_missing_styles(document, path)
    return document


def _add_missing_styles(document: Document, path: Path) -> None:
    """A template saved from Word holds only the styles it used (often just Normal): the
    export's other styles (Title, Heading 1–4, Table Grid, List Paragraph, …) come from
    Coursebook's own template, so the person's win wherever they have them."""
    ours = open_template(default_template()).styles.element
    theirs = document.styles.element
    have = {element.get(qn("w:styleId")) for element in theirs.findall(qn("w:style"))}
    added = 0
    for element in ours.findall(qn("w:style")):
        if element.get(qn("w:styleId")) not in have:
            theirs.append(copy.deepcopy(element))
            added += 1
    if added:
        log.info("the Word template %s lacked %d styles; Coursebook's were added", path, added)


def default_template() -> Path:
    return resources_dir() / "templates" / "coursebook.dotx"


def build_docx(
    content: ExportContent,
    labels: Labels,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    template: Path | None = None,
) -> Document:
    """The document, on the person's own template when there is one (its styles and page
    set-up win), else on Coursebook's own (resources/templates/coursebook.dotx: A4, our
    fonts and colours)."""
    document = open_template(template or default_template())
    document.core_properties.title = content.course_title
    document.core_properties.author = content.person_name or "Coursebook"
    document.core_properties.language = content.language
    _update_fields_on_open(document)
    _page_numbers(document, labels)
    _write_front(document, content, labels)
    total = len(content.steps) + 1
    for done, step in enumerate(content.steps):
        if cancelled():
            raise ExportCancelled()
        _write_step(document, step, labels)
        if progress is not None:
            progress(done + 1, total)
    _write_customers(document, content, labels)
    _write_nps(document, content, labels)
    if progress is not None:
        progress(total, total)
    return document


def write_docx(
    content: ExportContent,
    labels: Labels,
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    template: Path | None = None,
) -> None:
    """Build the document and write it to `path` through a temporary file."""
    document = build_docx(content, labels, progress, cancelled, template)
    with atomic_target(path, cancelled) as temporary:
        document.save(str(temporary))
