"""Net Promoter Score and segments: pure rules, no storage.

A score is the 0–10 answer to "how likely are you to recommend us to a friend or colleague?".
0–6 is a detractor (unhappy), 7–8 a passive (satisfied), 9–10 a promoter (enthusiastic).
NPS = % promoters − % detractors, over the latest score of each customer in a period.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

SMALL_SAMPLE = 30  # below this many respondents, one answer moves the score a lot
Z95 = 1.959964  # the standard normal's 97.5th percentile: a 95% interval


class Segment(StrEnum):
    DETRACTOR = "detractor"  # unhappy, 0–6
    PASSIVE = "passive"  # satisfied, 7–8: the zone of indifference
    PROMOTER = "promoter"  # enthusiastic, 9–10


def segment_for_score(score: int) -> Segment:
    if not 0 <= score <= 10:
        raise ValueError(f"a score is 0 to 10, not {score}")
    if score <= 6:
        return Segment.DETRACTOR
    if score <= 8:
        return Segment.PASSIVE
    return Segment.PROMOTER


@dataclass(frozen=True)
class ScoreEntry:
    customer_id: int
    score: int
    on: date
    order: int = 0  # breaks ties on the same day: later entries win
    step_id: str | None = None  # the step whose call gave the score, if any
    written_by: str = ""  # who wrote the call down, in a shared workbook ("": nobody's)


@dataclass(frozen=True)
class NpsResult:
    promoters: int
    passives: int
    detractors: int

    @property
    def respondents(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def exact(self) -> float | None:
        """% promoters − % detractors, unrounded; None without respondents."""
        if self.respondents == 0:
            return None
        return 100 * (self.promoters - self.detractors) / self.respondents

    @property
    def score(self) -> int | None:
        """NPS rounded to a whole number, halves away from zero (+12.5 → +13, −12.5 → −13)."""
        exact = self.exact
        if exact is None:
            return None
        return int(math.copysign(math.floor(abs(exact) + 0.5), exact))

    @property
    def small_sample(self) -> bool:
        return self.respondents < SMALL_SAMPLE

    @property
    def one_answer_moves(self) -> float | None:
        """How many points one more answer could move the score (a promoter or a detractor)."""
        exact = self.exact
        if exact is None:
            return None
        n = self.respondents + 1
        with_promoter = 100 * (self.promoters + 1 - self.detractors) / n
        with_detractor = 100 * (self.promoters - self.detractors - 1) / n
        return max(abs(with_promoter - exact), abs(with_detractor - exact))


@dataclass(frozen=True)
class Interval:
    """A 95% confidence interval of an NPS, in points (−100 to +100)."""

    low: float
    high: float

    def __contains__(self, value: float) -> bool:
        return self.low <= value <= self.high


def _adjusted(result: NpsResult) -> tuple[float, float, float]:
    """The adjusted-Wald estimate of an NPS and its variance, as proportions: 3 added to
    the respondents and ¾ to both the promoters and the detractors (the z² ≈ 4 of a 95%
    interval, shared out), then the variance of a difference of two proportions of one
    sample. Rocks, "Interval estimation for the net promoter score", The American
    Statistician 70(4), 2016; Lewis and Sauro, "Confidence intervals for Net Promoter
    Scores", MeasuringU, 2020, and "Evaluating NPS confidence intervals with real-world
    data", MeasuringU, 2021 (it covers best of the methods they compared). Returns
    (estimate, variance, adjusted n)."""
    n = result.respondents + 3
    promoters = (result.promoters + 0.75) / n
    detractors = (result.detractors + 0.75) / n
    estimate = promoters - detractors
    variance = promoters + detractors - estimate**2
    return estimate, variance, n


def nps_interval(result: NpsResult, z: float = Z95) -> Interval | None:
    """The 95% interval around `result`'s NPS (adjusted-Wald); None without respondents."""
    if result.respondents == 0:
        return None
    estimate, variance, n = _adjusted(result)
    margin = z * math.sqrt(variance / n)
    return Interval(max(-100.0, 100 * (estimate - margin)), min(100.0, 100 * (estimate + margin)))


def real_change(before: NpsResult, after: NpsResult, z: float = Z95) -> bool | None:
    """Whether the NPS moved from `before` to `after` by more than chance would (two
    independent samples, adjusted-Wald as above: the difference against z times the square
    root of the summed variances). None when either has no respondents."""
    if before.respondents == 0 or after.respondents == 0:
        return None
    first, first_variance, first_n = _adjusted(before)
    second, second_variance, second_n = _adjusted(after)
    error = math.sqrt(first_variance / first_n + second_variance / second_n)
    return abs(second - first) > z * error


def latest_per_customer(entries: Iterable[ScoreEntry]) -> dict[int, ScoreEntry]:
    latest: dict[int, ScoreEntry] = {}
    for entry in entries:
        current = latest.get(entry.customer_id)
        if current is None or (entry.on, entry.order) > (current.on, current.order):
            latest[entry.customer_id] = entry
    return latest


def net_promoter_score(entries: Iterable[ScoreEntry]) -> NpsResult:
    """NPS over the latest score of each customer among `entries`."""
    counts = dict.fromkeys(Segment, 0)
    for entry in latest_per_customer(entries).values():
        counts[segment_for_score(entry.score)] += 1
    return NpsResult(counts[Segment.PROMOTER], counts[Segment.PASSIVE], counts[Segment.DETRACTOR])


K = TypeVar("K", bound=Hashable)


def nps_by(
    entries: Iterable[ScoreEntry], period: Callable[[ScoreEntry], K | None]
) -> dict[K, NpsResult]:
    """NPS per period (month, step…): each customer counts once per period, with their latest
    score in it. Entries whose period is None are left out. Periods come in the order they
    first appear; callers sort them as the period asks (months by date, steps by course)."""
    grouped: dict[K, list[ScoreEntry]] = {}
    for entry in entries:
        key = period(entry)
        if key is not None:
            grouped.setdefault(key, []).append(entry)
    return {key: net_promoter_score(group) for key, group in grouped.items()}


def month_of(entry: ScoreEntry) -> str:
    return f"{entry.on.year:04d}-{entry.on.month:02d}"


FEW_ANSWERS = 10  # a period with fewer answers is marked: its interval is very wide


def months_with_gaps(by_month: dict[str, NpsResult]) -> list[tuple[date, NpsResult]]:
    """Every month from the first with answers to the last, those without answers too
    (with an empty result), so that a chart's spacing tells time truly."""
    if not by_month:
        return []
    keys = sorted(by_month)
    year, month = (int(part) for part in keys[0].split("-"))
    last = tuple(int(part) for part in keys[-1].split("-"))
    months: list[tuple[date, NpsResult]] = []
    while (year, month) <= last:
        key = f"{year:04d}-{month:02d}"
        months.append((date(year, month, 1), by_month.get(key, NpsResult(0, 0, 0))))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def step_of(entry: ScoreEntry) -> str | None:
    return entry.step_id


def score_distribution(entries: Iterable[ScoreEntry]) -> list[int]:
    """How many customers gave 0, 1, … 10 (their latest score)."""
    counts = [0] * 11
    for entry in latest_per_customer(entries).values():
        counts[entry.score] += 1
    return counts
