"""A realistic example workbook, so people can see what a finished course looks like.

`fill_demo` refuses a database that holds any work: it never mixes example data with a
person's own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from coursebook.course.model import Course, TaskType
from coursebook.course.schedule import monday_of_week, task_deadline
from coursebook.storage.database import Database
from coursebook.storage.models import ActionRow, CallRow, CustomerRow, ReflectionRow
from coursebook.workbook.actions import add_action, update_action
from coursebook.workbook.calls import add_call, set_answer, update_call
from coursebook.workbook.checklist import set_ticked
from coursebook.workbook.customers import add_customer, add_score
from coursebook.workbook.reflections import save_reflection
from coursebook.workbook.runs import start_run
from coursebook.workbook.task_key import TaskKey

STEPS_DONE = 8  # the demo person is in week 9 of the course


class WorkbookNotEmptyError(Exception):
    """The database already holds someone's work."""


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    calls: int
    actions: int
    reflections: int


_PEOPLE = [
    ("Anouk de Vries", "Bakkerij De Korenaar"),
    ("Bram Jansen", "Fietsenmaker Jansen"),
    ("Carla Mulder", "Kapsalon Carla"),
    ("Dirk van Dam", "Garage Van Dam"),
    ("Eva Smit", "Bloemsierkunst Eva"),
    ("Fatima El Amrani", "Administratiekantoor Noord"),
    ("Gerrit Bos", "Bos Installatietechniek"),
    ("Hanna Visser", "Visser Advies"),
    ("Ingrid de Boer", "Boekhandel De Boer"),
    ("Jeroen Peters", "Peters Schilderwerken"),
    ("Karin Meijer", "Yogastudio Lotus"),
    ("Lars Hendriks", "Hendriks ICT"),
    ("Mila Dekker", "Dekker Fysiotherapie"),
    ("Noah de Graaf", "Drukkerij De Graaf"),
    ("Olga Kuipers", "Kuipers Catering"),
    ("Pim Vos", "Vos Makelaardij"),
    ("Quinten Brouwer", "Brouwer Bouw"),
    ("Roos van Leeuwen", "Van Leeuwen Interieur"),
    ("Sanne Willems", "Willems Tandtechniek"),
    ("Tom Kok", "Kok Transport"),
    ("Uma Verbeek", "Verbeek Vertalingen"),
    ("Vincent Koster", "Koster Juwelier"),
    ("Wendy Prins", "Prins Schoonmaak"),
    ("Xander Huisman", "Huisman Hoveniers"),
    ("Yara Maas", "Maas Mode"),
    ("Zeno Postma", "Postma Accountants"),
    ("Annelies Hoekstra", "Hoekstra Kaas"),
    ("Bas Wouters", "Wouters Elektro"),
    ("Cor de Wit", "De Wit Loodgieters"),
    ("Daan Schouten", "Schouten Design"),
    ("Els van Wijk", "Van Wijk Reizen"),
    ("Frank Jacobs", "Jacobs Optiek"),
    ("Greet Sanders", "Sanders Stoffering"),
    ("Hugo Bakker", "Bakker Coaching"),
    ("Iris Veenstra", "Veenstra Dierenarts"),
    ("Joost Vermeulen", "Vermeulen Wijnen"),
]
_SCORES = [
    9,
    10,
    7,
    8,
    6,
    9,
    8,
    7,
    10,
    3,
    8,
    9,
    7,
    5,
    8,
    9,
    7,
    10,
    8,
    6,
    9,
    7,
    8,
    10,
    4,
    8,
    9,
    7,
    8,
    9,
    10,
    7,
    8,
    9,
    6,
    8,
]

