"""The command line: parse options, run the engine, render, return an exit status.

Exit status: 0 no findings, 1 findings, 2 usage, rule or input errors,
130 interrupted. Errors are one message on stderr, never a traceback.
"""
from __future__ import annotations

import os
import sys

import click

from factlint import __version__
from factlint.errors import FactlintError, describe

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
        except FactlintError as exc:
            _error(describe(exc))
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


def _article_command(func):
    """The arguments every article command takes: PATHS, --rules, --format."""
    func = click.option("--format", "fmt", default="text", show_default=True,
                        type=click.Choice(["text", "json"]), help="Output format.")(func)
    return _paths_command(func)


def _paths_command(func):
    """The arguments every command that reads articles takes: PATHS, --rules."""
    func = click.option("--rules", "rules_dir", default="rules", show_default=True,
                        type=click.Path(file_okay=False), help="Folder of rule files (*.yaml).")(func)
    func = click.argument("paths", nargs=-1, required=True)(func)
    return click.pass_context(func)


def _load(rules_dir: str, paths: tuple[str, ...], warn_unused_rules: bool = False, baseline_file: str | None = None):
    # Imported here so that `--help` and `--version` stay instant.
    from factlint.baseline import load_baseline
    from factlint.engine import check_paths
    from factlint.ruletest import unused_rules
    from factlint.rules import load_rules

    baseline = load_baseline(baseline_file) if baseline_file else None
    rules = load_rules(rules_dir)
    report = check_paths(list(paths), rules, baseline)
    warnings = [*report.warnings, *(unused_rules(rules, report) if warn_unused_rules else ())]
    for warning in warnings:
        click.echo(f"factlint: warning: {warning}", err=True)
    return report


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def cli() -> None:
    """factlint: check that every version of a story states the same facts.

    \b
    factlint [check] [--rules DIR] [--format text|json] [--baseline FILE | --write-baseline FILE] PATHS...
    factlint facts [--rules DIR] [--format text|json] PATHS...
    factlint test-rules [RULES...]
    factlint report [--rules DIR] -o REPORT.html PATHS...
    """


@cli.command("check")
@click.option("--warn-unused-rules", is_flag=True,
              help="Warn (on stderr) about rules that matched nothing in any article.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Leave out the findings recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False),
              help="Record this run's findings in FILE and exit 0.")
@_article_command
def check_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str, warn_unused_rules: bool,
                  baseline_file: str | None, write_baseline_file: str | None) -> None:
    """Check articles (files, or folders of .txt files) against the rules and each other."""
    from factlint.reporters import REPORTERS

    report = _load(rules_dir, paths, warn_unused_rules, None if write_baseline_file else baseline_file)
    if write_baseline_file:
        from factlint.baseline import write_baseline
        count = write_baseline(write_baseline_file, report.findings)
        click.echo(f"factlint: recorded {count} finding{'' if count == 1 else 's'} in {write_baseline_file}")
        ctx.exit(EXIT_CLEAN)
    click.echo(REPORTERS[fmt](report), nl=False)
    ctx.exit(EXIT_FINDINGS if report.findings else EXIT_CLEAN)


@cli.command("facts")
@_article_command
def facts_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, fmt: str) -> None:
    """Show the fact table: facts as rows, articles as columns."""
    from factlint.reporters import FACT_REPORTERS

    report = _load(rules_dir, paths)
    click.echo(FACT_REPORTERS[fmt](report), nl=False)
    ctx.exit(EXIT_CLEAN)


@cli.command("test-rules")
@click.argument("rule_paths", nargs=-1, metavar="[RULES]...")
@click.pass_context
def test_rules_command(ctx: click.Context, rule_paths: tuple[str, ...]) -> None:
    """Run the rules' own examples (rules folders or files; default: rules)."""
    from factlint import ruletest

    rules = ruletest.load_rule_paths(rule_paths or ("rules",))
    results = ruletest.run_examples(rules)
    click.echo(ruletest.render(rules, results), nl=False)
    ctx.exit(EXIT_CLEAN if all(r.ok for r in results) else EXIT_FINDINGS)


@cli.command("report")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@_paths_command
def report_command(ctx: click.Context, paths: tuple[str, ...], rules_dir: str, output: str) -> None:
    """Write the editor's report: the fact matrix as one self-contained HTML page."""
    from factlint.atomic import write_atomic
    from factlint.reporters import html_report

    report = _load(rules_dir, paths)
    try:
        write_atomic(output, html_report.render(report))
    except OSError as exc:
        raise FactlintError(f"{output}: cannot write: {exc.strerror or exc}") from None
    articles, findings = len(report.articles), len(report.findings)
    click.echo(f"factlint: wrote {output} ({articles} article{'s' * (articles != 1)}, "
               f"{findings} disagreement{'s' * (findings != 1)})", err=True)
    ctx.exit(EXIT_CLEAN)


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
