"""Loading rule files: valid rules, and errors that name file, line and field."""
import textwrap

import pytest

from factlint.errors import RuleError
from factlint.rules import Tolerance, load_rules, parse_tolerance


def write(folder, name, text):
    """Write one rule file and return its path as a string."""
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def problems(folder):
    """The problems load_rules reports for `folder` (it must fail)."""
    with pytest.raises(RuleError) as info:
        load_rules(str(folder))
    assert str(info.value) == "\n".join(info.value.problems)
    return info.value.problems


def test_valid_rule_loads(tmp_path):
    """A valid rule file loads with its facts, scope, tolerance and expected value."""
    write(tmp_path, "belgorod.yaml", """\
        id: belgorod
        description: Attack on Belgorod
        scope: [Belgorod]
        facts:
          deaths:
            kind: count
            triggers: [kill*, dead]
            expected: more than 20
            tolerance: 5%
          range:
            kind: quantity
            unit: miles
            expected: 900 km
        """)
    [rule] = load_rules(str(tmp_path))
    assert rule.id == "belgorod" and rule.description == "Attack on Belgorod"
    assert rule.scope.groups == (("Belgorod",),)
    deaths, rng = rule.facts
    assert deaths.triggers == ("kill*", "dead")
    assert deaths.expected_text == "more than 20"
    assert (deaths.expected["lo"], deaths.expected["lo_open"], deaths.expected["hi"]) == (20, True, None)
    assert deaths.tolerance == Tolerance(relative=0.05)
    assert deaths.severity == "error" and deaths.window == 6 and deaths.line == 5
    assert rng.options["unit"].symbol == "mi"
    assert rng.expected["lo"] == pytest.approx(559.234, abs=1e-3)


def test_id_defaults_to_file_name(tmp_path):
    """A rule without 'id' takes its file's stem."""
    write(tmp_path, "kharkiv-strike.yaml", "facts:\n  deaths:\n    kind: count\n")
    [rule] = load_rules(str(tmp_path))
    assert rule.id == "kharkiv-strike"