_ANSWERS = {
    "nl": [
        "Jullie zijn altijd bereikbaar, en als er iets misgaat denken jullie mee.",
        "Het vaste aanspreekpunt: ik hoef nooit twee keer iets uit te leggen.",
        "De offerte kwam laat; ik had eerder willen weten waar ik aan toe was.",
        "Eens per kwartaal even bellen hoe het gaat, ook als er niets speelt.",
        "Eerlijk gezegd gewoon de prijs, en dat het goed loopt.",
        "Dat jullie meedenken over volgend jaar, niet alleen over de factuur.",
    ],
    "en": [
        "You can always be reached, and when something goes wrong you think along.",
        "The fixed contact person: I never have to explain anything twice.",
        "The quote came late; I would have liked to know earlier where I stood.",
        "A call once a quarter to ask how things are, even when nothing is going on.",
        "Honestly, just the price, and that things run smoothly.",
        "That you think ahead about next year, not only about the invoice.",
    ],
}
_ACTIONS = {
    "nl": [
        "Elke eerste maandag van de maand vijf tevreden klanten bellen",
        "Een handgeschreven kaartje na elk afgerond project",
        "Offertes binnen twee werkdagen, en anders een belletje",
        "Elk kwartaal de NPS-vraag stellen aan tien klanten",
    ],
    "en": [
        "Call five satisfied customers on the first Monday of every month",
        "A handwritten card after every finished project",
        "Quotes within two working days, or else a phone call",
        "Ask ten customers the NPS question every quarter",
    ],
}
_CALL_BACK = {"nl": "Terugbellen in maart.", "en": "Call back in March."}
_REFLECTION = {
    "nl": """## Wat me verraste

De meeste klanten die ik belde waren **blij verrast** dat ik belde. Niemand vroeg waarom.

- Drie van de vijf noemden de *snelle reactie* op vragen
- Twee wilden vaker iets horen, ook zonder aanleiding
  - één wil een kwartaalgesprek
  - één wil vooral een mail met nieuws

## Wat ik ga doen

1. Een vaste belmiddag in de agenda
2. Na elk gesprek de antwoorden hier opschrijven

| Klant | Score | Opvallend |
|---|---:|---|
| Bakkerij De Korenaar | 9 | wil meedenken over uitbreiding |
| Garage Van Dam | 6 | factuur was onduidelijk |

> Een tevreden klant die je niet belt, belt uiteindelijk een ander.
""",
    "en": """## What surprised me

Most customers I called were **pleasantly surprised** that I called. Nobody asked why.

- Three of the five mentioned the *quick reply* to questions
- Two want to hear from us more often, even without a reason
  - one wants a quarterly talk
  - one mainly wants an e-mail with news

## What I will do

1. A fixed afternoon for calls in my calendar
2. After every call, write the answers down here

| Customer | Score | Notable |
|---|---:|---|
| Bakkerij De Korenaar | 9 | wants to think along about expanding |
| Garage Van Dam | 6 | the invoice was unclear |

> A satisfied customer you do not call ends up calling someone else.
""",
}


def holds_work(db: Database) -> bool:
    with db.session() as session:
        return any(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (CustomerRow, CallRow, ActionRow, ReflectionRow)
        )


def fill_demo(db: Database, course: Course, today: date) -> DemoSummary:
    """Enrol in `course` nine weeks ago and fill the first eight steps with example work."""
    if holds_work(db):
        raise WorkbookNotEmptyError(
            "this data folder already holds work; the demo never mixes example data with yours"
        )
    rng = random.Random(2026)
    language = course.language if course.language in _ANSWERS else "en"
    start = monday_of_week(today) - timedelta(weeks=STEPS_DONE)
    run = start_run(db, course.id, course.language, start)
    ids = []
    for (name, organisation), score in zip(_PEOPLE, _SCORES, strict=True):
        slug = name.lower().split()[0]
        domain = organisation.lower().replace(" ", "") + ".nl"
        cid = add_customer(
            db,
            name,
            organisation=organisation,
            email=f"{slug}@{domain}",
            phone=f"06-{rng.randrange(10_000_000, 99_999_999)}",
            tags=(rng.choice(["vaste klant", "nieuw", "zakelijk"]),),
        )
        # An older score (a survey last spring) and sometimes a newer one from a call.
        add_score(
            db,
            cid,
            max(0, min(10, score + rng.choice([-2, -1, 0, 1]))),
            start - timedelta(days=rng.randrange(60, 200)),
            today,
            source="import",
        )
        ids.append((cid, name, score))
    calls = actions = reflections = 0
    people = iter(ids)
    for step in course.steps[:STEPS_DONE]:
        for task in step.tasks:
            key = TaskKey(run.id, course.id, step.id, task.id)
            week = start + timedelta(weeks=step.number - 1)
            if task.type is TaskType.CALLS:
                for _ in range(task.count):
                    person = next(people, None)
                    if person is None:
                        break
                    _cid, name, score = person
                    call = add_call(db, key, today)
                    update_call(
                        db,
                        call.id,
                        today=today,
                        customer=name,
                        call_date=week + timedelta(days=rng.randrange(0, 4)),
                        channel=rng.choice(["phone", "phone", "visit", "video"]),
                        score=score,
                        notes=rng.choice(["", _CALL_BACK[language]]),
                    )
                    for index in range(len(task.questions)):
                        set_answer(db, call.id, index, rng.choice(_ANSWERS[language]))
                    calls += 1
            elif task.type is TaskType.ACTIONS:
                due = task_deadline(start, step.number, task.due) if task.due else week
                for index in range(task.count):
                    action = add_action(db, key, due)
                    update_action(
                        db,
                        action.id,
                        today=today,
                        text=_ACTIONS[language][(step.number + index) % 4],
                        done=rng.random() < 0.6,
                    )
                    actions += 1
            elif task.type is TaskType.REFLECTION:
                save_reflection(db, key, _REFLECTION[language])
                reflections += 1
            else:
                for index in range(len(task.items)):
                    if rng.random() < 0.8:
                        set_ticked(db, key, index, True, week + timedelta(days=2))
    return DemoSummary(len(ids), calls, actions, reflections)
