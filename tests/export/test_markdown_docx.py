"""Markdown → Word: every test saves the document and re-opens it, and checks what Word sees."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Twips
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coursebook.export import markdown_docx
from coursebook.export.markdown_docx import add_markdown


def roundtrip(markdown: str, tmp_path: Path, **kwargs: int) -> Document:
    document = docx.Document()
    add_markdown(document, markdown, **kwargs)
    path = tmp_path / "out.docx"
    document.save(str(path))
    return docx.Document(str(path))


def styled(document: Document) -> list[tuple[str, str]]:
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


def num_pr(paragraph: Paragraph) -> tuple[int, int] | None:
    """(ilvl, numId) of a numbered paragraph, None for a paragraph without numbering."""
    found = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if found is None:
        return None
    ilvl = found.find(qn("w:ilvl")).get(qn("w:val"))
    num_id = found.find(qn("w:numId")).get(qn("w:val"))
    return int(ilvl), int(num_id)


def numbering(document: Document) -> BaseOxmlElement:
    return document.part.numbering_part.element


def num_definition(document: Document, num_id: int) -> tuple[str, dict[int, int]]:
    """The number format of level 0 of a w:num's abstract definition, and its start overrides."""
    root = numbering(document)
    (num,) = root.xpath(f'./w:num[@w:numId="{num_id}"]')
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    (abstract,) = root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')
    fmt = abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val"))
    starts = {
        int(override.get(qn("w:ilvl"))): int(override[0].get(qn("w:val")))
        for override in num.findall(qn("w:lvlOverride"))
    }
    return fmt, starts


def items(document: Document) -> list[tuple[str, tuple[int, int] | None]]:
    return [(p.text, num_pr(p)) for p in document.paragraphs if p.style.name == "List Paragraph"]


# --------------------------------------------------------------------------- headings and text


def test_headings_paragraphs_in_order(tmp_path: Path) -> None:
    text = "# Why\n\nBecause.\n\n## Details\n\nMore.\n\n###### Deep"
    document = roundtrip(text, tmp_path)
    assert styled(document) == [
        ("Heading 2", "Why"),
        ("Normal", "Because."),
        ("Heading 3", "Details"),
        ("Normal", "More."),
        ("Heading 7", "Deep"),
    ]


@pytest.mark.parametrize(
    ("offset", "expected"), [(0, "Heading 1"), (5, "Heading 6"), (12, "Heading 9")]
)
def test_heading_offset_is_capped(tmp_path: Path, offset: int, expected: str) -> None:
    document = roundtrip("# Title\n\n#### Four", tmp_path, heading_offset=offset)
    assert document.paragraphs[0].style.name == expected
    assert document.paragraphs[1].style.name == f"Heading {min(9, 4 + offset)}"


def test_inline_formatting(tmp_path: Path) -> None:
    text = "Plain **bold** *italic* ***both*** `code` <del>gone</del> x<sup>2</sup> H<sub>2</sub>O"
    (paragraph,) = roundtrip(text, tmp_path).paragraphs
    assert paragraph.text == "Plain bold italic both code gone x2 H2O"
    runs = {run.text: run for run in paragraph.runs}
    assert runs["bold"].bold and not runs["bold"].italic
    assert runs["italic"].italic and not runs["italic"].bold
    assert runs["both"].bold and runs["both"].italic
    assert runs["code"].font.name == "Consolas"
    fonts = runs["code"]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Consolas"
    assert runs["gone"].font.strike
    twos = [run for run in paragraph.runs if run.text == "2"]
    assert [(r.font.superscript, r.font.subscript) for r in twos] == [(True, False), (False, True)]
    assert not runs["Plain "].bold


def test_line_break_stays_in_the_paragraph(tmp_path: Path) -> None:
    (paragraph,) = roundtrip("first line  \nsecond line", tmp_path).paragraphs
    assert paragraph.text == "first line\nsecond line"
    assert paragraph._p.findall(f"{qn('w:r')}/{qn('w:br')}")


