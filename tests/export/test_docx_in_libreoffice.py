"""The Word export as a person sees it: converted by LibreOffice to PDF and read back. The
contents list names the steps with their page numbers, and no English word is left in a
Dutch export. Skipped where LibreOffice is not installed (CI installs it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from coursebook.cli import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
ENGLISH = ("Due", "Page", "Actions", "Reflection", "Calls", "Contents", "Right-click", "Step")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_the_dutch_demo_in_libreoffice_has_numbered_contents_and_no_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert main(["demo", "--language", "nl", "--data-dir", data]) == 0
    document = tmp_path / "werk.docx"
    export = ["export", "--lessons", "--customers", "--nps", "--name", "Anna de Vries"]
    assert main([*export, "--out", str(document), "--data-dir", data]) == 0
    capsys.readouterr()
    profile = tmp_path / "lo-profile"  # a profile of its own: never the person's LibreOffice
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = extract_text(str(tmp_path / "werk.pdf")).split("\f")
    contents = next(page for page in pages[:3] if page.startswith("Inhoud"))
    lines = re.findall(r"^(Stap \d+: .*?)\.{3,}\s*(\d+)$", contents, re.M)
    assert len(lines) == 12, contents
    for title, page in lines:  # each number is the page the step starts on
        starts = " ".join(pages[int(page) - 1].split())  # a long heading wraps
        assert starts.startswith(title.strip()), (title, page)
    text = "\n".join(pages)
    for word in ENGLISH:
        assert not re.search(rf"\b{word}\b", text), word
    assert "Anna de Vries" in pages[0] and "Pagina 1" in pages[0]
