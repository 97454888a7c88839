"""Rule terms: whole words, wildcards, hyphen/space and apostrophe equivalence."""
import pytest
import regex

from factlint.prose.terms import find_terms, has_term, term_pattern


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


def _one_check_per_term(terms: tuple[str, ...], text: str, compounds: bool) -> list[tuple[int, int, str]]:
    """The matches of the alternation with a word-boundary check around each
    term (how the pattern was first written): the combined pattern must agree."""
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    pattern = regex.compile("|".join(f"(?P<t{i}>{term_pattern(t, compounds)})" for i, t in enumerate(ordered)),
                            regex.IGNORECASE)
    return [(m.start(), m.end(), ordered[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


@pytest.mark.parametrize("compounds", [True, False])
@pytest.mark.parametrize("terms,text", [
    (("kill*", "dead", "death*", "death toll", "die"), "The death toll rose; 12 were killed and the dead were named."),
    (("die", "died", "dies"), "Three people died; diesel tanks burned; one dies each winter."),
    (("range", "short range"), "The short-range rocket's range is 20 km; long-range ones fly farther."),
    (("injur*", "wounded"), "Forty were injured, others wounded; the injury toll and INJURIES rose."),
    (("Gov.", "governor"), "Gov. Ann Brill, the governor, said the Governor's office agreed."),
    (("O'Neill", "Neill"), "Mayor O’Neill and Tam Neill met; O'Neill's aide spoke."),
    (("U.S.*", "US"), "U.S.-made rockets, US aid, the USA and U.S.A. forces."),
    (("a", "an", "and"), "An ant and a bee, and Ann."),
    (("hurt",), "hurtled, unhurt, hurt-hurt, hurt."),
    (("kill*",), "killkill kill-kill killed."),
])
def test_one_boundary_check_for_the_list_finds_what_one_per_term_did(terms, text, compounds):
    found = [(h.start, h.end, h.term) for h in find_terms(terms, text, compounds=compounds)]
    assert found == _one_check_per_term(terms, text, compounds)
    assert found  # each phrasing holds at least one of its terms
    assert has_term(terms, text)
