"""Nothing lost, nothing injected, nothing hangs: each case of the second round
of hardening through the command line, asserting the exit status, the one-line
message, no traceback or "internal error", and articles byte-for-byte untouched."""
from __future__ import annotations

import io
import json
import os
import stat
import sys
import xml.etree.ElementTree as ET

import pytest

import factlint
from factlint.cli.app import cli, main
from factlint.extract import cache as cache_module
from factlint.extract import workers
from tests.test_bad_input import BAD, GOOD, RULE


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "vela-flood.yaml").write_text(RULE, encoding="utf-8")
    return folder


@pytest.fixture
def articles(tmp_path):
    """Two articles: one right, one wrong (a finding)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    return folder


def snapshot(folder) -> dict[str, bytes]:
    found = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if os.path.isfile(path) and not stat.S_ISFIFO(os.stat(path).st_mode):
                with open(path, "rb") as handle:
                    found[path] = handle.read()
    return found


def run(runner, rules, *args, input=None, env=None):
    """Run factlint: never a traceback, never an internal error."""
    args = [str(a) for a in args]
    command = [args.pop(0)] if args and args[0] in ("check", "report", "extract", "facts") else []
    result = runner.invoke(cli, [*command, "--rules", str(rules), *args], input=input, env=env)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("factlint: error:")]


def still_reports_bad(result) -> bool:
    """The other article's finding is still in the report."""
    return "bad.txt:1:" in result.stdout and "found:    25" in result.stdout


# 1. Outputs never overwrite articles ----------------------------------------------------

@pytest.mark.parametrize("args", [
    ["report", "-o", "{article}"],
    ["check", "--output-file", "line:{article}"],
    ["check", "--write-baseline", "{article}"],
    ["extract", "-o", "{article}"],
    ["check", "--output-file", "json:{spelled}"],  # the same file spelt another way
    ["check", "--output-file", "json:{link}"],  # through a symbolic link
])
def test_an_output_that_is_an_article_is_refused(runner, rules, articles, tmp_path, args):
    article = articles / "good.txt"
    link = tmp_path / "link.json"
    link.symlink_to(article)
    before = snapshot(articles)
    filled = [a.format(article=article, spelled=f"{articles}/./good.txt", link=link) for a in args]
    result = run(runner, rules, *filled[:1], str(articles), *filled[1:])
    assert result.exit_code == 2
    assert len(errors(result)) == 1 and "factlint never writes to an article" in errors(result)[0]
    assert snapshot(articles) == before
    assert link.is_symlink()


# 2. A folder that cannot be listed is a run error -----------------------------------------

