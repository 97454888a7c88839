"""Titles of named people (kinds/title.py): where they are written and their verdicts."""
import textwrap

import pytest

from factlint.compare.compare import compare
from factlint.extract.extract import extract_facts
from factlint.kinds.title import normalise, titles_agree
from factlint.read.document import make_document
from factlint.rules import load_rules

KIRBY = """\
id: kirby-title
description: John Kirby's title
facts:
  title:
    kind: title
    person: John Kirby
    aliases: [Kirby]
    accepted:
      - National Security Council spokesman
      - White House national security spokesman
    wrong:
      - Pentagon spokesman
      - national security adviser
"""
PODOLYAK = """\
id: podolyak-title
facts:
  title:
    kind: title
    person: Mykhailo Podolyak
    aliases: [Podolyak]
    accepted: [senior Kyiv official, Ukrainian presidential adviser, adviser to Ukraine's president]
    wrong: [Ukrainian foreign minister]
"""


def write_rules(folder, **files):
    """Write YAML rule files into `folder` and load them through the loader."""
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load_rules(str(folder))


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    """The Kirby and Podolyak title rules, loaded from YAML files."""
    return write_rules(tmp_path_factory.mktemp("rules"), kirby=KIRBY, podolyak=PODOLYAK)


def titles(text, rules):
    """(rule id, title text) for every title fact in a one-sentence article."""
    facts = extract_facts(make_document("a.txt", text), rules)
    return [(f.rule, f.text) for f in facts if f.kind == "title"]


@pytest.mark.parametrize(
    "text, rule, title",
    [
        ("National Security Council spokesman John Kirby said the talks failed.",
         "kirby-title", "National Security Council spokesman"),
        ("US National Security Council spokesman John Kirby told reporters.",
         "kirby-title", "US National Security Council spokesman"),
        ("White House national security spokesman John Kirby said.",
         "kirby-title", "White House national security spokesman"),
        ("Ukrainian presidential adviser Podolyak said.", "podolyak-title", "Ukrainian presidential adviser"),
        ("The National Security Council's spokesman John Kirby said so.",
         "kirby-title", "National Security Council's spokesman"),
        ("the National Security Council’s spokesman John Kirby said so.",
         "kirby-title", "National Security Council’s spokesman"),
        ("John Kirby, the National Security Council spokesman, said so.",
         "kirby-title", "National Security Council spokesman"),
        ("Kirby, the White House national security spokesman, said.",
         "kirby-title", "White House national security spokesman"),
        ("John Kirby, spokesman for the National Security Council, said so.",
         "kirby-title", "spokesman for the National Security Council"),
        ("John Kirby, who is spokesman for the National Security Council, said so.",
         "kirby-title", "spokesman for the National Security Council"),
        ("He met John Kirby, the Pentagon spokesman.", "kirby-title", "Pentagon spokesman"),
        ("Mykhailo Podolyak, an adviser to Ukraine's president, wrote.",
         "podolyak-title", "adviser to Ukraine's president"),
        ("Mykhailo Podolyak (Ukrainian presidential adviser) wrote.",
         "podolyak-title", "Ukrainian presidential adviser"),
        ("A senior Kyiv official, Mykhailo Podolyak, said so.", "podolyak-title", "senior Kyiv official"),
        ("The spokesman, John Kirby, said.", "kirby-title", "spokesman"),
        ("Pentagon spokesman Adm. John Kirby said so.", "kirby-title", "Pentagon spokesman"),
        ("Rear Adm. John Kirby, the NSC spokesman, said.", "kirby-title", "NSC spokesman"),
        ("Later, John Kirby, the NSC spokesman, said.", "kirby-title", "NSC spokesman"),
    ],
    ids=["before-name", "before-name-with-country", "lower-case-words", "before-alias",
         "possessive", "possessive-curly", "appositive-after", "appositive-after-alias",
         "spokesman-for", "who-is", "appositive-at-end", "appositive-with-article",
         "parenthesised", "title-before-comma", "bare-role-before-comma", "honorific-after-title",
         "honorific-before-name-appositive", "leading-adverb-then-appositive"],
)
def test_title_phrasings(rules, text, rule, title):
    """A title is found before, around or after the name, without honorifics or articles."""
    assert titles(text, rules) == [(rule, title)]


