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


class Size(click.ParamType):
    """A number of bytes written as people do: 5MB, 800KB, 1GiB, 1200."""

    name = "size"

    def convert(self, value, param, ctx) -> int:
        from factlint.reading import parse_size

        if isinstance(value, int):
            return value
        try:
            return parse_size(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def _input_options(func):
    """How articles are read: size cap, unreadable files, standard input, regex budget."""
    func = click.option("--regex-timeout", default=0.25, show_default=True, metavar="SECONDS",
                        type=click.FloatRange(min=0, min_open=True),
                        help="Time budget of one search with a rule's /regular expression/.")(func)
    func = click.option("--stdin-filename", default="<stdin>", show_default=True, metavar="NAME",
                        help="Name of the article read from standard input (`-`) in findings.")(func)
    func = click.option("--skip-unreadable", is_flag=True,
                        help="Warn about files that cannot be read, instead of exiting with status 2.")(func)
    return click.option("--max-file-size", default="5MB", show_default=True, type=Size(),
                        help="Skip (with a warning) files larger than this.")(func)


def _article_command(func):
    """The arguments every article command takes: PATHS, --rules, --format."""
    func = _input_options(func)
    func = click.option("--format", "fmt", default="text", show_default=True,
                        type=click.Choice(["text", "json"]), help="Output format.")(func)
    func = click.option("--rules", "rules_dir", default="rules", show_default=True,
                        type=click.Path(file_okay=False), help="Folder of rule files (*.yaml).")(func)
    func = click.argument("paths", nargs=-1, required=True)(func)
    return click.pass_context(func)


def _load(rules_dir: str, paths: tuple[str, ...], inputs: dict):
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.engine import check_paths
    from factlint.errors import DocumentError
    from factlint.reading import ReadOptions
    from factlint.rules import load_rules
    from factlint.terms import regex_timeout

    options = ReadOptions(inputs["max_file_size"], inputs["skip_unreadable"], inputs["stdin_filename"])
    rules = load_rules(rules_dir)
    with regex_timeout(inputs["regex_timeout"]):
        report = check_paths(list(paths), rules, options)
    for warning in report.warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    for error in report.errors:
        _error(str(error))
    if not report.articles and not report.errors:
        raise DocumentError(f"no articles found in {', '.join(paths)} (articles are *.txt files)")
    return report


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def cli() -> None:
    """factlint: check that every version of a story states the same facts.

    \b
    factlint [check] [--rules DIR] [--format text|json] PATHS...
    factlint facts [--rules DIR] [--format text|json] PATHS...
    """


@cli.command("check")
@_article_command
def check_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str, **inputs) -> None:
    """Check articles (files, or folders of .txt files; `-` reads standard input)
    against the rules and each other."""
    from factlint.reporters import REPORTERS

    report = _load(rules_dir, paths, inputs)
    click.echo(REPORTERS[fmt](report), nl=False)
    ctx.exit(EXIT_ERROR if report.errors else EXIT_FINDINGS if report.findings else EXIT_CLEAN)


@cli.command("facts")
@_article_command
def facts_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str, **inputs) -> None:
    """Show the fact table: facts as rows, articles as columns."""
    from factlint.reporters import FACT_REPORTERS

    report = _load(rules_dir, paths, inputs)
    click.echo(FACT_REPORTERS[fmt](report), nl=False)
    ctx.exit(EXIT_ERROR if report.errors else EXIT_CLEAN)


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
