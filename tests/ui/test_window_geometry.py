from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from coursebook.ui.window_geometry import first_place, onto_a_screen

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 with a 40-pixel task bar
BIG = QRect(0, 0, 2560, 1400)


def test_the_first_window_fits_a_small_laptop_screen_and_is_centred() -> None:
    place = first_place(LAPTOP)
    assert LAPTOP.contains(place)
    assert place.height() <= 0.9 * 728 and place.width() <= 0.9 * 1366
    assert abs(place.center().x() - LAPTOP.center().x()) <= 1
    big = first_place(BIG)
    assert big.size() == QSize(1360, 840)  # a big screen gets the wished size, no more


def test_a_window_left_on_an_unplugged_monitor_comes_back() -> None:
    on_the_gone_monitor = QRect(2600, 100, 1200, 800)
    moved = onto_a_screen(on_the_gone_monitor, [LAPTOP])
    assert moved is not None and LAPTOP.contains(moved)


def test_a_window_too_big_for_the_screen_now_is_shrunk_onto_it() -> None:
    moved = onto_a_screen(QRect(0, 0, 1900, 1100), [LAPTOP, BIG.translated(1366, 0)])
    assert moved is not None and LAPTOP.contains(moved)


def test_a_window_well_on_a_screen_stays_where_it_was() -> None:
    assert onto_a_screen(QRect(100, 50, 1000, 600), [LAPTOP]) is None
    assert onto_a_screen(QRect(1500, 50, 1000, 600), [LAPTOP, BIG.translated(1366, 0)]) is None
