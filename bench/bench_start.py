"""Start-up speed: a cold start of `python -m coursebook` up to the painted current lesson (with
its forms built), for each data folder given, beside a floor measured in the same run (a bare
PySide6 window with a page of HTML, bench/bare_window.py); the peak memory of each process; a
peer (RedNotebook) when it is installed; and what importing the app costs, by package.

    python bench/bench_start.py                                  # an empty and a demo folder
    python bench/bench_start.py --folder empty=/tmp/a --folder 5y=/tmp/b
    python bench/bench_start.py --display :99                    # on Xvfb instead of offscreen
    python bench/bench_start.py --frozen build/dist/Coursebook/Coursebook   # and the frozen app

Each run spawns a new process and times it from the spawn until it prints `painted` on stdout
(Coursebook does so with COURSEBOOK_QUIT_WHEN_PAINTED=1, see coursebook.ui.startup_probe, then
quits). "Cold" means a new process, not a cold disk cache: the files are in the page cache
after the first run, as they are on a desktop that started the app before. Each run gets its
own fresh copy of the data folder, so runs do not change each other's start (the lock, the
daily backup, a migration, the step opened last): the notes column says which backups the
runs made. The folders given are never opened themselves.
"""

from __future__ import annotations

import argparse
import os
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

BENCH = Path(__file__).resolve().parent
BARE_WINDOW = BENCH / "bare_window.py"
BARE_TITLE = "Bare window"  # bare_window.TITLE
PAINTED = b"painted"
PROBE_ENV = "COURSEBOOK_QUIT_WHEN_PAINTED"
PEER = "rednotebook"
PEER_TITLE = "RedNotebook"
POLL = 0.02  # seconds between two looks for a peer's window
BACKUP_KIND = re.compile(r"^coursebook-(.+?)-\d{4}-\d{2}-\d{2}")
IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


@dataclass
class Run:
    ms: float | None  # None when it failed
    rss_kib: int  # peak resident memory (ru_maxrss, KiB on Linux)
    problem: str = ""
    backups: tuple[str, ...] = ()  # kinds of backup files the run added to its data folder


@dataclass
class Row:
    label: str
    runs: list[Run]
    note: str = ""
    skipped: str = ""  # why it was not measured at all

    @property
    def times(self) -> list[float]:
        return [run.ms for run in self.runs if run.ms is not None]

    @property
    def failed(self) -> Run | None:
        return next((run for run in self.runs if run.ms is None), None)


# -- processes ------------------------------------------------------------------------------


def reap(process: subprocess.Popen[bytes], deadline: float) -> int:
    """Wait for `process` (killing it at `deadline`) and return its peak RSS in KiB.

    Peak memory comes from wait4(2), the rusage of that one child (and any children it
    reaped) as it is reaped. getrusage(RUSAGE_CHILDREN) would not do: its ru_maxrss is the
    largest of all children reaped so far, not a sum, so a delta shows nothing for a process
    smaller than an earlier one. Reading VmHWM from /proc/<pid>/status just before the exit
    would need the process's cooperation (it quits on its own right after `painted`).
    """
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.005)
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return usage.ru_maxrss


def running(process: subprocess.Popen[bytes]) -> bool:
    """Whether it is still running, without reaping it (Popen.poll would, and wait4 in
    `reap` would then find no child to read the memory of)."""
    return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None


def _problem(errors: IO[bytes], what: str) -> str:
    """`what` went wrong: say it with the most telling line of stderr, and keep all of it in a
    file that outlives the run (the data folder's copy is removed)."""
    errors.flush()
    errors.seek(0)
    text = errors.read().decode(errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    telling = next(
        (line for line in lines if line.startswith(("Fatal Python error", "Traceback"))), None
    )
    if telling is None:
        return f"{what}: {lines[-1][:160] if lines else '(nothing on stderr)'}"
    with tempfile.NamedTemporaryFile(
        "w", prefix="bench-start-", suffix=".err", delete=False, encoding="utf-8"
    ) as kept:
        kept.write(text)
    return f"{what}: {telling[:120]} (all of stderr: {kept.name})"


def time_to_painted(command: Sequence[str], env: dict[str, str], timeout: float) -> Run:
    """Spawn `command` and time it until it prints the line `painted`."""
    with tempfile.NamedTemporaryFile(prefix="bench-start-", suffix=".err") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=errors)
        assert process.stdout is not None
        deadline = start + timeout
        painted: float | None = None
        buffered = b""
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while time.perf_counter() < deadline:  # read to the end, so the child never blocks
                if not selector.select(max(0.0, deadline - time.perf_counter())):
                    continue
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break
                buffered += chunk
                if painted is None and PAINTED in buffered.splitlines():
                    painted = time.perf_counter()
        process.stdout.close()
        rss = reap(process, time.perf_counter() + 10)
        if painted is not None:
            return Run((painted - start) * 1000, rss)
        if time.perf_counter() >= deadline:
            problem = f"no '{PAINTED.decode()}' within {timeout:.0f} s (a dialog waiting?)"
        else:
            problem = f"exited {process.returncode} without '{PAINTED.decode()}'"
        return Run(None, rss, _problem(errors, problem))


