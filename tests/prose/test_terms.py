"""Rule terms: whole words, wildcards, hyphen/space and apostrophe equivalence."""
import pytest

from factlint.prose.terms import find_terms


def matched(terms, text):
    """(matched text, term) for every hit."""
    return [(text[h.start:h.end], h.term) for h in find_terms(tuple(terms), text)]


@pytest.mark.parametrize(
    "terms, text, expected",
    [
        (["injur*"], "62 were injured, one injury", [("injured", "injur*"), ("injury", "injur*")]),
        (["injur*"], "Injuries mounted", [("Injuries", "injur*")]),
        (["injur*"], "uninjured people", []),
        (["injur*"], "injur", [("injur", "injur*")]),
        (["kill"], "killed, kill, skill", [("kill", "kill")]),
        (["death*"], "deaths and deadline", [("deaths", "death*")]),
        (["missile*"], "missiles, missile, antimissile", [("missiles", "missile*"), ("missile", "missile*")]),
    ],
    ids=["wildcard-endings", "wildcard-capitalised", "wildcard-not-mid-word", "wildcard-bare-stem",
         "whole-word-only", "wildcard-not-other-word", "wildcard-plural-and-singular"],
)
def test_whole_words_and_wildcards(terms, text, expected):
    """A term matches whole words; a final '*' matches any ending but no prefix."""
    assert matched(terms, text) == expected


@pytest.mark.parametrize(
    "terms, text, found",
    [
        (["North Korean"], "a North-Korean missile", "North-Korean"),
        (["North Korean"], "a North Korean missile", "North Korean"),
        (["North Korean"], "a North  Korean missile", "North  Korean"),
        (["North Korean"], "a North\nKorean missile", "North\nKorean"),
        (["north korean"], "a NORTH KOREAN missile", "NORTH KOREAN"),
        (["Kim Jong Un"], "Kim Jong-un met Putin", "Kim Jong-un"),
        (["full-scale war"], "the full scale war", "full scale war"),
        (["North-Korean"], "a North Korean missile", "North Korean"),
        (["KN-23"], "the KN-23 missile", "KN-23"),
    ],
    ids=["space-matches-hyphen", "space-matches-space", "double-space", "line-break", "case",
         "name-hyphen", "hyphen-term-matches-space", "hyphen-term-matches-space-2", "hyphen-term-exact"],
)
def test_hyphen_space_equivalence(terms, text, found):
    """Spaces and hyphens in terms and text are interchangeable."""
    assert [m for m, _ in matched(terms, text)] == [found]


def test_hyphenated_designation_not_a_prefix():
    """'KN-23' does not match inside 'KN-230'."""
    assert matched(["KN-23"], "the KN-230 missile") == []


@pytest.mark.parametrize(
    "term, text",
    [
        ("Ukraine’s", "Ukraine's army"),
        ("Ukraine’s", "Ukraine’s army"),
        ("Ukraine's", "Ukraine’s army"),
        ("Ukraine's", "Ukraine's army"),
    ],
    ids=["curly-term-straight-text", "curly-term-curly-text", "straight-term-curly-text",
         "straight-term-straight-text"],
)
def test_apostrophes(term, text):
    """Straight and curly apostrophes match each other, in either direction."""
    assert [m for m, _ in matched([term], text)] == [text.split()[0]]


@pytest.mark.parametrize(
    "terms, text, expected",
    [
        (["death", "death toll"], "the death toll rose; one death",
         [("death toll", "death toll"), ("death", "death")]),
        (["North Korea", "North Korea*"], "North Korean troops", [("North Korean", "North Korea*")]),
        (["Kim", "Kim Jong Un"], "Kim Jong Un met Putin", [("Kim Jong Un", "Kim Jong Un")]),
        (["war", "war began"], "the war began in 2022", [("war began", "war began")]),
    ],
    ids=["death-toll", "wildcard-longer", "full-name", "phrase"],
)
def test_longest_first(terms, text, expected):
    """At one place the longest term wins, and hits never overlap."""
    assert matched(terms, text) == expected


def test_no_terms():
    """An empty term list finds nothing."""
    assert find_terms((), "anything") == []


@pytest.mark.parametrize(
    "term, text",
    [("U.N.", "the U.N. said"), ("U.S.", "U.S. officials"), ("SRBM*", "SRBMs")],
    ids=["dotted-UN", "dotted-US", "acronym-wildcard"],
)
def test_punctuation_in_terms(term, text):
    """Dots and acronyms in terms are matched literally."""
    assert len(matched([term], text)) == 1
