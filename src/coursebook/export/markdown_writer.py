"""The export as one readable Markdown file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from coursebook.course.model import TaskType
from coursebook.export.atomic import ExportCancelled, atomic_target
from coursebook.export.content import ExportContent, StepExport
from coursebook.export.labels import Labels, long_date

_ENTITY = re.compile(r"&(?=#?\w+;)")  # only an "&" that would start an entity: "&lt;"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def as_text(text: str, *, one_line: bool = False) -> str:
    """Plain text (a customer's name from an imported file, an answer, a note) made safe to
    put in Markdown: every character Markdown or HTML would act on is escaped, so no name can
    become a link, an image, a heading, a table cell or a tag in the export."""
    tags_off = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", tags_off)
    if one_line:
        return " ".join(escaped.split())
    lines = [line.rstrip() for line in escaped.split("\n")]
    return "  \n".join(lines).rstrip()  # a line break stays a line break


def _demote(markdown: str, levels: int) -> str:
    """Push the person's own headings down so they sit under the step's heading."""
    lines = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("#"):
            line = "#" * levels + line
        lines.append(line)
    return "\n".join(lines)


def step_markdown(step: StepExport, labels: Labels) -> str:
    out = [
        f"## {labels.step.format(step.number, step.title)}",
        "",
        "*"
        + labels.step_dates.format(
            long_date(step.opens, labels.language), long_date(step.ends, labels.language)
        )
        + "*",
        "",
    ]
    if step.lesson:
        out += [f"### {labels.lesson}", "", _demote(step.lesson.strip(), 2), ""]
    for task in step.tasks:
        out += [f"### {task.title}", ""]
        if task.due:
            out += [f"*{labels.due}: {long_date(task.due, labels.language)}*", ""]
        if task.type is TaskType.CALLS:
            if not task.calls:
                out += [labels.nothing_logged, ""]
            for number, call in enumerate(task.calls, start=1):
                who = as_text(call.customer, one_line=True) or labels.no_customer
                out += [f"#### {labels.call.format(number)}: {who}", ""]
                facts = [
                    f"{labels.date}: {long_date(call.call_date, labels.language)}",
                    f"{labels.channel}: {labels.channels.get(call.channel, call.channel)}",
                ]
                if call.score is not None:
                    facts.append(f"{labels.score}: {call.score}")
                out += [" · ".join(facts), ""]
                for question, answer in call.answers:
                    out += [
                        f"**{question}**",
                        "",
                        as_text(answer.strip()) or labels.not_written,
                        "",
                    ]
                if call.notes.strip():
                    out += [f"**{labels.notes}**", "", as_text(call.notes.strip()), ""]
        elif task.type is TaskType.ACTIONS:
            out += [f"| {labels.action} | {labels.due} | {labels.done} |", "|---|---|---|"]
            for action in task.actions:
                done = (
                    long_date(action.done_on, labels.language)
                    if action.done_on
                    else labels.not_done
                )
                text = as_text(action.text, one_line=True)
                out.append(f"| {text} | {long_date(action.due, labels.language)} | {done} |")
            out.append("")
        elif task.type is TaskType.CHECKLIST:
            out += [f"- [{'x' if ticked else ' '}] {item}" for item, ticked in task.checklist]
            out.append("")
        else:
            if task.prompt:
                out += [f"*{task.prompt.strip()}*", ""]
            out += [_demote(task.reflection.strip(), 3) or labels.not_written, ""]
    return "\n".join(out)


def export_markdown(content: ExportContent, labels: Labels) -> str:
    out = [f"# {content.course_title}", ""]
    if content.person_name:
        out += [f"**{content.person_name}**", ""]
    out += [
        content.period(labels),
        "",
        "*" + labels.exported_on.format(long_date(content.exported_on, labels.language)) + "*",
        "",
    ]
    out += [step_markdown(step, labels) for step in content.steps]
    if content.customers is not None:
        out += [
            f"## {labels.customers}",
            "",
            f"| {labels.name} | {labels.organisation} | {labels.segment} | {labels.score} "
            f"| {labels.last_contact} |",
            "|---|---|---|---:|---|",
        ]
        for c in content.customers:
            segment = labels.segments.get(c.segment.value, "") if c.segment else ""
            last = long_date(c.last_contact, labels.language) if c.last_contact else labels.never
            score = "" if c.latest_score is None else str(c.latest_score)
            name, organisation = (
                as_text(c.name, one_line=True),
                as_text(c.organisation, one_line=True),
            )
            out.append(f"| {name} | {organisation} | {segment} | {score} | {last} |")
        out.append("")
    if content.nps is not None:
        score = "–" if content.nps.score is None else f"{content.nps.score:+d}"
        out += [
            f"## {labels.nps}: {score}",
            "",
            labels.nps_summary.format(
                content.nps.promoters,
                content.nps.passives,
                content.nps.detractors,
                content.nps.respondents,
            ),
            "",
        ]
        if content.nps.respondents and content.nps.small_sample:
            out += [labels.nps_small_sample.format(content.nps.one_answer_moves or 0), ""]
        if content.nps_by_month:
            out += [f"| {labels.period} | NPS | 9–10 | 7–8 | 0–6 |", "|---|---:|---:|---:|---:|"]
            for month, result in content.nps_by_month:
                value = "–" if result.score is None else f"{result.score:+d}"
                out.append(
                    f"| {month} | {value} | {result.promoters} | {result.passives} "
                    f"| {result.detractors} |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_markdown(
    content: ExportContent,
    labels: Labels,
    path: Path,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    text = export_markdown(content, labels)
    if cancelled():
        raise ExportCancelled()
    with atomic_target(path, cancelled) as temporary:
        temporary.write_text(text, encoding="utf-8")
