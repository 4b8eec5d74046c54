from __future__ import annotations

import pytest

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
