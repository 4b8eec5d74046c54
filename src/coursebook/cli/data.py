"""Command-line sub-commands that read or change the person's data (no GUI)."""

from __future__ import annotations

import argparse
import html
from datetime import date
from pathlib import Path
from typing import TextIO

from coursebook.cli.password import PasswordUnavailable, open_server_workbook, password_for
from coursebook.course.catalog import Catalog
from coursebook.course.model import Course
from coursebook.export.atomic import ExportTargetError
from coursebook.export.content import ExportOptions, parse_step_range
from coursebook.export.docx_writer import TemplateError, write_docx
from coursebook.export.labels import labels_for
from coursebook.export.markdown_writer import write_markdown
from coursebook.identity import text_key
from coursebook.languages import preferred_language
from coursebook.paths import bundled_courses_dir, database_url, resolve_data_paths
from coursebook.workbook.core import DatabaseError, Workbook, WorkbookNotEmptyError
from coursebook.workbook.customer_export import write_customers_csv
from coursebook.workbook.customer_import import (
    CustomerFileError,
    candidates,
    guess_mapping,
    read_table,
)
from coursebook.workbook.nps import (
    NpsResult,
    month_of,
    net_promoter_score,
    nps_by,
    nps_interval,
    real_change,
    step_of,
)
from coursebook.workbook.runs import Run
from coursebook.workbook.trash import TrashKind


def run_data_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    paths = resolve_data_paths(getattr(args, "data_dir", None))
    url = database_url(getattr(args, "database_url", None))
    where = str(paths.database) if url is None else "the server"
    try:
        if url is not None:
            workbook = open_server_workbook(url, paths.root)
        else:
            workbook = Workbook.open(paths, password=password_for(paths.database))
    except PasswordUnavailable as error:
        print(f"coursebook: {where}: this workbook has a password: {error}", file=err)
        return 2
    except DatabaseError as error:
        print(f"coursebook: {error}", file=err)
        return 2
    except ValueError as error:  # not a PostgreSQL URL
        print(f"coursebook: --database-url: {error}", file=err)
        return 2
    try:
        if args.command == "migrate-to":
            return migrate_to(workbook, args.target, out, err)
        if args.command == "nps":
            return print_nps(workbook, args.by, out, args.person)
        if args.command == "export":
            return export(workbook, args, out, err)
        if args.command == "runs":
            return print_runs(workbook, out)
        if args.command == "search":
            return print_search(workbook, " ".join(args.text), args.limit, out)
        if args.command == "demo":
            language = args.language or preferred_language(paths.settings_file)
            return demo(workbook, language, out, err)
        if args.customers_command == "import":
            return import_file(workbook, args, out, err)
        if args.customers_command == "export-person":
            return export_person(workbook, args, out, err)
        if args.customers_command == "forget":
            return forget_customer(workbook, args, out, err)
        count = write_customers_csv(
            workbook.customer_register(include_archived=args.archived), args.file
        )
        print(f"exported {count} customers to {args.file}", file=out)
        return 0
    except OSError as error:
        print(
            f"coursebook: {getattr(error, 'filename', '') or args.file}: {error.strerror or error}",
            file=err,
        )
        return 1
    finally:
        workbook.close()


