"""Sentence splitting with exact offsets, and hard-wrapped paragraphs."""
import pytest

from factlint.prose.sentences import paragraphs, split_sentences
from factlint.read.document import make_document


def split(text):
    """The sentence texts of one paragraph."""
    return [s.text for s in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. said so. Russia denied it.", ["The U.S. said so.", "Russia denied it."]),
        ("The U.N. Security Council met. It adopted a resolution.",
         ["The U.N. Security Council met.", "It adopted a resolution."]),
        ("It happened on Dec. 30 in Belgorod. Two died.", ["It happened on Dec. 30 in Belgorod.", "Two died."]),
        ("Mr. Peskov spoke. He left.", ["Mr. Peskov spoke.", "He left."]),
        ("Gen. Smith spoke. Adm. John Kirby spoke.", ["Gen. Smith spoke.", "Adm. John Kirby spoke."]),
        ("Lt. Col. Ivan Petrov spoke.", ["Lt. Col. Ivan Petrov spoke."]),
        ("John F. Kennedy was shot. Crowds wept.", ["John F. Kennedy was shot.", "Crowds wept."]),
        ("It was 2.5 km away. Nobody died.", ["It was 2.5 km away.", "Nobody died."]),
        ("It ended in 2023. In 2024 it restarted.", ["It ended in 2023.", "In 2024 it restarted."]),
        ("See No. 5 for details.", ["See No. 5 for details."]),
        ("Asked if the missiles were North Korean, he said no. Kyiv disagreed.",
         ["Asked if the missiles were North Korean, he said no.", "Kyiv disagreed."]),
    ],
    ids=["US", "UN", "Dec", "Mr", "Gen-and-Adm", "Lt-Col", "initial", "decimal", "year-at-end",
         "No-number", "said-no"],
)
def test_abbreviations(text, expected):
    """Abbreviations, initials and decimals do not end sentences; real full stops do."""
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said, "No comment." Then he left.', ['He said, "No comment."', "Then he left."]),
        ("“No comment,” he said. Later he added more.", ["“No comment,” he said.", "Later he added more."]),
        ('Officials said: "We will respond." Russia did not comment.',
         ['Officials said: "We will respond."', "Russia did not comment."]),
        ("Costs rose (sharply). Then fell.", ["Costs rose (sharply).", "Then fell."]),
    ],
    ids=["straight-quote-close", "curly-quote-mid", "quote-after-colon", "parenthesis"],
)
def test_quotes(text, expected):
    """A sentence may end inside closing quotes or brackets."""
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Did Russia fire them? Kyiv says yes.", ["Did Russia fire them?", "Kyiv says yes."]),
        ("Wow! Really.", ["Wow!", "Really."]),
        ('"Did Russia fire them?" he asked.', ['"Did Russia fire them?" he asked.']),
        ("“Is this a war?” asked Peskov. He left.", ["“Is this a war?” asked Peskov.", "He left."]),
    ],
    ids=["question", "exclamation", "quoted-question-lower-case-after", "quoted-question-verb-after"],
)
def test_question_marks(text, expected):
    """'?' ends a sentence, except a quoted question that the sentence goes on after."""
    assert split(text) == expected


def test_lower_case_start_after_full_stop_splits():
    """A full stop after a normal word ends the sentence even before a lower-case word."""
    assert split("Podolyak said it was a war. kyiv agreed.") == ["Podolyak said it was a war.", "kyiv agreed."]


def test_offsets_are_exact():
    """Each sentence's offsets index its own text within the article."""
    text = "Intro line.\n  The U.S. said so.   Russia denied it.  "
    sentences = split_sentences(text, 12, len(text))
    assert [s.text for s in sentences] == ["The U.S. said so.", "Russia denied it."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_hard_wrapped_lines_form_one_paragraph():
    """A line without closing punctuation followed by a lower-case line is wrapped."""
    text = "This is a line that wraps\nacross two lines. Next sentence.\nNew paragraph here."
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    assert paragraphs(lines, text) == [(0, 58), (59, 78)]


@pytest.mark.parametrize(
    "text, count",
    [("Headline without stop\nBody starts here.", 2),
     ("A sentence ends.\nanother line starts lower.", 2),
     ("A line wraps\nhere and ends.", 1)],
    ids=["capital-after-headline", "lower-after-full-stop", "lower-after-no-stop"],
)
def test_paragraph_joining_in_documents(text, count):
    """Only unpunctuated lines followed by a lower-case start are joined."""
    assert len(make_document("a.txt", text).sentences) == count


def test_crlf_keeps_offsets():
    """Windows line breaks keep every character offset and line number."""
    doc = make_document("a.txt", "First line.\r\nSecond line.")
    assert [s.text for s in doc.sentences] == ["First line.", "Second line."]
    second = doc.sentences[1]
    assert doc.position(second.start) == (2, 1)