@pytest.fixture
def unlistable(monkeypatch, articles):
    """articles/locked cannot be listed (as for a non-root user without permission)."""
    (articles / "locked").mkdir()
    (articles / "locked" / "hidden.txt").write_text(BAD)
    scandir = os.scandir

    def refusing(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    return articles / "locked"


def test_an_unreadable_subfolder_is_an_error_and_the_rest_is_checked(runner, rules, articles, unlistable):
    before = snapshot(articles)
    result = run(runner, rules, articles)
    assert result.exit_code == 2
    assert errors(result) == [f"factlint: error: {unlistable}: cannot list folder: Permission denied"]
    assert still_reports_bad(result)
    assert snapshot(articles) == before


def test_skip_unreadable_makes_an_unlisted_folder_a_warning(runner, rules, articles, unlistable):
    result = run(runner, rules, "--skip-unreadable", articles)
    assert result.exit_code == 1
    assert f"factlint: warning: {unlistable}: cannot list folder: Permission denied (--skip-unreadable)" \
        in result.stderr


# 3. Writing through links, never over special files; `-` is standard output ---------------

def test_an_output_through_a_symlink_writes_the_file_it_names(runner, rules, articles, tmp_path):
    target = tmp_path / "reports" / "out.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    result = run(runner, rules, articles, "--output-file", f"json:{link}")
    assert result.exit_code == 1
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["summary"]["failed"] == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("args", [["report", "-o", "{fifo}"], ["check", "--output-file", "json:{fifo}"],
                                  ["extract", "-o", "{fifo}"], ["check", "--write-baseline", "{fifo}"]])
def test_an_output_that_is_a_fifo_or_folder_is_refused(runner, rules, articles, tmp_path, args):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    filled = [a.format(fifo=fifo) for a in args]
    result = run(runner, rules, *filled[:1], articles, *filled[1:])
    assert result.exit_code == 2
    assert len(errors(result)) == 1 and "not a regular file" in errors(result)[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the FIFO, not replaced


@pytest.mark.parametrize("args, marker", [
    (["report", "-o", "-"], "<!DOCTYPE html>"),
    (["check", "--format", "line", "--output-file", "json:-"], '"summary"'),
    (["check", "--write-baseline", "-"], '"version": 1'),
])
def test_dash_means_standard_output(runner, rules, articles, args, marker, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, rules, *args[:1], articles, *args[1:])
    assert result.exit_code in (0, 1)
    assert marker in result.stdout
    assert not (tmp_path / "-").exists()


@pytest.mark.skipif(not hasattr(os, "umask"), reason="POSIX modes")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_files_follow_the_umask_and_existing_files_keep_their_mode(runner, rules, articles, tmp_path,
                                                                       umask, mode):
    import factlint.atomic
    old = os.umask(umask)
    factlint.atomic._umask = None  # read afresh
    try:
        new = tmp_path / f"new-{umask:o}.html"
        run(runner, rules, "report", "-o", new, articles)
        assert stat.S_IMODE(os.stat(new).st_mode) == mode
        shared = tmp_path / f"shared-{umask:o}.sarif"
        shared.write_text("old")
        os.chmod(shared, 0o604)
        run(runner, rules, articles, "--output-file", shared)
        assert stat.S_IMODE(os.stat(shared).st_mode) == 0o604
        assert "sarif" in shared.read_text()
    finally:
        os.umask(old)
        factlint.atomic._umask = None


# 4. Per-article isolation ----------------------------------------------------------------

ISOLATED = [
    ("deep.html", "<div>" * 3000 + "<p>The flood in Vela killed 20 people.</p>"),
    ("cdata.html", "<p>The flood in Vela killed 20 people.</p><![ x"),
    ("deep.md", "---\nkey: " + "[" * 3000 + "]" * 3000 + "\n---\nThe flood in Vela killed 20 people.\n"),
    ("leap.md", "---\ndate: 2023-05-01\n---\nThe flood began on February 29 last year and killed 20 people.\n"),
    ("many-tags.html", "<span><b>" * 1000 + "The flood in Vela killed 20 people."),
]


@pytest.mark.parametrize("name, text", ISOLATED, ids=[n for n, _ in ISOLATED])
def test_articles_that_crashed_the_run_are_read(runner, rules, articles, name, text):
    (articles / name).write_text(text, encoding="utf-8")
    before = snapshot(articles)
    result = run(runner, rules, articles)
    assert result.exit_code == 1 and errors(result) == []
    assert still_reports_bad(result)
    assert snapshot(articles) == before


def test_a_file_name_that_is_not_utf8_goes_through_the_cache(runner, rules, articles, tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 on disk: a surrogate in Python
    try:
        (articles / name).write_text(BAD)
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system refuses names that are not UTF-8")
    cache_dir = tmp_path / "cache"
    for _ in range(2):  # written to the cache, then read back from it
        result = run(runner, rules, "--cache-dir", cache_dir, "--format", "line", articles)
        assert result.exit_code == 1 and errors(result) == []
        assert "caf\\udce9.txt:1:" in result.stdout  # escaped, one line
    assert any(b"caf\\udce9" in body for _, body in _entries(cache_dir))  # its entry, the name escaped


def test_any_failure_on_one_article_is_that_article_s_run_error(runner, rules, articles, monkeypatch):
    real = workers.extract_bytes

    def buggy(name, data, *args):
        if name.endswith("good.txt"):
            raise ValueError("day is out of range for month")
        return real(name, data, *args)

    monkeypatch.setattr(workers, "extract_bytes", buggy)
    before = snapshot(articles)
    result = run(runner, rules, "--no-cache", articles)
    assert result.exit_code == 2
    [error] = errors(result)
    assert error.startswith(f"factlint: error: {articles / 'good.txt'}: not checked: factlint failed on this "
                            "article (ValueError: day is out of range for month)")
    assert still_reports_bad(result)
    assert snapshot(articles) == before


# 5. Time and memory per article ------------------------------------------------------------

BOMB = "\n".join(["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
                 + [f"{n}: &{n} [{', '.join(['*' + p] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi")]
                 + ["---", "The flood in Vela killed 20 people.", ""])


def test_an_alias_bomb_in_front_matter_is_refused_not_expanded(runner, rules, articles):
    (articles / "bomb.md").write_text(BOMB)
    result = run(runner, rules, articles)
    assert result.exit_code == 1
    assert "bomb.md: line" in result.stderr and "aliases (*name)); ignored" in result.stderr
    assert still_reports_bad(result)


# Inputs that took time quadratic (or worse) in their size: at these sizes the
# suite would run for minutes before; each is now read in well under a second.
LINEAR = [
    ("image.md", "![chart](data:image/png;base64," + "QUJD" * 25_000 + ")\nThe flood in Vela killed 20 people.\n"),
    ("stars.md", "*a " * 30_000 + "\nThe flood in Vela killed 20 people.\n"),
    ("nested-em.md", "*" * 20_000 + "x" + "*" * 20_000 + "\nThe flood in Vela killed 20 people.\n"),
    ("brackets.md", "[" * 60_000 + "\nThe flood in Vela killed 20 people.\n"),
    ("pipes.md", "|-" * 60_000 + "x\nThe flood in Vela killed 20 people.\n"),
    ("backticks.md", "``a" * 30_000 + "\nThe flood in Vela killed 20 people.\n"),
    ("articles.html", "<article>x " * 10_000 + "<p>The flood in Vela killed 20 people.</p>"),
    ("attrs.html", "<p>The flood in Vela killed 20 people.</p>" + "<a b=" * 20_000),
    ("comments.html", "<p>The flood in Vela killed 20 people.</p>" + "<!-- x>" * 20_000),
    ("ones.txt", "The flood in Vela killed 20 people. " + "the one, " * 20_000 + "\n"),
]


@pytest.mark.parametrize("name, text", LINEAR, ids=[n for n, _ in LINEAR])
def test_adversarial_markup_is_read_in_linear_time(runner, rules, articles, name, text):
    (articles / name).write_text(text)
    result = run(runner, rules, "--no-cache", articles)
    assert result.exit_code == 1 and errors(result) == []
    assert still_reports_bad(result)


def test_an_article_over_its_time_budget_is_a_run_error(runner, rules, articles, monkeypatch):
    real = workers.extract_bytes

    def endless(name, data, *args):
        if name.endswith("good.txt"):
            while True:
                pass
        return real(name, data, *args)

    monkeypatch.setattr(workers, "extract_bytes", endless)
    result = run(runner, rules, "--no-cache", "--article-timeout", "0.2", articles)
    assert result.exit_code == 2
    assert errors(result) == [f"factlint: error: {articles / 'good.txt'}: not checked: reading it took longer "
                              "than 0.2 s (--article-timeout)"]
    assert still_reports_bad(result)


# 6. Bad configuration values -------------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    ("skip-unreadable: 0\n", ".factlint.yaml:1: skip-unreadable: expected true or false, not int 0"),
    ("cache-dir: 5\n", ".factlint.yaml:1: cache-dir: expected a string, not int 5"),
    ("jobs: .inf\n", ".factlint.yaml:1: jobs: expected a whole number, not float inf"),
    ("jobs: 2.5\n", ".factlint.yaml:1: jobs: expected a whole number, not float 2.5"),
    ("color: 1\n", ".factlint.yaml:1: color: expected a string, not int 1"),
    ("regex-timeout: .nan\n", ".factlint.yaml:1: regex-timeout: nan: expected a finite number of seconds above 0"),
    ("select: " + "[" * 1000 + "]" * 1000 + "\n", ".factlint.yaml:1:"),
    ("rules: []\n", "invalid rules (1 problem):"),
])
def test_bad_configuration_values_are_errors(runner, rules, articles, tmp_path, monkeypatch, body, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factlint.yaml").write_text(body)
    result = runner.invoke(cli, [str(articles)] + ([] if "rules" in body else ["--rules", str(rules)]))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.stderr
    assert result.stderr.startswith(f"factlint: error: {message}")


def test_deep_toml_is_an_error(runner, rules, articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.factlint]\nselect = " + "[" * 3000 + "]" * 3000 + "\n")
    result = run(runner, rules, articles)
    assert result.exit_code == 2
    assert errors(result) == ["factlint: error: pyproject.toml: invalid TOML: values nested too deeply"]


@pytest.mark.parametrize("args, message", [
    (["--regex-timeout", "nan"], "'nan': expected a finite number of seconds above 0"),
    (["--regex-timeout", "inf"], "'inf': expected a finite number of seconds above 0"),
    (["--article-timeout", "0"], "'0': expected a finite number of seconds above 0"),
    (["--ignore", ""], "ignore: an empty rule id matches every rule"),
])
def test_options_that_would_check_nothing_or_switch_a_guard_off(runner, rules, articles, args, message):
    result = run(runner, rules, *args, articles)
    assert result.exit_code == 2
    assert message in result.stderr


# 7. Rule files -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text, message", [
    ("deep.yaml", "id: x\nfacts: " + "[" * 1000 + "]" * 1000 + "\n", "invalid YAML: nested more than 50 levels deep"),
    ("key.yaml", "id: y\n? [a, b]\n: 1\nfacts:\n  d: {kind: count}\n",
     "key.yaml:2:3: invalid YAML: a key must be a plain value, not a list or mapping"),
    ("brace.yaml", 'id: z\nmessage: "found {found"\nfacts:\n  d: {kind: count}\n',
     "brace.yaml:2: message: not a valid message template"),
    ("nan.yaml", "id: n\nfacts:\n  d: {kind: count, expected: .nan}\n",
     "nan.yaml:3: facts.d.expected: nan is not a finite number"),
    ("inf.yaml", "id: i\nfacts:\n  d: {kind: count, tolerance: .inf}\n", "inf.yaml:3: facts.d.tolerance: inf is not"),
])
def test_bad_rule_files_are_rule_errors(runner, articles, tmp_path, name, text, message):
    folder = tmp_path / "bad-rules"
    folder.mkdir()
    (folder / name).write_text(text)
    result = run(runner, folder, articles)
    assert result.exit_code == 2
    assert result.stderr.startswith("factlint: error: invalid rules (1 problem):")
    assert message in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_among_the_rule_files_is_an_error_not_a_hang(runner, rules, articles):
    os.mkfifo(rules / "pipe.yaml")
    result = run(runner, rules, articles)
    assert result.exit_code == 2
    assert f"{rules / 'pipe.yaml'}:1: not a regular file" in result.stderr