def import_file(workbook: Workbook, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        table = read_table(args.file)
    except CustomerFileError as error:
        print(f"coursebook: {error.path}: {error.reason}", file=err)
        return 1
    mapping = guess_mapping(table.headers)
    if mapping["name"] is None and mapping["organisation"] is None:
        print(
            f"coursebook: {args.file}: no column with names found "
            f"(headers: {', '.join(table.headers)})",
            file=err,
        )
        return 1
    found, skipped = candidates(table, mapping)
    report = workbook.import_customers(found, skipped, date.today()).value
    print(
        f"imported {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"skipped {len(report.skipped)}",
        file=out,
    )
    for skipped_row in report.skipped:
        print(f"  row {skipped_row.row}: {skipped_row.reason}", file=out)
    return 0


def _interval_text(result: NpsResult) -> str:
    interval = nps_interval(result)
    return "-" if interval is None else f"{interval.low:+.0f}…{interval.high:+.0f}"


def _line(label: str, result: NpsResult) -> str:
    score = "-" if result.score is None else f"{result.score:+d}"
    return (
        f"{label:<32} {score:>5} {_interval_text(result):>12} {result.promoters:>10} "
        f"{result.passives:>9} {result.detractors:>11} {result.respondents:>12}"
    )


def _change_words(periods: list[tuple[str, NpsResult]]) -> str | None:
    """Whether the latest move between two periods with answers is larger than chance."""
    answered = [(label, result) for label, result in periods if result.respondents]
    if len(answered) < 2:
        return None
    (before_label, before), (after_label, after) = answered[-2], answered[-1]
    moved = (after.exact or 0) - (before.exact or 0)
    verdict = (
        "larger than chance" if real_change(before, after) else "no real change yet (within chance)"
    )
    return f"Latest change ({before_label} → {after_label}): {moved:+.0f} points; {verdict}."


def print_nps(workbook: Workbook, by: str | None, out: TextIO, person: str | None = None) -> int:
    entries = workbook.score_history(written_by=person)
    if person is not None:
        print(f"the scores from the calls {person} wrote down", file=out)
    header = (
        f"{'period':<32} {'NPS':>5} {'95% interval':>12} {'promoters':>10} {'passives':>9} "
        f"{'detractors':>11} {'respondents':>12}"
    )
    print(header, file=out)
    overall = net_promoter_score(entries)
    periods: list[tuple[str, NpsResult]] = []
    if by == "month":
        periods = sorted(nps_by(entries, month_of).items())
        for month, result in periods:
            print(_line(month, result), file=out)
    elif by == "step":
        results = nps_by(entries, step_of)
        run = workbook.current_run()
        loaded = (
            Catalog.discover(bundled_courses_dir()).course(run.course_id, run.language)
            if run
            else None
        )
        course = loaded.course if loaded else None
        order = [s.id for s in course.steps] if course else sorted(results)
        for step_id in [s for s in order if s in results]:
            step = course.step(step_id) if course else None
            label = f"{step.number}. {step.title}"[:32] if step else step_id
            print(_line(label, results[step_id]), file=out)
            periods.append((label, results[step_id]))
    print(_line("all", overall), file=out)
    interval = nps_interval(overall)
    if interval is not None:
        print(
            f"NPS {overall.score:+d} (between {interval.low:+.0f} and {interval.high:+.0f}, "
            f"95%), {overall.respondents} answer{'' if overall.respondents == 1 else 's'}.",
            file=out,
        )
    change = _change_words(periods)
    if change is not None:
        print(change, file=out)
    if overall.respondents == 0:
        print("No scores yet.", file=out)
    elif overall.small_sample:
        print(
            f"Fewer than 30 customers answered ({overall.respondents}): one more answer can "
            f"move the score by up to {overall.one_answer_moves:.0f} points.",
            file=out,
        )
    return 0


def _course_of(run: Run) -> Course | None:
    loaded = Catalog.discover(bundled_courses_dir()).course(run.course_id, run.language)
    return None if loaded is None else loaded.course


def print_search(workbook: Workbook, typed: str, limit: int, out: TextIO) -> int:
    """One hit a line, tab-separated; exit 1 when nothing is found (as grep does)."""
    shown = workbook.current_run()
    course = _course_of(shown) if shown is not None else None
    hits = workbook.search(typed, course, shown)[: max(0, limit)]
    steps: dict[tuple[int, str], str] = {}
    for run in workbook.runs():
        course = _course_of(run)
        for step in course.steps if course else ():
            steps[(run.id, step.id)] = f"step {step.number}"
    for hit in hits:
        where = hit.part if hit.kind == "call" else hit.heading
        marked = hit.snippet.replace("<b>", "[").replace("</b>", "]")
        text_ = html.unescape(marked)
        label = steps.get((hit.run_id, hit.step_id), hit.step_id)
        print(f"run {hit.run_id}\t{label}\t{hit.kind} {hit.ref}\t{where}\t{text_}", file=out)
    return 0 if hits else 1


def print_runs(workbook: Workbook, out: TextIO) -> int:
    shown = workbook.current_run()
    runs = workbook.runs()
    if not runs:
        print("no course started in this data folder yet", file=out)
    for run in runs:
        course = _course_of(run)
        title = course.title if course else run.course_id
        mark = "  (shown in the app)" if shown and run.id == shown.id else ""
        print(
            f"{run.id:>4}  {title} · run {run.number} · from {run.start.isoformat()}{mark}",
            file=out,
        )
    return 0


FORMATS = ("docx", "pdf", "md", "ics")


def export_format(requested: str | None, target: Path) -> tuple[str, Path] | str:
    """The format and the file to write, or why they disagree: `--format pdf --out x.docx`
    would write a PDF that Word cannot open."""
    suffix = target.suffix.lower().lstrip(".")
    if requested is None:
        return (suffix if suffix in FORMATS else "docx"), (
            target if suffix in FORMATS else target.with_name(target.name + ".docx")
        )
    if not suffix:
        return requested, target.with_name(f"{target.name}.{requested}")
    if suffix != requested:
        return (
            f"--out {target} ends in .{suffix} but --format is {requested}: "
            f"use --out {target.with_suffix('.' + requested)}, or --format "
            f"{suffix if suffix in FORMATS else requested}"
        )
    return requested, target


def export(workbook: Workbook, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    chosen = export_format(args.format, args.out)
    if isinstance(chosen, str):
        print(f"coursebook: {chosen}", file=err)
        return 2
    file_format, target = chosen
    runs = workbook.runs()
    if args.run is not None:
        run = next((r for r in runs if r.id == args.run), None)
        if run is None:
            known = ", ".join(str(r.id) for r in runs) or "none yet"
            print(f"coursebook: --run {args.run}: there is no such run (runs: {known})", file=err)
            return 2
    else:
        run = workbook.current_run()
    course = _course_of(run) if run is not None else None
    if run is None or course is None:
        print(
            "coursebook: no course chosen in this data folder yet (start the app first, "
            "or run `coursebook demo`)",
            file=err,
        )
        return 1
    count = course.steps[-1].number if course.steps else 0
    try:
        steps = (
            parse_step_range(args.steps, count)
            if args.steps
            else tuple(s.number for s in course.steps)
        )
    except ValueError as error:
        print(f"coursebook: --steps: {error}", file=err)
        return 2
    options = ExportOptions(steps, args.lessons, args.customers, args.nps, args.name)
    content = workbook.export_content(course, run, options, date.today())
    labels = labels_for(args.language or course.language)
    try:
        if file_format == "docx":
            write_docx(content, labels, target, template=args.template)
        elif file_format == "md":
            write_markdown(content, labels, target)
        elif file_format == "ics":
            from coursebook.export.calendar import write_calendar

            write_calendar(content, labels, run.id, target)
        else:
            from coursebook.ui.pdf_export import write_pdf_standalone

            write_pdf_standalone(content, labels, target)
    except (ExportTargetError, TemplateError) as error:
        print(f"coursebook: {error.path}: {error.reason}", file=err)
        return 1
    count = len(content.steps)
    print(f"exported {count} step{'' if count == 1 else 's'} to {target}", file=out)
    return 0


def find_customer(
    workbook: Workbook, typed: str, *, in_trash: bool = False
) -> tuple[int, str] | str:
    """The customer `typed` names (a number, or a name however it is written) and their
    name, or why not: none, or more than one (listed, so that the script can use a number).
    With `in_trash`, customers moved to the trash count too."""
    found = [
        (c.id, c.name, c.organisation) for c in workbook.customer_register(include_archived=True)
    ]
    if in_trash:
        found += [
            (entry.customer_id, entry.name, entry.text)
            for entry in workbook.trash()
            if entry.kind is TrashKind.CUSTOMER and entry.customer_id is not None
        ]
    if typed.strip().isdigit():
        number = int(typed)
        named = [name for cid, name, _o in found if cid == number]
        return (number, named[0]) if named else f"there is no customer number {number}"
    wanted = text_key(typed)
    matches = [(cid, name, org) for cid, name, org in found if text_key(name) == wanted]
    if not matches:
        return f"no customer is called {typed!r} (see `coursebook customers export`)"
    if len(matches) > 1:
        listed = "; ".join(
            f"{cid}: {name}" + (f" ({org})" if org else "") for cid, name, org in matches
        )
        return f"{len(matches)} customers are called {typed!r}; give the number: {listed}"
    return matches[0][0], matches[0][1]


def export_person(workbook: Workbook, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from coursebook.course.catalog import all_courses
    from coursebook.export.person import write_person

    found = find_customer(workbook, args.customer)
    if isinstance(found, str):
        print(f"coursebook: {found}", file=err)
        return 2
    courses = all_courses(Catalog.discover(bundled_courses_dir()))
    data = workbook.person_data(found[0], courses, date.today())
    language = args.language or preferred_language(resolve_data_paths(args.data_dir).settings_file)
    try:
        write_person(data, labels_for(language), args.out)
    except ExportTargetError as error:
        print(f"coursebook: {error.path}: {error.reason}", file=err)
        return 1
    calls, scores = len(data.calls), len(data.scores)
    print(
        f"wrote everything held about {data.customer.name} ({calls} call"
        f"{'' if calls == 1 else 's'}, {scores} score{'' if scores == 1 else 's'}) to {args.out}",
        file=out,
    )
    return 0


def forget_customer(workbook: Workbook, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    found = find_customer(workbook, args.customer, in_trash=True)  # the trash too
    if isinstance(found, str):
        print(f"coursebook: {found}", file=err)
        return 2
    customer_id, name = found
    done = workbook.forget_customer(
        customer_id,
        keep_calls=args.keep_calls,
        with_backups=args.with_backups,
        second_folder=args.second_folder,
    ).value
    kept = "kept without them" if args.keep_calls else "deleted"
    print(f"forgot {name}: {done.scores} scores erased, {done.calls} calls {kept}", file=out)
    if workbook.on_server:
        print(
            "the server's own backups still hold them until they rotate out; erase them "
            "there if the request asks for it (docs/team.md)",
            file=out,
        )
        return 0
    if args.with_backups:
        print(f"erased from {len(done.backups_cleaned)} backups", file=out)
        for path, reason in done.backups_failed:
            print(f"coursebook: {path}: could not be changed ({reason})", file=err)
        return 1 if done.backups_failed else 0
    print(
        "older backups still hold them until they rotate out (--with-backups erases them there)",
        file=out,
    )
    return 0


def demo(workbook: Workbook, language: str, out: TextIO, err: TextIO) -> int:
    catalog = Catalog.discover(bundled_courses_dir())
    entry = catalog.get("superenthousiaste-klanten") or next(iter(catalog), None)
    if entry is None:
        print("coursebook: no bundled course found", file=err)
        return 1
    course = entry.version(entry.pick_language([language])).course
    assert course is not None
    try:
        summary = workbook.fill_demo(course, date.today()).value
    except WorkbookNotEmptyError as error:
        print(f"coursebook: {workbook.folder}: {error}", file=err)
        return 1
    print(
        f"demo workbook in {workbook.folder}: {summary.customers} customers, "
        f"{summary.calls} calls, {summary.actions} actions, "
        f"{summary.reflections} reflections",
        file=out,
    )
    return 0


def migrate_to(workbook: Workbook, target: str, out: TextIO, err: TextIO) -> int:
    """Copy the workbook into an empty server database or a new file; print the counts."""
    from coursebook.workbook.move import TargetNotEmptyError

    try:
        counts = workbook.move_to(target)
    except TargetNotEmptyError as error:
        print(
            f"coursebook: {_shown_target(target)}: {error}; moving never mixes two workbooks",
            file=err,
        )
        return 1
    except DatabaseError as error:
        print(f"coursebook: {error}", file=err)
        return 1
    except ValueError as error:  # not a URL it can read: not shown, it may hold a password
        print(f"coursebook: migrate-to: {error}", file=err)
        return 1
    width = max(len(c.table) for c in counts)
    print(f"{'table':<{width}}  {'rows here':>9}  {'rows there':>10}", file=out)
    for count in counts:
        mark = "" if count.same else "  DIFFERENT"
        print(f"{count.table:<{width}}  {count.source:>9}  {count.target:>10}{mark}", file=out)
    if all(c.same for c in counts):
        shown = _shown_target(target)
        print(
            f"moved: every row is there ({sum(c.source for c in counts)} in all): {shown}", file=out
        )
        return 0
    print("coursebook: the counts differ; keep using the workbook you have", file=err)
    return 1


def _shown_target(target: str) -> str:
    """Where a workbook moves to, as it may be shown: a server's address without password."""
    from coursebook.workbook.core import is_server_url, server_address

    if not is_server_url(target):
        return target
    try:
        return server_address(target)
    except ValueError:
        return "the server"
