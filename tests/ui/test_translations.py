from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coursebook.paths import translations_dir
from coursebook.ui.context import AppContext
from coursebook.ui.i18n import install_translators
from coursebook.ui.main_window import MainWindow
from coursebook.workbook.runs import start_run
from tests.ui.conftest import START

TS_FILE = translations_dir() / "coursebook_nl.ts"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    return found


def test_every_dutch_message_is_translated() -> None:
    messages = list(ET.parse(TS_FILE).iter("message"))
    assert len(messages) > 40
    unfinished = [
        m.findtext("source") for m in messages if m.find("translation").get("type") is not None
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_translation_is_up_to_date(tmp_path: Path, language: str) -> None:
    source = translations_dir() / f"coursebook_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease(), str(source), "-qm", str(fresh)], check=True, capture_output=True, timeout=60
    )
    committed = translations_dir() / f"coursebook_{language}.qm"
    assert fresh.read_bytes() == committed.read_bytes(), "run scripts/update-translations"


def test_english_plurals(context: AppContext) -> None:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("CustomersView", "%n customer(s)", "", 1) == "1 customer"
    assert translate("CustomersView", "%n customer(s)", "", 3) == "3 customers"


@contextmanager
def speaking_dutch(qapp: QApplication) -> Iterator[None]:
    """The Dutch interface for the block, then English again for the other tests."""
    translators = install_translators(qapp, "nl")
    assert len(translators) >= 1
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    with speaking_dutch(qapp):
        yield


def test_the_window_speaks_dutch(qtbot: QtBot, context: AppContext, dutch: None) -> None:
    enrolment = start_run(context.workbook.db, "sample", "nl", START)
    window = MainWindow(context, enrolment)
    qtbot.addWidget(window)
    window.runner.wait()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "&Cursus", "&Ga naar", "&Werk", "&Help"]
    text = window.lesson.toPlainText()
    assert "Stap 2 · 30 november – 6 december 2026" in text
    assert "Gesprekken: 2 gesprekken" in text
    assert "klaar op donderdag 3 december" in text
    assert "Tevreden klanten bellen" in text  # the Dutch version of the course


def test_every_storage_problem_has_a_dutch_message(qapp: QApplication) -> None:
    from coursebook.storage.errors import StorageProblem
    from coursebook.ui.messages import storage_message

    english = {problem: storage_message(problem) for problem in StorageProblem}
    with speaking_dutch(qapp):
        for problem in StorageProblem:
            dutch = storage_message(problem)
            assert dutch and dutch != english[problem], problem
            assert "SQL" not in dutch and "sqlite" not in dutch.lower()


def test_every_refused_value_has_a_dutch_message(qapp: QApplication) -> None:
    """Walk every problem code with every field: each reads as Dutch, never as English."""
    from datetime import date

    from coursebook.ui.messages import invalid_input_message
    from coursebook.workbook.validation import Field, InvalidInput, Problem

    params = {"length": 200_001, "limit": 200_000, "value": 11}
    dates = {
        "value": date(1900, 1, 1),
        "earliest": date(2000, 1, 1),
        "latest": date(2031, 1, 1),
        "today": date(2026, 12, 2),
    }

    def errors() -> list[InvalidInput]:
        return [
            InvalidInput(
                field,
                problem,
                **(dates if problem in (Problem.DATE_RANGE, Problem.IN_FUTURE) else params),
            )
            for problem in Problem
            for field in Field
        ]

    english = [invalid_input_message(error) for error in errors()]
    with speaking_dutch(qapp):
        dutch = [invalid_input_message(error) for error in errors()]
    for en, nl in zip(english, dutch, strict=True):
        assert nl.startswith("Niet opgeslagen: "), nl
        assert en != nl
        for word in (" the ", " must ", " characters", " cannot ", " between "):
            assert word not in nl, nl
    assert "200.001 tekens" in dutch[0]  # Dutch number format


def test_every_import_row_reason_has_a_dutch_message(qapp: QApplication) -> None:
    from coursebook.ui.messages import skip_message
    from coursebook.workbook.customer_import import SkippedRow, SkipReason

    params = {"limit": 200, "value": "'eve at home'", "row": 4}
    rows = [SkippedRow(5, "english", code, params) for code in SkipReason]
    with speaking_dutch(qapp):
        dutch = [skip_message(row) for row in rows]
    assert all(text.startswith("rij 5: ") for text in dutch), dutch
    assert "rij 5: het e-mailadres 'eve at home' is ongeldig" in dutch
    assert not any(word in text for text in dutch for word in (" the ", " not ", "english"))


def test_qts_own_dialogs_speak_dutch(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    with speaking_dutch(qapp):
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        look_in = dialog.findChild(QLabel, "lookInLabel")
        assert look_in is not None
        assert look_in.text() not in ("Look in:", "")
        dialog.deleteLater()


def test_every_customer_file_problem_has_a_dutch_message(qapp: QApplication) -> None:
    from coursebook.ui.messages import file_problem_message
    from coursebook.workbook.customer_import import CustomerFileError, FileProblem

    params = {"suffix": ".ods", "limit": 50_000, "line": 12, "detail": "x"}
    errors = [CustomerFileError(Path("klanten.csv"), p, **params) for p in FileProblem]
    english = [file_problem_message(error) for error in errors]
    with speaking_dutch(qapp):
        dutch = [file_problem_message(error) for error in errors]
    for en, nl in zip(english, dutch, strict=True):
        assert en != nl and " the " not in nl and " file " not in nl, nl
    assert any("50.000 klanten" in text for text in dutch)