@pytest.mark.parametrize(
    "text",
    [
        "Adm. John Kirby said so.",
        "Mr. Kirby said.",
        "However, Kirby said so.",
        "But Kirby said so.",
        "On Tuesday, Kirby said so.",
        "Meanwhile Kirby said.",
        "Yesterday Kirby said.",
        "In Washington, Kirby said.",
        "Speaking to reporters, Kirby said.",
        "Asked about it, Kirby said.",
        "Kirby said the missiles flew far.",
        "John Kirby, 60, said.",
        "State Department spokesman Matthew Miller and John Kirby spoke.",
        "National security adviser Jake Sullivan and John Kirby spoke.",
        "Ukrainian Foreign Minister Dmytro Kuleba and Mykhailo Podolyak spoke.",
        "After meeting the Pentagon spokesman, Kirby said the talks went well.",
        "Responding to the national security adviser, Kirby said.",
    ],
    ids=["honorific-only", "mr", "however", "but", "on-weekday", "meanwhile", "yesterday",
         "place-before-comma", "participle-clause", "asked-clause", "no-title", "age-appositive",
         "other-persons-title", "other-persons-title-lower", "other-persons-title-podolyak",
         "clause-with-role-before-comma", "clause-with-wrong-role-before-comma"],
)
def test_not_titles(rules, text):
    """Sentence-initial words, honorifics and other people's titles are not the person's title."""
    assert titles(text, rules) == []


def verdicts(texts, rules):
    """(path, title, outcome, message) for a set of one-sentence articles."""
    docs = [make_document(f"{i}.txt", t) for i, t in enumerate(texts)]
    facts = [f for d in docs for f in extract_facts(d, rules)]
    findings, checks = compare(facts, rules, tuple(d.path for d in docs))
    return facts, findings, checks


@pytest.mark.parametrize(
    "text, outcome, message",
    [
        ("National Security Council spokesman John Kirby said.", "passed", None),
        ("White House national security spokeswoman John Kirby said.", "passed", None),
        ("US National Security Council spokesman John Kirby said.", "passed", None),
        ("John Kirby, spokesman for the National Security Council, said.", "passed", None),
        ("Pentagon spokesman John Kirby said.", "failed", "known to be wrong"),
        ("John Kirby, the national security adviser, said.", "failed", "known to be wrong"),
        ("Deputy National Security Council spokesman John Kirby said.", "failed", "not an accepted title"),
        ("Deputy national security adviser John Kirby said.", "failed", "not an accepted title"),
        ("Ukrainian foreign minister Mykhailo Podolyak said.", "failed", "known to be wrong"),
        ("Mykhailo Podolyak, an adviser to the Ukrainian president, said.", "passed", None),
        ("Senior Kyiv official Mykhailo Podolyak said.", "passed", None),
    ],
    ids=["accepted", "synonym-spokeswoman", "extra-word", "word-order", "wrong", "wrong-appositive",
         "rank-deputy", "deputy-of-wrong", "wrong-podolyak",
         "stemmed-ukrainian", "capitalised-accepted"],
)
def test_title_verdicts(rules, text, outcome, message):
    """Accepted titles pass; wrong ones and rank changes fail with a reason."""
    facts, findings, checks = verdicts([text], rules)
    assert [c.outcome for c in checks] == [outcome]
    if message is None:
        assert findings == []
    else:
        [finding] = findings
        assert message in finding.message
        assert finding.path == "0.txt" and finding.line == 1
        assert finding.column == text.index(finding.found) + 1


@pytest.mark.parametrize("text", [
    "Former National Security Council spokesman John Kirby said.",
    "Former Pentagon spokesman John Kirby said.",
    "John Kirby, a retired Navy rear admiral, said.",
    "John Kirby, who served as Pentagon press secretary, said.",
    "Then-Pentagon spokesman John Kirby said.",
], ids=["former-accepted", "former-wrong", "retired", "who-served-as", "then-prefix"])
def test_past_roles_are_not_titles(rules, text):
    """A past role says nothing about the present title: no check, no finding."""
    facts, findings, checks = verdicts([text], rules)
    assert (facts, findings, checks) == ([], [], [])


def test_wrong_finding_names_accepted_titles(rules):
    """A wrong title's finding lists the accepted ones as expected."""
    _, [finding], _ = verdicts(["Pentagon spokesman John Kirby said."], rules)
    assert finding.found == "Pentagon spokesman"
    assert finding.expected == "National Security Council spokesman / White House national security spokesman"
    assert finding.rule == "kirby-title" and finding.fact == "title"