# 8. Cache entries, baselines and facts files are untrusted ---------------------------------

def _entries(cache_dir):
    """(key, body) of every entry in the cache's SQLite file."""
    import sqlite3

    with sqlite3.connect(next(cache_dir.glob("v*/*/cache.sqlite"))) as db:
        return db.execute("SELECT key, body FROM entries").fetchall()


def _damage_entries(cache_dir, damage):
    import hashlib
    import sqlite3

    path = next(cache_dir.glob("v*/*/cache.sqlite"))
    if damage == "fifo":
        path.unlink()
        os.mkfifo(path)
        return
    with sqlite3.connect(path) as db:
        for key, stored in db.execute("SELECT key, body FROM entries").fetchall():
            head, _, body = stored.partition(b"\n")  # a checksum line, then the entry
            data = json.loads(body)
            if damage in ("types", "value") and "facts" in data:
                if damage == "types":
                    data["facts"] = [dict(f, line="one") for f in data["facts"]] or "x"
                else:
                    data["facts"] = [dict(f, value={"lo": "x"}) for f in data["facts"]]
                body = json.dumps(data).encode()
                head = hashlib.sha256(body).hexdigest().encode()  # a checksum that fits: the types must still be checked
            elif damage == "deep":
                body = b"[" * 100_000 + b"]" * 100_000
            elif damage == "bigint":
                body = b'{"findings": ' + b"9" * 5000 + b"}"
            db.execute("UPDATE entries SET body = ? WHERE key = ?", (head + b"\n" + body, key))


