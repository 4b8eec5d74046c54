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
