"""Search everything a person wrote: in a file with SQLite FTS5 (kept in sync by triggers),
on a PostgreSQL server with trigram indexes and its full-text ranking (migration 0008).

The index is tokenised in trigrams (migration 0007), so a word is found inside others:
"broodje" finds "proefbroodje", "tevreden" finds "klanttevredenheid"; case and diacritics
do not matter ("cafe" finds "café"). Hits where the word stands whole come first, then
those where it starts a word, then those inside one; within each, by relevance (bm25).

Whatever is typed is treated as plain words: FTS5 syntax (quotes, NEAR, AND/OR/NOT, `*`,
`-`, parentheses, column filters) never reaches the query parser, so no input can cause an
error. Words of one or two letters (too short for a trigram) are looked for with LIKE.
Snippets are plain text: the Markdown of a reflection is taken out, the hit is marked.

The lessons of the course are searched too (`search_lessons`), section by section: a hit
names the heading it sits under, so it can open the lesson there.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import text

from coursebook.course.model import Course
from coursebook.storage.database import Database

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12
TRIGRAM = 3  # the shortest word the index itself can find


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "call", "action", "reflection", "lesson"
    ref: int  # the call, action or reflection id; for a lesson, its step's number
    part: str  # for calls: "q0".."qN", "notes" or "customer"; for a lesson, the heading's
    # anchor ("" above the first heading); else ""
    run_id: int  # the run of the course the work belongs to
    course_id: str
    step_id: str
    task_id: str
    snippet: str  # HTML: escaped plain text with <b> around the matched words
    heading: str = ""  # for a lesson: the heading the hit sits under


def typed_words(typed: str) -> list[str]:
    return _WORD.findall(typed)[:MAX_WORDS]


def to_match_query(typed: str) -> str | None:
    """The typed words of three letters or more as a safe FTS5 query: each one a quoted
    string, found anywhere in a word (None: no word long enough)."""
    words = [word for word in typed_words(typed) if len(word) >= TRIGRAM]
    if not words:
        return None
    return " AND ".join(f'"{word}"' for word in words)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def folded(text_: str) -> str:
    """Text as the index compares it: case and diacritics folded."""
    if text_.isascii():
        return text_.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text_.casefold()))


def fitter(words: list[str]) -> Callable[[str], int]:
    """How well the words stand in a text: 0 for each whole word, 1 where it starts a word,
    2 where it sits inside one (lower is better); the patterns made once, as it scores
    every candidate."""
    patterns = [
        (re.compile(rf"(?<!\w){re.escape(w)}(?!\w)"), re.compile(rf"(?<!\w){re.escape(w)}"))
        for w in {folded(word) for word in words}
    ]

    def fit(body: str) -> int:
        plain = folded(body)
        total = 0
        for whole, start in patterns:
            if whole.search(plain) is None:
                total += 1 if start.search(plain) else 2
        return total

    return fit


_MARKDOWN = (
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](link) → text
    (re.compile(r"(^|\s)#{1,6}\s+"), r"\1"),  # headings
    (re.compile(r"(^|\s)>\s+"), r"\1"),  # quotes
    (re.compile(r"(^|\s)(?:[-+*]|\d+[.)])\s+"), r"\1"),  # list items
    (re.compile(r"(\*\*|__|\*|`|~~)"), ""),  # emphasis, code
    (re.compile(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"), ""),  # _emphasis_ (not snake_case)
)
_ANY_MARKUP = re.compile(r"[#*_>\[`~]|(?:^|\s)(?:[-+]|\d+[.)])\s")


def plain_text(markdown: str) -> str:
    """Markdown as the words a person reads (for a snippet)."""
    result = markdown
    if _ANY_MARKUP.search(result):  # most answers have none: the substitutions cost
        for pattern, replacement in _MARKDOWN:
            result = pattern.sub(replacement, result)
    return " ".join(result.split())


def _folded_with_places(text_: str) -> tuple[str, list[int]]:
    """`folded(text_)` and, for each of its characters, where it came from in `text_`."""
    whole = folded(text_)
    if len(whole) == len(text_):  # nearly always: é → e keeps every place
        return whole, list(range(len(text_)))
    out: list[str] = []
    places: list[int] = []
    for index, char in enumerate(text_):
        piece = folded(char)
        out.append(piece)
        places.extend([index] * len(piece))
    return "".join(out), places


SNIPPET_CHARS = 180


def _first_hit(body: str, words: set[str]) -> int:
    """Where the first hit starts in `body` (0 when it cannot be told cheaply)."""
    haystack = folded(body)
    if len(haystack) != len(body):
        return 0
    found = [haystack.find(word) for word in words]
    return min((place for place in found if place >= 0), default=0)


def make_snippet(
    body: str, words: list[str], width: int = SNIPPET_CHARS, *, markdown: bool = True
) -> str:
    """A stretch of the text (Markdown, or plain already) as plain words around the first
    hit, escaped, with every hit in it in bold, and … where it was cut."""
    wanted = {folded(w) for w in words if w}
    first_raw = _first_hit(body, wanted)
    cut_before = max(0, first_raw - width)  # only this stretch is made plain and searched
    stretch = body[cut_before : first_raw + 2 * width]
    cut_after = cut_before + len(stretch) < len(body)
    plain = plain_text(stretch) if markdown else stretch
    haystack, places = _folded_with_places(plain)
    spans: list[tuple[int, int]] = []
    for word in wanted:
        for found in re.finditer(re.escape(word), haystack):
            spans.append((places[found.start()], places[found.end() - 1] + 1))
    spans.sort()
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start > 0:  # begin at a word
        space = plain.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(plain), start + width)
    if end < len(plain):
        space = plain.rfind(" ", start, end)
        end = space if space > max(first, start) else end
    parts, at = [], start
    for span_start, span_end in spans:
        if span_start < at or span_end > end:
            continue
        parts.append(html.escape(plain[at:span_start]))
        parts.append(f"<b>{html.escape(plain[span_start:span_end])}</b>")
        at = span_end
    parts.append(html.escape(plain[at:end]))
    before = "…" if start > 0 or cut_before > 0 else ""
    after = "…" if end < len(plain) or cut_after else ""
    return before + "".join(parts) + after


# Which run a hit belongs to is looked up from the row it points at (the index itself
# knows the course, not the run).
_RUN_OF = (
    "CASE s.kind WHEN 'call' THEN (SELECT run_id FROM call_note WHERE id = s.ref) "
    "WHEN 'action' THEN (SELECT run_id FROM action WHERE id = s.ref) "
    "ELSE (SELECT run_id FROM reflection WHERE id = s.ref) END"
)


# Ranking scores every match before the best are taken: fine for a few thousand matches.
# Past this many, the hits come newest first instead (by rowid: a cheap walk of the index).
RANK_AT_MOST = 2000


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(db: Database, typed: str, limit: int = 100) -> list[SearchHit]:
    """Hits in everything written, in every run of every course: the best fitting first,
    or newest first when the words are found almost everywhere."""
    words = typed_words(typed)
    if not words:
        return []
    if db.dialect == "postgresql":
        return _hits(_server_rows(db, words, limit), words, limit)
    query = to_match_query(typed)
    short = [word for word in words if len(word) < TRIGRAM]
    conditions: list[str] = []
    parameters: dict[str, object] = {}
    if query is not None:
        conditions.append("search_index MATCH :query")
        parameters["query"] = query
    for number, word in enumerate(short):
        conditions.append(f"s.body LIKE :short{number} ESCAPE '\\'")
        parameters[f"short{number}"] = _like(word)
    where = " AND ".join(conditions)
    count = text(f"SELECT count(*) FROM (SELECT 1 FROM search_index s WHERE {where} LIMIT :cap) m")
    with db.engine.connect() as connection:
        matches = connection.execute(count, {**parameters, "cap": RANK_AT_MOST + 1}).scalar()
        ranked = (matches or 0) <= RANK_AT_MOST
        order = "bm25(search_index)" if ranked and query is not None else "s.rowid DESC"
        statement = text(
            f"SELECT s.kind, s.ref, s.part, {_RUN_OF}, s.course_id, s.step_id, s.task_id, "
            f"s.body FROM search_index s WHERE {where} ORDER BY {order} LIMIT :limit"
        )
        rows = connection.execute(
            statement, {**parameters, "limit": RANK_AT_MOST if ranked else limit}
        ).all()
    if ranked:  # whole words first, then starts of words, then inside; stable: bm25 within
        fit = fitter(words)
        rows = sorted(rows, key=lambda row: fit(str(row[7])))
    return _hits(rows, words, limit)


def _server_rows(db: Database, words: list[str], limit: int) -> list[Any]:
    """On PostgreSQL (migrations 0008, 0014): every word inside the folded text, found
    through its trigram index; ranked by PostgreSQL's full-text relevance of the whole
    words (`ts_rank` over the stored tsvector), then as in the file: whole words first,
    then starts of words, then inside."""
    conditions = [
        f"s.folded LIKE '%' || coursebook_fold(:w{number}) || '%'" for number in range(len(words))
    ]
    parameters: dict[str, object] = {f"w{n}": _like(word)[1:-1] for n, word in enumerate(words)}
    parameters["words"] = " ".join(words)
    where = " AND ".join(conditions)
    count = text(f"SELECT count(*) FROM (SELECT 1 FROM search_index s WHERE {where} LIMIT :cap) m")
    rank = "ts_rank(s.words, plainto_tsquery('simple', coursebook_fold(:words)))"
    with db.engine.connect() as connection:
        matches = connection.execute(count, {**parameters, "cap": RANK_AT_MOST + 1}).scalar()
        ranked = (matches or 0) <= RANK_AT_MOST
        order = f"{rank} DESC, s.written DESC" if ranked else "s.written DESC"
        statement = text(
            "SELECT s.kind, s.ref, s.part, s.run_id, s.course_id, s.step_id, s.task_id, "
            f"s.body FROM search_index s WHERE {where} ORDER BY {order} LIMIT :limit"
        )
        rows = connection.execute(
            statement, {**parameters, "limit": RANK_AT_MOST if ranked else limit}
        ).all()
    if ranked:
        fit = fitter(words)
        rows = sorted(rows, key=lambda row: fit(str(row[7])))
    return list(rows)


def _hits(rows: Sequence[Any], words: list[str], limit: int) -> list[SearchHit]:
    return [
        SearchHit(
            str(kind),
            int(ref),
            str(part),
            int(run or 0),
            str(course),
            str(step),
            str(task),
            make_snippet(str(body), words),
        )
        for kind, ref, part, run, course, step, task, body in rows[:limit]
    ]


# -- the lessons ------------------------------------------------------------------------


@dataclass(frozen=True)
class LessonSection:
    anchor: str  # the heading's id in the rendered lesson ("" for the text before it)
    heading: str
    text: str  # plain text, below the heading
    haystack: str  # heading and text, folded: what a search compares


_HEADING = re.compile(r'<h[1-6] id="([^"]*)">(.*?)</h[1-6]>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _html_to_text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


@lru_cache(maxsize=256)
def lesson_sections(body: str) -> tuple[LessonSection, ...]:
    """A lesson's Markdown cut at its headings, with the anchors the lesson view has (the
    same rendering, so the same ids)."""
    from coursebook.render.markdown import render_markdown  # only when lessons are searched

    rendered = render_markdown(body)
    sections: list[tuple[str, str, str]] = []
    anchor, heading, at = "", "", 0
    for found in _HEADING.finditer(rendered):
        sections.append((anchor, heading, _html_to_text(rendered[at : found.start()])))
        anchor, heading, at = found.group(1), _html_to_text(found.group(2)), found.end()
    sections.append((anchor, heading, _html_to_text(rendered[at:])))
    return tuple(
        LessonSection(anchor, heading, text_, folded(f"{heading} {text_}"))
        for anchor, heading, text_ in sections
        if heading or text_
    )


def search_lessons(course: Course, typed: str, run_id: int, limit: int = 20) -> list[SearchHit]:
    """The sections of the course's lessons that hold every typed word (anywhere in a word,
    case and diacritics ignored): whole-word fits first, then in the course's order."""
    words = typed_words(typed)
    wanted = {folded(word) for word in words}
    if not wanted:
        return []
    found: list[tuple[int, int, str, LessonSection]] = []
    for order, step in enumerate(course.steps):
        for section in lesson_sections(step.body):
            if all(word in section.haystack for word in wanted):
                found.append((order, step.number, step.id, section))
    fit = fitter(words)
    found.sort(key=lambda hit: (fit(hit[3].haystack), hit[0]))
    return [
        SearchHit(
            "lesson",
            number,
            section.anchor,
            run_id,
            course.id,
            step_id,
            "",
            make_snippet(section.text, words, markdown=False),
            section.heading,
        )
        for _order, number, step_id, section in found[:limit]
    ]