def test_only_wrong_list(tmp_path):
    """With only 'wrong' titles, an unknown title passes and a wrong one fails."""
    rules = write_rules(tmp_path, peskov="""\
        id: peskov-title
        facts:
          title:
            kind: title
            person: Dmitry Peskov
            aliases: [Peskov]
            wrong: [Russian foreign ministry spokesman]
        """)
    _, findings, checks = verdicts(["Kremlin spokesman Dmitry Peskov said.",
                                    "Russian foreign ministry spokesman Dmitry Peskov said."], rules)
    assert [c.outcome for c in checks] == ["passed", "failed"]
    assert [f.path for f in findings] == ["1.txt"]
    assert findings[0].expected == "not Russian foreign ministry spokesman"


def test_expected_title_is_accepted(tmp_path):
    """A fact's 'expected' title counts as an accepted one."""
    rules = write_rules(tmp_path, peskov="""\
        id: peskov-title
        facts:
          title:
            kind: title
            person: Dmitry Peskov
            expected: Kremlin spokesman
        """)
    _, findings, checks = verdicts(["Kremlin spokesman Dmitry Peskov said.",
                                    "Russian defense minister Dmitry Peskov said."], rules)
    assert [c.outcome for c in checks] == ["passed", "failed"]
    assert findings[0].expected == "Kremlin spokesman"


def test_titles_by_consensus(tmp_path):
    """Without a reference, the majority title stands and the odd one is flagged."""
    rules = write_rules(tmp_path, peskov="""\
        id: peskov-title
        facts:
          title:
            kind: title
            person: Dmitry Peskov
        """)
    _, findings, checks = verdicts(["Kremlin spokesman Dmitry Peskov said.",
                                    "Dmitry Peskov, the Kremlin spokesman, said.",
                                    "Russian defense minister Dmitry Peskov said."], rules)
    assert [c.outcome for c in checks] == ["passed", "passed", "failed"]
    [finding] = findings
    assert finding.path == "2.txt"
    assert {r.path for r in finding.related} == {"0.txt", "1.txt"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Russian foreign ministry spokesman Dmitry Peskov said.", "Russian foreign ministry spokesman"),
        ("Russian Foreign Ministry spokesman Dmitry Peskov said.", "Russian Foreign Ministry spokesman"),
        ("Kremlin press secretary Dmitry Peskov said.", "Kremlin press secretary"),
    ],
    ids=["lower-case-ministry", "capitalised-ministry", "press-secretary"],
)
def test_whole_title_without_vocabulary(tmp_path, text, title):
    """A rule with no title lists still reads the whole title, lower-case institution words included."""
    rules = write_rules(tmp_path, peskov="""\
        id: peskov-title
        facts:
          title:
            kind: title
            person: Dmitry Peskov
            expected: Kremlin spokesman
        """)
    assert titles(text, rules) == [("peskov-title", title)]


def test_truncated_wrong_title_is_flagged(tmp_path):
    """'Russian foreign ministry spokesman' is not 'Kremlin spokesman', even with no wrong list."""
    rules = write_rules(tmp_path, peskov="""\
        id: peskov-title
        facts:
          title:
            kind: title
            person: Dmitry Peskov
            accepted: [Kremlin spokesman]
        """)
    _, findings, checks = verdicts(["Russian foreign ministry spokesman Dmitry Peskov said."], rules)
    assert [c.outcome for c in checks] == ["failed"]


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("spokesman for the National Security Council", "National Security Council spokesman", True),
        ("Kremlin spokeswoman", "Kremlin spokesman", True),
        ("Ukrainian presidential adviser", "adviser to the Ukrainian president", True),
        ("US National Security Council spokesman", "National Security Council spokesman", True),
        ("deputy foreign minister", "foreign minister", False),
        ("acting Pentagon spokesman", "Pentagon spokesman", False),
        ("Pentagon spokesman", "State Department spokesman", False),
    ],
    ids=["word-order", "synonym", "stems", "superset", "deputy", "acting", "different-body"],
)
def test_titles_agree(a, b, agree):
    """Titles agree as word sets when one contains the other and their ranks match."""
    assert titles_agree(normalise(a), normalise(b)) is agree
