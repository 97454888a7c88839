"""Fuzzing for per-article isolation: random Markdown, HTML, front matter,
config files, cache entries and facts files. Whatever one input holds, the run
ends with a status of 0, 1 or 2, never a traceback or an internal error, and
every other article's findings are still reported.

Seeded, so a failure repeats. FACTLINT_FUZZ_ISOLATION=2000 runs that many
cases of each kind instead of the quick default."""
from __future__ import annotations

import json
import os
import random

import pytest

from factlint.cli.app import cli
from factlint.engine import check_paths
from factlint.rules import load_rules
from tests.test_bad_input import BAD, RULE

CASES = int(os.environ.get("FACTLINT_FUZZ_ISOLATION", "40"))
SENTENCE = "The flood in Vela killed 20 people on Monday."

# Pieces of markup that broke or slowed parsers, and plain junk.
MARKDOWN_PIECES = ["*", "**", "_", "__", "~~", "`", "``", "```\n", "[", "]", "](", "(", ")", "![", "<!--", "-->",
                   "<b>", "</b>", "\\", "#", "> ", "- ", "|", "---\n", "\n", "\n\n", " ", "x", "20", "&amp;"]
HTML_PIECES = ["<article>", "</article>", "<div>", "</div>", "<p>", "</p>", "<![", "<![CDATA[", "]]>", "<!--", "-->",
               "<", ">", "</", "<a b=", "\"", "'", "&#", "&#x", "&amp", ";", "<script>", "</script>", "<nav>",
               "<main>", "<time datetime='2024-02-30'>", "<meta name=date content=x>", "\x00", "\n", " ", "x", "20"]
FRONT_PIECES = ["key: ", "&a ", "*a", "[", "]", "{", "}", "- ", "\n", ": ", "!!python/object:os.system ", "? ",
                "date: ", "2024-02-30", "2023-02-29", ".nan", "~", "'", "\"", "|\n  ", "x", "9" * 50]
JUNK = ["\ufeff", "\u202e", "\u00a0", "\u200b", "\U0010ffff", "\r", "\r\n", "“", "’", "…", "١", "\x1b[31m",
        "\udce9", "\x0c", "\x85"]


def _splice(rng: random.Random, pieces: list[str], count: int) -> str:
    return "".join(rng.choice(pieces + JUNK) for _ in range(count))


def _markdown(rng: random.Random) -> str:
    front = ""
    if rng.random() < 0.6:
        front = "---\n" + _splice(rng, FRONT_PIECES, rng.randint(1, 60)) + "\n---\n"
        if rng.random() < 0.2:
            front = "---\nx: " + "[" * rng.randint(50, 3000) + "\n---\n"
    body = _splice(rng, MARKDOWN_PIECES, rng.randint(0, 400))
    at = rng.randrange(len(body) + 1)
    return front + body[:at] + SENTENCE + body[at:] + _splice(rng, MARKDOWN_PIECES, rng.randint(0, 50)) * rng.choice(
        [1, 1, 1, 200])


def _html(rng: random.Random) -> str:
    body = _splice(rng, HTML_PIECES, rng.randint(0, 400))
    at = rng.randrange(len(body) + 1)
    text = body[:at] + f"<p>{SENTENCE}</p>" + body[at:]
    return text + rng.choice(HTML_PIECES) * rng.choice([0, 1, 500, 3000])


def _text(rng: random.Random) -> str:
    return _splice(rng, ["one ", "the one, ", "and a half ", "hundred ", "20", ",", "-", " ", "\n", "February 29 ",
                         "last year ", "yesterday "], rng.randint(0, 300)) + SENTENCE


def _write(path, text: str, rng: random.Random) -> None:
    data = text.encode("utf-8", "surrogateescape")
    if rng.random() < 0.1:
        data = text.encode("utf-16", "replace")
    path.write_bytes(data)


@pytest.fixture
def rules_dir(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "vela-flood.yaml").write_text(RULE, encoding="utf-8")
    return folder


def _bad_still_found(report, bad_path: str) -> bool:
    return any(f.path == bad_path and f.found == "25" for f in report.findings)