@pytest.mark.parametrize("damage", ["types", "value", "deep", "fifo", "bigint"])
def test_a_damaged_cache_entry_is_recomputed(runner, rules, articles, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    first = run(runner, rules, "--cache-dir", cache_dir, "--format", "json", articles)
    _damage_entries(cache_dir, damage)
    again = run(runner, rules, "--cache-dir", cache_dir, "--format", "json", articles)
    assert again.exit_code == first.exit_code == 1
    assert again.stdout == first.stdout


def test_a_regex_timeout_is_not_cached(runner, articles, tmp_path, monkeypatch):
    """Raising --regex-timeout (the documented fix) must check the article again."""
    folder = tmp_path / "regex-rules"
    folder.mkdir()
    (folder / "r.yaml").write_text(RULE.replace("triggers: [killed, dead]", "triggers: ['/kill(ed)?/']"))
    from factlint.extract import extract as extract_module
    from factlint.prose.terms import PatternTimeout
    real = extract_module._rule_claims
    calls = {"n": 0}

    def once_out_of_time(*args):
        calls["n"] += 1
        if calls["n"] == 1:
            raise PatternTimeout("/kill(ed)?/", 0.25)
        return real(*args)

    monkeypatch.setattr(extract_module, "_rule_claims", once_out_of_time)
    cache_dir = tmp_path / "cache"
    first = run(runner, folder, "--cache-dir", cache_dir, "--jobs", "1", articles / "bad.txt")
    assert first.exit_code == 2 and "gave up after" in first.stderr
    second = run(runner, folder, "--cache-dir", cache_dir, "--jobs", "1", "--regex-timeout", "5",
                 articles / "bad.txt")
    assert second.exit_code == 1 and errors(second) == []


@pytest.mark.parametrize("text, message", [
    ("[" * 100_000 + "]" * 100_000, "not a factlint baseline: JSON nested too deeply"),
    ('{"version": 1, "findings": [{"path": "a", "rule": "r", "fact": "f", "found": "x", "count": '
     + "9" * 5000 + "}]}", "not a factlint baseline: a number too long to read"),
    ('{"version": 1, "findings": [{"path": "a", "rule": "r", "fact": "f", "found": "x", "count": 99999999999}]}',
     "findings[0]: expected strings"),
])
def test_a_damaged_baseline_is_a_clear_error(runner, rules, articles, tmp_path, text, message):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(text)
    result = run(runner, rules, "--baseline", baseline, articles)
    assert result.exit_code == 2
    assert errors(result) == [f"factlint: error: {baseline}: {message}"] or message in errors(result)[0]


@pytest.mark.parametrize("field, value, message", [
    ("line", "three", "'line' has the wrong type"),
    ("value", {"lo": "x"}, "a value of the wrong shape"),
    ("rule", "no-such-rule", "no fact no-such-rule.deaths"),
    ("extra", 1, "unknown field 'extra'"),
])
def test_a_facts_file_with_wrong_fields_is_a_clear_error(runner, rules, articles, tmp_path, field, value, message):
    facts = tmp_path / "facts.jsonl"
    assert run(runner, rules, "extract", articles, "-o", facts).exit_code == 0
    lines = facts.read_text().splitlines()
    for i, line in enumerate(lines):
        record = json.loads(line)
        if record["type"] == "fact":
            record[field] = value
            lines[i] = json.dumps(record)
            break
    facts.write_text("\n".join(lines) + "\n")
    result = runner.invoke(cli, ["compare", "--rules", str(rules), str(facts)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    [error] = errors(result)
    assert f"{facts}:" in error and "malformed fact line" in error and message in error


# 9-11. Nothing injected into CI logs, terminals and XML ------------------------------------

FORGED = "x\n::error file=a.txt::forged\n::stop-commands::tok\n.txt"


def _forging_folder(articles):
    try:
        (articles / FORGED).write_bytes(b"\x00\x01binary")  # a warning names it
        (articles / "esc\x1b[31m.txt").write_text(BAD.replace("Monday", "Monday\x1b]0;title\x07"))
    except OSError:
        pytest.skip("this file system refuses such names")


def test_file_names_cannot_forge_github_workflow_commands(runner, rules, articles):
    _forging_folder(articles)
    for fmt in ("github", "text", "line"):
        result = run(runner, rules, "--format", fmt, articles, env={"GITHUB_ACTIONS": "true"})
        assert result.exit_code == 1
        for line in result.stderr.splitlines():
            assert line.startswith("factlint: "), line
        commands = [line for line in result.stdout.splitlines() if line.lstrip().startswith("::")]
        assert all(line.startswith(("::error file=", "::warning ", "::notice ")) for line in commands), commands
        assert "\x1b" not in result.stdout + result.stderr


@pytest.mark.parametrize("fmt", ["text", "line", "github", "junit"])
def test_escape_sequences_from_names_and_text_never_reach_the_terminal(runner, rules, articles, fmt):
    _forging_folder(articles)
    result = run(runner, rules, "--format", fmt, articles)
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout
    if fmt == "line":
        assert len(result.stdout.splitlines()) == 2  # one line per finding, whatever the names hold
        assert "esc\\x1b[31m.txt:1:" in result.stdout


def test_junit_is_well_formed_whatever_a_suppression_reason_holds(runner, rules, articles):
    (articles / "bad.txt").write_text(
        "<!-- factlint: ignore[vela-flood] reason: checked \x01\x0b by\x1b the desk -->\n" + BAD)
    (articles / "bad.md").write_bytes((articles / "bad.txt").read_bytes())
    os.remove(articles / "bad.txt")
    result = run(runner, rules, "--format", "junit", articles)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"


# 12. Encodings of standard output -------------------------------------------------------

def test_a_latin1_standard_output_gets_escapes_not_a_crash(rules, articles, monkeypatch, capfdbinary):
    (articles / "bad.txt").write_text("The flood in Vela — “the worst” — killed 25 people.\n")
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="latin-1", errors="strict", write_through=True)
    monkeypatch.setattr(sys, "stdout", stream)
    status = main(["--rules", str(rules), str(articles)])
    stream.flush()
    assert status == 1
    text = raw.getvalue().decode("latin-1")
    assert "\\u201c" in text or "\\u2014" in text
    assert "1 failed" in text


# 14. A closed or broken standard output ---------------------------------------------------

def test_a_closed_standard_output_is_an_error(rules, articles, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", None)
    status = main(["--rules", str(rules), str(articles)])
    err = capsys.readouterr().err
    assert status == 2
    assert "factlint: error: cannot write the report: standard output is closed" in err


def test_a_broken_pipe_is_an_error(rules, articles, monkeypatch, capsys):
    class Broken(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self):
            raise io.UnsupportedOperation("no descriptor")

    monkeypatch.setattr(sys, "stdout", Broken())
    status = main(["--rules", str(rules), str(articles)])
    assert status == 2
    assert "factlint: error: cannot write the report to standard output: Broken pipe" in capsys.readouterr().err


# Issue 13, item 9: the cache folder behaves like pytest's and ruff's -----------------------

def test_the_cache_folder_is_tagged_ignored_and_cleaned(runner, rules, articles, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLINT_CACHE_DIR")
    assert run(runner, rules, articles).exit_code == 1
    folder = tmp_path / ".factlint_cache"
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    result = runner.invoke(cli, ["clean"])
    assert result.exit_code == 0 and not folder.exists()
    assert "factlint: removed .factlint_cache" in result.stderr
    assert runner.invoke(cli, ["clean"]).exit_code == 0


def test_clean_refuses_a_folder_that_is_not_a_cache(runner, tmp_path):
    precious = tmp_path / "drafts"
    precious.mkdir()
    (precious / "a.txt").write_text(GOOD)
    result = runner.invoke(cli, ["clean", "--cache-dir", str(precious)])
    assert result.exit_code == 2 and "not a factlint cache folder" in result.stderr
    assert (precious / "a.txt").read_text() == GOOD


def test_old_versions_and_rule_sets_are_pruned(runner, rules, articles, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    old_version = cache_dir / "v0.0.1" / "0123456789abcdef" / "ab"
    old_version.mkdir(parents=True)
    (old_version / "x.json").write_text("{}")
    legacy = cache_dir / "ab"  # the layout before versions had folders
    legacy.mkdir()
    (legacy / "y.json").write_text("{}")
    version = cache_dir / ("v" + factlint.__version__)
    for n in range(6):  # six older rule sets, the oldest first
        old_set = version / f"{n:016x}"
        old_set.mkdir(parents=True)
        os.utime(old_set, (1_000_000 + n, 1_000_000 + n))
    assert run(runner, rules, "--cache-dir", cache_dir, articles).exit_code == 1
    assert not old_version.parent.parent.exists() and not legacy.exists()
    kept = sorted(p.name for p in version.iterdir())
    assert len(kept) == cache_module.KEEP_RULE_SETS
    assert {f"{5:016x}", f"{4:016x}", f"{3:016x}"} <= set(kept)  # the most recently used


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_given_as_baseline_or_facts_file_is_an_error_not_a_hang(runner, rules, articles, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = run(runner, rules, "--baseline", fifo, articles)
    assert result.exit_code == 2 and errors(result) == [f"factlint: error: {fifo}: cannot read baseline: "
                                                          "not a regular file"]
    result = runner.invoke(cli, ["compare", "--rules", str(rules), str(fifo)])
    assert result.exit_code == 2 and errors(result) == [f"factlint: error: {fifo}: cannot read: not a regular file"]


def test_a_report_line_starting_with_two_colons_is_fenced_off_in_github_actions(runner, rules, articles,
                                                                               monkeypatch):
    (articles / "::warning::forged.txt").write_text(BAD)
    monkeypatch.chdir(articles)
    result = run(runner, rules, "--format", "line", "::warning::forged.txt", env={"GITHUB_ACTIONS": "true"})
    lines = result.stdout.splitlines()
    token = lines[0].removeprefix("::stop-commands::")
    assert lines[0].startswith("::stop-commands::factlint-") and lines[-1] == f"::{token}::"
    assert any(line.startswith("::warning::forged.txt:1:") for line in lines[1:-1])
    again = run(runner, rules, "--format", "line", "::warning::forged.txt", env={"GITHUB_ACTIONS": "true"})
    assert again.stdout == result.stdout  # the token comes from the text: the output stays deterministic
    plain = run(runner, rules, "--format", "line", "::warning::forged.txt")
    assert not plain.stdout.startswith("::stop-commands::")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="address-space limits")
def test_an_article_over_its_memory_budget_is_a_run_error(rules, articles, monkeypatch):
    """The allocation fails at once (nothing is touched), so the test costs no memory."""
    from factlint.engine import check_paths
    from factlint.read.source import ReadOptions
    from factlint.rules import load_rules
    real = workers.extract_bytes

    def greedy(name, data, *args):
        if name.endswith("good.txt"):
            bytearray(3 * 10**9)
        return real(name, data, *args)

    monkeypatch.setattr(workers, "extract_bytes", greedy)
    report = check_paths([str(articles)], load_rules(str(rules)), options=ReadOptions(article_memory=10**9))
    assert [str(e) for e in report.errors] == [f"{articles / 'good.txt'}: not checked: reading it took more memory "
                                               "than an article may (1 GB)"]
    assert [f.path for f in report.findings] == [str(articles / "bad.txt")]
    big = bytearray(50 * 10**6)  # the limit is put back after the article
    assert len(big) == 50 * 10**6


def test_an_output_over_an_article_of_the_corpus_is_refused_too(runner, rules, articles, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD)
    before = snapshot(articles)
    result = run(runner, rules, draft, "--against", articles, "--output-file", f"json:{articles / 'bad.txt'}")
    assert result.exit_code == 2 and "factlint never writes to an article" in result.stderr
    assert snapshot(articles) == before
