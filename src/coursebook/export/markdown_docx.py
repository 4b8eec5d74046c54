"""Write Markdown (a reflection, a lesson) into a Word document with real Word styles.

The Markdown goes through the same pipeline as the screen (`render_markdown`: python-markdown,
then nh3), and the sanitised HTML is walked into python-docx objects:

- headings → "Heading N" (shifted by `heading_offset`, capped at Heading 9);
- paragraphs → "Normal", block quotes → "Quote" (indented one step per level),
  code blocks → a "Code" paragraph style (created when the document has none);
- bold, italic, strike, underline, superscript, subscript, inline code, line breaks;
- links → real `w:hyperlink` elements with an external relationship;
- lists → real Word numbering, see below;
- tables → Word tables in "Table Grid" with a repeating, bold header row;
- horizontal rules → an empty paragraph with a bottom border; images → "[alt text]" in italics.

Numbering. python-docx has no API for it, so the XML is written here. Once per document two
abstract numbering definitions are added (one for bullets, one for decimal numbers, 9 levels
each), recognised later by their `w:name` (`_BULLET_NAME`, `_DECIMAL_NAME`). They are inserted
before the first `w:num`, as the schema requires. Every separate list (every `<ul>`/`<ol>`, at
any depth) gets its own new `w:num` with a `w:startOverride` on the level where it starts, so
numbering restarts for each list (and `<ol start="N">` starts at N). Paragraphs carry
`w:numPr` (`w:ilvl` = depth, `w:numId`); their style ("List Paragraph") has no numbering.

The writer never raises on odd input: characters XML cannot hold are dropped, nesting is
limited, text with a line longer than `_MAX_MARKDOWN_LINE` is added as plain paragraphs (Markdown
would take minutes on it), and if anything unexpected still fails, what was added so far is
removed and the text is added as plain paragraphs instead.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Length, Pt, RGBColor, Twips
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle, _TableStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from coursebook.render.markdown import is_safe_link, render_markdown

__all__ = ["add_markdown", "clean_xml_text"]

_log = logging.getLogger(__name__)

_BULLET_NAME = "Coursebook bullet list"
_DECIMAL_NAME = "Coursebook numbered list"
_BULLETS = ("•", "◦", "▪")
_LEVELS = 9
_LIST_INDENT = 720  # twips per list level (0.5 inch), as Word does
_LIST_HANGING = 360
_QUOTE_INDENT = 567  # twips per quote level (1 cm)
_DD_INDENT = 567
_TEXT_WIDTH = Cm(16)
_MONO_FONT = "Consolas"
_CODE_SHADING = "F2F2F2"
_LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)
_MAX_DEPTH = 120  # HTML nesting kept; deeper tags only contribute their text
_MAX_TABLE_DEPTH = 3  # tables nested deeper are written as plain paragraphs
_MAX_COLUMNS = 63  # Word's limit
# python-markdown's inline processing grows quadratically with the length of a line: text with
# a longer line (pasted data, not something a person typed) is added as plain paragraphs.
_MAX_MARKDOWN_LINE = 100_000

# Characters XML 1.0 cannot contain (and lone surrogates, which cannot be encoded).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_RTL_HINT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_NAMES = """
    p div section article header footer nav aside main figure figcaption address details summary
    center dl li caption thead tbody tfoot tr td th
"""
_BLOCKS = set(_BLOCK_NAMES.split())
_VOID = {"br", "hr", "img", "col", "wbr", "input", "meta", "link", "area", "base", "source"}
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}

# Child order of w:pPr and w:rPr in the schema; Word rejects elements out of order.
_PPR_NAMES = """
    pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers
    pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE
    autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents
    suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle
    rPr sectPr pPrChange
"""
_PPR_ORDER = tuple(f"w:{name}" for name in _PPR_NAMES.split())
_RPR_NAMES = """
    rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
    noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect
    bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath
"""
_RPR_ORDER = tuple(f"w:{name}" for name in _RPR_NAMES.split())


def add_markdown(document: Document, text: str, *, heading_offset: int = 1) -> None:
    """Append `text` (Markdown, as a person writes a reflection) to `document`, in Word styles.

    `#` becomes "Heading {1 + heading_offset}", `##` "Heading {2 + heading_offset}" and so on,
    capped at "Heading 9". Never raises on odd text: see the module docstring.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = clean_xml_text(text)
    if not text.strip():
        return
    body = document.element.body
    start = _content_length(body)
    try:
        if max(len(line) for line in text.splitlines()) > _MAX_MARKDOWN_LINE:
            root = _plain_tree(text)  # pasted data, not prose: python-markdown would take minutes
        else:
            root = _parse_html(render_markdown(text))
        _Writer(document, heading_offset).write(root)
    except Exception:  # never lose a person's text over a formatting problem
        _log.exception("Markdown could not be formatted for Word; adding it as plain text")
        while _content_length(body) > start:
            body.remove(body[start])
        for line in text.splitlines():
            document.add_paragraph(line)


def _plain_tree(text: str) -> _Node:
    """One paragraph per non-blank line, without any Markdown formatting."""
    root = _Node("#root")
    root.children.extend(_Node("p", children=[line]) for line in text.splitlines() if line.strip())
    return root


def clean_xml_text(text: str) -> str:
    """`text` without the characters an XML document cannot hold (NUL, most C0 controls…)."""
    return _INVALID_XML.sub("", text)


def _content_length(body: BaseOxmlElement) -> int:
    """Number of block elements in the document body, not counting the final w:sectPr."""
    count = len(body)
    if count and body[count - 1].tag == qn("w:sectPr"):
        count -= 1
    return count


# --------------------------------------------------------------------------- HTML → tree


