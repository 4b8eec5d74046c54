from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coursebook.render.markdown import is_local_resource, is_safe_link, render_markdown


def test_reader_extensions_render() -> None:
    html = render_markdown(
        '# Title\n\nSome *emphasis*, **bold** and "quotes".\n\n'
        "1. one\n2. two\n\n- a\n- b\n\n> wise words\n\n"
        "| Score | Segment |\n|---:|:---|\n| 9 | enthusiastic |\n\n"
        "```\ncode here\n```\n"
    )
    assert '<h1 id="title">Title</h1>' in html
    assert "<em>emphasis</em>" in html and "<strong>bold</strong>" in html
    assert "“quotes”" in html  # smart quotes
    assert "<ol>" in html and "<ul>" in html
    assert "<blockquote>" in html
    assert '<th align="right">Score</th>' in html  # alignment as attribute, not style
    assert "<pre><code>code here" in html


def test_links_keep_safe_targets_only() -> None:
    html = render_markdown(
        "[web](https://example.org/a) [mail](mailto:a@b.nl) [js](javascript:alert(1)) "
        "[file](file:///etc/passwd) [anchor](#title)"
    )
    assert 'href="https://example.org/a"' in html
    assert 'href="mailto:a@b.nl"' in html
    assert 'href="#title"' in html
    assert "javascript" not in html
    assert "file:" not in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '<iframe src="https://evil.example/"></iframe>',
        '<img src="https://evil.example/track.png">',
        '<img src="file:///etc/passwd">',
        '<img src="../../secret.png">',
        '<p onclick="steal()">click</p>',
        '<p style="background: url(https://evil.example/x)">styled</p>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
        '<object data="https://evil.example/x.swf"></object>',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        "<style>body { background: url(https://evil.example/x) }</style>",
    ],
)
def test_hostile_html_is_neutralised(hostile: str) -> None:
    html = render_markdown(f"Before\n\n{hostile}\n\nAfter").lower()
    for needle in (
        "<script",
        "<iframe",
        "<object",
        "<link",
        "<style",
        "onclick",
        "style=",
        "evil.example",
        "file:",
        "javascript:",
        "data:",
        "../",
    ):
        assert needle not in html
    assert "before" in html and "after" in html


def test_local_images_survive() -> None:
    html = render_markdown("![Map](images/map.png)")
    assert '<img alt="Map" src="images/map.png">' in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://x.nl", True),
        ("HTTP://x.nl", True),
        ("mailto:a@b.c", True),
        ("#top", True),
        ("javascript:x", False),
        ("file:///x", False),
        ("ftp://x", False),
        ("steps/02.md", False),
    ],
)
def test_is_safe_link(url: str, safe: bool) -> None:
    assert is_safe_link(url) is safe


@pytest.mark.parametrize(
    ("src", "local"),
    [
        ("a.png", True),
        ("img/a.png", True),
        ("../a.png", False),
        ("img/../../a.png", False),
        ("/etc/a.png", False),
        ("https://x/a.png", False),
        ("//x/a.png", False),
        ("C:/a.png", False),
        ("", False),
    ],
)
def test_is_local_resource(src: str, local: bool) -> None:
    assert is_local_resource(src) is local


def test_pathological_input_renders_without_stalling() -> None:
    brackets = render_markdown("[" * 8000 + " text")
    assert "text" in brackets and "<a" not in brackets
    huge = render_markdown("x" * 200_000 + " <script>alert(1)</script>")
    assert huge.startswith("<p>xxx") and "<script" not in huge
    # Ordinary links on other lines still work.
    mixed = render_markdown("[site](https://example.org)\n\n" + "[" * 500)
    assert 'href="https://example.org"' in mixed


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_renders_to_safe_html(text: str) -> None:
    parser = _Tags()
    parser.feed(render_markdown(text))
    for tag, attrs in parser.found:
        assert tag not in {"script", "iframe", "object", "embed", "style", "link", "meta"}
        for name, value in attrs:
            assert not name.startswith("on") and name != "style"
            if name in {"href", "src"}:
                assert is_safe_link(value or "") or is_local_resource(value or "")


@pytest.mark.parametrize(
    "text",
    [
        "".join("  " * depth + "- x\n" for depth in range(3000)),  # lists in lists
        "- " * 5000 + "x",  # list markers on one line
        ">" * 5000 + " x",  # quotes in quotes
        "1. " * 4000 + "x",
    ],
)
def test_deeply_nested_input_is_shown_as_text_not_a_crash(text: str) -> None:
    html_out = render_markdown(text)
    assert html_out.startswith("<p>") and "<ul>" not in html_out and "<blockquote>" not in html_out


def test_ordinary_nesting_still_renders() -> None:
    html_out = render_markdown("- a\n    - b\n        - c\n\n> quote\n>> deeper")
    assert html_out.count("<ul>") == 3 and html_out.count("<blockquote>") == 2