def time_to_exit(command: Sequence[str], env: dict[str, str], timeout: float) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    rss = reap(process, start + timeout)
    elapsed = (time.perf_counter() - start) * 1000
    if process.returncode != 0:
        return Run(None, rss, f"exited {process.returncode}")
    return Run(elapsed, rss)


def time_to_window(command: Sequence[str], env: dict[str, str], title: str, timeout: float) -> Run:
    """Spawn `command` and time it until a visible (mapped) window named `title` exists on
    the X display, looking with xdotool every POLL seconds (its own `search --sync` looks
    only every half second); then terminate it. Mapped is not yet painted: this is a little
    earlier than what `time_to_painted` sees."""
    with tempfile.NamedTemporaryFile(prefix="bench-start-", suffix=".err") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        seen: float | None = None
        while time.perf_counter() < start + timeout and running(process):
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                env=env,
                capture_output=True,
                check=False,
            )
            if found.returncode == 0 and found.stdout.strip():
                seen = time.perf_counter()
                break
            time.sleep(POLL)
        ended = not running(process)
        if not ended:
            process.terminate()
        rss = reap(process, time.perf_counter() + 10)
        if seen is not None:
            return Run((seen - start) * 1000, rss)
        if ended:
            problem = f"exited {process.returncode} before a window named {title!r} showed"
        else:
            problem = f"no visible window named {title!r} within {timeout:.0f} s"
        return Run(None, rss, _problem(errors, problem))


# -- data folders ---------------------------------------------------------------------------


def make_empty_folder(root: Path) -> None:
    """A data folder with the course chosen (step 7 is this week's) and nothing written yet.
    A folder without a database stops at the first-start dialog, which never paints a lesson."""
    from coursebook.paths import resolve_data_paths
    from coursebook.workbook.core import Workbook

    workbook = Workbook.open(resolve_data_paths(root))
    try:
        today = date.today()
        workbook.start_run(
            "superenthousiaste-klanten", "nl", today - timedelta(days=today.weekday() + 42)
        )
    finally:
        workbook.close()


