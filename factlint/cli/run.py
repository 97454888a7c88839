"""What the commands do between parsing and exiting: load the rules and the
articles into a report, print it, write the output files, and the terminal
facts (width, colour, progress) they depend on."""
from __future__ import annotations

import os
import re
import sys

import click

from factlint.cli.exit import exit_status
from factlint.errors import DocumentError, FactlintError, printable
from factlint.read.discover import ARTICLE_SUFFIXES
from factlint.reporters.options import RenderOptions


def _need_paths(ctx: click.Context, paths: tuple[str, ...]) -> None:
    # PATHS is optional only so that --show-config can run without it.
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.", ctx)


def _selection(options: dict, per_path_ignores: tuple = ()):
    from factlint.compare.selection import Selection

    return Selection(options["select"], options["ignore"], options["include"], options["exclude"], per_path_ignores,
                     options.get("force_exclude", False))


def _rules(options: dict):
    from factlint.rules import Tolerance, load_rules

    return load_rules(_rules_dirs(options), options["tolerance"] or Tolerance(),
                      **_date_order(options))


def _date_order(options: dict) -> dict:
    # Passed only when set, so that rule loading keeps its own default otherwise.
    return {"date_order": options["date_order"]} if options.get("date_order") else {}


def _rules_dirs(options: dict) -> tuple[str, ...]:
    """The rules folders: as given on the command line or in the config file (there,
    relative to the file), else the default `rules` beside the config file, else at
    the repository root, else here. One resolution for every entry point."""
    from factlint.cli.config import default_rules_dir

    ctx = click.get_current_context(silent=True)
    given = options["rules_dirs"]
    if ctx is None or ctx.get_parameter_source("rules_dirs") is not click.core.ParameterSource.DEFAULT:
        return given
    return (default_rules_dir(ctx.meta.get("factlint.cli.config"), os.getcwd()),)


def _extract_args(options: dict) -> dict:
    """How the extract step reads and runs: keyword arguments of engine.extract_paths."""
    from factlint.extract.workers import AUTO
    from factlint.read.source import ReadOptions

    return {"options": ReadOptions(options["max_file_size"], options["skip_unreadable"], options["stdin_filename"],
                                   article_timeout=options["article_timeout"]),
            "jobs": options["jobs"] or AUTO,
            "cache_dir": None if options["no_cache"] else options["cache_dir"]}


