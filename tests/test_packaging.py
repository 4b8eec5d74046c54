"""The launcher, the store listing, the installers and the spec agree with each other and
with the app (names, version, icon), and the Linux files pass freedesktop.org's validators.
The frozen build itself is made and self-tested by packaging/build.py (CI runs it)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from coursebook import DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"
SPEC = (PACKAGING / "coursebook.spec").read_text(encoding="utf-8")
ISS = (PACKAGING / "windows" / "coursebook.iss").read_text(encoding="utf-8")


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_launcher_starts_the_programme_the_spec_builds_with_its_icon() -> None:
    entry = desktop_entry()
    assert 'name="Coursebook", console=False' in SPEC
    assert entry["Exec"] == "Coursebook"  # install.sh makes it the installed path
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Name[nl]" if "Name[nl]" in entry else "Name"] == "Coursebook"
    assert "Comment[nl]" in entry and "GenericName[nl]" in entry


def test_the_store_listing_names_the_launcher_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert root.findall("screenshots/screenshot/image")
    dutch = [
        e
        for e in root.iter("summary")
        if e.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    ]
    assert dutch, "a Dutch summary for Dutch software centres"


def test_the_windows_installer_matches_the_spec_and_the_version() -> None:
    default = re.search(r'#define AppVersion "([^"]+)"', ISS)
    assert default is not None and default.group(1) == __version__
    assert '#define AppExe "Coursebook.exe"' in ISS
    assert r'Source: "{#Root}\build\dist\Coursebook\*"' in ISS
    assert 'name="Coursebook",' in SPEC.split("COLLECT(")[1]  # the folder it installs
    assert "PrivilegesRequired=lowest" in ISS  # no administrator rights
    assert not re.search(r"^\[UninstallDelete\]", ISS, re.M)  # the uninstaller leaves the data
    assert (ROOT / "LICENSE").is_file() and r"LicenseFile={#Root}\LICENSE" in ISS


def test_the_macos_bundle_has_the_desktop_id_the_icon_and_the_version() -> None:
    bundle = SPEC.split("BUNDLE(")[1]
    assert f'bundle_identifier="{DESKTOP_ID}"' in bundle
    assert "coursebook.icns" in bundle and "version=VERSION" in bundle
    assert '"CFBundleLocalizations": ["en", "nl"]' in bundle


def test_the_spec_bundles_the_resources_and_the_migrations() -> None:
    assert '"coursebook/resources"' in SPEC
    assert '"coursebook/storage/migrations"' in SPEC
    assert "QtWebEngineCore" in SPEC and "QtQuick" in SPEC  # left out


def test_every_icon_size_is_there() -> None:
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert (width, height) == (size, size), png
    ico = (PACKAGING / "icons" / "coursebook.ico").read_bytes()
    count = struct.unpack("<H", ico[4:6])[0]
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (PACKAGING / "icons" / "coursebook.icns").read_bytes()[:4] == b"icns"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_launcher_is_valid() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_the_store_listing_is_valid() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