def make_demo_folder(root: Path) -> None:
    """`coursebook-cli demo --data-dir DIR`, through the interpreter that runs the bench."""
    subprocess.run(
        [sys.executable, "-m", "coursebook", "demo", "--data-dir", str(root)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def backup_files(folder: Path) -> set[str]:
    backups = folder / "backups"
    return {path.name for path in backups.iterdir()} if backups.is_dir() else set()


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def fresh_copy(source: Path, scratch: Path, first_of_day: bool) -> Path:
    copy = Path(tempfile.mkdtemp(prefix="run-", dir=scratch)) / "data"
    shutil.copytree(source, copy)
    if first_of_day:
        (copy / "backups" / f"coursebook-daily-{date.today().isoformat()}.sqlite3").unlink(
            missing_ok=True
        )
    return copy


FROM_SOURCE = (sys.executable, "-m", "coursebook")


def start_coursebook(
    source: Path,
    scratch: Path,
    env: dict[str, str],
    timeout: float,
    first_of_day: bool,
    program: Sequence[str] = FROM_SOURCE,
) -> Run:
    folder = fresh_copy(source, scratch, first_of_day)
    before = backup_files(folder)
    run = time_to_painted([*program, "--data-dir", str(folder)], env, timeout)
    if run.ms is None and not (folder / "coursebook.sqlite3").exists():
        run.problem += " (no coursebook.sqlite3 in it: the first-start dialog waits)"
    added = sorted(backup_files(folder) - before)
    run.backups = tuple(m.group(1) if (m := BACKUP_KIND.match(n)) else n for n in added)
    shutil.rmtree(folder.parent, ignore_errors=True)
    return run


def backups_note(runs: list[Run]) -> str:
    made = {run.backups for run in runs}
    if made == {()}:
        return "no backup made (today's was there)"
    if len(made) == 1:
        return "each run made: " + ", ".join(f"{kind} backup" for kind in next(iter(made)))
    return "backups made: " + "; ".join(",".join(run.backups) or "none" for run in runs)


# -- import time ----------------------------------------------------------------------------


def import_times(env: dict[str, str]) -> tuple[list[tuple[str, float, float]], float]:
    """The biggest top-level packages by cumulative import time of `coursebook.ui.app`, as
    (package, cumulative ms, own ms), and the whole import in ms.

    A package's cumulative time is that of its outermost imports (those made from another
    package), so it includes what it imports in turn: sqlalchemy's time is also inside
    alembic's, which imports it first. Own time is the sum of the package's modules' self
    times; those add up to the whole."""
    found = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import coursebook.ui.app"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = []
    for line in found.stderr.splitlines():
        if match := IMPORT_LINE.match(line):
            own, cumulative, indent, module = match.groups()
            lines.append((len(indent) // 2, module, int(own), int(cumulative)))
    cumulative_us: dict[str, int] = defaultdict(int)
    own_us: dict[str, int] = defaultdict(int)
    stack: list[str] = []  # the top-level package of each enclosing import
    total = 0
    for depth, module, own, cumulative in reversed(lines):  # printed children first
        del stack[depth:]
        package = module.split(".")[0]
        own_us[package] += own
        if not stack or stack[-1] != package:
            cumulative_us[package] += cumulative
        if module == "coursebook.ui.app":
            total = cumulative
        stack.append(package)
    biggest = sorted(
        (name for name in cumulative_us if name != "coursebook"),
        key=lambda name: cumulative_us[name],
        reverse=True,
    )[:8]
    return [(n, cumulative_us[n] / 1000, own_us[n] / 1000) for n in biggest], total / 1000


# -- the table ------------------------------------------------------------------------------


def ratio(value: float, floor: float | None) -> str:
    return f"{value / floor:5.1f}×" if floor else "      "


def print_row(row: Row, floor: Row | None) -> None:
    label = f"{row.label:<40}"
    if row.skipped:
        print(f"{label} {row.skipped}")
        return
    failed = row.failed
    if failed is not None and not row.times:
        print(f"{label} failed: {failed.problem}")
        return
    times, rss = row.times, max(run.rss_kib for run in row.runs) / 1024
    median, worst = statistics.median(times), max(times)
    floor_median = floor_max = floor_rss = None
    if floor is not None and floor is not row and floor.times:
        floor_median, floor_max = statistics.median(floor.times), max(floor.times)
        floor_rss = max(run.rss_kib for run in floor.runs) / 1024
    line = (
        f"{label} {median:8.0f} ms {ratio(median, floor_median)}"
        f" {worst:8.0f} ms {ratio(worst, floor_max)}"
        f" {rss:7.0f} MB {ratio(rss, floor_rss)}  {row.note}"
    )
    if failed is not None:
        line += f"  ({len(row.runs) - len(times)} failed: {failed.problem})"
    print(line)


def machine() -> str:
    model = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in cpuinfo
                    if line.startswith("model name")
                ),
                "?",
            )
    except OSError:
        pass
    from PySide6 import __version__ as pyside

    return f"Python {sys.version.split()[0]}, PySide6 {pyside}, {os.cpu_count()} CPUs ({model})"


def parse_folder(text: str) -> tuple[str, Path]:
    name, equals, folder = text.partition("=")
    if not equals or not name or not folder:
        raise argparse.ArgumentTypeError(f"expected NAME=DIR, got {text!r}")
    path = Path(folder).expanduser().resolve()
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a folder: {path}")
    return name, path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--folder",
        action="append",
        type=parse_folder,
        default=[],
        metavar="NAME=DIR",
        help="a data folder to start with (repeatable; default: an empty and a demo folder)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each (default: 5)")
    parser.add_argument(
        "--display",
        metavar="DISPLAY",
        help="run on this X server (e.g. :99, an Xvfb) instead of QT_QPA_PLATFORM=offscreen",
    )
    parser.add_argument(
        "--first-of-day",
        action="store_true",
        help="remove today's daily backup from each copy, so that every run makes it",
    )
    parser.add_argument(
        "--frozen",
        type=Path,
        metavar="PROGRAM",
        help="also time this frozen build (packaging/build.py makes it) on each folder",
    )
    parser.add_argument(
        "--timeout", type=float, default=60, help="seconds to wait for one start (default: 60)"
    )
    args = parser.parse_args(argv)

    env = dict(os.environ)
    env[PROBE_ENV] = "1"
    if args.display:
        env["DISPLAY"] = args.display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = f"X display {args.display}" if args.display else "offscreen"

    with tempfile.TemporaryDirectory(prefix="bench-start-") as scratch_name:
        scratch = Path(scratch_name)
        folders: list[tuple[str, Path]] = args.folder
        if not folders:
            folders = [("empty", scratch / "empty"), ("demo", scratch / "demo")]
            make_empty_folder(folders[0][1])
            make_demo_folder(folders[1][1])

        floor = Row("floor: bare PySide6 window", [])
        rows = [
            Row(
                f"coursebook, {name}",
                [],
                f"{size_mb(folder):.1f} MB folder",
            )
            for name, folder in folders
        ]
        frozen_rows = [
            Row(f"  frozen app, {name}", [], str(args.frozen))
            for name, _ in (folders if args.frozen else [])
        ]
        imports_only = Row("  import coursebook.ui.app, no window", [], "process start to exit")
        for _ in range(args.runs):  # interleaved, so that a slow moment hits all rows alike
            floor.runs.append(
                time_to_painted([sys.executable, str(BARE_WINDOW)], env, args.timeout)
            )
            for row, (_name, folder) in zip(rows, folders, strict=True):
                if row.failed is None:  # one failure is enough to know why
                    row.runs.append(
                        start_coursebook(folder, scratch, env, args.timeout, args.first_of_day)
                    )
            for row, (_name, folder) in zip(frozen_rows, folders, strict=False):
                if row.failed is None:
                    row.runs.append(
                        start_coursebook(
                            folder, scratch, env, args.timeout, args.first_of_day, [args.frozen]
                        )
                    )
            imports_only.runs.append(
                time_to_exit([sys.executable, "-c", "import coursebook.ui.app"], env, args.timeout)
            )
        for row in rows:
            row.note += "; " + backups_note(row.runs)
        shown = []  # each frozen row under the row of the same folder
        for index, row in enumerate(rows):
            shown += [row, *frozen_rows[index : index + 1]]

        peers = peer_rows(args, env, scratch)
        top, total = import_times(env)

    print(f"Cold start to the painted window, {args.runs} runs each, {platform}; {machine()}")
    print(
        f"{'':<40} {'median':>11} {'×floor':>6} {'max':>11} {'×floor':>6}"
        f" {'peak RSS':>10} {'×floor':>6}  notes"
    )
    print_row(floor, floor)
    for row in [*shown, imports_only]:
        print_row(row, floor)
    for row in peers:
        print_row(row, peers[0] if len(peers) > 1 else None)
    print(
        f"{'import time, once (-X importtime)':<40} {'cumulative':>11} {'':6} {'own':>11}"
        f"  (a package's cumulative time includes the packages it imports first)"
    )
    for name, cumulative, own in top:
        print(f"{'  ' + name:<40} {cumulative:8.0f} ms {'':6} {own:8.0f} ms")
    print(f"{'  all of coursebook.ui.app':<40} {total:8.0f} ms")
    return 0


def peer_rows(args: argparse.Namespace, env: dict[str, str], scratch: Path) -> list[Row]:
    """RedNotebook's start to a visible window, beside the bare window timed the same way."""
    label = f"peer: {PEER}, to a visible window"
    if shutil.which(PEER) is None:
        return [Row(label, [], skipped="not installed")]
    if not args.display:
        return [Row(label, [], skipped="not measured: its window is only seen with --display")]
    if shutil.which("xdotool") is None:
        return [Row(label, [], skipped="not measured: xdotool not found")]
    floor = Row("  floor: bare window, seen the same way", [], "xdotool, polled")
    peer = Row(label, [], "fresh HOME per run (its first start)")
    for _ in range(args.runs):
        floor.runs.append(
            time_to_window(
                [sys.executable, str(BARE_WINDOW), "--stay"], env, BARE_TITLE, args.timeout
            )
        )
        home = Path(tempfile.mkdtemp(prefix="home-", dir=scratch))  # never the person's journal
        peer.runs.append(
            time_to_window([PEER], {**env, "HOME": str(home)}, PEER_TITLE, args.timeout)
        )
        shutil.rmtree(home, ignore_errors=True)
    return [floor, peer]


if __name__ == "__main__":
    sys.exit(main())
