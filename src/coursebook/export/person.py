"""One customer's data, for a request for access under the GDPR (AVG): machine-readable
(JSON) and readable (Markdown), each written through a temporary file."""

from __future__ import annotations

import json
from pathlib import Path

from coursebook.export.atomic import atomic_target
from coursebook.export.labels import Labels, long_date
from coursebook.export.markdown_writer import as_text
from coursebook.workbook.person import PersonData

FORMAT_VERSION = 1


def person_json(data: PersonData) -> str:
    customer = data.customer
    document = {
        "format": "coursebook-person",
        "version": FORMAT_VERSION,
        "exported_on": data.exported_on.isoformat(),
        "customer": {
            "name": customer.name,
            "organisation": customer.organisation,
            "email": customer.email,
            "phone": customer.phone,
            "notes": customer.notes,
            "tags": list(customer.tags),
            "archived": customer.archived,
            "segment": customer.segment.value if customer.segment else None,
            "segment_set_by_hand": customer.segment_is_manual,
        },
        "calls": [
            {
                "date": call.call_date.isoformat(),
                "channel": call.channel,
                "score": call.score,
                "course": call.course,
                "step": call.step,
                "answers": [{"question": q, "answer": a} for q, a in call.answers],
                "notes": call.notes,
            }
            for call in data.calls
        ],
        "scores": [{"date": s.on.isoformat(), "score": s.score} for s in data.scores],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def person_markdown(data: PersonData, labels: Labels) -> str:
    customer, language = data.customer, labels.language
    lines = [f"# {as_text(customer.name, one_line=True)}", ""]
    lines.append("*" + labels.exported_on.format(long_date(data.exported_on, language)) + "*")
    lines.append("")
    segment = labels.segments.get(customer.segment.value, "") if customer.segment else ""
    for label, value in (
        (labels.organisation, customer.organisation),
        ("E-mail", customer.email),
        (labels.phone, customer.phone),
        (labels.segment, segment),
    ):
        if value:
            lines.append(f"- **{label}**: {as_text(value, one_line=True)}")
    if customer.notes.strip():
        lines += ["", f"## {labels.notes}", "", as_text(customer.notes)]
    lines += ["", f"## {labels.calls}", ""]
    if not data.calls:
        lines.append(labels.nothing_logged)
    for call in data.calls:
        how = labels.channels.get(call.channel, call.channel)
        heading = f"### {long_date(call.call_date, language)} · {how}"
        lines += [
            heading,
            "",
            f"*{as_text(call.course, one_line=True)}, {as_text(call.step, one_line=True)}*",
            "",
        ]
        if call.score is not None:
            lines += [f"- **{labels.score}**: {call.score}", ""]
        for question, answer in call.answers:
            lines += [f"**{as_text(question, one_line=True)}**", "", as_text(answer), ""]
        if call.notes.strip():
            lines += [f"**{labels.notes}**", "", as_text(call.notes), ""]
    if data.scores:
        lines += ["", f"## {labels.scores}", ""]
        lines += [f"- {long_date(s.on, language)}: {s.score}" for s in data.scores]
    return "\n".join(lines).rstrip() + "\n"


def write_person(data: PersonData, labels: Labels, path: Path) -> None:
    """JSON when the file ends in .json, else Markdown."""
    text = person_json(data) if path.suffix.lower() == ".json" else person_markdown(data, labels)
    with atomic_target(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