@dataclass
class _Node:
    """An HTML element: tag, attributes and children (elements or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)

    def text_content(self) -> str:
        parts: list[str] = []
        stack: list[_Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            else:
                stack.extend(reversed(item.children))
        return "".join(parts)


class _TreeBuilder(HTMLParser):
    """Build a `_Node` tree; tolerant of unbalanced tags, limited in depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root")
        self._stack = [self.root]
        self._skipped = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs})
        if tag in _VOID:
            self._stack[-1].children.append(node)
        elif len(self._stack) > _MAX_DEPTH:
            self._skipped += 1
        else:
            self._stack[-1].children.append(node)
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self._skipped:
            self._skipped -= 1
            return
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _parse_html(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# --------------------------------------------------------------------------- XML helpers


def _set_child(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> None:
    """Put `child` into `parent` in schema order, replacing an element with the same tag."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    tag = child.tag
    names = [qn(name) for name in order]
    successors = order[names.index(tag) + 1 :] if tag in names else ()
    parent.insert_element_before(child, *successors)


def _element(tag: str, **attrs: str) -> BaseOxmlElement:
    """A new `w:` element; keyword names are `w:` attribute names."""
    return OxmlElement(tag, {qn(f"w:{name}"): value for name, value in attrs.items()})


def _ppr(paragraph: Paragraph) -> BaseOxmlElement:
    return paragraph._p.get_or_add_pPr()


def _rpr(run: Run) -> BaseOxmlElement:
    return run._r.get_or_add_rPr()


def _shading(fill: str) -> BaseOxmlElement:
    return _element("w:shd", val="clear", color="auto", fill=fill)


def _is_mostly_rtl(text: str) -> bool:
    """More strong right-to-left letters (Hebrew, Arabic…) than left-to-right ones."""
    if not _RTL_HINT.search(text):
        return False
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr


def _has_strong_ltr(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "L" for char in text)


# --------------------------------------------------------------------------- numbering


class _Numbering:
    """The document's list numbering: two abstract definitions, one `w:num` per list."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._root: BaseOxmlElement | None = None
        self._abstract_ids: dict[bool, int] = {}
        self._next_num_id = 0

    def new_list(self, ordered: bool, level: int, start: int) -> int:
        """A new `w:num` for one list that starts at `level` with number `start`."""
        root = self._numbering()
        num_id = self._next_num_id
        self._next_num_id += 1
        num = _element("w:num", numId=str(num_id))
        num.append(_element("w:abstractNumId", val=str(self._abstract_ids[ordered])))
        override = _element("w:lvlOverride", ilvl=str(level))
        override.append(_element("w:startOverride", val=str(start)))
        num.append(override)
        root.insert_element_before(num, "w:numIdMacAtCleanup")
        return num_id

    def _numbering(self) -> BaseOxmlElement:
        if self._root is None:
            root: BaseOxmlElement = self._document.part.numbering_part.element
            for ordered, name in ((False, _BULLET_NAME), (True, _DECIMAL_NAME)):
                self._abstract_ids[ordered] = self._abstract_id(root, ordered, name)
            num_ids = [_int(value, 0) for value in root.xpath("./w:num/@w:numId")]
            self._next_num_id = max(num_ids, default=0) + 1
            self._root = root
        return self._root

    @staticmethod
    def _abstract_id(root: BaseOxmlElement, ordered: bool, name: str) -> int:
        found = root.xpath(f'./w:abstractNum[w:name/@w:val="{name}"]/@w:abstractNumId')
        if found:
            return _int(found[0], 0)
        ids = [_int(value, 0) for value in root.xpath("./w:abstractNum/@w:abstractNumId")]
        abstract_id = max(ids, default=-1) + 1
        abstract = _element("w:abstractNum", abstractNumId=str(abstract_id))
        abstract.append(_element("w:nsid", val=f"{0xC0B00000 + abstract_id * 2 + ordered:08X}"))
        abstract.append(_element("w:multiLevelType", val="hybridMultilevel"))
        abstract.append(_element("w:name", val=name))
        for level in range(_LEVELS):
            lvl = _element("w:lvl", ilvl=str(level))
            lvl.append(_element("w:start", val="1"))
            if ordered:
                lvl.append(_element("w:numFmt", val="decimal"))
                lvl.append(_element("w:lvlText", val=f"%{level + 1}."))
            else:
                lvl.append(_element("w:numFmt", val="bullet"))
                lvl.append(_element("w:lvlText", val=_BULLETS[level % len(_BULLETS)]))
            lvl.append(_element("w:lvlJc", val="left"))
            ppr = _element("w:pPr")
            indent = str(_LIST_INDENT * (level + 1))
            ppr.append(_element("w:ind", left=indent, hanging=str(_LIST_HANGING)))
            lvl.append(ppr)
            abstract.append(lvl)
        # abstractNum elements must come before the first w:num.
        root.insert_element_before(abstract, "w:num", "w:numIdMacAtCleanup")
        return abstract_id


def _int(value: object, default: int) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return default


# --------------------------------------------------------------------------- containers


class _Container:
    """Where blocks go: the document body or a table cell."""

    def __init__(self, target: Document | _Cell, width: Length) -> None:
        self._target = target
        self.width = width
        # A new cell already holds one empty paragraph: the first paragraph reuses it.
        self._fresh: Paragraph | None = target.paragraphs[0] if isinstance(target, _Cell) else None

    def add_paragraph(self, style: ParagraphStyle | None) -> Paragraph:
        if self._fresh is not None:
            paragraph, self._fresh = self._fresh, None
            if style is not None:
                paragraph.style = style
            return paragraph
        added: Paragraph = self._target.add_paragraph(style=style)
        return added

    def add_table(self, rows: int, cols: int) -> Table:
        if isinstance(self._target, _Cell):
            if self._fresh is not None:  # no empty paragraph before a table in a cell
                element = self._fresh._p
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
                self._fresh = None
            table = self._target.add_table(rows, cols)
            # Word needs a paragraph after a table in a cell; python-docx added an empty one.
            self._fresh = self._target.paragraphs[-1]
            return table
        added: Table = self._target.add_table(rows, cols)
        return added


# --------------------------------------------------------------------------- the writer


@dataclass
class _List:
    """One `<ul>`/`<ol>`: its level, first number, and its own `w:num` (made on first use)."""

    ordered: bool
    level: int
    start: int
    num_id: int | None = None


@dataclass
class _Item:
    """One list item; only its first paragraph carries the number (or bullet)."""

    list: _List
    numbered: bool = False


@dataclass
class _Link:
    """One `<a>`: its relationship id (made once) and the `w:hyperlink` now receiving runs."""

    url: str
    title: str
    rel_id: str = ""
    element: BaseOxmlElement | None = None


@dataclass(frozen=True)
class _Context:
    """Block context: where paragraphs go and how they look."""

    container: _Container
    heading: int = 0
    code: bool = False
    quote: int = 0
    level: int = -1  # list depth (w:ilvl) of the innermost list, -1 outside lists
    item: _Item | None = None
    align: WD_ALIGN_PARAGRAPH | None = None
    indent: int = 0  # extra left indent in twips (definition descriptions)
    table_depth: int = 0


@dataclass(frozen=True)
class _Format:
    """Inline formatting of the text being written."""

    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    underline: bool = False
    superscript: bool = False
    subscript: bool = False
    highlight: bool = False
    link: _Link | None = None


_INLINE: dict[str, str] = {
    "strong": "bold",
    "b": "bold",
    "em": "italic",
    "i": "italic",
    "cite": "italic",
    "dfn": "italic",
    "var": "italic",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
    "del": "strike",
    "s": "strike",
    "strike": "strike",
    "ins": "underline",
    "u": "underline",
    "sup": "superscript",
    "sub": "subscript",
    "mark": "highlight",
}


def _inline(fmt: _Format, tag: str) -> _Format:
    """`fmt` with the formatting of inline element `tag` added."""
    match _INLINE[tag]:
        case "bold":
            return replace(fmt, bold=True)
        case "italic":
            return replace(fmt, italic=True)
        case "code":
            return replace(fmt, code=True)
        case "strike":
            return replace(fmt, strike=True)
        case "underline":
            return replace(fmt, underline=True)
        case "superscript":
            return replace(fmt, superscript=True, subscript=False)
        case "subscript":
            return replace(fmt, subscript=True, superscript=False)
        case _:
            return replace(fmt, highlight=True)


class _Writer:
    """Walks the HTML tree and appends paragraphs, runs and tables to the document."""

    def __init__(self, document: Document, heading_offset: int) -> None:
        self._document = document
        self._heading_offset = heading_offset
        self._numbering = _Numbering(document)
        self._styles: dict[tuple[str, WD_STYLE_TYPE], BaseStyle | None] = {}
        # The paragraph being written and what is known about it.
        self._paragraph: Paragraph | None = None
        self._runs: list[tuple[Run, str]] = []
        self._line_start = True
        self._ends_with_space = False

    def write(self, root: _Node) -> None:
        context = _Context(_Container(self._document, self._text_width()))
        self._walk(root, context, _Format())
        self._end_paragraph()

    # ----------------------------------------------------------------- styles

    def _find_style(
        self, name: str, kind: WD_STYLE_TYPE, create: Callable[[], BaseStyle] | None = None
    ) -> BaseStyle | None:
        """The document's style `name` of type `kind`, made by `create` when it is missing."""
        key = (name, kind)
        if key not in self._styles:
            styles = self._document.styles
            found = next((s for s in styles if s.name == name and s.type == kind), None)
            if found is None and create is not None:
                try:
                    found = create()
                except ValueError:  # the name is taken by a style of another type
                    found = None
            self._styles[key] = found
        return self._styles[key]

    def _paragraph_style(self, name: str) -> ParagraphStyle | None:
        create = self._add_code_style if name == "Code" else None
        style = self._find_style(name, WD_STYLE_TYPE.PARAGRAPH, create)
        return style if isinstance(style, ParagraphStyle) else None

    def _character_style(self, name: str) -> CharacterStyle | None:
        create = self._add_hyperlink_style if name == "Hyperlink" else None
        style = self._find_style(name, WD_STYLE_TYPE.CHARACTER, create)
        return style if isinstance(style, CharacterStyle) else None

    def _table_style(self, name: str) -> _TableStyle | None:
        style = self._find_style(name, WD_STYLE_TYPE.TABLE)
        return style if isinstance(style, _TableStyle) else None

    def _add_code_style(self) -> ParagraphStyle:
        """A paragraph style for code blocks: monospace, small, shaded, no space between lines."""
        style = self._document.styles.add_style("Code", WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        style.base_style = self._paragraph_style("Normal")
        style.quick_style = True
        style.priority = 50
        style.font.name = _MONO_FONT
        style.font.size = Pt(9)
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        rfonts.set(qn("w:cs"), _MONO_FONT)
        rfonts.set(qn("w:eastAsia"), _MONO_FONT)
        paragraph_format = style.paragraph_format
        paragraph_format.space_before = Pt(0)
        paragraph_format.space_after = Pt(0)
        paragraph_format.line_spacing = 1.0
        _set_child(style.element.get_or_add_pPr(), _shading(_CODE_SHADING), _PPR_ORDER)
        return style

    def _add_hyperlink_style(self) -> CharacterStyle:
        """Word's built-in "Hyperlink" character style (blue, underlined) when it is missing."""
        style = self._document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        assert isinstance(style, CharacterStyle)
        style.base_style = self._character_style("Default Paragraph Font")
        style.priority = 99
        style.unhide_when_used = True
        style.font.color.rgb = _LINK_COLOR
        style.font.underline = True
        return style

    def _text_width(self) -> Length:
        try:
            section = self._document.sections[-1]
            width = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
        except (IndexError, TypeError):
            return _TEXT_WIDTH
        return Emu(width) if width > Cm(2) else _TEXT_WIDTH

    # ----------------------------------------------------------------- walking

    def _walk(self, node: _Node, context: _Context, fmt: _Format) -> None:
        for child in node.children:
            if isinstance(child, str):
                self._text(child, context, fmt)
            else:
                self._element(child, context, fmt)

    def _element(self, node: _Node, context: _Context, fmt: _Format) -> None:
        tag = node.tag
        if tag in _HEADINGS:
            level = min(9, max(1, _HEADINGS[tag] + self._heading_offset))
            self._block(node, replace(context, heading=level), fmt)
        elif tag in ("ul", "ol", "menu"):
            self._list(node, context, fmt)
        elif tag == "blockquote":
            self._block(node, replace(context, quote=context.quote + 1), fmt)
        elif tag == "pre":
            self._code_block(node, context)
        elif tag == "table":
            self._table(node, context, fmt)
        elif tag == "hr":
            self._rule(context)
        elif tag == "dt":
            self._block(node, context, replace(fmt, bold=True))
        elif tag == "dd":
            self._block(node, replace(context, indent=context.indent + _DD_INDENT), fmt)
        elif tag in _BLOCKS:
            self._block(node, context, fmt)
        elif tag == "br":
            self._break(context, fmt)
        elif tag == "img":
            alt = _HTML_SPACE.sub(" ", node.attrs.get("alt", "")).strip()
            if alt:
                self._text(f"[{alt}]", context, replace(fmt, italic=True))
        elif tag == "a":
            self._link(node, context, fmt)
        elif tag == "q":
            self._text("“", context, fmt)
            self._walk(node, context, fmt)
            self._text("”", context, fmt)
        elif tag in _INLINE:
            self._walk(node, context, _inline(fmt, tag))
        else:  # span, abbr, small and unknown tags: keep their text
            self._walk(node, context, fmt)

    def _block(self, node: _Node, context: _Context, fmt: _Format) -> None:
        self._end_paragraph()
        self._walk(node, context, fmt)
        self._end_paragraph()

    # ----------------------------------------------------------------- paragraphs

    def _current(self, context: _Context) -> Paragraph:
        """The paragraph being written, started in the style `context` asks for if needed."""
        if self._paragraph is not None:
            return self._paragraph
        if context.heading:
            style = self._paragraph_style(f"Heading {context.heading}")
        elif context.code:
            style = self._paragraph_style("Code")
        elif context.quote:
            style = self._paragraph_style("Quote")
        elif context.item is not None:
            style = self._paragraph_style("List Paragraph")
        else:
            style = None
        paragraph = context.container.add_paragraph(style)
        if context.heading and style is None:  # a document without heading styles
            paragraph.paragraph_format.keep_with_next = True
        indent = context.indent + _QUOTE_INDENT * context.quote
        item = context.item
        if item is not None and not item.numbered:
            item.numbered = True
            owner = item.list
            if owner.num_id is None:
                owner.num_id = self._numbering.new_list(owner.ordered, owner.level, owner.start)
            num_pr = _element("w:numPr")
            num_pr.append(_element("w:ilvl", val=str(owner.level)))
            num_pr.append(_element("w:numId", val=str(owner.num_id)))
            _set_child(_ppr(paragraph), num_pr, _PPR_ORDER)
            if indent:  # a list inside a quote or definition: shift the numbering's indent
                left = _LIST_INDENT * (owner.level + 1) + indent
                _set_child(
                    _ppr(paragraph),
                    _element("w:ind", left=str(left), hanging=str(_LIST_HANGING)),
                    _PPR_ORDER,
                )
        else:
            if context.level >= 0:  # continuation paragraph: aligned with the item's text
                indent += _LIST_INDENT * (context.level + 1)
            if indent:
                paragraph.paragraph_format.left_indent = Twips(indent)
                paragraph.paragraph_format.first_line_indent = Twips(0)
        if context.align is not None:
            paragraph.alignment = context.align
        self._paragraph = paragraph
        self._runs = []
        self._line_start = True
        self._ends_with_space = False
        return paragraph

    def _end_paragraph(self) -> None:
        paragraph = self._paragraph
        if paragraph is None:
            return
        self._trim_trailing_space()
        text = "".join(text for _, text in self._runs)
        if _is_mostly_rtl(text):
            _set_child(_ppr(paragraph), _element("w:bidi"), _PPR_ORDER)
            for run, run_text in self._runs:
                if _RTL_HINT.search(run_text) or not _has_strong_ltr(run_text):
                    run.font.rtl = True
        self._paragraph = None
        self._runs = []

    def _trim_trailing_space(self) -> None:
        if self._ends_with_space and self._runs:
            run, text = self._runs[-1]
            if text.endswith(" "):
                run.text = text[:-1]
                self._runs[-1] = (run, text[:-1])
        self._ends_with_space = False

    # ----------------------------------------------------------------- inline content

    def _text(self, raw: str, context: _Context, fmt: _Format) -> None:
        text = _HTML_SPACE.sub(" ", clean_xml_text(raw))
        if not text:
            return
        if self._paragraph is None or self._line_start or self._ends_with_space:
            text = text.lstrip(" ")
            if not text:
                return
        self._add_run(self._current(context), text, fmt)
        self._line_start = False
        self._ends_with_space = text.endswith(" ")

    def _break(self, context: _Context, fmt: _Format) -> None:
        paragraph = self._current(context)
        self._trim_trailing_space()
        run = self._add_run(paragraph, "", fmt)
        run.add_break()
        self._line_start = True

    def _add_run(self, paragraph: Paragraph, text: str, fmt: _Format) -> Run:
        hyperlink = None if fmt.link is None else self._hyperlink(paragraph, fmt.link)
        run = paragraph.add_run(text)
        if hyperlink is not None:
            hyperlink.append(run._r)
        self._format(run, fmt)
        self._runs.append((run, text))
        return run

    @staticmethod
    def _hyperlink(paragraph: Paragraph, link: _Link) -> BaseOxmlElement:
        """The `w:hyperlink` the runs of `link` go into: the paragraph's last element."""
        p = paragraph._p
        if link.element is not None and len(p) and p[len(p) - 1] is link.element:
            return link.element
        if not link.rel_id:
            link.rel_id = paragraph.part.relate_to(link.url, RT.HYPERLINK, is_external=True)
        attrs = {qn("r:id"): link.rel_id, qn("w:history"): "1"}
        if link.title:
            attrs[qn("w:tooltip")] = link.title
        link.element = OxmlElement("w:hyperlink", attrs)
        p.append(link.element)
        return link.element

    def _format(self, run: Run, fmt: _Format) -> None:
        font = run.font
        if fmt.link is not None:
            style = self._character_style("Hyperlink")
            if style is not None:
                run.style = style
            else:
                font.color.rgb = _LINK_COLOR
                font.underline = True
        if fmt.bold:
            font.bold = True
            font.cs_bold = True
        if fmt.italic:
            font.italic = True
            font.cs_italic = True
        if fmt.strike:
            font.strike = True
        if fmt.underline:
            font.underline = True
        if fmt.superscript:
            font.superscript = True
        elif fmt.subscript:
            font.subscript = True
        if fmt.highlight:
            font.highlight_color = WD_COLOR_INDEX.YELLOW
        if fmt.code:
            font.name = _MONO_FONT
            rfonts = _rpr(run).get_or_add_rFonts()
            rfonts.set(qn("w:cs"), _MONO_FONT)
            _set_child(_rpr(run), _shading(_CODE_SHADING), _RPR_ORDER)

    def _link(self, node: _Node, context: _Context, fmt: _Format) -> None:
        href = clean_xml_text(node.attrs.get("href", "")).strip()
        if not href or href.startswith("#") or not is_safe_link(href):
            self._walk(node, context, fmt)  # internal anchors and unsafe links: plain text
            return
        url = _HTML_SPACE.sub("%20", href)
        title = clean_xml_text(node.attrs.get("title", ""))[:255]
        self._walk(node, context, replace(fmt, link=_Link(url, title)))

    # ----------------------------------------------------------------- blocks

    def _list(self, node: _Node, context: _Context, fmt: _Format) -> None:
        item = context.item
        if item is not None and not item.numbered:
            self._current(context)  # the outer item's own (empty) numbered paragraph
        self._end_paragraph()
        level = min(context.level + 1, _LEVELS - 1)
        ordered = node.tag == "ol"
        start = min(max(_int(node.attrs.get("start", "1"), 1), 0), 32767) if ordered else 1
        owner = _List(ordered, level, start)
        for child in _list_items(node):
            entry = _Item(owner)
            item_context = replace(
                context,
                level=level,
                item=entry,
                heading=0,
                quote=0,
                indent=context.indent + _QUOTE_INDENT * context.quote,
            )
            self._block(child, item_context, fmt)
            if not entry.numbered:  # an empty item still takes its number
                self._current(item_context)
                self._end_paragraph()

    def _code_block(self, node: _Node, context: _Context) -> None:
        self._end_paragraph()
        text = clean_xml_text(node.text_content()).replace("\r\n", "\n").replace("\r", "\n")
        if text.startswith("\n"):
            text = text[1:]
        if text.endswith("\n"):
            text = text[:-1]
        code_context = replace(context, code=True, heading=0)
        for line in text.split("\n"):
            paragraph = self._current(code_context)
            if line:
                self._add_run(paragraph, line, _Format())
            self._end_paragraph()

    def _rule(self, context: _Context) -> None:
        self._end_paragraph()
        paragraph = context.container.add_paragraph(None)
        borders = _element("w:pBdr")
        borders.append(_element("w:bottom", val="single", sz="6", space="1", color="auto"))
        _set_child(_ppr(paragraph), borders, _PPR_ORDER)

    def _table(self, node: _Node, context: _Context, fmt: _Format) -> None:
        self._end_paragraph()
        rows: list[tuple[list[_Node], bool]] = []  # cells, in <thead>
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self._block(_Node("p", children=[child]), context, fmt)
            elif child.tag == "tr":
                rows.append((_cells(child), False))
            elif child.tag in ("thead", "tbody", "tfoot"):
                for row in child.children:
                    if isinstance(row, _Node) and row.tag == "tr":
                        rows.append((_cells(row), child.tag == "thead"))
                    elif isinstance(row, _Node) or row.strip():
                        self._block(_Node("p", children=[row]), context, fmt)
            elif child.tag == "caption":
                caption = replace(context, align=WD_ALIGN_PARAGRAPH.CENTER)
                self._block(child, caption, replace(fmt, italic=True))
            elif child.tag not in ("col", "colgroup"):
                self._block(child, context, fmt)
        spans = [[_span(cell) for cell in cells] for cells, _ in rows]
        columns = min(max((sum(s) for s in spans), default=0), _MAX_COLUMNS)
        if not rows or columns == 0 or context.table_depth >= _MAX_TABLE_DEPTH:
            for cells, _ in rows:  # no usable shape: keep the text as paragraphs
                for cell in cells:
                    self._block(cell, context, fmt)
            return

        table = context.container.add_table(len(rows), columns)
        grid = self._table_style("Table Grid")
        if grid is not None:
            table.style = grid
        table.autofit = True
        widths = _column_widths(rows, spans, columns, context.container.width)
        for index, width in enumerate(widths):
            table.columns[index].width = width
            for column_cell in table.columns[index].cells:
                column_cell.width = width

        header_rows = 0
        for cells, in_head in rows:
            if not (in_head or (cells and all(c.tag == "th" for c in cells))):
                break
            header_rows += 1
        for row_index, ((cells, _), row_spans) in enumerate(zip(rows, spans, strict=True)):
            header = row_index < header_rows
            if header:
                tr_pr = table.rows[row_index]._tr.get_or_add_trPr()
                tr_pr.append(_element("w:tblHeader"))
            column = 0
            for cell_node, span in zip(cells, row_spans, strict=True):
                if column >= columns:
                    break
                span = min(span, columns - column)
                word_cell = table.cell(row_index, column)
                if span > 1:
                    word_cell = word_cell.merge(table.cell(row_index, column + span - 1))
                align = _ALIGN.get(cell_node.attrs.get("align", "").strip().lower())
                cell_context = _Context(
                    _Container(word_cell, Emu(sum(widths[column : column + span]))),
                    align=align,
                    table_depth=context.table_depth + 1,
                )
                bold = header or cell_node.tag == "th"
                self._block(cell_node, cell_context, replace(fmt, bold=fmt.bold or bold))
                column += span
        if context.table_depth == 0:  # room between the table and the text after it
            spacer = context.container.add_paragraph(None)
            spacer.paragraph_format.space_after = Pt(2)


def _list_items(node: _Node) -> list[_Node]:
    """The items of a list; stray content between items is gathered into items of its own."""
    items: list[_Node] = []
    stray: list[_Node | str] = []
    for child in node.children:
        if isinstance(child, _Node) and child.tag == "li":
            if stray:
                items.append(_Node("li", children=stray))
                stray = []
            items.append(child)
        elif isinstance(child, _Node) or child.strip() or stray:
            stray.append(child)
    if any(isinstance(c, _Node) or c.strip() for c in stray):
        items.append(_Node("li", children=stray))
    return items


def _span(cell: _Node) -> int:
    return min(max(_int(cell.attrs.get("colspan", "1"), 1), 1), _MAX_COLUMNS)


def _cells(row: _Node) -> list[_Node]:
    return [c for c in row.children if isinstance(c, _Node) and c.tag in ("td", "th")]


def _column_widths(
    rows: list[tuple[list[_Node], bool]], spans: list[list[int]], columns: int, total: Length
) -> list[Length]:
    """Widths proportional to each column's longest text, within limits, summing to `total`."""
    longest = [0] * columns
    longest_word = [0] * columns
    for (cells, _), row_spans in zip(rows, spans, strict=True):
        column = 0
        for cell, span in zip(cells, row_spans, strict=True):
            if span == 1 and column < columns:
                text = _HTML_SPACE.sub(" ", cell.text_content()).strip()
                longest[column] = max(longest[column], len(text))
                words = [len(word) for word in text.split()]
                longest_word[column] = max([longest_word[column], *words])
            column += span
    # A column is at least as wide as its longest word (bold headers included), so that no
    # word is broken over two lines ("Scor|e"); beyond that, widths follow the text.
    weights = [
        min(max(length, int(word * 1.5) + 2, 6), 40)
        for length, word in zip(longest, longest_word, strict=True)
    ]
    share = sum(weights)
    return [Emu(int(total * weight / share)) for weight in weights]
