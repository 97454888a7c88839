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
from factlint.cli.decorators import _against_option, _article_command, _baseline_option, _config_options, _paths_command, _report_options
from factlint.cli.exit import ExitStatus
from factlint.cli.params import Glob, PathIgnores, Size, ToleranceType
from factlint.cli.run import (
    _announce,
    _discover,
    _emit,
    _error,
    _extract_args,
    _load,
    _need_paths,
    _refuse_overwriting_articles,
    _rules,
    _rules_dirs,
    _run_info,
    _selection,
    _show_files,
    _text_width,
    _tolerant_streams,
    _write_discovered,
)
from factlint.errors import FactlintError, describe, printable
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
        _tolerant_streams()
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
    factlint report [--rules DIR] [--discover] -o REPORT.html PATHS...
    factlint discover [--min-articles N] [--write-rules DIR] [--format text|json] PATHS...
    factlint clean
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
    _refuse_overwriting_articles((*paths, *against), options,
                                 [path for _, path in outputs] + [write_baseline_file or ""])
    # A check report prints no facts: unless a rule's silence must be explained
    # or an HTML page is written, they are not kept (a large run's wait on disk).
    keep_facts = warn_unused_rules or any(target == "html" for target, _ in outputs)
    report = _load(paths, options, per_path_ignores, warn_unused_rules,
                   None if write_baseline_file else baseline_file, against, keep_facts=keep_facts)
    if write_baseline_file:
        from factlint.compare.baseline import render_baseline, write_baseline
        if write_baseline_file == "-":
            from factlint.cli.output import write_stdout
            write_stdout(render_baseline("baseline.json", report.findings))
            ctx.exit(ExitStatus.CLEAN)
        count = write_baseline(write_baseline_file, report.findings)
        click.echo(f"factlint: recorded {count} finding{'' if count == 1 else 's'} in {printable(write_baseline_file)}")
        ctx.exit(ExitStatus.CLEAN)
    _emit(ctx, report, fmt, outputs, color, quiet, statistics, fail_on, exit_zero, show_source,
          _run_info(options, baseline_file), show_superseded)


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
    width = _text_width(fmt)
    from factlint.cli.output import write_stdout
    from factlint.cli.run import _for_ci_log
    write_stdout(_for_ci_log(FACT_REPORTERS[fmt].render(report, RenderOptions(width=width)), fmt))
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
              help="The HTML file to write; - for standard output.")
@click.option("--discover", is_flag=True,
              help="Check the articles against the facts discovery finds (no rules needed), with a section on them.")
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(min=1),
              help="With --discover: a fact group needs this many articles.")
@_baseline_option
@_against_option
@_paths_command
def report_command(ctx: click.Context, paths: tuple[str, ...], output: str, baseline_file: str | None,
                   against: tuple[str, ...], discover: bool, min_articles: int, **options) -> None:
    """Write the editor's report: the findings by fact and the fact matrix, as one self-contained HTML page."""
    from factlint.atomic import write_atomic
    from factlint.cli.output import write_stdout
    from factlint.reporters import render

    _need_paths(ctx, paths)
    _refuse_overwriting_articles((*paths, *against), options, [output])
    info = tuple(_run_info(options, baseline_file).items())
    if discover:
        report, _, groups = _discover(paths, min_articles, options["include"], options["exclude"],
                                      options["max_file_size"])
        page = render("html", report, RenderOptions(info=info, discovered=tuple(groups)), command="report")
    else:
        report = _load(paths, options, baseline_file=baseline_file, against=against)
        page = render("html", report, RenderOptions(info=info), command="report")
    if output == "-":
        write_stdout(page)
        ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)
    try:
        write_atomic(output, page)
    except OSError as exc:
        raise FactlintError(f"{output}: cannot write: {exc.strerror or exc}") from None
    articles, findings = len(report.articles), len(report.findings)
    click.echo(f"factlint: wrote {printable(output)} ({articles} article{'s' * (articles != 1)}, "
               f"{findings} disagreement{'s' * (findings != 1)})", err=True)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


