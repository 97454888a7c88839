"""Sentence boundaries after abbreviations, decimals, web addresses, ellipses and
in run-in lists (issue 11, item 8). Every passage here is invented."""
import pytest

from factlint.prose.sentences import split_sentences


def split(text):
    return [s.text for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry sailed for the U.S. How it got there is unclear.",
         ["The ferry sailed for the U.S.", "How it got there is unclear."]),
        ("Talks resumed in the E.U. They ended at noon.", ["Talks resumed in the E.U.", "They ended at noon."]),
        ("The shop shut at 6 P.M. Mr. Varga went home.", ["The shop shut at 6 P.M.", "Mr. Varga went home."]),
        ("The fare is $12.50. It rises in May.", ["The fare is $12.50.", "It rises in May."]),
        ("The plant was sold to Orlen Steel Co. It closed a year later.",
         ["The plant was sold to Orlen Steel Co.", "It closed a year later."]),
        ("Ask Mira and co. They will know.", ["Ask Mira and co.", "They will know."]),
        ("The stage was set for Carl Ruiz Jr. He won easily.", ["The stage was set for Carl Ruiz Jr.", "He won easily."]),
        ("Write to desk@orlen-gazette.example. We reply daily.",
         ["Write to desk@orlen-gazette.example.", "We reply daily."]),
        ("See https://orlen.example/flood.html. It has maps.", ["See https://orlen.example/flood.html.", "It has maps."]),
        ("The plan set her apart from Ana Ruiz's. Whereas Ruiz spent, she saved.",
         ["The plan set her apart from Ana Ruiz's.", "Whereas Ruiz spent, she saved."]),
        ("It was the two of us, you and I. Did anyone else see it?",
         ["It was the two of us, you and I.", "Did anyone else see it?"]),
    ],
    ids=["US-How", "EU-They", "PM-Mr", "decimal-money", "Co-It", "co-They", "Jr-He", "email", "url", "possessive-s", "pronoun-I"],
)
def test_abbreviations_that_end_a_sentence(text, expected):
    """An abbreviation or a number ends a sentence when a sentence-opening word follows."""
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Climbers could see Mt. Fuji from the ridge.",
        "The vote is due on Dec. 30 in Carrow.",
        "The U.S. Coast Guard searched the bay.",
        "Gov. Tana Olsany spoke at 5 p.m. on Friday.",
        "Lt. Col. Ivan Moro of Ft. Lorne led the unit.",
        "John Q. Varga and Albert I. Dunn signed it.",
        "Flights to the U.K. Midlands were cancelled.",
        "See No. 5 on the list.",
        "The fire started at 3 a.m. Tuesday near Esk.",
        "At 5 a.m. Mr. Varga opened the gates.",
        "She works at Yodel! in the accounts department.",
        "He teaches history (He once worked as a pilot.) at the Esk college.",
        "The mayor paused . . . and then went on.",
        "I was really ... well, I was not sure.",
    ],
    ids=["Mt-Fuji", "Dec-30", "US-Coast-Guard", "Gov-pm", "Lt-Col-Ft", "initials", "UK-Midlands", "No-5", "am-weekday",
         "fronted-time-title",
         "exclamation-in-name", "bracketed-sentence", "spaced-ellipsis", "ellipsis"],
)
def test_no_boundary(text):
    """Titles, initials, numbered abbreviations, names with "!" and mid-sentence ellipses go on."""
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rest was lost.... Nobody kept a copy.", ["The rest was lost....", "Nobody kept a copy."]),
        ("Mark the gap with a stop . . . . Then go on.", ["Mark the gap with a stop . . . .", "Then go on."]),
        ("The old law faded. . . . The new one was never passed.",
         ["The old law faded.", ". . . The new one was never passed."]),
    ],
    ids=["four-dots", "spaced-four-dots", "stop-then-ellipsis"],
)
def test_ellipsis_with_a_full_stop(text, expected):
    """An ellipsis with a fourth dot ends a sentence; glued to a word, the stop comes first."""
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1. Close the dam 2. Warn the town", ["1. Close the dam", "2. Warn the town"]),
        ("1.) Close the dam. 2.) Warn the town.", ["1.) Close the dam.", "2.) Warn the town."]),
        ("1) Close the dam 2) Warn the town", ["1) Close the dam", "2) Warn the town"]),
        ("a. Close the dam b. Warn the town c. Call the army", ["a. Close the dam", "b. Warn the town", "c. Call the army"]),
        ("• 4. Close the dam • 5. Warn the town", ["• 4. Close the dam", "• 5. Warn the town"]),
    ],
    ids=["numbered", "numbered-bracket-stops", "bracket", "lettered", "bulleted"],
)
def test_run_in_lists(text, expected):
    """A paragraph that opens with a list marker, followed by the next one, is split at each marker."""
    assert split(text) == expected


def test_a_number_in_prose_is_no_list():
    """A number with a full stop in ordinary prose does not make a list."""
    text = "The team finished 2. The others did worse."
    assert split(text) == ["The team finished 2.", "The others did worse."]


def test_long_paragraphs_split_in_linear_steps():
    """Many abbreviations and ellipses in one paragraph keep the work per sentence bounded."""
    text = "The U.S. Coast Guard came at 5 p.m. . . . and left. " * 2000
    assert len(split(text)) == 2000
