"""The option groups the commands share (configuration, articles, output,
baseline, drafts), as click decorators: declarations only."""
from __future__ import annotations

import os

import click

from factlint.cli.params import Glob, Seconds, Size, ToleranceType
from factlint.read.discover import ARTICLE_SUFFIXES
from factlint.reporters import REPORTERS


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
        # Keys are checked against `check`, which has every option: the group's, or
        # this command when it runs alone (the pytest plugin parses `check` by itself).
        root = ctx.find_root().command
        schema = root.commands["check"] if isinstance(root, click.Group) else ctx.command
        ctx.default_map = config.defaults(found, schema, ctx.command)
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
        click.option("--regex-timeout", default=0.25, show_default=True, metavar="SECONDS", type=Seconds(),
                     help="Time budget of one search with a rule's /regular expression/."),
        click.option("--article-timeout", default=60.0, show_default=True, metavar="SECONDS", type=Seconds(),
                     help="Time budget of one article; an article still running then is a run error."),
        # How the extract step runs.
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Worker processes [default: one process below 200 files, else the cores "
                          "other processes leave free; 1 runs in this process]."),
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
