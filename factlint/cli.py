"""The command line: parse options, run the engine, render, return an exit status.

Exit status: 0 no findings, 1 findings, 2 usage, rule or input errors,
130 interrupted. Errors are one message on stderr, never a traceback.
"""
from __future__ import annotations

import os
import sys

import click

from factlint import __version__
from factlint.errors import FactlintError, RuleError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


class DefaultGroup(click.Group):
    """A group whose default command is `check`: `factlint articles/` means
    `factlint check articles/`."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((a for a in args if not a.startswith("-")), None)
        wants_group_help = any(a in ("-h", "--help", "--version") for a in args) and first is None
        if args and not wants_group_help and first not in self.commands:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        """Run the command; user errors become one message and exit status 2."""
        try:
            return super().invoke(ctx)
        except RuleError as exc:
            _error(f"invalid rules ({len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''}):")
            for problem in exc.problems:
                click.echo(f"  {problem}", err=True)
        except FactlintError as exc:
            _error(str(exc))
        except KeyboardInterrupt:
            click.echo("factlint: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # a bug: say so plainly, no traceback unless asked
            if os.environ.get("FACTLINT_DEBUG"):
                raise
            _error(f"internal error: {type(exc).__name__}: {exc} (set FACTLINT_DEBUG=1 for details)")
        ctx.exit(EXIT_ERROR)


def _speed_options(func):
    """How the extract step runs: --jobs, --cache-dir, --no-cache."""
    func = click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(func)
    func = click.option("--cache-dir", default=".factlint_cache", show_default=True, envvar="FACTLINT_CACHE_DIR",
                        type=click.Path(file_okay=False),
                        help="Where extracted facts are cached, keyed on file content, rules and version "
                             "(also $FACTLINT_CACHE_DIR).")(func)
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Worker processes [default: the number of cores; 1 runs in this process].")(func)


def _article_command(func):
    """The arguments every article command takes: PATHS, --rules, --format, and the speed options."""
    func = _speed_options(func)
    func = click.option("--format", "fmt", default="text", show_default=True,
                        type=click.Choice(["text", "json"]), help="Output format.")(func)
    func = click.option("--rules", "rules_dir", default="rules", show_default=True,
                        type=click.Path(file_okay=False), help="Folder of rule files (*.yaml).")(func)
    func = click.argument("paths", nargs=-1, required=True)(func)
    return click.pass_context(func)


def _extract(rules_dir: str, paths: tuple[str, ...], speed: dict):
    """The rules, and every file's extracted result (an iterator)."""
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.engine import extract_paths
    from factlint.rules import load_rules
    from factlint.workers import default_jobs

    rules = load_rules(rules_dir)
    cache_dir = None if speed["no_cache"] else speed["cache_dir"]
    return rules, extract_paths(list(paths), rules, speed["jobs"] or default_jobs(), cache_dir)


def _warn(warnings) -> None:
    for warning in warnings:
        click.echo(f"factlint: warning: {warning}", err=True)


def _report_command(ctx: click.Context, request: tuple[str, str], rules_dir: str, paths: tuple[str, ...],
                    speed: dict, render, status) -> None:
    """Run check or facts: print `render(report)` and exit with `status(report)`;
    a run over unchanged files and rules prints what the cached run printed."""
    from factlint.cache import RunCache
    from factlint.engine import build_report
    from factlint.files import discover
    from factlint.results import rules_digest
    from factlint.rules import load_rules
    from factlint.workers import default_jobs, extract_files

    rules = load_rules(rules_dir)
    files = discover(list(paths))
    cache_dir = None if speed["no_cache"] else speed["cache_dir"]
    memo = RunCache(cache_dir, rules_digest(rules), request, files) if cache_dir else None
    run = memo.get() if memo else None
    if run is None:
        report = build_report(extract_files(files, rules, speed["jobs"] or default_jobs(), cache_dir), rules)
        run = {"output": render(report), "status": status(report), "warnings": list(report.warnings)}
        if memo:
            memo.put(run)
    _warn(run["warnings"])
    click.echo(run["output"], nl=False)
    ctx.exit(run["status"])


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def cli() -> None:
    """factlint: check that every version of a story states the same facts.

    \b
    factlint [check] [--rules DIR] [--format text|json] [--jobs N] PATHS...
    factlint facts [--rules DIR] [--format text|json] PATHS...
    factlint extract [--rules DIR] [-o FACTS.jsonl] PATHS...
    factlint compare [--rules DIR] [--format text|json] FACTS.jsonl...
    """


@cli.command("check")
@_article_command
def check_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str, **speed) -> None:
    """Check articles (files, or folders of .txt files) against the rules and each other."""
    from factlint.reporters import REPORTERS

    _report_command(ctx, ("check", fmt), rules_dir, paths, speed, REPORTERS[fmt],
                    lambda report: EXIT_FINDINGS if report.findings else EXIT_CLEAN)


@cli.command("facts")
@_article_command
def facts_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str, **speed) -> None:
    """Show the fact table: facts as rows, articles as columns."""
    from factlint.reporters import FACT_REPORTERS

    _report_command(ctx, ("facts", fmt), rules_dir, paths, speed, FACT_REPORTERS[fmt], lambda report: EXIT_CLEAN)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--rules", "rules_dir", default="rules", show_default=True, type=click.Path(file_okay=False),
              help="Folder of rule files (*.yaml).")
@click.option("--output", "-o", "output", default="-", show_default=True,
              help="Facts file to write (JSON Lines); - for standard output.")
@_speed_options
@click.pass_context
def extract_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, output: str, **speed) -> None:
    """Extract the facts of articles into a facts file, for `factlint compare` (run it on shards)."""
    from factlint.atomic import write_atomic
    from factlint.factfile import fact_lines

    rules, results = _extract(rules_dir, paths, speed)
    warnings: list[str] = []

    def noting_warnings():
        for result in results:
            warnings.extend(result.warnings)
            yield result

    text = fact_lines(noting_warnings(), rules)
    if output == "-":
        for line in text:
            click.echo(line, nl=False)
    else:
        write_atomic(output, text)
    for warning in warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    ctx.exit(EXIT_CLEAN)


@cli.command("compare")
@click.argument("fact_files", nargs=-1, required=True)
@click.option("--rules", "rules_dir", default="rules", show_default=True, type=click.Path(file_okay=False),
              help="Folder of rule files (*.yaml): the ones the facts were extracted with.")
@click.option("--format", "fmt", default="text", show_default=True, help="Output format (as for check).")
@click.pass_context
def compare_command(ctx: click.Context, fact_files: tuple[str, ...], rules_dir: str, fmt: str) -> None:
    """Compare facts files made by `factlint extract`: the report `check` would give."""
    from factlint.engine import build_report
    from factlint.factfile import read_fact_files
    from factlint.reporters import REPORTERS
    from factlint.rules import load_rules

    if fmt not in REPORTERS:
        raise click.BadParameter(f"{fmt!r} is not one of {', '.join(sorted(REPORTERS))}", param_hint="'--format'")
    rules = load_rules(rules_dir)
    report = build_report(read_fact_files(list(fact_files), rules), rules)
    _warn(report.warnings)
    click.echo(REPORTERS[fmt](report), nl=False)
    ctx.exit(EXIT_FINDINGS if report.findings else EXIT_CLEAN)


def _error(message: str) -> None:
    click.echo(f"factlint: error: {message}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Run factlint; return the exit status."""
    try:
        result = cli.main(args=argv, prog_name="factlint", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("factlint: interrupted", err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
