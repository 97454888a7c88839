"""`factlint report`: the editor's view as one self-contained HTML page.

It leads with the findings grouped by fact (the expected value, the rule's
description, each value found and which articles state it), then the fact
matrix (facts as rows, articles as short numbered columns, the fact column
sticky so it stays in view at 100 articles), then the quoted sentences,
folded per article. Inline CSS, no script, no external assets; the only
varying byte is the run date, which SOURCE_DATE_EPOCH fixes.
"""
from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from factlint import __version__
from factlint.model import Fact, Finding, Report
from factlint.reporters import facts_table
from factlint.reporters.options import DEFAULT, RenderOptions
from factlint.reporters.text import summary_line

if TYPE_CHECKING:
    from factlint.reporters.discovered import GroupSummary

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif;
       color: #1d1d1f; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; word-break: break-all; }
.summary { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; margin: .8rem 0; list-style: none; }
.summary li { border: 1px solid #d0d0d7; border-radius: 6px; padding: .35rem .8rem; background: #f6f6f9; }
.summary b { font-size: 1.2rem; margin-right: .25rem; }
.summary .bad { border-color: #d33; background: #fdecec; color: #a11; }
.tally { color: #555; margin: 0; }
.meta { color: #555; font-size: .85rem; margin: .2rem 0; }
.scroll { overflow-x: auto; max-width: 100%; }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: .92rem; }
.matrix tbody th, .matrix thead th:first-child { position: sticky; left: 0; z-index: 1; }
.matrix thead th:first-child { z-index: 2; }
.matrix td { white-space: nowrap; }
section.fact { border: 1px solid #d0d0d7; border-left: 4px solid #d33; border-radius: 6px; padding: .5rem .9rem;
               margin: .8rem 0; background: #fff; }
section.fact h3 { margin: 0 0 .2rem; word-break: normal; }
section.fact p { margin: .2rem 0; }
ul.values { margin: .3rem 0; padding-left: 1.2rem; } ul.values li.off { color: #a11; }
.labels a { margin-right: .3rem; }
dl.key { columns: 2 24rem; font-size: .85rem; } dl.key dt { float: left; clear: left; width: 3.5rem; font-weight: 600; }
dl.key dd { margin: 0 0 .1rem 3.5rem; overflow-wrap: anywhere; }
details.article { margin: .3rem 0; } details.article summary { cursor: pointer; }
details.article summary.bad { color: #a11; }
.matrix th, .matrix td { border: 1px solid #d0d0d7; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.matrix thead th { background: #eef0f5; position: sticky; top: 0; }
.matrix tbody th { font-weight: 600; white-space: nowrap; background: #fafafc; }
.matrix td.empty { color: #aaa; }
.matrix td.disagrees { background: #fde2e2; box-shadow: inset 3px 0 0 #d33; }
.matrix a { color: #124e8c; text-decoration: none; } .matrix a:hover { text-decoration: underline; }
.value + .value::before { content: "; "; color: #888; }
.off { color: #a11; font-weight: 700; }
.legend { font-size: .88rem; color: #444; }
.legend .swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: -2px;
                  background: #fde2e2; box-shadow: inset 3px 0 0 #d33; border: 1px solid #d0d0d7; }
ol.findings li { margin-bottom: .6rem; }
ol.mentions { padding-left: 1.4rem; } ol.mentions li { margin-bottom: .45rem; }
ol.mentions li:target { background: #fff6c9; outline: 2px solid #e4c300; }
ol.mentions li.disagrees { border-left: 3px solid #d33; padding-left: .4rem; }
code { font: .85rem/1.3 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; color: #444; }
q { quotes: "\\201C" "\\201D"; } mark { background: #ffe58a; padding: 0 .1rem; }
li.disagrees mark { background: #f8b4b4; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit !important; text-decoration: none; }
  .matrix thead th, .matrix tbody th { position: static; } details.article { display: block; } thead { display: table-header-group; }
  tr, li { break-inside: avoid; }
  .matrix td.disagrees, .summary .bad, mark, .legend .swatch {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _anchor(index: int) -> str:
    return f"m{index}"


def _count(n: int, noun: str) -> str:
    return f"<b>{n}</b>{noun}{'' if n == 1 else 's'}"


def _reason(finding: Finding) -> str:
    expected = f"; expected {finding.expected}" if finding.expected else ""
    return f"{finding.message} (found {finding.found}{expected})"


def _quote(fact: Fact) -> str:
    """The quoted sentence with the value marked."""
    start, end = fact.quote_offset, fact.quote_offset + len(fact.text)
    if fact.quote[start:end] != fact.text:
        return escape(fact.quote)
    return (escape(fact.quote[:start]) + "<mark>" + escape(fact.text) + "</mark>" + escape(fact.quote[end:]))


def _summary(report: Report, keys: list) -> list[str]:
    bad = " bad" if report.findings else ""
    return [
        '<ul class="summary">',
        f"<li>{_count(len(report.articles), 'article')}</li>",
        f"<li>{_count(len(keys), 'fact')}</li>",
        f"<li>{_count(len(report.facts), 'mention')}</li>",
        f'<li class="disagreements{bad}">{_count(len(report.findings), "disagreement")}</li>',
        "</ul>",
        f'<p class="tally">{escape(summary_line(report))}</p>',
    ]


def _meta(report: Report, info: Mapping[str, str]) -> list[str]:
    parts = [f"factlint {escape(__version__)}"]
    if info.get("date"):
        parts.append(f"run {escape(info['date'])}")
    if info.get("rules"):
        parts.append(f"rules: <code>{escape(info['rules'])}</code>")
    if report.corpus:
        parts.append(f"compared with {report.corpus} other article{'s' * (report.corpus != 1)} (not listed)")
    out = [f'<p class="meta">{" · ".join(parts)}</p>']
    if info.get("baseline"):
        out.append(f'<p class="meta baseline">Baseline <code>{escape(info["baseline"])}</code>: '
                   f"{_plural(len(report.findings), 'disagreement')} new since it; "
                   f"{report.baselined} recorded in it and not shown"
                   + (f"; {report.stale} recorded there and no longer found" if report.stale else "") + ".</p>")
    return out


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _label_links(facts: list[Fact], labels: dict[str, str], anchors: dict) -> str:
    firsts: dict[str, Fact] = {}
    for f in facts:
        firsts.setdefault(f.path, f)
    return " ".join(f'<a href="#{anchors[id(f)]}" title="{escape(path)}">{labels[path]}</a>'
                    for path, f in firsts.items())


def _by_fact(report: Report, keys: list, anchors: dict, reasons: dict, labels: dict[str, str]) -> list[str]:
    """The findings grouped by fact: what the rule expects, and each value found with its articles."""
    described = {(rf.rule, rf.fact): rf for rf in report.rule_facts}
    with_findings = sorted({(f.rule, f.fact) for f in report.findings})
    if not with_findings:
        return ['<h2 id="findings">Findings</h2>', "<p>No disagreements.</p>"]
    out = ['<h2 id="findings">Findings by fact</h2>']
    by_key: dict[tuple[str, str], list[Fact]] = {}
    for f in report.facts:
        by_key.setdefault(f.key, []).append(f)
    for key in with_findings:
        name = f"{key[0]}.{key[1]}"
        rf = described.get(key)
        findings = [f for f in report.findings if (f.rule, f.fact) == key]
        # The rule's value, else what the findings say was expected (the other articles' value).
        expected = rf.expected if rf and rf.expected else findings[0].expected
        values: dict[str, list[Fact]] = {}
        for f in by_key.get(key, []):
            values.setdefault(f.display, []).append(f)
        off = {f.display for f in by_key.get(key, []) if facts_table.where(f) in reasons}
        found = ", ".join(escape(v) for v in sorted(off)) or escape(", ".join(sorted({f.found for f in findings})))
        head = f"expected {escape(expected)}; found {found}" if expected else f"articles disagree: {found}"
        out.append(f'<section class="fact" id="finding-{escape(name)}">')
        out.append(f"<h3>{escape(name)}: {head}</h3>")
        if rf and rf.description and rf.description != key[0]:
            out.append(f"<p>{escape(rf.description)}</p>")
        out.append('<ul class="values">')
        for display, facts in sorted(values.items(), key=lambda item: (item[0] not in off, -len(item[1]), item[0])):
            articles = {f.path for f in facts}
            cls = ' class="off"' if display in off else ""
            mark = ' <span class="off">✗</span>' if display in off else ""
            out.append(f"<li{cls}><b>{escape(display)}</b>{mark} — {_plural(len(articles), 'article')}: "
                       f'<span class="labels">{_label_links(facts, labels, anchors)}</span></li>')
        out.append("</ul>")
        out.append(f"<details><summary>{_plural(len(findings), 'finding')}</summary><ol class=\"findings\">")
        by_where = {facts_table.where(f): f for f in report.facts}
        for finding in findings:
            fact = by_where.get((finding.path, finding.line, finding.column, finding.rule, finding.fact))
            where = f"{finding.path}:{finding.line}:{finding.column}"
            code = f"<code>{escape(where)}</code>"
            link = f'<a href="#{anchors[id(fact)]}">{code}</a>' if fact else code
            out.append(f"<li>{link} {escape(finding.severity)} [{escape(name)}] {escape(finding.message)} "
                       f"(found <b>{escape(finding.found)}</b>)</li>")
        out.append("</ol></details>")
        out.append("</section>")
    return out


def _matrix(report: Report, keys: list, anchors: dict, reasons: dict, labels: dict[str, str]) -> list[str]:
    out = ['<div class="scroll"><table class="matrix">', "<thead><tr><th>fact</th>"]
    for article in report.articles:
        out.append(f'<th title="{escape(article)}">{labels[article]}</th>')
    out.append("</tr></thead>")
    out.append("<tbody>")
    by_cell = facts_table.cells_of(report)
    described = {(rf.rule, rf.fact): rf for rf in report.rule_facts}
    for key in keys:
        name = f"{key[0]}.{key[1]}"
        rf = described.get(key)
        tip = " — ".join(x for x in (rf.description if rf else "", f"expected {rf.expected}" if rf and rf.expected
                                     else "") if x)
        label = f'<span title="{escape(tip)}">{escape(name)}</span>' if tip else escape(name)
        out.append(f'<tr id="fact-{escape(name)}"><th scope="row">{label}</th>')
        for article in report.articles:
            mentions = by_cell.get((key, article), [])
            if not mentions:
                out.append('<td class="empty">—</td>')
                continue
            values: dict[str, Fact] = {}
            for f in mentions:  # one link per distinct value: its first mention, or one that disagrees
                held = values.get(f.display)
                if held is None or (facts_table.where(f) in reasons and facts_table.where(held) not in reasons):
                    values[f.display] = f
            off = [reasons[facts_table.where(f)] for f in mentions if facts_table.where(f) in reasons]
            attrs = f' class="disagrees" title="{escape(" / ".join(dict.fromkeys(off)))}"' if off else ""
            links = []
            for display, f in values.items():
                mark = ' <span class="off" aria-label="disagrees">✗</span>' if facts_table.where(f) in reasons else ""
                links.append(f'<a class="value" href="#{anchors[id(f)]}">{escape(display)}{mark}</a>')
            out.append(f"<td{attrs}>{''.join(links)}</td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    out.append('<details class="key" open><summary>Articles</summary><dl class="key">')
    out.extend(f"<dt>{labels[a]}</dt><dd>{escape(a)}</dd>" for a in report.articles)
    out.append("</dl></details>")
    return out


def _discovered(groups: list[GroupSummary]) -> list[str]:
    """The discovered fact groups: what each is, how many articles state it, the consensus."""
    out = ['<h2 id="discovered">Discovered facts</h2>',
           '<p class="legend">Found with no rules by <code>factlint discover</code>: each group is a fact '
           "several articles state, with the value most of them back. Draft rules, to review.</p>",
           '<table class="matrix"><thead><tr><th>fact</th><th>what</th><th>articles</th><th>consensus</th>'
           "<th>disagreements</th></tr></thead><tbody>"]
    for g in groups:
        consensus = escape(g.consensus) if g.consensus is not None else '<span class="off">none</span>'
        disputed = len(g.disagreements)
        cls = ' class="disagrees"' if disputed else ""
        out.append(f"<tr><th>{escape(g.rule)}.{escape(g.fact)}</th><td>{escape(g.description)}</td>"
                   f"<td>{len(g.articles)}</td><td>{consensus}</td><td{cls}>{disputed}</td></tr>")
    out.append("</tbody></table>")
    return out


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    """The page; `options.info` is the run's metadata (date, rules folders, baseline);
    with `discovered`, a section on the fact groups discovery found comes first."""
    info = dict(options.info)
    keys = facts_table.rows(report)
    labels = {a: f"[{i}]" for i, a in enumerate(report.articles, 1)}
    reasons = {(f.path, f.line, f.column, f.rule, f.fact): _reason(f) for f in report.findings}
    ordered = sorted(report.facts, key=lambda f: (report.articles.index(f.path), f.line, f.column, f.rule, f.fact))
    anchors = {id(f): _anchor(i) for i, f in enumerate(ordered, 1)}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="factlint {escape(__version__)}">',
        "<title>factlint report</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>factlint report</h1>",
        *_meta(report, info),
        *_summary(report, keys),
        "</header>",
        "<main>",
        *(_discovered(list(options.discovered)) if options.discovered is not None else []),
        *_by_fact(report, keys, anchors, reasons, labels),
        '<h2 id="matrix">Fact matrix</h2>',
        '<p class="legend">Facts as rows, articles as numbered columns (the full name on hover and in the list '
        'below the table). Each value links to the sentence it was read from. '
        '<span class="swatch"></span> <span class="off">✗</span> a value that disagrees; '
        "hover over the cell for the reason.</p>",
        *_matrix(report, keys, anchors, reasons, labels),
    ]
    changing = [(key, facts_table.timeline(report, key)) for key in keys]
    changing = [(key, steps) for key, steps in changing if steps]
    if changing:  # each changing count as its figures by day of publication
        out.append('<h2 id="timelines">Figures by article time</h2>')
        for (rule_id, fact_name), steps in changing:
            out.append(f"<h3>{escape(rule_id)}.{escape(fact_name)}</h3>")
            out.append('<table class="timeline"><tr><th>published</th><th>figures</th><th>articles</th></tr>')
            for day, figures, articles in steps:
                out.append(f"<tr><td>{escape(day)}</td><td>{escape('; '.join(figures))}</td>"
                           f"<td>{escape(''.join(f'[{i}]' for i in articles))}</td></tr>")
            out.append("</table>")
    out.append('<h2 id="mentions">Quoted sentences</h2>')
    for article in report.articles:
        mentions = [f for f in ordered if f.path == article]
        bad = sum(1 for f in mentions if facts_table.where(f) in reasons)
        note = f", {bad} disagree{'s' * (bad == 1)}" if bad else ""
        cls = ' class="bad"' if bad else ""
        out.append(f'<details class="article"><summary{cls}>{labels[article]} {escape(article)} — '
                   f"{_plural(len(mentions), 'fact')}{note}</summary>")
        if not mentions:
            out.append("<p>No facts found.</p></details>")
            continue
        out.append('<ol class="mentions">')
        for f in mentions:
            cls = ' class="disagrees"' if facts_table.where(f) in reasons else ""
            out.append(f'<li id="{anchors[id(f)]}"{cls}><code>{escape(f.path)}:{f.line}:{f.column}</code> '
                       f"{escape(f.rule)}.{escape(f.fact)} = <b>{escape(f.display)}</b><br>"
                       f"<q>{_quote(f)}</q></li>")
        out.append("</ol></details>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
