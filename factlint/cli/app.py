"""The command line: parse options, run the engine, render, return an exit status.

Exit status: 0 clean, 1 findings at or above the fail level (--fail-on),
2 usage, rule, input or output errors, 130 interrupted. Errors are one
message on stderr, never a traceback.
"""
from __future__ import annotations

import os
import sys

import click

from factlint import __version__
from factlint.cli.exit import ExitStatus, exit_status
from factlint.cli.params import Glob, PathIgnores, Size, ToleranceType
from factlint.errors import DocumentError, FactlintError, describe
from factlint.reporters import FACT_REPORTERS, REPORTERS
from factlint.reporters.options import DEFAULT


class DefaultGroup(click.Group):
    """A group whose default command is `check`: `factlint articles/` means
    `factlint check articles/`. A command name counts only as the first
    argument, so an option's value (`--output-file report`) is never one."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        wants_group_help = first in ("-h", "--help", "--version")
        if args and not wants_group_help and first not in self.commands:
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


def _article_command(formats, default: str | None, format_help: str):
    """The arguments every article command takes: PATHS, --rules, and --format
    with the command's own formats."""
    def decorate(func):
        func = click.option("--format", "fmt", default=default, show_default=default is not None,
                            type=click.Choice(list(formats)), help=format_help)(func)
        return _paths_command(func)
    return decorate


def _output_targets(ctx: click.Context, param: click.Parameter, specs: tuple[str, ...]) -> list[tuple[str, str]]:
    from factlint.cli.output import output_target

    return [output_target(spec, set(REPORTERS)) for spec in specs]


def _report_options(func):
    """`check`'s options for where the report goes and when the run fails."""
    options = [
        click.option("--output-file", "outputs", multiple=True, metavar="[FORMAT:]PATH", callback=_output_targets,
                     help="Also write the report to PATH (repeatable); the format from FORMAT: or the extension "
                          "(.sarif sarif, .xml junit, .json json, .txt/.log line)."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Colour the text report; auto: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces)."),
        click.option("-q", "--quiet", is_flag=True, help="Text report: only the failures and the tally."),
        click.option("--statistics", is_flag=True,
                     help="Count findings per rule.fact (to standard error for json, sarif and junit)."),
        click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
                     help="Lowest finding severity that makes the exit status 1."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still means an error)."),
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
                     type=click.Path(file_okay=False), help="Folder of rule files (*.yaml); repeat for several."),
        click.option("--select", multiple=True, metavar="RULE",
                     help="Run only the rules whose id starts with RULE; repeatable."),
        click.option("--ignore", multiple=True, metavar="RULE",
                     help="Do not run the rules whose id starts with RULE; repeatable."),
        click.option("--include", multiple=True, type=Glob(),
                     help="In folders, read the files matching GLOB (default: *.txt); repeatable."),
        click.option("--exclude", multiple=True, type=Glob(),
                     help="In folders, skip the files and folders matching GLOB; repeatable."),
        click.option("--tolerance", type=ToleranceType(),
                     help="Tolerance of facts that set none: '5%' or a number."),
        click.option("--config", "config_file", metavar="FILE", is_eager=True, expose_value=False,
                     callback=_use_config, help="Read this configuration file instead of searching for one."),
        click.option("--isolated", "--no-config", "isolated", is_flag=True, is_eager=True, expose_value=False,
                     callback=_use_config, help="Read no configuration file."),
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
        click.option("--dates", "dates_file", type=click.Path(dir_okay=False), default=None,
                     help="Publication times from your CMS: a CSV (path,time) or YAML (path: time) file; "
                          "they win over the times read from the pages."),
    ]
    for option in reversed(options):
        func = option(func)
    return click.pass_context(func)


def _need_paths(ctx: click.Context, paths: tuple[str, ...]) -> None:
    # PATHS is optional only so that --show-config can run without it.
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.", ctx)


def _selection(options: dict, per_path_ignores: tuple = ()):
    from factlint.compare.selection import Selection

    return Selection(options["select"], options["ignore"], options["include"], options["exclude"], per_path_ignores)


def _rules(options: dict):
    from factlint.rules import Tolerance, load_rules

    return load_rules(options["rules_dirs"], options["tolerance"] or Tolerance())


def _extract_args(options: dict) -> dict:
    """How the extract step reads and runs: keyword arguments of engine.extract_paths."""
    from factlint.extract.workers import default_jobs
    from factlint.read.source import ReadOptions

    return {"options": ReadOptions(options["max_file_size"], options["skip_unreadable"], options["stdin_filename"]),
            "jobs": options["jobs"] or default_jobs(),
            "cache_dir": None if options["no_cache"] else options["cache_dir"]}


def _load(paths: tuple[str, ...], options: dict, per_path_ignores: tuple = (), warn_unused_rules: bool = False,
          baseline_file: str | None = None):
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.compare.baseline import load_baseline
    from factlint.engine import check_paths
    from factlint.prose.terms import regex_timeout
    from factlint.read.datesfile import load_dates
    from factlint.ruletest import unused_rules

    baseline = load_baseline(baseline_file) if baseline_file else None
    rules = _rules(options)
    dates = load_dates(options["dates_file"]) if options.get("dates_file") else None
    with regex_timeout(options["regex_timeout"]):
        report = check_paths(list(paths), rules, _selection(options, per_path_ignores), baseline,
                             dates=dates, **_extract_args(options))
    warnings = [*report.warnings, *(unused_rules(rules, report) if warn_unused_rules else ())]
    _announce(warnings, report.errors)
    if not report.articles and not report.errors:
        raise _no_articles(paths)
    return report


