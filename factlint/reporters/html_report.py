"""`factlint report`: the editor's view as one self-contained HTML page.

The fact matrix of `factlint facts` (facts as rows, articles as columns),
disagreeing values highlighted with the reason on hover and in a list, each
value linking to its quoted sentence further down. Inline CSS, no script, no
external assets, no timestamp: the same report gives the same bytes.
"""
from __future__ import annotations

from html import escape

from factlint import __version__
from factlint.model import Fact, Finding, Report
from factlint.reporters import facts_table
from factlint.reporters.options import DEFAULT, RenderOptions
from factlint.reporters.text import summary_line

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
table.matrix { border-collapse: collapse; width: 100%; font-size: .92rem; }
.matrix th, .matrix td { border: 1px solid #d0d0d7; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.matrix thead th { background: #eef0f5; position: sticky; top: 0; }
.matrix thead th span { display: block; font-weight: normal; font-size: .75rem; color: #555; word-break: break-all; }
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
  .matrix thead th { position: static; } thead { display: table-header-group; }
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


def _matrix(report: Report, keys: list, anchors: dict, reasons: dict, labels: dict[str, str]) -> list[str]:
    out = ['<table class="matrix">', "<thead><tr><th>fact</th>"]
    for article in report.articles:
        name = article.replace("\\", "/").rsplit("/", 1)[-1]
        out.append(f'<th title="{escape(article)}">{labels[article]}<span>{escape(name)}</span></th>')
    out.append("</tr></thead>")
    out.append("<tbody>")
    by_cell = facts_table.cells_of(report)
    for key in keys:
        name = f"{key[0]}.{key[1]}"
        out.append(f'<tr id="fact-{escape(name)}"><th scope="row">{escape(name)}</th>')
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
    out.append("</tbody></table>")
    return out


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
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
        *_summary(report, keys),
        "</header>",
        "<main>",
        '<h2 id="matrix">Fact matrix</h2>',
        '<p class="legend">Facts as rows, articles as columns. Each value links to the sentence it was read from. '
        '<span class="swatch"></span> <span class="off">✗</span> a value that disagrees; '
        "hover over the cell for the reason, or see the list below.</p>",
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
    if report.findings:
        out.append('<h2 id="disagreements">Disagreements</h2>')
        out.append('<ol class="findings">')
        by_where = {facts_table.where(f): f for f in report.facts}
        for finding in report.findings:
            fact = by_where.get((finding.path, finding.line, finding.column, finding.rule, finding.fact))
            where = f"{finding.path}:{finding.line}:{finding.column}"
            link = f'<a href="#{anchors[id(fact)]}"><code>{escape(where)}</code></a>' if fact else f"<code>{escape(where)}</code>"
            expected = f"; expected <b>{escape(finding.expected)}</b>" if finding.expected else ""
            out.append(f"<li>{link} {escape(finding.severity)} [{escape(finding.rule)}.{escape(finding.fact)}] "
                       f"{escape(finding.message)}"
                       f"<br>found <b>{escape(finding.found)}</b>{expected}</li>")
        out.append("</ol>")
    out.append('<h2 id="mentions">Quoted sentences</h2>')
    for article in report.articles:
        out.append(f"<h3>{labels[article]} {escape(article)}</h3>")
        mentions = [f for f in ordered if f.path == article]
        if not mentions:
            out.append("<p>No facts found.</p>")
            continue
        out.append('<ol class="mentions">')
        for f in mentions:
            cls = ' class="disagrees"' if facts_table.where(f) in reasons else ""
            out.append(f'<li id="{anchors[id(f)]}"{cls}><code>{escape(f.path)}:{f.line}:{f.column}</code> '
                       f"{escape(f.rule)}.{escape(f.fact)} = <b>{escape(f.display)}</b><br>"
                       f"<q>{_quote(f)}</q></li>")
        out.append("</ol>")
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