@cli.command("discover")
@click.argument("paths", nargs=-1)
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(min=1),
              help="Report a fact only when at least N articles state it.")
@click.option("--write-rules", "rules_dir", type=click.Path(file_okay=False),
              help="Write a draft rule file per fact group into DIR (files a person edited are kept).")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]),
              help="Output format.")
@click.option("--include", multiple=True, type=Glob(), help="In folders, read the files matching GLOB; repeatable.")
@click.option("--exclude", multiple=True, type=Glob(), help="In folders, skip the files matching GLOB; repeatable.")
@click.option("--max-file-size", default="5MB", show_default=True, type=Size(),
              help="Skip (with a warning) files larger than this.")
@click.option("-q", "--quiet", is_flag=True, help="Text report: leave out the per-article marks.")
@click.pass_context
def discover_command(ctx: click.Context, paths: tuple[str, ...], min_articles: int, rules_dir: str | None,
                     fmt: str, include: tuple, exclude: tuple, max_file_size: int, quiet: bool) -> None:
    """Find the facts the articles state, with no rules: groups, consensus, disagreements."""
    from factlint.reporters import render

    _need_paths(ctx, paths)
    report, found, groups = _discover(paths, min_articles, include, exclude, max_file_size)
    options = RenderOptions(quiet=quiet, discovered=tuple(groups), min_articles=min_articles)
    click.echo(render(fmt, report, options, command="discover"), nl=False)
    if rules_dir:
        _write_discovered(rules_dir, report, found, groups)
    ctx.exit(ExitStatus.ERROR if report.errors else ExitStatus.CLEAN)


@cli.command("extract")
@click.option("--output", "-o", "output", default="-", show_default=True,
              help="Facts file to write (JSON Lines); - for standard output.")
@_paths_command
def extract_command(ctx: click.Context, paths: tuple[str, ...], output: str, **options) -> None:
    """Extract the facts of articles into a facts file, for `factlint compare` (run it on shards)."""
    from factlint.atomic import write_atomic
    from factlint.cli.output import write_stdout
    from factlint.engine import extract_paths
    from factlint.extract.factfile import fact_lines
    from factlint.prose.terms import regex_timeout

    _need_paths(ctx, paths)
    _refuse_overwriting_articles(paths, options, [output])
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
                write_stdout(line)
        else:
            try:
                write_atomic(output, lines)
            except OSError as exc:
                raise FactlintError(f"{output}: cannot write: {exc.strerror or exc}") from None
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
    report = build_report(read_fact_files(list(fact_files), rules), rules,
                          keep_facts=any(target == "html" for target, _ in outputs))
    if baseline:
        report = apply_baseline(report, baseline)
    _announce(report.warnings, report.errors)
    _emit(ctx, report, fmt, outputs, color, quiet, statistics, fail_on, exit_zero, show_source,
          _run_info(options, baseline_file), options.get("show_superseded", False))


@cli.command("clean")
@click.option("--cache-dir", default=".factlint_cache", show_default=True, envvar="FACTLINT_CACHE_DIR",
              type=click.Path(file_okay=False), help="The cache folder to remove (also $FACTLINT_CACHE_DIR).")
@click.pass_context
def clean_command(ctx: click.Context, cache_dir: str) -> None:
    """Remove the cache folder (its entries are only ever recomputed)."""
    from factlint.cli import config
    from factlint.extract import cache

    if ctx.get_parameter_source("cache_dir") is click.core.ParameterSource.DEFAULT:
        found = config.load(None, False, os.getcwd())
        setting = found.setting("cache-dir") if found else None
        if found is not None and setting is not None and isinstance(setting.value, str):
            cache_dir = os.path.normpath(os.path.join(found.folder, setting.value))
    try:
        removed = cache.clean(cache_dir)
    except OSError as exc:
        raise FactlintError(f"{cache_dir}: cannot remove: {exc.strerror}" if exc.strerror else str(exc)) from None
    click.echo(f"factlint: removed {cache_dir}" if removed else f"factlint: no cache folder {cache_dir}", err=True)
    ctx.exit(ExitStatus.CLEAN)


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
