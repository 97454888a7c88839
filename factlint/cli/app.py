"""The command line: parse options, run the engine, render, return an exit status.

Exit status: 0 clean, 1 findings at or above the fail level (--fail-on),
2 usage, rule, input or output errors, 130 interrupted. Errors are one
message on stderr, never a traceback.
"""
from __future__ import annotations

import os
import re
import sys

import click

from factlint import __version__
from factlint.cli.exit import ExitStatus, exit_status
from factlint.cli.params import Glob, PathIgnores, Size, ToleranceType
from factlint.errors import DocumentError, FactlintError, describe
from factlint.read.discover import ARTICLE_SUFFIXES
from factlint.reporters import FACT_REPORTERS, REPORTERS
from factlint.reporters.options import RenderOptions


class DefaultGroup(click.Group):
    """A group whose default command is `check`: `factlint articles/` means
    `factlint check articles/`. A command name counts only as the first
    argument, so an option's value (`--output-file report`) is never one."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        wants_group_help = first in ("-h", "--help", "--version", "-V")
        if args and not wants_group_help and first not in self.commands:
            _no_such_command(ctx, first, list(self.commands))
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        """Run the command; user errors become one message and exit status 2."""
        try:
            return super().invoke(ctx)
        except FactlintError as exc:
            _error(describe(exc))
        except KeyboardInterrupt:
            click.echo("factlint: interrupted", err=True)
            ctx.exit(ExitStatus.INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # a bug: say so plainly, no traceback unless asked
            if os.environ.get("FACTLINT_DEBUG"):
                raise
            _error(f"internal error: {type(exc).__name__}: {exc} (set FACTLINT_DEBUG=1 for details)")
        ctx.exit(ExitStatus.ERROR)


def _no_such_command(ctx: click.Context, word: str | None, commands: list[str]) -> None:
    """A first word that is no path but close to a command name is a typo of the
    command (`test-rule`), not an article to look for."""
    import difflib

    if not word or word.startswith("-") or os.path.exists(word) or os.sep in word or "." in word:
        return
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.75)
    if close:
        raise click.UsageError(f"no such command {word!r}; did you mean {close[0]}?", ctx)


def _use_config(ctx: click.Context, param: click.Parameter, value):
    """Callback of the eager --config and --isolated: once both are known, the
    config file's values become the defaults of the command's other options."""
    given = ctx.meta.setdefault("factlint.config_options", {})
    given[param.name] = value
    if len(given) < 2:
        return value
    if given["config_file"] and given["isolated"]:
        raise click.UsageError("--config and --isolated cannot be used together", ctx)
    from factlint.cli import config

    found = config.load(given["config_file"], given["isolated"], os.getcwd())
    ctx.meta["factlint.cli.config"] = found
    if found is not None:
        ctx.default_map = config.defaults(found, cli.commands["check"], ctx.command)
    return value


def _config_options(func):
    """--config and --isolated: where the settings come from (every command that reads articles or facts)."""
    func = click.option("--isolated", "--no-config", "isolated", is_flag=True, is_eager=True, expose_value=False,
                        callback=_use_config, help="Read no configuration file.")(func)
    return click.option("--config", "config_file", metavar="FILE", is_eager=True, expose_value=False,
                        callback=_use_config, help="Read this configuration file instead of searching for one.")(func)


def _baseline_option(func):
    return click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
                        help="Leave out the findings recorded in this baseline file.")(func)


def _against_option(func):
    return click.option("--against", multiple=True, metavar="PATH",
                        help="Compare the articles of PATHS (drafts) with these articles (the corpus, "
                             "repeatable); report the drafts only. `factlint - CORPUS...` means "
                             "`factlint - --against CORPUS...`.")(func)


def _article_command(formats, default: str | None, format_help: str):
    """The arguments every article command takes: PATHS, --rules, and --format
    with the command's own formats."""
    def decorate(func):
        func = click.option("--format", "fmt", default=default, show_default=default is not None,
                            type=click.Choice(list(formats)), help=format_help)(func)
        return _paths_command(func)
    return decorate


def _output_targets(ctx: click.Context, param: click.Parameter, specs: tuple[str, ...]) -> list[tuple[str, str]]:
    from factlint.cli.output import OUTPUT_ONLY, output_target

    return [output_target(spec, set(REPORTERS) | set(OUTPUT_ONLY)) for spec in specs]


