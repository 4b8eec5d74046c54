"""The words an exported document uses around the person's own text, per language.

The export runs without Qt (also from the command line), so these are plain Python strings
rather than Qt translations; the app passes its UI language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Labels:
    language: str
    contents: str
    task_titles: dict[str, str]  # a task without a title of its own, by its type
    exported_on: str
    step: str  # "Step {0}: {1}"
    step_dates: str  # "{0} – {1}"
    lesson: str
    assignment: str
    call: str  # "Call {0}"
    customer: str
    date: str
    channel: str
    score: str
    notes: str
    no_customer: str
    action: str
    due: str
    done: str
    not_done: str
    checklist_done: str
    not_written: str
    nothing_logged: str
    customers: str
    name: str
    organisation: str
    segment: str
    last_contact: str
    never: str
    nps: str
    nps_summary: str  # "{0} promoters · {1} passives · {2} detractors · {3} answered"
    nps_small_sample: str
    period: str
    page: str
    run: str  # "{0}" is the number of the run (the second time through the course: 2)
    phone: str
    calls: str
    scores: str
    channels: dict[str, str]
    segments: dict[str, str]


ENGLISH = Labels(
    language="en",
    contents="Contents",
    task_titles={
        "calls": "Calls",
        "actions": "Actions",
        "reflection": "Reflection",
        "checklist": "Checklist",
    },
    exported_on="Exported on {0}",
    step="Step {0}: {1}",
    step_dates="{0} – {1}",
    lesson="The lesson",
    assignment="Assignment",
    call="Call {0}",
    customer="Customer",
    date="Date",
    channel="How",
    score="Would recommend (0–10)",
    notes="Notes",
    no_customer="(no customer chosen)",
    action="Action",
    due="Due",
    done="Done",
    not_done="—",
    checklist_done="done",
    not_written="(nothing written yet)",
    nothing_logged="(no calls logged yet)",
    customers="Customers",
    name="Name",
    organisation="Organisation",
    segment="Segment",
    last_contact="Last contact",
    never="never",
    nps="Net Promoter Score",
    nps_summary="{0} promoters (9–10) · {1} passives (7–8) · {2} detractors (0–6) · "
    "{3} customers answered",
    nps_small_sample="Fewer than 30 customers answered: one more answer can move the score "
    "by up to {0:.0f} points.",
    period="Period",
    page="Page",
    run="time {0} through the course",
    phone="Phone",
    calls="Calls",
    scores="Scores",
    channels={"phone": "phone", "visit": "visit", "video": "video call", "email": "e-mail"},
    segments={
        "detractor": "unhappy (0–6)",
        "passive": "satisfied (7–8)",
        "promoter": "enthusiastic (9–10)",
    },
)

DUTCH = Labels(
    language="nl",
    contents="Inhoud",
    task_titles={
        "calls": "Gesprekken",
        "actions": "Acties",
        "reflection": "Reflectie",
        "checklist": "Checklist",
    },
    exported_on="Geëxporteerd op {0}",
    step="Stap {0}: {1}",
    step_dates="{0} – {1}",
    lesson="De les",
    assignment="Opdracht",
    call="Gesprek {0}",
    customer="Klant",
    date="Datum",
    channel="Hoe",
    score="Zou aanbevelen (0–10)",
    notes="Notities",
    no_customer="(geen klant gekozen)",
    action="Actie",
    due="Klaar op",
    done="Gedaan",
    not_done="—",
    checklist_done="gedaan",
    not_written="(nog niets geschreven)",
    nothing_logged="(nog geen gesprekken vastgelegd)",
    customers="Klanten",
    name="Naam",
    organisation="Organisatie",
    segment="Segment",
    last_contact="Laatste contact",
    never="nooit",
    nps="Net Promoter Score",
    nps_summary="{0} promoters (9–10) · {1} passieven (7–8) · {2} criticasters (0–6) · "
    "{3} klanten gaven antwoord",
    nps_small_sample="Minder dan 30 klanten gaven antwoord: één antwoord meer kan de score tot "
    "{0:.0f} punten verschuiven.",
    period="Periode",
    page="Pagina",
    run="ronde {0} van de cursus",
    phone="Telefoon",
    calls="Gesprekken",
    scores="Scores",
    channels={"phone": "telefoon", "visit": "bezoek", "video": "videogesprek", "email": "e-mail"},
    segments={
        "detractor": "ontevreden (0–6)",
        "passive": "tevreden (7–8)",
        "promoter": "enthousiast (9–10)",
    },
)

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}


def labels_for(language: str) -> Labels:
    return DUTCH if language == "nl" else ENGLISH


def long_date(day: date, language: str) -> str:
    """'23 November 2026' / '23 november 2026' without depending on the system locale."""
    months = _MONTHS["nl" if language == "nl" else "en"]
    return f"{day.day} {months[day.month - 1]} {day.year}"