def _drafts_and_corpus(paths: tuple[str, ...], against: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`factlint - CORPUS...`: the article on standard input is the draft and the
    other paths its corpus, as with `--against`."""
    from factlint.read.discover import STDIN

    if not against and STDIN in paths and len(paths) > 1:
        return (STDIN,), tuple(p for p in paths if p != STDIN)
    return paths, against


def _load(paths: tuple[str, ...], options: dict, per_path_ignores: tuple = (), warn_unused_rules: bool = False,
          baseline_file: str | None = None, against: tuple[str, ...] = (), keep_facts: bool = True):
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.compare.baseline import load_baseline
    from factlint.engine import check_paths
    from factlint.prose.terms import regex_timeout
    from factlint.read.datesfile import load_dates

    baseline = load_baseline(baseline_file) if baseline_file else None
    rules = _rules(options)
    dates = load_dates(options["dates_file"]) if options.get("dates_file") else None
    paths, against = _drafts_and_corpus(paths, against)
    with regex_timeout(options["regex_timeout"]), _progress() as progress:
        report = check_paths(list(paths), rules, _selection(options, per_path_ignores), baseline,
                             **_extract_args(options), against=list(against) or None, progress=progress,
                             dates=dates, keep_facts=keep_facts)
    unused: tuple | list = ()
    if warn_unused_rules:
        from factlint.ruletest import unused_rules

        unused = unused_rules(rules, report, _sentences(report, rules, options))
    warnings = [*report.warnings, *unused]
    _announce(warnings, report.errors)
    if not report.articles and not report.errors:
        if options.get("force_exclude") and all(os.path.isfile(p) for p in paths):
            return report  # every file named was excluded on purpose: nothing to check is a pass
        raise _no_articles(paths)
    return report


def _sentences(report, rules, options: dict) -> dict[str, list[str]] | None:
    """The sentences of every article, read again only when a rule matched nothing,
    so that --warn-unused-rules can say why."""
    from factlint.errors import DocumentError
    from factlint.read.document import document_from_bytes, read_bytes

    matched = {f.rule for f in report.facts}
    if all(rule.id in matched for rule in rules):
        return None
    found: dict[str, list[str]] = {}
    for path in report.articles:
        try:
            doc = document_from_bytes(path, read_bytes(path, options.get("max_file_size")))
        except (DocumentError, OSError):
            continue  # standard input, or a file gone since: nothing to explain with
        found[path] = [re.sub(r"\s+", " ", s.text) for s in doc.sentences]
    return found


def _progress():
    from factlint.cli.output import Progress

    return Progress(sys.stderr, _stderr_is_terminal() and not os.environ.get("CI"))


def _announce(warnings, errors) -> None:
    for warning in warnings:
        click.echo(f"factlint: warning: {printable(warning)}", err=True)
    for error in errors:
        _error(printable(str(error)))


def _emit(ctx: click.Context, report, fmt: str, outputs: list[tuple[str, str]], color: str, quiet: bool,
          statistics: bool, fail_on: str, exit_zero: bool, show_source: str, info: dict[str, str],
          show_superseded: bool = False) -> None:
    """Print the report, write the --output-file copies, exit: `check` and `compare` alike."""
    from factlint.cli.output import use_color, write_outputs, write_stdout
    from factlint.reporters import DATA_FORMATS, chunks, render

    terminal = _stdout_is_terminal()
    colored = fmt == "text" and use_color(color, os.environ, terminal)
    width = _terminal_width() if terminal else None
    options = RenderOptions(quiet, colored, width, show_source == "full", show_superseded=show_superseded)
    if fmt == "github" or os.environ.get("GITHUB_ACTIONS") != "true":
        write_stdout(chunks(fmt, report, options))  # written as it is made: a large report is never whole
    else:
        write_stdout(_for_ci_log(render(fmt, report, options), fmt))
    if statistics and report.findings:
        counts = render("statistics", report, command="statistics")
        click.echo("\n" + counts if fmt == "text" else counts, nl=False, err=fmt in DATA_FORMATS)
    write_outputs(outputs, report, info)
    ctx.exit(exit_status(report, fail_on, exit_zero))


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((80, 24)).columns


def _show_files(paths: tuple[str, ...], selection) -> None:
    from factlint.read.discover import discover

    found = discover(list(paths), selection.include, selection.exclude, selection.force_exclude)
    if not found:
        raise _no_articles(paths)
    click.echo("\n".join(printable(path) for path in found))


def _run_info(options: dict, baseline_file: str | None) -> dict[str, str]:
    """What the HTML report says about the run: rules folders, baseline, date
    (SOURCE_DATE_EPOCH fixes the date, for byte-identical reports)."""
    from datetime import datetime, timezone

    info = {"rules": ", ".join(_rules_dirs(options))}
    if baseline_file:
        info["baseline"] = baseline_file
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")  # reproducible builds' convention
    when = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    info["date"] = when.strftime("%Y-%m-%d %H:%M UTC")
    return info


def _no_articles(paths: tuple[str, ...]) -> DocumentError:

    kinds = ", ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
    return DocumentError(f"no articles found in {', '.join(paths)} (articles are {kinds} files)")


def _stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _error(message: str) -> None:
    click.echo(f"factlint: error: {message}", err=True)


def _text_width(fmt: str) -> int | None:
    """The terminal's width for a text format printed to a terminal, else None (a pipe, a file, data)."""
    return _terminal_width() if fmt == "text" and _stdout_is_terminal() else None


def _tolerant_streams() -> None:
    """Standard output and error in an encoding that cannot hold every character
    (PYTHONIOENCODING=latin-1, a Windows pipe) write a backslash escape instead
    of failing, and so do stray surrogates from file names."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # closed, or already written to in a way that forbids it
                pass


def _refuse_overwriting_articles(paths: tuple[str, ...], options: dict, outputs: list[str]) -> None:
    """An output file that is one of the run's articles is refused before the run:
    factlint never writes to an article."""
    from factlint.atomic import overwritten_input
    from factlint.read.discover import discover

    outputs = [o for o in outputs if o]
    if not outputs:
        return
    selection = _selection(options)
    try:
        inputs = discover(list(paths), selection.include, selection.exclude)
    except DocumentError:
        return  # the run itself reports the missing path
    clash = overwritten_input(outputs, inputs)
    if clash:
        raise FactlintError(f"{clash[0]}: is the article {clash[1]} of this run; factlint never writes to an "
                            "article: choose another output path")


def _for_ci_log(text: str, fmt: str) -> str:
    """Inside GitHub Actions, a line of a report that starts with `::` (an article
    named so) would run as a workflow command: such a report is wrapped in
    stop-commands, with a token taken from the text so the output stays the same."""
    if fmt == "github" or os.environ.get("GITHUB_ACTIONS") != "true":
        return text
    if not any(line.lstrip().startswith("::") for line in text.splitlines()):
        return text
    import hashlib

    token = "factlint-" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"::stop-commands::{token}\n{text}::{token}::\n"


def _discover(paths: tuple[str, ...], min_articles: int, include: tuple = (), exclude: tuple = (),
              max_file_size: int | None = None):
    """Run discovery: (report, discovered rules, group summaries)."""
    from factlint.compare.selection import Selection
    from factlint.engine import discover_paths
    from factlint.read.source import ReadOptions
    from factlint.reporters import discovered

    options = ReadOptions(max_file_size) if max_file_size else ReadOptions()
    report, found, read_only = discover_paths(list(paths), min_articles, Selection((), (), include, exclude),
                                              options)
    _announce(report.warnings, report.errors)
    if not report.articles and not report.errors:
        raise _no_articles(paths)
    described = [(d.rule.id, spec.name, d.rule.description, spec.kind) for d in found for spec in d.rule.facts]
    groups = discovered.summaries(report, described) + [discovered.read_only_summary(r) for r in read_only]
    return report, found, groups


def _write_discovered(rules_dir: str, report, found, groups) -> None:
    from factlint import ruletest
    from factlint.discover import writer
    from factlint.rules import Example

    def check(rule, expect: str, passage: str) -> bool:
        return ruletest.run_example(rule, Example(expect, 1, 0, passage)).ok

    summary = {g.rule: g for g in groups}
    counts: dict[str, int] = {}
    for d in found:
        g = summary.get(d.rule.id)
        if g is None:
            continue
        data = writer.draft(d.data, list(g.mentions), list(g.disagreements), g.consensus, check)
        result = writer.write_rule(rules_dir, d.rule.id, writer.render(data, list(g.mentions),
                                                                      list(g.disagreements), g.consensus))
        counts[result.status] = counts.get(result.status, 0) + 1
        if result.status == "kept":
            click.echo(f"factlint: kept {result.path}: edited by hand since it was drafted", err=True)
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to write"
    click.echo(f"factlint: draft rules in {rules_dir}: {tally}", err=True)
