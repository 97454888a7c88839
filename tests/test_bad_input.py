"""Bad input, bad rules, nothing lost: every case goes through the CLI and ends
with the documented exit status, a one-line message on stderr, no traceback."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import zipfile

import pytest

import factlint.engine
import factlint.read.document
from factlint.cli.app import cli, main
from factlint.read.source import parse_size

RULE = """id: vela-flood
description: Vela flood
scope: [flood]
facts:
  deaths:
    kind: count
    triggers: [killed, dead]
    expected: 20
"""
GOOD = "The flood in Vela killed 20 people on Monday.\n"
BAD = "The flood in Vela killed 25 people on Monday.\n"


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "vela-flood.yaml").write_text(RULE, encoding="utf-8")
    return folder


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


def run(runner, rules, *args, input=None):
    """Run factlint; no input may ever produce a traceback."""
    result = runner.invoke(cli, ["--rules", str(rules), *map(str, args)], input=input)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def run_json(runner, rules, *args, input=None):
    result = run(runner, rules, "--format", "json", *args, input=input)
    return result, json.loads(result.stdout)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("factlint: error:")]


# Articles and paths

def test_missing_path_exits_two(runner, rules, tmp_path):
    result = run(runner, rules, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert error_lines(result) == [f"factlint: error: {tmp_path / 'nowhere'}: no such file or directory"]
    assert result.stdout == ""


@pytest.mark.parametrize("content", [{}, {"notes.rst": b"# not an article"}, {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00"}],
                         ids=["empty-folder", "no-txt-files", "only-binary"])
def test_no_articles_found_exits_two(runner, rules, articles, content):
    for name, data in content.items():
        (articles / name).write_bytes(data)
    result = run(runner, rules, articles)
    assert result.exit_code == 2
    assert error_lines(result) == [f"factlint: error: no articles found in {articles} (articles are *.txt, *.md, *.markdown, *.html, *.htm files)"]
    assert result.stdout == ""


def test_walk_skips_hidden_and_tool_folders_and_symlink_loops(runner, rules, articles):
    for folder in (".hidden", ".git", "node_modules", "sub/deeper"):
        (articles / folder).mkdir(parents=True)
        (articles / folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (articles / ".dotfile.txt").write_text(BAD, encoding="utf-8")
    os.symlink(articles, articles / "sub" / "loop")  # a folder that contains itself
    os.symlink(articles / "sub" / "deeper" / "a.txt", articles / "link.txt")  # the same file twice
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 0
    assert report["articles"] == [str(articles / "link.txt")]  # and not again as sub/deeper/a.txt


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "The flood killed 20 people.")
    return buffer.getvalue()


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" * 20,  # no NUL at all
    _zip(),
    gzip.compress(b"The flood killed 20 people. " * 50),
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
    b"GIF89a\x01\x00\x01\x00",
], ids=["png", "pdf", "zip", "gzip", "jpeg", "gif"])
def test_binary_files_are_skipped_with_a_warning(runner, rules, articles, data):
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    (articles / "b.txt").write_bytes(data)
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 0
    assert report["articles"] == [str(articles / "a.txt")]
    assert f"factlint: warning: {articles / 'b.txt'}: not a text file; skipped" in result.stderr.splitlines()


@pytest.mark.parametrize("data, warned", [
    (BAD.encode("utf-8"), None),
    (codecs.BOM_UTF8 + BAD.encode("utf-8"), None),
    (BAD.encode("utf-16"), None),
    (("“Zürich” " + BAD).encode("cp1252"), "cp1252"),
    (("Zürich\x81 " + BAD).encode("latin-1"), "latin-1"),  # 0x81 is not Windows-1252
], ids=["utf-8", "utf-8-bom", "utf-16-bom", "windows-1252", "latin-1"])
def test_encodings_are_read_and_fallbacks_named(runner, rules, articles, data, warned):
    path = articles / "a.txt"
    path.write_bytes(data)
    _, report = run_json(runner, rules, path)
    finding = report["findings"][0]
    assert finding["found"] == "25"
    assert finding["quote"].endswith(BAD.strip())
    warning = f"factlint: warning: {path}: not valid UTF-8; read as {warned}"
    assert (warning in result_lines(runner, rules, path)) is (warned is not None)


def result_lines(runner, rules, path) -> list[str]:
    return run(runner, rules, path).stderr.splitlines()


@pytest.mark.parametrize("written", ["1\u00a0200", "1\u202f200", "1\u2009200", "“1,200”"],
                         ids=["nbsp", "narrow-nbsp", "thin-space", "curly-quotes"])
def test_spaces_and_quotes_inside_numbers(runner, rules, articles, written):
    (articles / "a.txt").write_text(f"The flood in Vela killed {written} people.\n", encoding="utf-8")
    _, report = run_json(runner, rules, articles / "a.txt")
    assert report["findings"][0]["found"] == " ".join(written.strip("“”").split())
    assert "expected 20" in report["findings"][0]["message"]


def test_unit_after_a_non_breaking_space(runner, tmp_path, articles):
    folder = tmp_path / "range-rules"
    folder.mkdir()
    (folder / "range.yaml").write_text(
        "id: range\nscope: [missile]\nfacts:\n  range:\n    kind: quantity\n    unit: km\n"
        "    triggers: [range]\n    expected: 900 km\n", encoding="utf-8")
    (articles / "a.txt").write_text("The missile has a range of 700\u00a0km.\n", encoding="utf-8")
    _, report = run_json(runner, folder, articles / "a.txt")
    assert report["findings"][0]["found"] == "700 km"  # white space collapsed, as documented


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "lone-cr"])
def test_positions_under_any_line_ending(runner, rules, articles, newline):
    text = newline.join(["Headline about Vela", "", "Rain fell all week.", "The flood in Vela killed 25 people."])
    (articles / "a.txt").write_bytes(text.encode("utf-8"))
    _, report = run_json(runner, rules, articles / "a.txt")
    finding = report["findings"][0]
    assert (finding["line"], finding["column"]) == (4, 26)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_empty_articles_are_articles_with_no_facts(runner, rules, articles, data):
    (articles / "a.txt").write_bytes(data)
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 0 and report["articles"] == [str(articles / "a.txt")]
    assert report["checks"] == [] and result.stderr == ""


def test_one_megabyte_single_line(runner, rules, articles):
    line = ("Rain fell on the hills of Vela, and the river rose, " * 20_000)[:1_000_000]
    (articles / "a.txt").write_text(line + " The flood in Vela killed 25 people.", encoding="utf-8")
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 1
    assert [f["found"] for f in report["findings"]] == ["25"]


def test_huge_file_is_skipped_by_size_without_being_read(runner, rules, articles, monkeypatch):
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    huge = articles / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB written
    real_open = open

    def guarded_open(path, *args, **kwargs):
        assert os.fspath(path) != str(huge), "the huge file was opened"
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(factlint.read.document, "open", guarded_open, raising=False)
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 0 and report["articles"] == [str(articles / "a.txt")]
    assert (f"factlint: warning: {huge}: 50 MB is over the size cap of 5 MB (--max-file-size); skipped"
            in result.stderr.splitlines())


def test_size_cap_is_configurable(runner, rules, articles):
    (articles / "a.txt").write_text(BAD * 50, encoding="utf-8")  # 2.3 KB
    result = run(runner, rules, "--max-file-size", "2KB", articles)
    assert result.exit_code == 2  # the only article was skipped: nothing to check
    assert f"{articles / 'a.txt'}: 2.3 KB is over the size cap of 2 KB (--max-file-size); skipped" in result.stderr
    assert run(runner, rules, "--max-file-size", "1MiB", articles).exit_code == 1


@pytest.mark.parametrize("text, size", [("5MB", 5_000_000), ("800kb", 800_000), ("1KiB", 1024), ("2 GiB", 2 * 2**30),
                                        ("1200", 1200), ("1.5M", 1_500_000), ("10 bytes", 10)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("value", ["5XB", "MB", "0", "-3MB"])
def test_bad_size_is_a_usage_error(runner, rules, articles, value):
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, rules, "--max-file-size", value, articles)
    assert result.exit_code == 2
    assert "Invalid value for '--max-file-size'" in result.stderr


def _deny(monkeypatch, denied: str) -> None:
    """Reading `denied` fails as if permission were refused (chmod does not stop root)."""
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if os.fspath(path) == denied:
            raise PermissionError(13, "Permission denied", denied)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(factlint.read.document, "open", refusing_open, raising=False)


def test_unreadable_file_is_an_error_and_the_rest_is_checked(runner, rules, articles, monkeypatch):
    (articles / "a.txt").write_text(BAD, encoding="utf-8")
    (articles / "b.txt").write_text(GOOD, encoding="utf-8")
    _deny(monkeypatch, str(articles / "b.txt"))
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 2
    assert error_lines(result) == [f"factlint: error: {articles / 'b.txt'}: cannot read: Permission denied"]
    assert report["articles"] == [str(articles / "a.txt")] and len(report["findings"]) == 1
    assert report["errors"] == [{"path": str(articles / "b.txt"), "message": "cannot read: Permission denied",
                                 "rule": None}]
    text = run(runner, rules, articles)
    assert text.exit_code == 2
    assert f"{articles / 'b.txt'}: cannot read: Permission denied" in text.stdout.split(" ERRORS ")[1]
    assert text.stdout.splitlines()[-1] == "0 passed, 1 failed, 0 skipped, 1 error"


def test_skip_unreadable_warns_and_keeps_the_normal_status(runner, rules, articles, monkeypatch):
    (articles / "a.txt").write_text(BAD, encoding="utf-8")
    (articles / "b.txt").write_text(GOOD, encoding="utf-8")
    _deny(monkeypatch, str(articles / "b.txt"))
    result, report = run_json(runner, rules, "--skip-unreadable", articles)
    assert result.exit_code == 1 and report["errors"] == []
    assert (f"factlint: warning: {articles / 'b.txt'}: cannot read: Permission denied (--skip-unreadable)"
            in result.stderr.splitlines())


def test_file_vanishing_during_the_run(runner, rules, articles, monkeypatch):
    (articles / "a.txt").write_text(BAD, encoding="utf-8")
    (articles / "b.txt").write_text(GOOD, encoding="utf-8")
    real_discover = factlint.engine.discover

    def discover_then_delete(paths, *args):
        found = real_discover(paths, *args)
        os.remove(articles / "b.txt")
        return found

    monkeypatch.setattr(factlint.engine, "discover", discover_then_delete)
    result, report = run_json(runner, rules, articles)
    assert result.exit_code == 2
    assert error_lines(result) == [f"factlint: error: {articles / 'b.txt'}: cannot read: the file vanished during the run"]
    assert len(report["findings"]) == 1


def test_standard_input_is_one_article(runner, rules):
    result, report = run_json(runner, rules, "-", input=BAD.encode("utf-8"))
    assert result.exit_code == 1
    assert report["articles"] == ["<stdin>"] and report["findings"][0]["path"] == "<stdin>"
    _, named = run_json(runner, rules, "--stdin-filename", "draft.txt", "-", input=BAD)
    assert named["findings"][0]["path"] == "draft.txt"


def test_draft_on_stdin_checked_against_the_published_corpus(runner, tmp_path, articles):
    folder = tmp_path / "no-expected"
    folder.mkdir()
    (folder / "flood.yaml").write_text(RULE.replace("    expected: 20\n", ""), encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        (articles / name).write_text(GOOD, encoding="utf-8")
    result, report = run_json(runner, folder, "-", articles, input=BAD)
    assert result.exit_code == 1
    # The corpus lends its facts; only the draft is reported (issue 13, item 1).
    assert report["articles"] == ["<stdin>"]
    assert [(f["path"], f["found"]) for f in report["findings"]] == [("<stdin>", "25")]
    assert {r["path"] for r in report["findings"][0]["related"]} == {str(articles / "a.txt"), str(articles / "b.txt")}


def test_stdin_named_after_a_file_replaces_it(runner, rules, articles):
    """A draft piped under the name of its published version is checked instead of it."""
    (articles / "a.txt").write_text(BAD, encoding="utf-8")
    (articles / "b.txt").write_text(GOOD, encoding="utf-8")
    name = str(articles / "a.txt")
    result, report = run_json(runner, rules, "--stdin-filename", name, "-", articles, input=GOOD)
    assert result.exit_code == 0
    assert report["articles"] == [name]  # the draft, under its published name; b.txt is its corpus


def test_articles_are_opened_read_only(runner, rules, articles):
    for name, text in (("a.txt", BAD), ("b.txt", GOOD), ("c.txt", "")):
        (articles / name).write_text(text, encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in articles.iterdir()}
    for command in (["check"], ["facts"]):
        for fmt in ("text", "json"):
            runner.invoke(cli, [*command, "--rules", str(rules), "--format", fmt, str(articles)])
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in articles.iterdir()}
    assert after == before  # same files, same bytes, same times: nothing new beside them


# Rule files

def _rules(tmp_path, files: dict[str, str]):
    folder = tmp_path / "bad-rules"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_malformed_yaml_names_file_line_and_column(runner, tmp_path, articles):
    folder = _rules(tmp_path, {"broken.yaml": "id: x\nfacts:\n  deaths: {kind: count\n  other: 1\n"})
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, folder, articles)
    assert result.exit_code == 2 and result.stdout == ""
    assert f"  {folder / 'broken.yaml'}:4:8: invalid YAML: expected ',' or '}}', but got ':'" in \
        result.stderr.splitlines()


def test_every_schema_error_of_the_run_at_once(runner, tmp_path, articles):
    folder = _rules(tmp_path, {
        "a.yaml": "id: same\ndescriptoin: x\nfacts:\n  deaths:\n    kind: count\n    window: many\n",
        "b.yaml": "id: same\nfacts:\n  range:\n    kind: distance\n",
        "c.yaml": "",
        "d.yaml": "id: kirby\nfacts:\n  title:\n    kind: title\n",
        "e.yaml": "id: twin\nfacts:\n  deaths:\n    kind: count\n",
        "f.yaml": "id: twin\nfacts:\n  deaths:\n    kind: count\n",
    })
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, folder, articles)
    assert result.exit_code == 2
    problems = [line.strip() for line in result.stderr.splitlines()[1:]]
    assert result.stderr.splitlines()[0] == f"factlint: error: invalid rules ({len(problems)} problems):"
    assert problems == [
        f"{folder / 'a.yaml'}:2: descriptoin: unknown key (did you mean 'description'?)",
        f"{folder / 'a.yaml'}:6: facts.deaths.window: expected a whole number of words (0 or more)",
        f"{folder / 'b.yaml'}:4: facts.range.kind: unknown kind 'distance'; one of: count, date, money, percentage, quantity, title, year",
        f"{folder / 'c.yaml'}:1: empty rule file",
        f"{folder / 'd.yaml'}:3: facts.title.person: missing; the person's full name",
        f"{folder / 'f.yaml'}:1: id: rule id 'twin' is already used by {folder / 'e.yaml'}",
    ]


def test_python_tags_are_refused(runner, tmp_path, articles):
    folder = _rules(tmp_path, {"evil.yaml": "id: evil\nfacts: !!python/object/apply:os.system ['true']\n"})
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, folder, articles)
    assert result.exit_code == 2
    assert (f"  {folder / 'evil.yaml'}:2:8: invalid YAML: could not determine a constructor for the tag "
            f"'tag:yaml.org,2002:python/object/apply:os.system'") in result.stderr.splitlines()


def test_alias_bomb_is_refused_not_expanded(runner, tmp_path, articles):
    levels = [  # the classic "billion laughs": 9 levels of 9, 10**9 strings once expanded
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[i]
        levels.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    folder = _rules(tmp_path, {"laughs.yaml": "id: laughs\n" + "\n".join(levels) + "\nfacts: *i\n"})
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, folder, articles)
    assert result.exit_code == 2
    assert "invalid YAML: more than 50 aliases (*name); a rule file needs few" in result.stderr
    assert f"{folder / 'laughs.yaml'}:" in result.stderr


@pytest.mark.parametrize("field, yaml_text, message", [
    ("facts.deaths.triggers[1]", "    triggers: [killed, '/kill(ed/']\n",
     "invalid regular expression 'kill(ed' at position 7: missing )"),
    ("facts.deaths.triggers[0]", "    triggers: ['/x*/']\n", "regular expression 'x*' matches empty text"),
    ("scope.any[0]", None, "invalid regular expression '[flood' at position 6: unterminated character set"),
], ids=["trigger", "matches-empty", "scope"])
def test_invalid_regular_expression_names_rule_pattern_and_position(runner, tmp_path, articles, field, yaml_text,
                                                                    message):
    rule = RULE.replace("    triggers: [killed, dead]\n", yaml_text) if yaml_text else \
        RULE.replace("scope: [flood]", "scope:\n  any: ['/[flood/']")
    folder = _rules(tmp_path, {"re.yaml": rule})
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(runner, folder, articles)
    assert result.exit_code == 2
    assert f"{folder / 're.yaml'}:" in result.stderr and f": {field}: {message}" in result.stderr


def test_regular_expression_terms_match_whole_words(runner, tmp_path, articles):
    folder = _rules(tmp_path, {"re.yaml": RULE.replace("[killed, dead]", "['/kill(ed|ing)/']").replace(
        "[flood]", "['/flood(s|ing)?/']")})
    (articles / "a.txt").write_text("The flooding in Vela killed 25.\nThe floods were skilled at 30 more.\n",
                                    encoding="utf-8")
    result, report = run_json(runner, folder, articles)
    assert [(f["line"], f["found"]) for f in report["findings"]] == [(1, "25")]


def test_runaway_regular_expression_costs_one_rule_on_one_article(runner, tmp_path, articles):
    slow = RULE.replace("vela-flood", "slow").replace("[killed, dead]", "['/(a|aa)+$/', killed]")
    folder = _rules(tmp_path, {"slow.yaml": slow, "vela-flood.yaml": RULE})
    (articles / "a.txt").write_text("The flood killed 25 people " + "a" * 40 + "!\n", encoding="utf-8")
    result, report = run_json(runner, folder, "--regex-timeout", "0.01", articles)
    assert result.exit_code == 2
    assert [(f["rule"], f["found"]) for f in report["findings"]] == [("vela-flood", "25")]
    message = "regular expression /(a|aa)+$/ gave up after 0.01 s (--regex-timeout); rule skipped for this article"
    assert report["errors"] == [{"path": str(articles / "a.txt"), "message": message, "rule": "slow"}]
    assert error_lines(result) == [f"factlint: error: {articles / 'a.txt'}: rule 'slow': {message}"]


# Output integrity

def test_json_stays_parseable_with_warnings(runner, rules, articles):
    (articles / "a.txt").write_bytes(BAD.encode("cp1252") + "“x”".encode("cp1252"))
    (articles / "b.txt").write_bytes(b"%PDF-1.4\n")
    result, report = run_json(runner, rules, articles)
    assert result.stderr.count("factlint: warning:") == 2
    assert report["summary"]["articles"] == 1


def test_only_atomic_writes_in_the_package():
    """Every file factlint writes goes through factlint.atomic.write_atomic."""
    package = os.path.dirname(factlint.read.document.__file__)
    writers = re.compile(r"\bopen\(|\.write_text\(|\.write_bytes\(|\bos\.replace\(|\bshutil\.copy")
    offenders = []
    for root, _, files in os.walk(package):
        for name in files:
            if not name.endswith(".py") or name == "atomic.py":
                continue
            with open(os.path.join(root, name), encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if writers.search(line) and not any(m in line for m in ('"rb"', "encoding=", "O_RDONLY")):
                        offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []


def test_ctrl_c_ends_with_130_and_no_traceback(monkeypatch, capsys, rules, articles):
    (articles / "a.txt").write_text(GOOD, encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(factlint.engine, "check_paths", interrupted)
    assert main(["--rules", str(rules), str(articles)]) == 130
    captured = capsys.readouterr()
    assert captured.err == "factlint: interrupted\n" and captured.out == ""