def _report_options(func):
    """`check`'s options for where the report goes and when the run fails."""
    options = [
        click.option("--output-file", "outputs", multiple=True, metavar="[FORMAT:]PATH", callback=_output_targets,
                     help="Also write the report to PATH (repeatable); the format from FORMAT: or the extension "
                          "(.sarif sarif, .xml junit, .json json, .txt/.log line, .html the editor's report)."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Colour the text report; auto: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces)."),
        click.option("-q", "--quiet", is_flag=True, help="Text report: only the failures and the tally."),
        click.option("--statistics", is_flag=True,
                     help="Count findings per rule.fact (to standard error for json, sarif and junit)."),
        click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
                     help="Lowest finding severity that makes the exit status 1."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still means an error)."),
        click.option("--show-source", type=click.Choice(["short", "full"]), default="short", show_default=True,
                     help="Text report: quote the sentence cut around the value (short) or whole (full)."),
        click.option("--show-superseded", is_flag=True,
                     help="Text report: list every superseded figure (info) instead of one line per fact."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _paths_command(func):
    """The arguments every command that reads articles takes: PATHS, which rules
    and articles to check, and where the configuration comes from."""
    options = [
        click.argument("paths", nargs=-1),
        click.option("--rules", "rules_dirs", multiple=True, default=("rules",), show_default=True,
                     type=click.Path(file_okay=False),
                     help="Folder of rule files (*.yaml); repeat for several. The default `rules` is looked "
                          "for beside the configuration file, else at the repository root."),
        click.option("--select", multiple=True, metavar="RULE",
                     help="Run only the rules whose id starts with RULE; repeatable."),
        click.option("--ignore", multiple=True, metavar="RULE",
                     help="Do not run the rules whose id starts with RULE; repeatable."),
        click.option("--include", multiple=True, type=Glob(),
                     help=f"In folders, read the files matching GLOB (default: "
                          f"{', '.join('*' + s for s in ARTICLE_SUFFIXES)}); repeatable."),
        click.option("--exclude", multiple=True, type=Glob(),
                     help="In folders, skip the files and folders matching GLOB; repeatable."),
        click.option("--force-exclude", is_flag=True,
                     help="Apply --exclude to files named on the command line too (a pre-commit hook names "
                          "every staged file)."),
        click.option("--tolerance", type=ToleranceType(),
                     help="Tolerance of facts that set none: '5%' or a number."),
        # How articles are read: size cap, unreadable files, standard input, regex budget.
        click.option("--max-file-size", default="5MB", show_default=True, type=Size(),
                     help="Skip (with a warning) files larger than this."),
        click.option("--skip-unreadable", is_flag=True,
                     help="Warn about files that cannot be read, instead of exiting with status 2."),
        click.option("--stdin-filename", default="<stdin>", show_default=True, metavar="NAME",
                     help="Name of the article read from standard input (`-`) in findings."),
        click.option("--regex-timeout", default=0.25, show_default=True, metavar="SECONDS",
                     type=click.FloatRange(min=0, min_open=True),
                     help="Time budget of one search with a rule's /regular expression/."),
        # How the extract step runs.
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes [default: the number of cores; 1 runs in this process]."),
        click.option("--cache-dir", default=".factlint_cache", show_default=True, envvar="FACTLINT_CACHE_DIR",
                     type=click.Path(file_okay=False),
                     help="Where extracted facts are cached, keyed on file content, rules and version "
                          "(also $FACTLINT_CACHE_DIR)."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        click.option("--date-order", type=click.Choice(["mdy", "dmy"]), default=None,
                     help="How an all-numeric date such as 01/02/2024 is read, in articles and in rules "
                          "that set none: month first (mdy) or day first (dmy) [default: dmy, and an "
                          "ambiguous date in a rule's expected is an error]."),
        click.option("--dates", "dates_file", type=click.Path(dir_okay=False), default=None,
                     help="Publication times from your CMS: a CSV (path,time) or YAML (path: time) file; "
                          "they win over the times read from the pages."),
    ]
    for option in reversed(options):
        func = option(func)
    return click.pass_context(_config_options(func))


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
    from factlint.extract.workers import default_jobs
    from factlint.read.source import ReadOptions

    return {"options": ReadOptions(options["max_file_size"], options["skip_unreadable"], options["stdin_filename"]),
            "jobs": options["jobs"] or default_jobs(),
            "cache_dir": None if options["no_cache"] else options["cache_dir"]}


def _drafts_and_corpus(paths: tuple[str, ...], against: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`factlint - CORPUS...`: the article on standard input is the draft and the
    other paths its corpus, as with `--against`."""
    from factlint.read.discover import STDIN

    if not against and STDIN in paths and len(paths) > 1:
        return (STDIN,), tuple(p for p in paths if p != STDIN)
    return paths, against


def _load(paths: tuple[str, ...], options: dict, per_path_ignores: tuple = (), warn_unused_rules: bool = False,
          baseline_file: str | None = None, against: tuple[str, ...] = ()):
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.compare.baseline import load_baseline
    from factlint.engine import check_paths
    from factlint.prose.terms import regex_timeout
    from factlint.read.datesfile import load_dates
    from factlint.ruletest import unused_rules

    baseline = load_baseline(baseline_file) if baseline_file else None
    rules = _rules(options)
    dates = load_dates(options["dates_file"]) if options.get("dates_file") else None
    paths, against = _drafts_and_corpus(paths, against)
    with regex_timeout(options["regex_timeout"]), _progress() as progress:
        report = check_paths(list(paths), rules, _selection(options, per_path_ignores), baseline,
                             **_extract_args(options), against=list(against) or None, progress=progress,
                             dates=dates)
    unused = unused_rules(rules, report, _sentences(report, rules, options)) if warn_unused_rules else ()
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
        click.echo(f"factlint: warning: {warning}", err=True)
    for error in errors:
        _error(str(error))


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="factlint")
def cli() -> None:
    """factlint: check that every version of a story states the same facts.

    \b
    factlint [check] [--rules DIR] [--format FORMAT] [--output-file [FORMAT:]PATH]... [--baseline FILE | --write-baseline FILE] PATHS...
    factlint DRAFT... --against CORPUS...    (or: factlint - CORPUS... < draft.md)
    factlint facts [--rules DIR] [--format text|json|csv] PATHS...
    factlint rules [RULE]
    factlint test-rules [RULES...]
    factlint report [--rules DIR] -o REPORT.html PATHS...
    factlint --show-config | --show-files PATHS...
    """


@cli.command("check")
@click.option("--per-path-ignores", multiple=True, type=PathIgnores(),
              help="Do not report RULES (id prefixes, comma-separated) for articles matching GLOB; repeatable.")
@click.option("--show-config", is_flag=True, help="Print the resolved configuration and where each value comes from.")
@click.option("--show-files", is_flag=True, help="List the articles that would be checked.")
@click.option("--warn-unused-rules", is_flag=True,
              help="Warn (on stderr) about rules that matched nothing in any article.")
@_baseline_option
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False),
              help="Record this run's findings in FILE and exit 0.")
@_against_option
@_article_command(REPORTERS, "text", "Output format (github when GITHUB_ACTIONS=true and no format is set).")
@_report_options
def check_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, per_path_ignores: tuple,
                  show_config: bool, show_files: bool, warn_unused_rules: bool,
                  baseline_file: str | None, write_baseline_file: str | None, against: tuple[str, ...],
                  outputs: list[tuple[str, str]], color: str, quiet: bool, statistics: bool,
                  fail_on: str, exit_zero: bool, show_source: str, show_superseded: bool, **options) -> None:
    """Check articles (files, or folders of articles) against the rules and each other."""
    if show_config:
        from factlint.cli import config

        click.echo(config.show(ctx, ctx.meta.get("factlint.cli.config")), nl=False)
        ctx.exit(ExitStatus.CLEAN)
    _need_paths(ctx, paths)
    if show_files:
        _show_files(paths, _selection(options))
        ctx.exit(ExitStatus.CLEAN)
    if ctx.get_parameter_source("fmt") is click.core.ParameterSource.DEFAULT:
        from factlint.cli.output import default_format

        fmt = default_format(os.environ)  # neither the command line nor a config file chose one
    report = _load(paths, options, per_path_ignores, warn_unused_rules,
                   None if write_baseline_file else baseline_file, against)
    if write_baseline_file:
        from factlint.compare.baseline import write_baseline
        count = write_baseline(write_baseline_file, report.findings)
        click.echo(f"factlint: recorded {count} finding{'' if count == 1 else 's'} in {write_baseline_file}")
        ctx.exit(ExitStatus.CLEAN)
    _emit(ctx, report, fmt, outputs, color, quiet, statistics, fail_on, exit_zero, show_source,
          _run_info(options, baseline_file), show_superseded)


def _emit(ctx: click.Context, report, fmt: str, outputs: list[tuple[str, str]], color: str, quiet: bool,
          statistics: bool, fail_on: str, exit_zero: bool, show_source: str, info: dict[str, str],
          show_superseded: bool = False) -> None:
    """Print the report, write the --output-file copies, exit: `check` and `compare` alike."""
    from factlint.cli.output import use_color, write_outputs
    from factlint.reporters import DATA_FORMATS, render

    terminal = _stdout_is_terminal()
    colored = fmt == "text" and use_color(color, os.environ, terminal)
    width = _terminal_width() if terminal else None
    click.echo(render(fmt, report, RenderOptions(quiet, colored, width, show_source == "full",
                                                 show_superseded=show_superseded)), nl=False, color=colored)
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
    click.echo("\n".join(found))


@cli.command("facts")
@_baseline_option
@_against_option
@_article_command(FACT_REPORTERS, "text", "Output format (csv: one row per mention, for a spreadsheet).")
def facts_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, baseline_file: str | None,
                  against: tuple[str, ...], **options) -> None:
    """Show the fact table: facts as rows, articles as columns (one block per fact when the
    table is wider than the terminal)."""
    _need_paths(ctx, paths)
    report = _load(paths, options, baseline_file=baseline_file, against=against)
    width = _terminal_width() if fmt == "text" and _stdout_is_terminal() else None
    click.echo(FACT_REPORTERS[fmt].render(report, RenderOptions(width=width)), nl=False)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


@cli.command("rules")
@click.argument("rule_id", required=False, metavar="[RULE]")
@click.option("--rules", "rules_dirs", multiple=True, default=("rules",), show_default=True,
              type=click.Path(file_okay=False), help="Folder of rule files (*.yaml); repeat for several.")
@click.option("--date-order", type=click.Choice(["mdy", "dmy"]), default=None, hidden=True)
@click.option("--tolerance", type=ToleranceType(), hidden=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@_config_options
@click.pass_context
def rules_command(ctx: click.Context, rule_id: str | None, fmt: str, **options) -> None:
    """List the rules: their facts, expected values and descriptions (RULE: the rules whose id starts with it)."""
    from factlint.ruletest import describe_rules

    if ctx.get_parameter_source("fmt") is click.core.ParameterSource.DEFAULT_MAP:
        fmt = "text"  # the configuration's `format` is the report's, not this listing's
    rules = _rules(options)
    if rule_id:
        chosen = tuple(r for r in rules if r.id.startswith(rule_id))
        if not chosen:
            import difflib

            close = difflib.get_close_matches(rule_id, [r.id for r in rules], n=1)
            hint = f"; did you mean {close[0]}?" if close else f"; rules: {', '.join(r.id for r in rules)}"
            raise FactlintError(f"no rule {rule_id!r}{hint}")
        rules = chosen
    click.echo(describe_rules(rules, fmt), nl=False)


@cli.command("test-rules")
@click.argument("rule_paths", nargs=-1, metavar="[RULES]...")
@click.pass_context
def test_rules_command(ctx: click.Context, rule_paths: tuple[str, ...]) -> None:
    """Run the rules' own examples (rules folders or files; default: rules)."""
    from factlint import ruletest

    rules = ruletest.load_rule_paths(rule_paths or ("rules",))
    results = ruletest.run_examples(rules)
    click.echo(ruletest.render(rules, results), nl=False)
    ctx.exit(ExitStatus.CLEAN if all(r.ok for r in results) else ExitStatus.FINDINGS)


@cli.command("report")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@_baseline_option
@_against_option
@_paths_command
def report_command(ctx: click.Context, paths: tuple[str, ...], output: str, baseline_file: str | None,
                   against: tuple[str, ...], **options) -> None:
    """Write the editor's report: the findings by fact and the fact matrix, as one self-contained HTML page."""
    from factlint.atomic import write_atomic
    from factlint.reporters import render

    _need_paths(ctx, paths)
    report = _load(paths, options, baseline_file=baseline_file, against=against)
    try:
        write_atomic(output, render("html", report, RenderOptions(info=tuple(_run_info(options, baseline_file).items())), command="report"))
    except OSError as exc:
        raise FactlintError(f"{output}: cannot write: {exc.strerror or exc}") from None
    articles, findings = len(report.articles), len(report.findings)
    click.echo(f"factlint: wrote {output} ({articles} article{'s' * (articles != 1)}, "
               f"{findings} disagreement{'s' * (findings != 1)})", err=True)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


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
    from factlint.read.discover import ARTICLE_SUFFIXES

    kinds = ", ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
    return DocumentError(f"no articles found in {', '.join(paths)} (articles are {kinds} files)")


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@cli.command("extract")
@click.option("--output", "-o", "output", default="-", show_default=True,
              help="Facts file to write (JSON Lines); - for standard output.")
@_paths_command
def extract_command(ctx: click.Context, paths: tuple[str, ...], output: str, **options) -> None:
    """Extract the facts of articles into a facts file, for `factlint compare` (run it on shards)."""
    from factlint.atomic import write_atomic
    from factlint.engine import extract_paths
    from factlint.extract.factfile import fact_lines
    from factlint.prose.terms import regex_timeout

    _need_paths(ctx, paths)
    selection = _selection(options)
    rules = selection.pick_rules(_rules(options))
    warnings: list[str] = []
    errors: list = []

    def noting(results):
        for result in results:
            warnings.extend(result.warnings)
            errors.extend(result.errors)
            yield result

    with regex_timeout(options["regex_timeout"]):
        lines = fact_lines(noting(extract_paths(list(paths), rules, selection, **_extract_args(options))), rules)
        if output == "-":
            for line in lines:
                click.echo(line, nl=False)
        else:
            write_atomic(output, "".join(lines))
    _announce(warnings, errors)
    ctx.exit(ExitStatus.ERROR if errors else ExitStatus.CLEAN)


@cli.command("compare")
@click.argument("fact_files", nargs=-1, required=True)
@click.option("--rules", "rules_dirs", multiple=True, default=("rules",), show_default=True,
              type=click.Path(file_okay=False),
              help="Folders of rule files (*.yaml): the ones the facts were extracted with.")
@click.option("--tolerance", type=ToleranceType(), help="Tolerance of facts that set none (as for check).")
@click.option("--date-order", type=click.Choice(["mdy", "dmy"]), default=None,
              help="As for check: the order the facts were extracted with.")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(list(REPORTERS)),
              help="Output format (as for check).")
@_baseline_option
@_report_options
@_config_options
@click.pass_context
def compare_command(ctx: click.Context, fact_files: tuple[str, ...], fmt: str, baseline_file: str | None,
                    outputs: list[tuple[str, str]], color: str, quiet: bool, statistics: bool,
                    fail_on: str, exit_zero: bool, show_source: str, **options) -> None:
    """Compare facts files made by `factlint extract`: the report `check` would give."""
    from factlint.compare.baseline import apply_baseline, load_baseline
    from factlint.engine import build_report
    from factlint.extract.factfile import read_fact_files

    rules = _rules(options)
    baseline = load_baseline(baseline_file) if baseline_file else None
    report = build_report(read_fact_files(list(fact_files), rules), rules)
    if baseline:
        report = apply_baseline(report, baseline)
    _announce(report.warnings, report.errors)
    _emit(ctx, report, fmt, outputs, color, quiet, statistics, fail_on, exit_zero, show_source,
          _run_info(options, baseline_file))


def _error(message: str) -> None:
    click.echo(f"factlint: error: {message}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Run factlint; return the exit status."""
    try:
        result = cli.main(args=argv, prog_name="factlint", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("factlint: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return ExitStatus.ERROR
    return result if isinstance(result, int) else ExitStatus.CLEAN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def resolve_check(args: list[str]):
    """The rules, selection, baseline and rules folders `factlint check ARGS` would use, from
    the command line, the configuration file and the defaults: the one resolution of
    settings, for entry points that are not this command line (the pytest plugin)."""
    from factlint.compare.baseline import load_baseline

    command = cli.commands["check"]
    with command.make_context("factlint", list(args)) as ctx:
        options = dict(ctx.params)
        rules = _rules(options)
        folders = _rules_dirs(options)
        selection = _selection(options, options.get("per_path_ignores", ()))
        baseline = load_baseline(options["baseline_file"]) if options.get("baseline_file") else None
    return rules, selection, baseline, folders
