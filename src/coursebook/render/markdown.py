"""Render Markdown (lessons, reflections) to HTML that is safe to show.

A pure function: python-markdown with the extensions a reader expects, then nh3 removes
everything that could run code or fetch something: scripts, iframes, event handlers,
style attributes, and any `src` that is not a plain relative path inside the bundle.
"""

from __future__ import annotations

import html
import logging
import re
from urllib.parse import urlsplit

import markdown
import nh3

log = logging.getLogger(__name__)

_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "smarty", "toc", "attr_list"]
_EXTENSION_CONFIGS = {
    "tables": {"use_align_attribute": True},
    "smarty": {"smart_angled_quotes": False},
    "toc": {"permalink": False},
}

_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    **{h: {"id"} for h in _HEADINGS},
}
_LINK_SCHEMES = {"http", "https", "mailto"}


def is_safe_link(url: str) -> bool:
    """A link a click may open: http(s), mailto, or an anchor in the same page."""
    url = url.strip()
    if url.startswith("#"):
        return True
    return urlsplit(url).scheme.lower() in _LINK_SCHEMES


def is_local_resource(src: str) -> bool:
    """An image path that stays inside the bundle: relative, no scheme, no `..`, no `/`."""
    src = src.strip()
    if not src or src.startswith(("/", "\\")):
        return False
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        return False
    return ".." not in parts.path.replace("\\", "/").split("/")


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return value if is_safe_link(value) else None
    if attribute == "src":
        return value if is_local_resource(value) else None
    return value


def sanitize_html(html: str) -> str:
    """Keep only harmless markup: the allowed tags and attributes, safe links, local images."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=_LINK_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


MAX_BRACKETS_PER_LINE = 200  # python-markdown's link search is quadratic in unmatched "["
MAX_LINE_FOR_MARKUP = 100_000


def _defuse(text: str) -> str:
    """Make pathological lines cheap to render: thousands of unmatched brackets take
    python-markdown seconds, so on such lines brackets are escaped (no links there)."""
    lines = text.split("\n")
    if all(line.count("[") <= MAX_BRACKETS_PER_LINE for line in lines):
        return text
    return "\n".join(
        line.replace("[", "\\[") if line.count("[") > MAX_BRACKETS_PER_LINE else line
        for line in lines
    )


# Lists in lists, quotes in quotes: a line whose indentation and markers run longer than this
# is shown as it is. Markdown nests by recursion, and a few KB of "- - - - …" or indented
# markers would otherwise end in a RecursionError (which is also caught, as a backstop).
MAX_NESTING_PREFIX = 400
_NESTING_PREFIX = re.compile(r"^[ \t>*+\-]*")


def _as_plain_text(text: str) -> str:
    paragraphs = (html.escape(block) for block in text.split("\n\n"))
    return "".join(f"<p>{block}</p>" for block in paragraphs)


def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML fragment. Text too long on one line, or nested too deeply,
    is shown as plain text rather than parsed."""
    lines = text.split("\n")
    if any(len(line) > MAX_LINE_FOR_MARKUP for line in lines) or any(
        len(_NESTING_PREFIX.match(line).group()) > MAX_NESTING_PREFIX  # type: ignore[union-attr]
        for line in lines
    ):
        return _as_plain_text(text)
    md = markdown.Markdown(extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
    try:
        return sanitize_html(md.convert(_defuse(text)))
    except RecursionError:
        log.warning("Markdown nested too deeply (%d characters): shown as text", len(text))
        return _as_plain_text(text)
