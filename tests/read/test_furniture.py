"""Page furniture: lines of a saved page that are not the article."""
import pytest

from factlint.read.document import make_document
from factlint.read.furniture import classify_line, classify_lines


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Home | World | Politics | Business", "navigation"),
        ("Home » World » Europe", "navigation"),
        ("Latest News, Local News, International News, US Politics, Economy", "navigation"),
        ("Read more: Putin says missiles came from Iran", "link or label"),
        ("READ MORE: Russia strikes Kharkiv", "link or label"),
        ("Also read: 111 injured in Belgorod", "link or label"),
        ("Tags: Ukraine, Russia, North Korea", "link or label"),
        ("Leave a Reply", "page boilerplate"),
        ("Leave a Reply Cancel reply", "page boilerplate"),
        ("Your email address will not be published. Required fields are marked *", "page boilerplate"),
        ("Comment *", "page boilerplate"),
        ("Related Post", "page boilerplate"),
        ("Share this:", "page boilerplate"),
        ("Post navigation", "page boilerplate"),
        ("Sun. Jun 23rd, 2024", "date header"),
        ("December 30, 2023", "date header"),
        ("Updated: December 30, 2023 10:45 AM EST", "date header"),
        ("Published on 2 January 2024", "date header"),
        ("January 2, 2024 | 10:45 am", "date header"),
        ("russia-fires-north-korean-missiles-at-ukraine", "URL slug"),
        ("Cross-border-tensions-kyiv-official-confirms-russian-use", "URL slug"),
        ("-", "separator"),
        ("———", "separator"),
        ("***", "separator"),
    ],
    ids=["pipe-nav", "breadcrumb-nav", "comma-nav", "read-more", "read-more-caps", "also-read",
         "tags", "leave-a-reply", "leave-a-reply-cancel", "email-not-published", "comment-field",
         "related-post", "share-this", "post-navigation", "weekday-date-header", "bare-date",
         "updated-timestamp", "published-on", "date-and-time", "slug", "capitalised-slug",
         "hyphen", "em-dashes", "asterisks"],
)
def test_furniture_lines(line, reason):
    """Each layout pattern is classified as furniture, with its reason."""
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine struck the Russian border city of Belgorod on December 30, killing more than 20 people.",
        "Kremlin spokesman Dmitry Peskov replied, “No comment.”",
        "On December 30, 2023, Ukraine struck Belgorod.",
        "Comments by Kremlin spokesman Dmitry Peskov drew criticism in Kyiv.",
        "Trending upward, the death toll in Belgorod reached 24 on Sunday.",
        "He said the attack, which killed two people, was a war crime.",
        "",
    ],
    ids=["body-sentence", "quoted-body", "body-starting-with-date", "body-starting-with-comments",
         "body-starting-with-trending", "body-with-commas", "blank"],
)
def test_body_lines_kept(line):
    """Article sentences are never furniture, whatever word they start with."""
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Home > News > Dunmore ferry sinks with 40 aboard",
    "Current:Home > LocalTwo more bodies found in Kelby quarry",
    "You are here: Home › Business › Harbour strike ends",
    "home » sport » Orlan Rovers win 3-1",
])
def test_a_breadcrumb_trail_is_navigation(line):
    """A breadcrumb run together with the headline it leads to is not the headline."""
    assert classify_line(line) == "navigation"


@pytest.mark.parametrize("line", [
    "Home owners in Dunmore lost 40 houses to the flood.",
    "Home secretary Ada Vell said 12 > 10 was no rule at all.",
])
def test_home_in_a_sentence_is_no_breadcrumb(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    ["https://www.example.com/world/russia-fires-north-korean-missiles-2024-01-02",
     "www.example.com/news/2024/01/02/kharkiv-strike"],
    ids=["https-url", "bare-www-url"],
)
def test_url_lines(line):
    """A line that is only a URL is furniture."""
    assert classify_line(line) is not None


def furniture_of(text):
    """{line number: reason} for a page."""
    return classify_lines(text.split("\n"))