def _announce(warnings, errors) -> None:
    for warning in warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    for error in errors:
        _error(str(error))


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def cli() -> None:
    """factlint: check that every version of a story states the same facts.

    \b
    factlint [check] [--rules DIR] [--format FORMAT] [--output-file [FORMAT:]PATH]... [--baseline FILE | --write-baseline FILE] PATHS...
    factlint facts [--rules DIR] [--format text|json] PATHS...
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
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Leave out the findings recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False),
              help="Record this run's findings in FILE and exit 0.")
@_article_command(REPORTERS, "text", "Output format (github when GITHUB_ACTIONS=true and no format is set).")
@_report_options
def check_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, per_path_ignores: tuple,
                  show_config: bool, show_files: bool, warn_unused_rules: bool,
                  baseline_file: str | None, write_baseline_file: str | None,
                  outputs: list[tuple[str, str]], color: str, quiet: bool, statistics: bool,
                  fail_on: str, exit_zero: bool, show_superseded: bool, **options) -> None:
    """Check articles (files, or folders of .txt files) against the rules and each other."""
    from factlint.cli.output import default_format, use_color, write_outputs
    from factlint.reporters import DATA_FORMATS, render

    if show_config:
        from factlint.cli import config

        click.echo(config.show(ctx, ctx.meta.get("factlint.cli.config")), nl=False)
        ctx.exit(ExitStatus.CLEAN)
    _need_paths(ctx, paths)
    if show_files:
        _show_files(paths, _selection(options))
        ctx.exit(ExitStatus.CLEAN)
    if ctx.get_parameter_source("fmt") is click.core.ParameterSource.DEFAULT:
        fmt = default_format(os.environ)  # neither the command line nor a config file chose one
    report = _load(paths, options, per_path_ignores, warn_unused_rules,
                   None if write_baseline_file else baseline_file)
    if write_baseline_file:
        from factlint.compare.baseline import write_baseline
        count = write_baseline(write_baseline_file, report.findings)
        click.echo(f"factlint: recorded {count} finding{'' if count == 1 else 's'} in {write_baseline_file}")
        ctx.exit(ExitStatus.CLEAN)
    colored = fmt == "text" and use_color(color, os.environ, _stdout_is_terminal())
    click.echo(render(fmt, report, quiet=quiet, color=colored, show_superseded=show_superseded),
               nl=False, color=colored)
    if statistics and report.findings:
        counts = render("statistics", report, command="statistics")
        click.echo("\n" + counts if fmt == "text" else counts, nl=False, err=fmt in DATA_FORMATS)
    write_outputs(outputs, report)
    ctx.exit(exit_status(report, fail_on, exit_zero))


def _show_files(paths: tuple[str, ...], selection) -> None:
    from factlint.read.discover import discover

    found = discover(list(paths), selection.include, selection.exclude)
    if not found:
        raise _no_articles(paths)
    click.echo("\n".join(found))


@cli.command("facts")
@_article_command(FACT_REPORTERS, "text", "Output format.")
def facts_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, **options) -> None:
    """Show the fact table: facts as rows, articles as columns."""
    _need_paths(ctx, paths)
    report = _load(paths, options)
    click.echo(FACT_REPORTERS[fmt].render(report, DEFAULT), nl=False)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


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
@_paths_command
def report_command(ctx: click.Context, paths: tuple[str, ...], output: str, **options) -> None:
    """Write the editor's report: the fact matrix as one self-contained HTML page."""
    from factlint.atomic import write_atomic
    from factlint.reporters import render

    _need_paths(ctx, paths)
    report = _load(paths, options)
    try:
        write_atomic(output, render("html", report, command="report"))
    except OSError as exc:
        raise FactlintError(f"{output}: cannot write: {exc.strerror or exc}") from None
    articles, findings = len(report.articles), len(report.findings)
    click.echo(f"factlint: wrote {output} ({articles} article{'s' * (articles != 1)}, "
               f"{findings} disagreement{'s' * (findings != 1)})", err=True)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


def _no_articles(paths: tuple[str, ...]) -> DocumentError:
    from factlint.read.discover import ARTICLE_SUFFIXES

    kinds = ", ".join(f"*{s}" for s in ARTICLE_SUFFIXES)
    return DocumentError(f"no articles found in {', '.join(paths)} (articles are {kinds} files)")


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


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
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(list(REPORTERS)),
              help="Output format (as for check).")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
              help="Lowest finding severity that makes the exit status 1.")
@click.pass_context
def compare_command(ctx: click.Context, fact_files: tuple[str, ...], rules_dirs: tuple[str, ...], fmt: str,
                    fail_on: str) -> None:
    """Compare facts files made by `factlint extract`: the report `check` would give."""
    from factlint.engine import build_report
    from factlint.extract.factfile import read_fact_files
    from factlint.reporters import render
    from factlint.rules import load_rules

    rules = load_rules(rules_dirs)
    report = build_report(read_fact_files(list(fact_files), rules), rules)
    _announce(report.warnings, report.errors)
    click.echo(render(fmt, report), nl=False)
    ctx.exit(exit_status(report, fail_on))


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