def test_date_expected_unquoted(tmp_path):
    """An unquoted ISO date (a YAML timestamp) is a valid expected date."""
    write(tmp_path, "r.yaml", "facts:\n  date:\n    kind: date\n    expected: 2023-12-30\n")
    [rule] = load_rules(str(tmp_path))
    assert rule.facts[0].expected_text == "December 30, 2023"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("""\
            id: x
            facts:
              d:
                kind: count
                trigers: [killed]
            """,
         "r.yaml:5: facts.d.trigers: unknown key for kind 'count' (did you mean 'triggers'?)"),
        ("""\
            id: x
            scop: [a]
            facts:
              d:
                kind: count
            """,
         "r.yaml:2: scop: unknown key (did you mean 'scope'?)"),
        ("""\
            id: x
            scope:
              anyy: [a]
            facts:
              d:
                kind: count
            """,
         "r.yaml:3: scope.anyy: unknown key (did you mean 'any'?)"),
        ("""\
            id: x
            facts:
              d:
                kind: cuont
            """,
         "r.yaml:4: facts.d.kind: unknown kind 'cuont' (did you mean 'count'?); "
         "one of: count, date, money, percentage, quantity, title, year"),
        ("""\
            id: x
            facts:
              d:
                triggers: [a]
            """,
         "r.yaml:3: facts.d.kind: missing; one of: count, date, money, percentage, quantity, title, year"),
        ("""\
            id: x
            facts:
              t:
                kind: title
                accepted: [Kremlin spokesman]
            """,
         "r.yaml:3: facts.t.person: missing; the person's full name"),
        ("""\
            id: x
            facts:
              r:
                kind: quantity
                triggers: [range]
            """,
         "r.yaml:3: facts.r.unit: missing; the unit to compare in, such as km"),
        ("""\
            id: x
            facts:
              r:
                kind: quantity
                unit: furlongs
            """,
         "r.yaml:5: facts.r.unit: unknown unit 'furlongs'; use a unit such as km, mi, m, kg, km/h, year"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                unit: km
            """,
         "r.yaml:5: facts.d.unit: unknown key for kind 'count'"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                tolerance: lots
            """,
         "r.yaml:5: facts.d.tolerance: 'lots' is not a number or a percentage such as '5%'"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                tolerance: -5%
            """,
         "r.yaml:5: facts.d.tolerance: must not be negative"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                expected: many people
            """,
         "r.yaml:5: facts.d.expected: cannot read 'many people' as a number or a phrase such as 'more than 20'"),
        ("""\
            id: x
            facts:
              r:
                kind: quantity
                unit: km
                expected: 900 kg
            """,
         "r.yaml:6: facts.r.expected: cannot read '900 kg' as a length such as '40 km'"),
        ("""\
            id: x
            facts:
              y:
                kind: year
                expected: last year
            """,
         "r.yaml:5: facts.y.expected: expected a year such as 1998, got 'last year'"),
        ("""\
            id: x
            facts:
              d:
                kind: date
                expected: '2023-13-45'
            """,
         "r.yaml:5: facts.d.expected: cannot read '2023-13-45' as a date such as 2024-03-14, 2024-03 or "
         "'March 14, 2024'"),
        ("""\
            id: x
            severity: fatal
            facts:
              d:
                kind: count
            """,
         "r.yaml:2: severity: expected one of error, warning, info, got 'fatal'"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                severity: high
            """,
         "r.yaml:5: facts.d.severity: expected one of error, warning, info, got 'high'"),
        ("""\
            id: x
            facts:
              d:
                kind: count
                window: -1
            """,
         "r.yaml:5: facts.d.window: expected a whole number of words (0 or more)"),
        ("""\
            id: x
            facts:
              t:
                kind: title
                person: John Kirby
                accepted: 5
            """,
         "r.yaml:6: facts.t.accepted: expected a list of non-empty strings"),
        ("""\
            id: x
            facts:
              a: 5
            """,
         "r.yaml:3: facts.a: expected a mapping with at least 'kind'"),
        ("id: x\n", "r.yaml:1: facts: missing or empty; a rule needs at least one fact"),
        ("", "r.yaml:1: empty rule file"),
        ("# only a comment\n", "r.yaml:1: empty rule file"),
        ("- a\n- b\n", "r.yaml:1: expected a mapping with 'facts'"),
        ("hello\n", "r.yaml:1: expected a mapping with 'facts'"),
    ],
    ids=["unknown-fact-key", "unknown-rule-key", "unknown-scope-key", "unknown-kind", "missing-kind",
         "title-without-person", "quantity-without-unit", "unknown-unit", "option-of-other-kind",
         "bad-tolerance", "negative-tolerance", "bad-expected-count", "expected-wrong-dimension",
         "bad-expected-year", "bad-expected-date", "bad-rule-severity", "bad-fact-severity",
         "bad-window", "bad-option-type", "fact-not-mapping", "no-facts", "empty-file",
         "comment-only-file", "list-file", "scalar-file"],
)
def test_problem_messages(tmp_path, text, expected):
    """Each problem is reported as path:line: field: message."""
    path = write(tmp_path, "r.yaml", text)
    assert problems(tmp_path) == [path[: -len("r.yaml")] + expected]


@pytest.mark.parametrize(
    "text, line_col, message",
    [
        ("id: x\nfacts:\n  d:\n    kind: count\n   triggers: [a\n", "5:4",
         "invalid YAML: expected <block end>, but found '<block mapping start>'"),
        ("id: x\nfacts: [a, b\n", "3:1", "invalid YAML: expected ',' or ']', but got '<stream end>'"),
        ("id: x\nfacts:\n\td: 1\n", "3:1", "invalid YAML: found character '\\t' that cannot start any token"),
        ("id: x\nfacts:\n  d:\n    kind: count\n    kind: year\n", "5:5", "invalid YAML: duplicate key 'kind'"),
        ("id: x\nid: y\nfacts:\n  d:\n    kind: count\n", "2:1", "invalid YAML: duplicate key 'id'"),
    ],
    ids=["bad-indent", "unclosed-list", "tab", "duplicate-fact-key", "duplicate-rule-key"],
)
def test_yaml_errors_name_line_and_column(tmp_path, text, line_col, message):
    """Malformed YAML and duplicate keys are reported with line and column."""
    path = write(tmp_path, "r.yaml", text)
    assert problems(tmp_path) == [f"{path}:{line_col}: {message}"]


def test_invalid_unquoted_date_is_a_problem_not_a_crash(tmp_path):
    """An impossible unquoted date (YAML timestamp) is reported with its line, not raised."""
    path = write(tmp_path, "r.yaml", "id: x\nfacts:\n  d:\n    kind: date\n    expected: 2023-13-45\n")
    [problem] = problems(tmp_path)
    assert problem.startswith(f"{path}:5")
    assert "2023-13-45" in problem or "month" in problem


def test_all_problems_of_a_file_at_once(tmp_path):
    """Several problems in one file are all listed, in file order."""
    path = write(tmp_path, "r.yaml", """\
        id: x
        severity: fatal
        facts:
          a:
            kind: count
            expected: lots
          b:
            kind: cont
        """)
    found = problems(tmp_path)
    assert [p.split(": ")[0] for p in found] == [f"{path}:2", f"{path}:6", f"{path}:8"]
    assert [p.split(": ")[1] for p in found] == ["severity", "facts.a.expected", "facts.b.kind"]


def test_problems_of_two_files_reported_together(tmp_path):
    """Two bad files: both are reported, in name order."""
    first = write(tmp_path, "a.yaml", "id: a\nfacts:\n  d:\n    kind: cuont\n")
    second = write(tmp_path, "b.yaml", "id: b\nfacts: [a, b\n")
    write(tmp_path, "c.yaml", "id: c\nfacts:\n  d:\n    kind: count\n")
    found = problems(tmp_path)
    assert len(found) == 2
    assert found[0].startswith(f"{first}:4: facts.d.kind: unknown kind 'cuont'")
    assert found[1].startswith(f"{second}:3:1: invalid YAML")


def test_duplicate_rule_ids_name_both_files(tmp_path):
    """A rule id used twice is reported at the second file, naming the first."""
    first = write(tmp_path, "a.yaml", "id: same\nfacts:\n  d:\n    kind: count\n")
    second = write(tmp_path, "b.yaml", "# c\nid: same\nfacts:\n  d:\n    kind: count\n")
    assert problems(tmp_path) == [f"{second}:2: id: rule id 'same' is already used by {first}"]


def test_duplicate_id_from_file_name(tmp_path):
    """An id taken from a file name clashes with an explicit id too."""
    first = write(tmp_path, "a.yaml", "id: kharkiv\nfacts:\n  d:\n    kind: count\n")
    second = write(tmp_path, "kharkiv.yaml", "facts:\n  d:\n    kind: count\n")
    [problem] = problems(tmp_path)
    assert problem.startswith(f"{second}:") and problem.endswith(f"already used by {first}")


def test_duplicate_id_points_at_id_line(tmp_path):
    """The duplicate-id problem names the line of the 'id' key."""
    write(tmp_path, "a.yaml", "id: same\nfacts:\n  d:\n    kind: count\n")
    second = write(tmp_path, "b.yaml", "description: second\nseverity: info\nid: same\nfacts:\n  d:\n    kind: count\n")
    [problem] = problems(tmp_path)
    assert problem.startswith(f"{second}:3: id:")


@pytest.mark.parametrize(
    "setup, message",
    [("missing", "no such rules folder"), ("empty", "no rule files (*.yaml) found")],
    ids=["missing-folder", "no-yaml-files"],
)
def test_folder_problems(tmp_path, setup, message):
    """A missing or empty rules folder is a RuleError too."""
    folder = tmp_path / "rules"
    if setup == "empty":
        folder.mkdir()
        (folder / "notes.txt").write_text("not a rule")
        (folder / ".hidden.yaml").write_text("id: x")
    assert problems(folder) == [f"{folder}: {message}"]


@pytest.mark.parametrize(
    "raw, tolerance",
    [("5%", Tolerance(relative=0.05)), (3, Tolerance(absolute=3.0)), (0.5, Tolerance(absolute=0.5)),
     (" 10% ", Tolerance(relative=0.10))],
    ids=["percent", "int", "float", "padded-percent"],
)
def test_parse_tolerance(raw, tolerance):
    """A tolerance is a percentage string or an absolute number."""
    assert parse_tolerance(raw) == tolerance


@pytest.mark.parametrize("raw", [True, "five", "x%", -1, None], ids=["bool", "word", "bad-percent", "negative", "none"])
def test_parse_tolerance_rejects(raw):
    """Booleans, words and negative numbers are not tolerances."""
    with pytest.raises(ValueError):
        parse_tolerance(raw)


@pytest.mark.parametrize(
    "gap, magnitude, tolerance, allowed",
    [(45, 900, Tolerance(relative=0.05), True), (46, 900, Tolerance(relative=0.05), False),
     (3, 100, Tolerance(absolute=3), True), (3.5, 100, Tolerance(absolute=3), False)],
    ids=["relative-edge", "relative-over", "absolute-edge", "absolute-over"],
)
def test_tolerance_allows(gap, magnitude, tolerance, allowed):
    """A tolerance allows a gap up to its absolute or relative size, inclusive."""
    assert tolerance.allows(gap, magnitude) is allowed


def test_scope_groups(tmp_path):
    """'all' needs a hit in every group, and a 'none' word rules the sentence out."""
    write(tmp_path, "r.yaml", """\
        id: x
        scope:
          all:
            - [North Korea*, DPRK]
            - [missile*]
          none: [Iran]
        facts:
          d:
            kind: count
        """)
    [rule] = load_rules(str(tmp_path))
    assert rule.scope.hits("North Korean missiles hit Kharkiv") is not None
    assert rule.scope.hits("North Korean troops") is None
    assert rule.scope.hits("DPRK and Iran missiles") is None
    assert [h.term for h in rule.scope.hits("DPRK missiles")] == ["DPRK", "missile*"]