def test_trending_list_between_separators():
    """Headlines between '-' lines are a list; the body around them is kept."""
    page = "\n".join([
        "On December 30, an attack on Belgorod killed over 20 people.",
        "-",
        "Alan Cumming shares plans with 2026 Bafta Film Awards",
        "-",
        "Edmonton weather warning: Up to 30 cm of snow possible in parts of Alberta",
        "-",
        "Bad Bunny's star power explodes tourism searches for his hometown",
    ])
    assert furniture_of(page) == {2: "separator", 3: "headline list", 4: "separator",
                                  5: "headline list", 6: "separator", 7: "headline list"}


def test_question_headline_in_separated_list():
    """A question headline between '-' lines is part of the list too."""
    page = "\n".join([
        "On December 30, an attack on Belgorod killed over 20 people.",
        "-",
        "Is Putin deploying North Korean missiles?",
        "-",
        "Zelensky visits front line in Kharkiv",
        "-",
        "Another article sentence follows here, with 3 numbers.",
    ])
    reasons = furniture_of(page)
    assert 3 in reasons
    assert 1 not in reasons and 7 not in reasons


def test_run_of_headlines_after_label():
    """Three headline-like lines in a row are a list, even without separators."""
    page = "\n".join([
        "Body sentence one is here.",
        "Trending",
        "Zelensky visits front line in Kharkiv",
        "Oil prices rise after 3 tankers attacked",
        "Biden signs 95 billion aid bill",
        "Body sentence two is here.",
    ])
    assert furniture_of(page) == {2: "page boilerplate", 3: "headline list", 4: "headline list",
                                  5: "headline list"}


def test_two_headline_lines_are_not_a_list():
    """A title and a subtitle (two short lines) are not a headline list."""
    page = "Russia fires North Korean missiles at Ukraine\nKyiv says 2 died\nThe strike hit Kharkiv."
    assert furniture_of(page) == {}


COMMENT_FORM = """Kremlin spokesman Dmitry Peskov said he had no comment.

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Comment *

Name *

Email *

Website

Save my name, email, and website in this browser for the next time I comment.

Post Comment"""


def test_comment_form_yields_no_sentences():
    """A whole comment form is furniture: only the article sentence remains."""
    doc = make_document("a.txt", COMMENT_FORM)
    assert [s.text for s in doc.sentences] == [
        "Kremlin spokesman Dmitry Peskov said he had no comment."]


def test_comment_form_fields_marked():
    """The short fields of a comment form are marked as furniture."""
    reasons = furniture_of(COMMENT_FORM)
    for number in (3, 5, 7, 9, 11, 13):
        assert number in reasons, number
    assert 1 not in reasons


def test_date_header_page_keeps_body():
    """A date header above a headline and body: only the header is furniture."""
    page = ("Sun. Jun 23rd, 2024\n\nIs Vladimir Putin deploying North Korean missiles in Ukraine?\n\n"
            "Kremlin spokesman Dmitry Peskov replied, \"No comment.\" On Tuesday, the Kremlin declined.")
    doc = make_document("a.txt", page)
    assert doc.furniture == {1: "date header"}
    assert [s.text for s in doc.sentences] == [
        "Is Vladimir Putin deploying North Korean missiles in Ukraine?",
        "Kremlin spokesman Dmitry Peskov replied, \"No comment.\"",
        "On Tuesday, the Kremlin declined.",
    ]


def test_furniture_yields_no_sentences():
    """Sentences never come from furniture lines."""
    page = ("Home | World | Politics | Business\nRead more: 300 killed in Kharkiv\n"
            "Ukraine struck Belgorod on December 30.\nrussia-strikes-kharkiv-killing-300")
    doc = make_document("a.txt", page)
    assert [s.text for s in doc.sentences] == ["Ukraine struck Belgorod on December 30."]
    assert set(doc.furniture) == {1, 2, 4}


@pytest.mark.parametrize("lead_in, items", [
    ("The provisional count in full:", ["Greens: 210", "Blues: 96", "Reds: 40"]),
    ("Here is how the seats were shared out:", ["- Harbour ward: 4 seats", "- Hill ward: 3 seats", "- Mill ward: 2 seats"]),
    ("The survey's figures:", ["• Coast: 12 Seats", "• Valley: 9 Seats", "• Uplands: 5 Seats", "• Islands: 1 Seat"]),
])
def test_a_list_the_article_announces_is_article_text(lead_in, items):
    lines = ["Vote count ends in Marrow", "", "Counting finished in Marrow at dawn after a long night.", "",
             lead_in, ""] + [x for item in items for x in (item, "")]
    assert classify_lines(lines) == {}