def test_link_is_a_real_hyperlink(tmp_path: Path) -> None:
    text = 'See [our site](https://example.com/a?b=1&c=2 "Title") and [top](#why) now.'
    (paragraph,) = roundtrip(text, tmp_path).paragraphs
    assert paragraph.text == "See our site and top now."
    (link,) = paragraph.hyperlinks
    assert link.text == "our site"
    assert link.address == "https://example.com/a?b=1&c=2"
    rel = paragraph.part.rels[link._hyperlink.rId]
    assert rel.reltype == RT.HYPERLINK
    assert rel.is_external
    assert rel.target_ref == "https://example.com/a?b=1&c=2"
    (run,) = link.runs
    assert run.style.name == "Hyperlink"
    assert run.style.font.underline


def test_link_with_formatting_is_one_hyperlink(tmp_path: Path) -> None:
    text = "Go [**fast** and *far*](https://example.com/x) today, [again](https://example.com/x)."
    (paragraph,) = roundtrip(text, tmp_path).paragraphs
    assert paragraph.text == "Go fast and far today, again."
    first, second = paragraph.hyperlinks
    assert [run.text for run in first.runs] == ["fast", " and ", "far"]
    assert [run.bold for run in first.runs] == [True, None, None]
    assert [run.italic for run in first.runs] == [None, None, True]
    assert first.address == second.address == "https://example.com/x"
    assert [run.text for run in paragraph.runs] == ["Go ", " today, ", "."]


def test_unsafe_link_is_plain_text(tmp_path: Path) -> None:
    (paragraph,) = roundtrip("[click](javascript:alert(1))", tmp_path).paragraphs
    assert paragraph.text == "click"
    assert paragraph.hyperlinks == []


def test_image_becomes_alt_text_in_italics(tmp_path: Path) -> None:
    (paragraph,) = roundtrip("Look: ![a happy customer](photo.png)", tmp_path).paragraphs
    assert paragraph.text == "Look: [a happy customer]"
    assert paragraph.runs[-1].italic
    assert not paragraph._p.xpath(".//w:drawing")


def test_horizontal_rule_is_a_bottom_border(tmp_path: Path) -> None:
    document = roundtrip("above\n\n---\n\nbelow", tmp_path)
    assert [p.text for p in document.paragraphs] == ["above", "", "below"]
    rule = document.paragraphs[1]
    assert rule._p.xpath("./w:pPr/w:pBdr/w:bottom/@w:val") == ["single"]


# --------------------------------------------------------------------------- lists


def test_separate_numbered_lists_restart(tmp_path: Path) -> None:
    text = "1. one\n2. two\n\nA paragraph between.\n\n1. again\n2. more\n"
    document = roundtrip(text, tmp_path)
    assert styled(document)[2] == ("Normal", "A paragraph between.")
    found = items(document)
    assert [t for t, _ in found] == ["one", "two", "again", "more"]
    first, second = found[0][1], found[2][1]
    assert first is not None and second is not None
    assert found[1][1] == first and found[3][1] == second
    assert first[1] != second[1]
    assert num_definition(document, first[1]) == ("decimal", {0: 1})
    assert num_definition(document, second[1]) == ("decimal", {0: 1})


def test_ordered_list_start(tmp_path: Path) -> None:
    document = roundtrip("4. four\n5. five\n", tmp_path)
    numbers = {pr for _, pr in items(document)}
    (pr,) = numbers
    assert pr is not None
    assert num_definition(document, pr[1]) == ("decimal", {0: 4})


def test_html_ol_start_attribute(tmp_path: Path) -> None:
    document = roundtrip('<ol start="7"><li>seven</li></ol>', tmp_path)
    ((text, pr),) = items(document)
    assert text == "seven" and pr is not None
    assert num_definition(document, pr[1]) == ("decimal", {0: 7})


def test_numbered_list_nested_in_bullets(tmp_path: Path) -> None:
    text = "- fruit\n    1. apple\n    2. pear\n- bread\n    1. rye\n"
    document = roundtrip(text, tmp_path)
    found = items(document)
    assert [t for t, _ in found] == ["fruit", "apple", "pear", "bread", "rye"]
    prs = [pr for _, pr in found]
    assert all(pr is not None for pr in prs)
    fruit, apple, pear, bread, rye = (pr for pr in prs if pr is not None)
    assert fruit[0] == bread[0] == 0 and fruit[1] == bread[1]
    assert apple[0] == pear[0] == rye[0] == 1
    assert apple[1] == pear[1]
    assert len({fruit[1], apple[1], rye[1]}) == 3  # every nested list has its own w:num
    assert num_definition(document, fruit[1])[0] == "bullet"
    assert num_definition(document, apple[1]) == ("decimal", {1: 1})
    assert num_definition(document, rye[1]) == ("decimal", {1: 1})


