"""The export as one HTML document (for the PDF writer), built from the Markdown export."""

from __future__ import annotations

import html

from coursebook.export.content import ExportContent
from coursebook.export.labels import Labels, long_date
from coursebook.export.markdown_writer import export_markdown, step_markdown
from coursebook.render.markdown import render_markdown

PRINT_CSS = """
body { font-family: 'DejaVu Serif', 'Georgia', serif; font-size: 10.5pt; color: #111; }
h1 { font-size: 24pt; margin-bottom: 6pt; }
h2 { font-size: 17pt; margin-top: 0; color: #1c5c40; }
h3 { font-size: 13pt; margin-top: 14pt; }
h4 { font-size: 11.5pt; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 125%; }
table { border-collapse: collapse; margin-bottom: 10pt; }
th { background-color: #eef1f4; border: 1px solid #9aa3ad; padding: 3pt 6pt; }
td { border: 1px solid #9aa3ad; padding: 3pt 6pt; }
blockquote { margin-left: 18pt; color: #444; font-style: italic; }
code { font-family: 'DejaVu Sans Mono', monospace; }
"""

_BREAK = '<div style="page-break-before: always"></div>'


def export_html(content: ExportContent, labels: Labels) -> str:
    language = labels.language
    front = [f"<h1>{html.escape(content.course_title)}</h1>"]
    if content.person_name:
        front.append(f"<p><b>{html.escape(content.person_name)}</b></p>")
    front.append("<p>" + html.escape(content.period(labels)) + "</p>")
    front.append(
        "<p><i>"
        + html.escape(labels.exported_on.format(long_date(content.exported_on, language)))
        + "</i></p>"
    )
    parts = ["\n".join(front)]
    for step in content.steps:
        parts.append(_BREAK + render_markdown(step_markdown(step, labels)))
    if content.customers is not None or content.nps is not None:
        # The register and NPS parts of the Markdown export, after the steps.
        tail = export_markdown(
            ExportContent(
                content.course_title,
                content.language,
                "",
                content.start,
                content.end,
                content.exported_on,
                (),
                content.customers,
                content.nps,
                content.nps_by_month,
            ),
            labels,
        )
        body = tail.split("\n## ", 1)
        if len(body) == 2:
            parts.append(_BREAK + render_markdown("## " + body[1]))
    return "\n".join(parts)
