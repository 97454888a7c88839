"""A title's abbreviation before a name never ends a sentence ("Amb. Lena Vorr")."""
import pytest

from factlint.prose.sentences import split_sentences


def split(text):
    return [s.text for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "U.S. Amb. Lena Vorr said the talks went well.",
    "The Norland Amb. Ivo Pell arrived on Monday.",
    "Former Amb. Dana Reel spoke first.",
    "Lt. Gov. Ana Brey and Amb. Tomas Kell met in Vossk.",
])
def test_amb_does_not_end_a_sentence(text):
    assert split(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("He met Amb. Vorr. Then he left.", ["He met Amb. Vorr.", "Then he left."]),
    ("The envoy is Amb. Reel. She left on Friday.", ["The envoy is Amb. Reel.", "She left on Friday."]),
])
def test_the_sentence_after_the_name_is_split(text, expected):
    assert split(text) == expected
