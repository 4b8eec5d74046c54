"""Export speed: a whole course (every step, with the lessons, the customer list and the NPS
summary) to Word through the app's own code, beside pandoc converting the same content (the
app's Markdown export of it) with `pandoc in.md -o out.docx`; median and max of 3 each.

    python bench/bench_export.py                   # a `coursebook-cli demo` folder
    python bench/bench_export.py --data-dir DIR    # any data folder (a copy of it is used)

The command lines run as `python -m coursebook export ...`, which is `coursebook-cli export ...`
through the interpreter running the bench. The in-process rows call the same command line
function and time its writer (write_docx, write_markdown) alone by wrapping it where the
command line looks it up, so that they need nothing of the workbook's own API.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WHOLE_COURSE = ("--lessons", "--customers", "--nps")


@dataclass
class Row:
    label: str
    ms: list[float] = field(default_factory=list)
    note: str = ""
    skipped: str = ""


def timed_process(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def cli_export(folder: Path, fmt: str, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "coursebook",
        "export",
        "--format",
        fmt,
        "--out",
        str(out),
        "--data-dir",
        str(folder),
        *WHOLE_COURSE,
    ]


@contextlib.contextmanager
def writer_timed(name: str, spent: dict[str, float]) -> Iterator[None]:
    """Wrap `coursebook.cli.data.<name>` (a writer) so that each call records its time."""
    from coursebook.cli import data

    writer: Callable[..., None] = getattr(data, name)

    def wrapper(*args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        writer(*args, **kwargs)
        spent[name] = (time.perf_counter() - start) * 1000

    setattr(data, name, wrapper)
    try:
        yield
    finally:
        setattr(data, name, writer)


def in_process(folder: Path, fmt: str, out: Path, writer: str) -> tuple[float, float]:
    """The command line's export run in this process: (whole call, writer alone) in ms."""
    from coursebook.cli import main

    spent: dict[str, float] = {}
    argv = cli_export(folder, fmt, out)[3:]
    with writer_timed(writer, spent), contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        status = main(argv)
        whole = (time.perf_counter() - start) * 1000
    if status != 0:
        raise SystemExit(f"coursebook export {' '.join(argv)} failed with status {status}")
    return whole, spent[writer]


def describe_docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    return (
        f"{path.stat().st_size / 1000:.0f} kB, {len(document.paragraphs)} paragraphs, "
        f"{len(document.tables)} tables"
    )


def print_row(row: Row, peer: Row | None) -> None:
    label = f"{row.label:<50}"
    if row.skipped:
        print(f"{label} {row.skipped}")
        return
    median, worst = statistics.median(row.ms), max(row.ms)
    ratio = ""
    if peer is not None and peer.ms and peer is not row:
        ratio = f"{median / statistics.median(peer.ms):5.2f}×"
    print(f"{label} {median:8.0f} ms {worst:8.0f} ms {ratio:>7}  {row.note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="a data folder (default: a demo one)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default: 3)")
    args = parser.parse_args(argv)
    pandoc = shutil.which("pandoc")

    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "data"
        if args.data_dir is None:
            subprocess.run(
                [sys.executable, "-m", "coursebook", "demo", "--data-dir", str(folder)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        else:  # never the folder itself: opening it may back it up or migrate it
            shutil.copytree(args.data_dir.expanduser(), folder)
        app_docx, app_md, pandoc_docx = (
            scratch / "app.docx",
            scratch / "in.md",
            scratch / "out.docx",
        )
        subprocess.run(cli_export(folder, "md", app_md), check=True, stdout=subprocess.DEVNULL)

        floor = Row("floor: python -m coursebook --version", note="the command line's own start")
        docx_cli = Row("coursebook-cli export --format docx")
        md_cli = Row("coursebook-cli export --format md", note="the same, to Markdown")
        peer = Row("peer: pandoc in.md -o out.docx")
        if pandoc is None:
            peer.skipped = "pandoc not installed"
        docx_whole = Row("in-process: the docx export (open, gather, write)")
        docx_writer = Row("  of which write_docx alone")
        md_writer = Row("  in-process: write_markdown alone")
        for _ in range(args.runs):  # interleaved, so that a slow moment hits all rows alike
            floor.ms.append(timed_process([sys.executable, "-m", "coursebook", "--version"]))
            docx_cli.ms.append(timed_process(cli_export(folder, "docx", app_docx)))
            md_cli.ms.append(timed_process(cli_export(folder, "md", scratch / "again.md")))
            if pandoc is not None:
                peer.ms.append(timed_process([pandoc, str(app_md), "-o", str(pandoc_docx)]))
            whole, writer = in_process(folder, "docx", scratch / "in-process.docx", "write_docx")
            docx_whole.ms.append(whole)
            docx_writer.ms.append(writer)
            md_writer.ms.append(
                in_process(folder, "md", scratch / "in-process.md", "write_markdown")[1]
            )
        docx_cli.note = describe_docx(app_docx)
        if pandoc is not None:
            peer.note = (
                describe_docx(pandoc_docx) + f" (from {app_md.stat().st_size / 1000:.0f} kB)"
            )
            version = subprocess.run(
                [pandoc, "--version"], capture_output=True, text=True, check=True
            ).stdout.splitlines()[0]
        else:
            version = "no pandoc"

    print(
        f"Export of a whole course to .docx, {args.runs} runs each "
        f"({' '.join(WHOLE_COURSE)}); {version}"
    )
    print(f"{'':<50} {'median':>11} {'max':>11} {'×pandoc':>7}  notes")
    for row in (floor, docx_cli, md_cli, peer, docx_whole, docx_writer, md_writer):
        print_row(row, peer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