def test_an_unannounced_run_of_short_lines_is_still_a_headline_list():
    lines = ["Vote count ends in Marrow", "", "Counting finished in Marrow at dawn after a long night.", "",
             "Mayor opens new bridge", "", "Storm warning for the coast", "", "Harbour fees to rise"]
    assert set(classify_lines(lines).values()) == {"headline list"}


# Invented lines for the speed-ups below: furniture of each kind the line-start
# patterns know, body text, and edge cases of blanks and closing marks.
_LINES = [
    "", " ", "---", " * * * ", "——", "|", "Read more: The mayor of Tollbridge resigns", "SEE ALSO : flood maps",
    "Photo: Harbour Press", "credit:", "Leave a comment", "Related stories", "Subscribe", "Comments (4)",
    "Sponsored content", "Trending now.", "Most popular", "skip to main content", "Copyright 2031 Harbour Press",
    "© Harbour Press", "All rights reserved.", "Your email address will not be published.",
    "https://example.org/news/flood", "  www.example.org  ", "http:// spaced", "By Nora Quell", "BY NORA QUELL",
    "By Nora Quell and Ivo Brandt, Harbour Press", "By the river, nine houses stood.", "by nora quell",
    "flood-hits-tollbridge-again-today", "two-word-slug", "Home > Local > Weather", "Nine people died on Tuesday.",
    "The council said 40 homes were flooded, and the river rose 2 metres", "Bystanders helped.", "Readers wrote in:",
    "Related: the storm", "A comment on the plan?", "Is it over?!", "  ends with blanks.\u00a0\u3000", "quote’ ",
    "no mark\x1c", "mark.\x1c", "tab end!\t", "line\u2028", "(see below)", "“Quoted.”", "x" * 300 + ",",
]


def test_blanks_are_what_regex_reads_as_white_space():
    import regex

    from factlint.read.furniture import BLANKS

    every = "".join(map(chr, range(0x110000)))
    assert sorted(BLANKS) == sorted(regex.findall(r"\s", every))


@pytest.mark.parametrize("marks, name", [
    (".!?:;,”\"’')", "_TERMINAL"), (".!?", "_SENTENCE_END"), ("?!", "_QUESTION_END"),
])
def test_ends_with_answers_as_the_pattern(marks, name):
    """`_ends_with` is `[marks]\\s*$` without a call of the regex engine."""
    from factlint.read import furniture

    pattern = getattr(furniture, name)
    said = [furniture._ends_with(line, marks) for line in _LINES]
    assert said == [bool(pattern.search(line)) for line in _LINES]
    assert any(said) and not all(said)


def test_one_line_start_pattern_matches_where_any_of_its_parts_does():
    """_LINE_START is a pre-test: it must match every line one of the seven
    line-start patterns matches (else furniture would be missed), with each
    part's own flags."""
    from factlint.read import furniture

    for pattern, nocase in furniture._STARTS:
        assert bool(pattern.flags & furniture.regex.IGNORECASE) == nocase
    hits = 0
    for line in _LINES:
        parts = any(p.match(line) for p, _ in furniture._STARTS)
        assert bool(furniture._LINE_START.match(line)) == parts, line
        hits += parts
    assert 10 < hits < len(_LINES) - 10


def _one_by_one(line):
    """classify_line as it read before the pre-test: each pattern in turn."""
    from factlint.read import furniture as f

    if not line.strip():
        return None
    for pattern, why in ((f._SEPARATOR, "separator"), (f._LABELLED, "link or label")):
        if pattern.match(line):
            return why
    if f._SHORT_BOILERPLATE.match(line) and f._words(line) <= 8 and not f._SENTENCE_END.search(line):
        return "page boilerplate"
    for pattern, why in ((f._BOILERPLATE_SENTENCE, "page boilerplate"), (f._URL, "URL"), (f._BYLINE, "byline"),
                         (f._SLUG, "URL slug")):
        if pattern.match(line):
            return why
    if f._is_date_header(line):
        return "date header"
    if f._is_navigation(line) or (">" in line or "›" in line or "»" in line) and f._BREADCRUMB.match(line):
        return "navigation"
    return None


@pytest.mark.parametrize("line", _LINES)
def test_furniture_reason_as_one_pattern_at_a_time(line):
    assert classify_line(line) == _one_by_one(line)
