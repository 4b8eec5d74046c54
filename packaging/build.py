"""Build the frozen app on this computer, then prove it works.

    python packaging/build.py                 build, self-test, measure, and package
    python packaging/build.py --no-archive    build and self-test only (what CI runs)

1. PyInstaller builds build/dist/Coursebook/ from packaging/coursebook.spec (on macOS also
   build/dist/Coursebook.app).
2. The frozen `Coursebook --self-test` (`coursebook-cli.exe` on Windows; on macOS also the
   .app's) must pass (exit status 0), or the build fails.
3. It prints the bundle's size, and the frozen app's start time beside `python -m
   coursebook` on the same data folder (bench/bench_start.py --frozen).
4. On Linux it makes build/Coursebook-<version>-linux-<machine>.tar.gz: the one-folder build
   with the launcher, metainfo, icons and install.sh (packaging/linux/). On Windows, run
   Inno Setup on packaging/windows/coursebook.iss afterwards; on macOS, sign and notarise
   the .app (packaging/README.md).

Needs the `packaging` extra: pip install -e ".[packaging]".
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = BUILD / "dist"
SPEC = ROOT / "packaging" / "coursebook.spec"
LINUX = ROOT / "packaging" / "linux"
DESKTOP_ID = "nl.coursebook.Coursebook"
EXE = ".exe" if sys.platform == "win32" else ""


def version() -> str:
    text = (ROOT / "src" / "coursebook" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert found, "no __version__ in src/coursebook/__init__.py"
    return found.group(1)


def folder_size_mb(folder: Path) -> float:
    """What the folder takes on disk, each file once (the build links some Qt libraries)."""
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def say(line: str) -> None:
    print(f"build: {line}", flush=True)


def build() -> Path:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'work'}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    folder = DIST / "Coursebook"
    say(f"built {folder} in {time.perf_counter() - started:.0f} s")
    return folder


def frozen_programs(folder: Path) -> list[Path]:
    """The programs to self-test: the console one on Windows, the .app's on macOS too."""
    if sys.platform == "win32":
        return [folder / "coursebook-cli.exe"]
    programs = [folder / "Coursebook"]
    if sys.platform == "darwin":
        programs.append(DIST / "Coursebook.app" / "Contents" / "MacOS" / "Coursebook")
    return programs


def self_test(program: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COURSEBOOK_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    done = subprocess.run(
        [str(program), "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    seconds = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    say(f"{program.name} --self-test: {lines[-1] if lines else '(no output)'} ({seconds:.1f} s)")
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"build: the frozen app's self-test failed (exit {done.returncode})")


def measure_start(folder: Path, runs: int) -> None:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "bench_start.py"),
            "--runs",
            str(runs),
            "--frozen",
            str(folder / f"Coursebook{EXE}"),
        ],
        check=True,
        cwd=ROOT,
    )


def linux_archive(folder: Path) -> Path:
    """The one-folder build with what a desktop needs, and install.sh for ~/.local."""
    name = f"Coursebook-{version()}-linux-{platform.machine()}"
    target = BUILD / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(folder, arcname=f"{name}/Coursebook")
        for script in ("install.sh", "uninstall.sh"):
            archive.add(LINUX / script, arcname=f"{name}/{script}")
        archive.add(
            LINUX / f"{DESKTOP_ID}.desktop",
            arcname=f"{name}/share/applications/{DESKTOP_ID}.desktop",
        )
        archive.add(
            LINUX / f"{DESKTOP_ID}.metainfo.xml",
            arcname=f"{name}/share/metainfo/{DESKTOP_ID}.metainfo.xml",
        )
        archive.add(ROOT / "resources" / "icons" / "hicolor", arcname=f"{name}/share/icons/hicolor")
        archive.add(
            ROOT / "resources" / "icons" / "coursebook.svg",
            arcname=f"{name}/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
        )
    say(f"archive {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return target


def windows_installer() -> None:
    """Inno Setup's compiler, when it is installed (https://jrsoftware.org/isinfo.php)."""
    command = [
        "iscc",
        f"/DAppVersion={version()}",
        str(ROOT / "packaging" / "windows" / "coursebook.iss"),
    ]
    if shutil.which("iscc") is None:
        say("Inno Setup is not installed; to make the installer, run: " + " ".join(command))
        return
    subprocess.run(command, check=True, cwd=ROOT)
    say(f"installer build/Coursebook-{version()}-windows-setup.exe")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-archive", action="store_true", help="build and self-test only")
    parser.add_argument("--runs", type=int, default=3, help="start-time runs (default: 3)")
    args = parser.parse_args()
    shutil.rmtree(DIST, ignore_errors=True)
    folder = build()
    say(f"bundle size: {folder_size_mb(folder):.0f} MB unpacked")
    for program in frozen_programs(folder):
        self_test(program)
    if args.no_archive:
        return 0
    measure_start(folder, args.runs)
    if sys.platform.startswith("linux"):
        linux_archive(folder)
    elif sys.platform == "win32":
        windows_installer()
    else:
        say("sign and notarise build/dist/Coursebook.app: see packaging/README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