def test_random_articles_never_lose_the_others(tmp_path, rules_dir):
    rules = load_rules(str(rules_dir))
    rng = random.Random(20261204)
    made = {".md": _markdown, ".html": _html, ".txt": _text}
    per_run = 8
    for run in range(max(1, CASES // per_run)):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        (folder / "anchor-bad.txt").write_text(BAD)
        (folder / "anchor-good.txt").write_text(SENTENCE + "\n")
        names = []
        for n in range(per_run):
            suffix = rng.choice(list(made))
            name = folder / f"fuzz{n}{suffix}"
            _write(name, made[suffix](rng), rng)
            names.append(str(name))
        report = check_paths([str(folder)], rules)
        assert _bad_still_found(report, str(folder / "anchor-bad.txt")), f"run {run}"
        assert str(folder / "anchor-good.txt") in report.articles
        for name in names:  # each fuzzed file is an article, a warning or an error: never silently lost
            named = name in report.articles or any(w.startswith(name) for w in report.warnings) \
                or any(e.path == name for e in report.errors)
            assert named, name
        for error in report.errors:  # a run error is about one article, on one line
            assert "\n" not in str(error) or error.path in names


CONFIG_PIECES = ["jobs", "rules", "select", "ignore", "tolerance", "max-file-size", "skip-unreadable", "cache-dir",
                 "regex-timeout", "article-timeout", "format", "include", "exclude", "per-path-ignores", "fail-on",
                 ": ", " = ", "[", "]", "{", "}", "\n", ",", "'", "\"", "5", ".inf", ".nan", "-1", "true", "0", "x",
                 "[tool.factlint]\n", "[factlint]\n", "*.txt", "vela", "&a ", "*a", "5%", "2.5"]


def _run_cli(runner, args, cwd):
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(cli, args)
    finally:
        os.chdir(previous)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.exit_code
    if result.exit_code == 2:
        assert result.stderr.startswith("factlint: error:") or "Error:" in result.stderr, result.stderr
    return result


@pytest.mark.parametrize("config_name", [".factlint.yaml", "pyproject.toml", "setup.cfg"])
def test_random_config_files_are_a_clear_error_or_a_run(tmp_path, rules_dir, runner, config_name):
    rng = random.Random(hash(config_name) % 1000 + 7)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bad.txt").write_text(BAD)
    for _case in range(max(1, CASES // 2)):
        body = _splice(rng, CONFIG_PIECES, rng.randint(1, 40))
        if config_name == "pyproject.toml":
            body = "[tool.factlint]\n" + body
        elif config_name == "setup.cfg":
            body = "[factlint]\n" + body
        (tmp_path / config_name).write_text(body, encoding="utf-8", errors="surrogateescape")
        result = _run_cli(runner, ["--rules", str(rules_dir), "--no-cache", "news"], tmp_path)
        if result.exit_code == 1:
            assert "news/bad.txt:1:" in result.stdout or "25" in result.stdout


def _mutate_json(rng: random.Random, value):
    """A random change to a decoded JSON value: a field of another type, removed or added."""
    others = [None, True, 0, -1, 2**70, 1.5, float("inf"), "", "x", [], {}, [1], {"lo": "x"}, "\udce9"]
    if isinstance(value, dict) and value:
        key = rng.choice(sorted(value))
        choice = rng.random()
        if choice < 0.4:
            value[key] = rng.choice(others)
        elif choice < 0.6:
            del value[key]
        elif choice < 0.7:
            value["extra"] = rng.choice(others)
        else:
            value[key] = _mutate_json(rng, value[key])
        return value
    if isinstance(value, list) and value:
        i = rng.randrange(len(value))
        value[i] = _mutate_json(rng, value[i])
        return value
    return rng.choice(others)


def test_random_cache_entries_are_recomputed(tmp_path, rules_dir, runner):
    rng = random.Random(424242)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bad.txt").write_text(BAD)
    (folder / "good.md").write_text("---\ndate: 2024-01-09\n---\n" + SENTENCE + "\n")
    (folder / "page.html").write_text(f"<article><p>{SENTENCE}</p></article>")
    cache_dir = tmp_path / "cache"
    args = ["--rules", str(rules_dir), "--cache-dir", str(cache_dir), "--format", "json", "news"]
    first = _run_cli(runner, args, tmp_path)
    for case in range(max(1, CASES // 2)):
        for entry in sorted(cache_dir.rglob("*.json")):
            raw = entry.read_bytes()
            if rng.random() < 0.3:
                cut = rng.randrange(len(raw) + 1)
                entry.write_bytes(raw[:cut] + bytes(rng.randrange(256) for _ in range(rng.randint(0, 5))))
            else:  # a header line, then the result: change either
                lines = raw.split(b"\n", 1)
                part = rng.randrange(len(lines))
                try:
                    data = json.loads(lines[part])
                except ValueError:
                    continue
                lines[part] = json.dumps(_mutate_json(rng, data)).encode("utf-8", "surrogateescape")
                entry.write_bytes(b"\n".join(lines))
        again = _run_cli(runner, args, tmp_path)
        assert again.stdout == first.stdout, f"case {case}"


def test_random_facts_files_are_a_clear_error_or_the_same_report(tmp_path, rules_dir, runner):
    rng = random.Random(99)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bad.txt").write_text(BAD)
    (folder / "good.txt").write_text(SENTENCE + "\n")
    facts = tmp_path / "facts.jsonl"
    _run_cli(runner, ["extract", "--rules", str(rules_dir), "--no-cache", "news", "-o", str(facts)], tmp_path)
    lines = facts.read_text().splitlines()
    for case in range(max(1, CASES // 2)):
        damaged = list(lines)
        i = rng.randrange(len(damaged))
        record = json.loads(damaged[i])
        damaged[i] = json.dumps(_mutate_json(rng, record), ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.2:
            damaged.insert(rng.randrange(len(damaged) + 1), "[" * rng.randint(10, 100_000))
        changed = tmp_path / f"facts{case}.jsonl"
        changed.write_text("\n".join(damaged) + "\n", encoding="utf-8", errors="surrogateescape")
        result = _run_cli(runner, ["compare", "--rules", str(rules_dir), str(changed)], tmp_path)
        if result.exit_code == 2:
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