def test_bullets_nested_in_numbers_four_levels_deep(tmp_path: Path) -> None:
    text = "1. one\n    - two\n        1. three\n            - four\n                1. five\n"
    text += "2. back"
    document = roundtrip(text, tmp_path)
    found = items(document)
    assert [(t, pr[0] if pr else None) for t, pr in found] == [
        ("one", 0),
        ("two", 1),
        ("three", 2),
        ("four", 3),
        ("five", 4),
        ("back", 0),
    ]
    formats = [num_definition(document, pr[1])[0] for _, pr in found if pr]
    assert formats == ["decimal", "bullet", "decimal", "bullet", "decimal", "decimal"]
    assert found[0][1] == found[5][1]


def test_list_item_with_several_paragraphs(tmp_path: Path) -> None:
    text = "1. first\n\n    more about the first\n\n2. second\n"
    document = roundtrip(text, tmp_path)
    found = items(document)
    assert [t for t, _ in found] == ["first", "more about the first", "second"]
    assert found[0][1] is not None and found[2][1] == found[0][1]
    assert found[1][1] is None  # continuation: no number, indented to the item's text
    continuation = document.paragraphs[1]
    assert continuation.paragraph_format.left_indent == Twips(720)


def test_abstract_numbering_precedes_nums_and_is_added_once(tmp_path: Path) -> None:
    document = docx.Document()
    add_markdown(document, "- a\n- b")
    add_markdown(document, "1. c\n2. d")
    path = tmp_path / "twice.docx"
    document.save(str(path))
    root = numbering(docx.Document(str(path)))
    tags = [child.tag for child in root]
    last_abstract = max(i for i, tag in enumerate(tags) if tag == qn("w:abstractNum"))
    first_num = tags.index(qn("w:num"))
    assert last_abstract < first_num
    names = root.xpath("./w:abstractNum/w:name/@w:val")
    assert names.count("Coursebook bullet list") == 1
    assert names.count("Coursebook numbered list") == 1
    ids = root.xpath("./w:num/@w:numId")
    assert len(ids) == len(set(ids))


def test_empty_items_keep_their_number(tmp_path: Path) -> None:
    document = roundtrip("<ol><li></li><li>two</li></ol>", tmp_path)
    found = items(document)
    assert [t for t, _ in found] == ["", "two"]
    assert found[0][1] is not None and found[0][1] == found[1][1]


# --------------------------------------------------------------------------- blocks


def test_block_quote(tmp_path: Path) -> None:
    document = roundtrip("> said once\n>\n> > said before\n\nafter", tmp_path)
    assert styled(document) == [
        ("Quote", "said once"),
        ("Quote", "said before"),
        ("Normal", "after"),
    ]
    outer, inner = document.paragraphs[0], document.paragraphs[1]
    assert inner.paragraph_format.left_indent > outer.paragraph_format.left_indent


def test_code_block_keeps_lines_and_indentation(tmp_path: Path) -> None:
    text = "Before:\n\n```\ndef f(x):\n    return x < 2\n\n# done\n```\n"
    document = roundtrip(text, tmp_path)
    assert styled(document) == [
        ("Normal", "Before:"),
        ("Code", "def f(x):"),
        ("Code", "    return x < 2"),
        ("Code", ""),
        ("Code", "# done"),
    ]
    code = document.styles["Code"]
    assert code.font.name == "Consolas"
    assert code.paragraph_format.space_after == 0


def test_code_style_is_reused(tmp_path: Path) -> None:
    document = docx.Document()
    add_markdown(document, "    one")
    add_markdown(document, "    two")
    assert [s.name for s in document.styles].count("Code") == 1


def test_code_style_name_taken_by_a_character_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.styles.add_style("Code", WD_STYLE_TYPE.CHARACTER)
    add_markdown(document, "```\nx = 1\n```")
    assert [p.text for p in document.paragraphs] == ["x = 1"]


