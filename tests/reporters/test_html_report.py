"""`factlint report`: the fact matrix as one self-contained, deterministic HTML page."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

from factlint.cli.app import cli
from factlint.engine import check_paths
from factlint.reporters import facts_table, html_report
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS


class Elements(HTMLParser):
    """Every element's tag and attributes, and the text inside each id'd element."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.open_ids: list[str] = []
        self.text: dict[str, str] = {}
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if "id" in attrs:
            self.open_ids.append(attrs["id"])
            self.text[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if tag == "li" and self.open_ids:
            self.open_ids.pop()

    def handle_data(self, data):
        for ident in self.open_ids:
            self.text[ident] += data


@pytest.fixture(scope="module")
def seeds_report():
    return check_paths([SEEDS], load_rules(RULES))


@pytest.fixture(scope="module")
def seeds_page(seeds_report):
    return html_report.render(seeds_report)


def test_cli_writes_the_report(runner, tmp_path):
    """`factlint report -o` writes the page (same bytes each run), says so, and exits 0."""
    out = tmp_path / "report.html"
    first = runner.invoke(cli, ["report", "--rules", RULES, SEEDS, "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert first.stderr == f"factlint: wrote {out} (5 articles, 1 disagreement)\n"
    data = out.read_bytes()
    runner.invoke(cli, ["report", "--rules", RULES, SEEDS, "-o", str(out)])
    assert out.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["report.html"]


@pytest.mark.parametrize("args, message", [
    (["report", SEEDS], "Missing option '-o'"),
    (["report", "-o", "{tmp}/missing/report.html", SEEDS], "missing/report.html: cannot write: No such file or directory"),
    (["report", "-o", "{tmp}/r.html", "{tmp}/nowhere"], "nowhere: no such file or directory"),
])
def test_cli_report_errors(runner, tmp_path, args, message):
    """A missing -o, an unwritable output or a missing article: one message, exit 2."""
    result = runner.invoke(cli, [args[0], "--rules", RULES, *(a.format(tmp=tmp_path) for a in args[1:])])
    assert result.exit_code == 2
    assert message in result.stderr


def test_summary_counts(seeds_page, seeds_report):
    """The summary names articles, facts, mentions and disagreements, and the tally."""
    rows = len(facts_table.rows(seeds_report))
    for count, noun in [(5, "articles"), (rows, "facts"), (len(seeds_report.facts), "mentions"),
                        (1, "disagreement")]:
        assert f"<b>{count}</b>{noun}</li>" in seeds_page
    assert "33 passed, 1 failed, 0 skipped" in seeds_page


def test_matrix_rows_and_columns(seeds_page, seeds_report):
    """One row per fact of the fact table, one column per article."""
    elements = Elements(seeds_page).elements
    row_ids = [a["id"] for t, a in elements if t == "tr" and "id" in a]
    assert row_ids == [f"fact-{r}.{f}" for r, f in facts_table.rows(seeds_report)]
    headers = [a["title"] for t, a in elements if t == "th" and "title" in a]
    assert headers == list(seeds_report.articles)


def test_kirby_disagreement_highlighted_with_reason(seeds_page):
    """Exactly the Kirby cell is highlighted; its title gives the reason."""
    cells = [a for t, a in Elements(seeds_page).elements if t == "td" and a.get("class") == "disagrees"]
    assert len(cells) == 1
    assert cells[0]["title"].startswith("John Kirby's title: 'Homeland Security spokesman' is a title known to be wrong")
    assert "expected National Security Council spokesman" in cells[0]["title"]


def test_every_value_links_to_its_quote(seeds_page, seeds_report):
    """Each link in the matrix points at a quoted sentence with path:line:col."""
    parsed = Elements(seeds_page)
    targets = [a["href"][1:] for t, a in parsed.elements if t == "a" and a.get("href", "").startswith("#")]
    ids = {a["id"] for t, a in parsed.elements if "id" in a}
    assert targets and set(targets) <= ids
    quoted = {ident: text for ident, text in parsed.text.items() if re.fullmatch(r"m\d+", ident)}
    assert len(quoted) == len(seeds_report.facts)
    kirby = next(f for f in seeds_report.facts if f.rule == "kirby-title")
    anchor = next(i for i, text in quoted.items() if f"{kirby.path}:{kirby.line}:{kirby.column}" in text)
    assert "Homeland Security spokesman John Kirby said" in quoted[anchor]
    assert f'<li id="{anchor}" class="disagrees">' in seeds_page
    assert "<mark>Homeland Security spokesman</mark>" in seeds_page


def test_self_contained_and_printable(seeds_page):
    """No scripts, no external assets or links, inline CSS with print rules."""
    elements = Elements(seeds_page).elements
    assert not [t for t, _ in elements if t in ("script", "link", "img", "iframe")]
    assert not [a for _, a in elements if any(v and v.startswith(("http:", "https:", "//")) for v in a.values())]
    assert "@media print" in seeds_page
    assert "@import" not in seeds_page and "url(" not in seeds_page


def test_article_text_is_escaped(tmp_path):
    """Quotes and paths from articles are escaped: no markup of theirs gets through."""
    folder = tmp_path / "a&b <x>"
    folder.mkdir()
    (folder / "story.txt").write_text(
        'Pentagon spokesman John Kirby said <script>alert("x")</script> & "more" came.\n', encoding="utf-8")
    page = html_report.render(check_paths([str(folder)], load_rules(RULES)))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;more&quot;" in page
    assert "a&amp;b &lt;x&gt;/story.txt" in page
    assert 'class="disagrees"' in page


def test_no_articles_still_renders(tmp_path):
    """An empty folder gives a page with zero counts, not an error."""
    page = html_report.render(check_paths([str(tmp_path)], load_rules(RULES)))
    assert "<b>0</b>articles" in page and "<tbody></tbody>" in page.replace("\n", "")
