from __future__ import annotations

from datetime import date

import pytest

from coursebook.workbook.nps import (
    NpsResult,
    ScoreEntry,
    Segment,
    month_of,
    net_promoter_score,
    nps_by,
    score_distribution,
    segment_for_score,
    step_of,
)

D = date(2026, 11, 2)


def entries(*scores: int) -> list[ScoreEntry]:
    return [ScoreEntry(customer_id=i, score=s, on=D) for i, s in enumerate(scores)]


@pytest.mark.parametrize(
    ("score", "segment"),
    [
        (0, Segment.DETRACTOR),
        (6, Segment.DETRACTOR),
        (7, Segment.PASSIVE),
        (8, Segment.PASSIVE),
        (9, Segment.PROMOTER),
        (10, Segment.PROMOTER),
    ],
)
def test_segments(score: int, segment: Segment) -> None:
    assert segment_for_score(score) is segment


@pytest.mark.parametrize("score", [-1, 11])
def test_scores_outside_0_to_10_are_refused(score: int) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        segment_for_score(score)


def test_no_answers() -> None:
    result = net_promoter_score([])
    assert (result.respondents, result.score, result.exact, result.one_answer_moves) == (
        0,
        None,
        None,
        None,
    )
    assert result.small_sample


def test_all_promoters_and_all_detractors() -> None:
    assert net_promoter_score(entries(9, 10, 10)).score == 100
    assert net_promoter_score(entries(0, 3, 6)).score == -100


def test_the_course_example_twenty_answers() -> None:
    # Step 6's worked example: 8 promoters, 9 passives, 3 detractors → 40% − 15% = +25.
    result = net_promoter_score(entries(*([9] * 8 + [7] * 9 + [5] * 3)))
    assert (result.promoters, result.passives, result.detractors) == (8, 9, 3)
    assert result.score == 25
    assert result.small_sample  # 20 < 30


def test_rounding_is_half_away_from_zero() -> None:
    assert NpsResult(promoters=1, passives=6, detractors=0).score == 14  # 14.29
    assert NpsResult(promoters=1, passives=7, detractors=0).score == 13  # 12.5
    assert NpsResult(promoters=0, passives=7, detractors=1).score == -13  # −12.5
    assert NpsResult(promoters=3, passives=0, detractors=5).score == -25


def test_a_customer_with_several_scores_counts_once_with_the_latest() -> None:
    history = [
        ScoreEntry(1, 3, date(2026, 10, 1)),
        ScoreEntry(1, 9, date(2026, 11, 1)),  # latest: promoter
        ScoreEntry(2, 10, date(2026, 11, 5)),
        ScoreEntry(2, 6, date(2026, 11, 5), order=2),  # same day, logged later: detractor
    ]
    result = net_promoter_score(history)
    assert (result.promoters, result.passives, result.detractors) == (1, 0, 1)
    assert result.score == 0
    assert score_distribution(history) == [0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0]


def test_how_much_one_answer_moves_a_small_sample() -> None:
    result = net_promoter_score(entries(9, 9, 7, 3))  # +25 over 4 answers
    # One more detractor: (2 − 2) / 5 = 0 → moves 25 points; one more promoter: 40 → 15.
    assert result.one_answer_moves == pytest.approx(25.0)
    big = net_promoter_score(entries(*([9] * 40 + [7] * 40 + [3] * 20)))
    assert not big.small_sample
    assert big.one_answer_moves == pytest.approx(abs(100 * 19 / 101 - 20))


def test_per_month_and_per_step() -> None:
    history = [
        ScoreEntry(1, 9, date(2026, 10, 3), step_id="measuring-with-nps"),
        ScoreEntry(1, 7, date(2026, 11, 20), step_id="satisfied-customers-leave-first"),
        ScoreEntry(2, 2, date(2026, 11, 21), step_id="satisfied-customers-leave-first"),
        ScoreEntry(3, 10, date(2026, 11, 22)),  # imported: no step
    ]
    by_month = nps_by(history, month_of)
    assert {k: v.score for k, v in by_month.items()} == {"2026-10": 100, "2026-11": 0}
    by_step = nps_by(history, step_of)
    assert {k: (v.respondents, v.score) for k, v in by_step.items()} == {
        "measuring-with-nps": (1, 100),
        "satisfied-customers-leave-first": (2, -50),
    }


def test_the_95_interval_is_the_adjusted_wald_one() -> None:
    """Expected numbers worked by hand from the adjusted-Wald formula (Rocks, The American
    Statistician, 2016; Lewis and Sauro, MeasuringU): n + 3, promoters and detractors + ¾,
    variance p + d − (p − d)², half-width 1.96 × √(variance / n).

    15 promoters, 13 passives, 8 detractors (n = 36, NPS +19): n' = 39, p' = 15.75/39 =
    0.40385, d' = 8.75/39 = 0.22436, p' − d' = 0.17949, variance 0.59599, standard error
    0.12362, half-width 0.24229: from −6.3 to +42.2."""
    from coursebook.workbook.nps import nps_interval

    result = NpsResult(15, 13, 8)
    assert result.score == 19
    interval = nps_interval(result)
    assert interval is not None
    assert interval.low == pytest.approx(-6.28, abs=0.01)
    assert interval.high == pytest.approx(42.18, abs=0.01)


def test_with_many_answers_the_interval_is_the_plain_one() -> None:
    """1,000 answers, 40% promoters, 30% detractors: the unadjusted (Wald) interval is
    10 ± 1.96 × √(0.69/1000) × 100 = 10 ± 5.15; the adjustment barely moves it."""
    from coursebook.workbook.nps import nps_interval

    interval = nps_interval(NpsResult(400, 300, 300))
    assert interval is not None
    assert interval.low == pytest.approx(4.85, abs=0.05)
    assert interval.high == pytest.approx(15.15, abs=0.05)
    assert nps_interval(NpsResult(0, 0, 0)) is None
    everyone = nps_interval(NpsResult(5, 0, 0))  # all promoters: never above +100
    assert everyone is not None and everyone.high <= 100 and everyone.low < 100


def test_a_swing_of_a_few_answers_is_no_real_change() -> None:
    from coursebook.workbook.nps import real_change

    assert real_change(NpsResult(1, 0, 1), NpsResult(2, 1, 0)) is False  # −0 → +67 from 3
    assert real_change(NpsResult(300, 300, 400), NpsResult(400, 300, 300)) is True
    assert real_change(NpsResult(0, 0, 0), NpsResult(1, 0, 0)) is None