def test_table_shape_header_alignment(tmp_path: Path) -> None:
    text = (
        "| Customer | Score | Remark |\n"
        "|:--|:-:|--:|\n"
        "| Jansen | 9 | very **happy** |\n"
        "| Pietersen |  | |\n"
    )
    document = roundtrip(text, tmp_path)
    (table,) = document.tables
    assert table.style.name == "Table Grid"
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells == [
        ["Customer", "Score", "Remark"],
        ["Jansen", "9", "very happy"],
        ["Pietersen", "", ""],
    ]
    header, first, _ = table.rows
    assert header._tr.xpath("./w:trPr/w:tblHeader")
    assert not first._tr.xpath("./w:trPr/w:tblHeader")
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    aligns = [cell.paragraphs[0].alignment for cell in first.cells]
    assert [str(a) for a in aligns] == ["LEFT (0)", "CENTER (1)", "RIGHT (2)"]
    bold = [run.text for run in first.cells[2].paragraphs[0].runs if run.bold]
    assert bold == ["happy"]
    assert all(column.width for column in table.columns)


def test_short_rows_are_padded(tmp_path: Path) -> None:
    html = "<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td></tr></table>"
    (table,) = roundtrip(html, tmp_path).tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["a", "b", "c"],
        ["1", "", ""],
    ]
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")


# --------------------------------------------------------------------------- odd input


def test_emoji_and_right_to_left_text(tmp_path: Path) -> None:
    text = "Great 👍🏽 job\n\nשלום עולם, זה עובד\n\nمرحبا بالعالم"
    document = roundtrip(text, tmp_path)
    assert [p.text for p in document.paragraphs] == [
        "Great 👍🏽 job",
        "שלום עולם, זה עובד",
        "مرحبا بالعالم",
    ]
    latin, hebrew, arabic = document.paragraphs
    assert not latin._p.xpath("./w:pPr/w:bidi")
    for paragraph in (hebrew, arabic):
        assert paragraph._p.xpath("./w:pPr/w:bidi")
        assert all(run.font.rtl for run in paragraph.runs)


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\x0b"])
def test_empty_text_adds_nothing(tmp_path: Path, text: str) -> None:
    assert roundtrip(text, tmp_path).paragraphs == []


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    text = "a\x00b\x0bc **d\x08e** \x1f&#1;f\ud800"
    document = roundtrip(text, tmp_path)
    (paragraph,) = document.paragraphs
    assert "abc de" in paragraph.text
    assert not any(ord(c) < 9 or 0x0B <= ord(c) <= 0x1F for c in paragraph.text)


def test_megabyte_line(tmp_path: Path) -> None:
    text = ("Customers who are **merely satisfied** leave first. " * 20_000)[:1_000_000]
    document = roundtrip(text, tmp_path)
    assert sum(len(p.text) for p in document.paragraphs) > 900_000


def test_unbalanced_and_unknown_html_keeps_text(tmp_path: Path) -> None:
    text = "<div><custom>kept</custom> <b>bold <i>both</b></div></p><table><tr><td>cell<ul><li>x"
    document = roundtrip(text, tmp_path)
    everything = " ".join(p.text for p in document.paragraphs) + " ".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    for word in ("kept", "bold", "both", "cell", "x"):
        assert word in everything


def test_deep_nesting_does_not_fail(tmp_path: Path) -> None:
    text = "".join("    " * i + "- level\n" for i in range(30)) + "> " * 200 + "deep"
    document = roundtrip(text, tmp_path)
    assert any(p.text == "level" for p in document.paragraphs)


def test_failure_falls_back_to_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: object, root: object) -> None:
        self._document.add_paragraph("half done")  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    monkeypatch.setattr(markdown_docx._Writer, "write", broken)
    with caplog.at_level(logging.ERROR):
        document = roundtrip("# Title\n\nsome **text**", tmp_path)
    assert [p.text for p in document.paragraphs] == ["# Title", "", "some **text**"]
    assert "plain text" in caplog.text


markdownish = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["#", "*", "_", "`", ">", "-", "1.", "|", "[", "]", "(", ")", "<", "\n"]),
        st.sampled_from(["<b>", "</td>", "<table><tr><td>", "<ol start=3>", "<li>", "    "]),
    ),
    max_size=120,
).map("".join)


# conftest's autouse fixture uses tmp_path; this test itself only writes to memory.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=markdownish)
def test_any_text_saves_and_reopens(text: str) -> None:
    document = docx.Document()
    add_markdown(document, text)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    docx.Document(buffer)
