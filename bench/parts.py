"""Where an article's time goes: the check pipeline run in one process up to a
given part, so that instruction counts of two runs subtract to that part.

    python bench/parts.py --rules RULES --upto PART CORPUS

runs every part up to and including PART over every article of CORPUS (in the
order of `factlint`'s own discovery) and prints nothing. Run it under
`valgrind --tool=cachegrind --cache-sim=no` for each PART, over N articles and
over one: (I(PART, N) - I(PART, 1)) / (N - 1), less the same for the part
before, is that part's instructions per article, start-up excluded; I(PART, 1)
less the part before's is its fixed cost (patterns compiled on first use).
`bench/parts.py --table` runs the whole ladder under cachegrind and prints it.

The parts, each including those before it:

- `startup`: imports (the CLI's, the engine's, the extraction's and the JSON
  reporter's), the rules loaded, the folder listed;
- `read`: each file's bytes read and their SHA-256;
- `decode`: the binary test and the decoding to text;
- `markup`: line index, the format's layout (plain text: none), the lines,
  suppression lines;
- `furniture`: wrapped lines and furniture (headings, bylines, date lines...);
- `sentences`: paragraphs and sentence splitting;
- `document`: the real `document_from_bytes` instead of the steps above (the
  same steps plus the date line and the Document record): what it adds is the
  date line and the record;
- `quiet`: per sentence, the scope reader's bookkeeping and the prefilter
  (Aho-Corasick pass, word look-up): what every sentence pays;
- `scopes`: for sentences with a candidate rule, clauses and which events
  each clause names or takes over;
- `values`: for clauses with a rule to try, the values read (numbers, dates,
  units, qualifiers: `find_values`);
- `extract`: the real `extract_bytes` instead of the steps from `decode` on:
  what it adds is the kinds' claims, pairing, rival resolution and the fact
  records (and suppression lines, the ArticleResult);
- `file`: the real `extract_file` (read, digest, time and memory budgets,
  extraction) instead of `read` + `extract`: what it adds is the per-article
  budgets;
- `compare`: `build_report` (compare, suppressions, checks);
- `report`: the JSON report written (to /dev/null).

What the `factlint` command adds beyond `report` (click, option and config
parsing, the progress line, standard output) is the CLI run less `report`.

The `markup` to `sentences` parts follow `read.document.make_document` step
by step and `quiet` to `values` follow `extract.extract_facts`'s loop: when
either changes, change them too (`--verify` checks that the replicated
steps give the real document's sentences).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

PARTS = ("startup", "read", "decode", "markup", "furniture", "sentences", "document", "quiet", "scopes",
         "values", "extract", "file", "compare", "report")


def run(rules_dir: str, upto: str, corpus: list[str], verify: bool = False) -> None:
    level = PARTS.index(upto)
    import factlint.cli.app  # noqa: F401  (the CLI's own imports, as a real run has them)
    from factlint.engine import build_report
    from factlint.extract.extract import _all_rules, prefilter_for
    from factlint.extract.run import content_digest, extract_bytes
    from factlint.extract.workers import extract_file
    from factlint.read.discover import discover
    from factlint.read.document import document_from_bytes, read_bytes
    from factlint.read.source import ReadOptions
    from factlint.reporters import chunks
    from factlint.reporters.options import RenderOptions
    from factlint.rules import Tolerance, load_rules

    rules = load_rules((rules_dir,), Tolerance())
    paths = discover(corpus)
    options = ReadOptions()
    if level == 0:
        return
    results = []
    for path in paths:
        if level >= PARTS.index("file"):
            results.append(extract_file(path, rules, None, options))
            continue
        data = read_bytes(path, options.max_file_size)
        digest = content_digest(data)
        if level == PARTS.index("read"):
            continue
        if level >= PARTS.index("extract"):
            results.append(extract_bytes(path, data, rules, digest))
            continue
        if level >= PARTS.index("document"):
            doc = document_from_bytes(path, data)
        else:
            sentences = _document_steps(path, data, level)
            if verify and level == PARTS.index("sentences"):
                real = document_from_bytes(path, data).sentences
                if sentences != list(real):
                    sys.exit(f"{path}: the replicated steps split other sentences than make_document")
            continue
        if level >= PARTS.index("quiet"):
            _extract_steps(doc, rules, level, _all_rules, prefilter_for)
    if level < PARTS.index("compare"):
        return
    report = build_report(results, rules, keep_facts=False)
    if level < PARTS.index("report"):
        return
    with open(os.devnull, "w", encoding="utf-8") as out:
        for piece in chunks("json", report, RenderOptions()):
            out.write(piece)


def _document_steps(path: str, data: bytes, level: int) -> list | None:
    """make_document's steps, up to `level` (see read/document.py)."""
    from factlint.prose.sentences import paragraphs, split_sentences
    from factlint.read.directives import is_directive, may_hold_directive
    from factlint.read.document import decode, is_binary, line_starts_of
    from factlint.read.furniture import classify_lines, wrapped_lines
    from factlint.read.markup import read_page

    is_binary(data)
    text, _, _ = decode(data)
    if level == PARTS.index("decode"):
        return None
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text_lines = text.split("\n")
    line_starts = line_starts_of(text_lines)
    page = read_page(path, text)
    layout = page.layout
    lines = layout.split("\n") if layout is not text else text_lines
    layout_starts = line_starts_of(lines) if layout is not text else line_starts
    directives = ({number for number, line in enumerate(lines, 1) if is_directive(line)}
                  if may_hold_directive(layout) else set())
    if directives:
        lines = ["" if number in directives else line for number, line in enumerate(lines, 1)]
    if level == PARTS.index("markup"):
        return None
    wrapped = wrapped_lines(lines)
    furniture = classify_lines(lines, wrapped)
    furniture.update(dict.fromkeys(directives, "suppression"))
    if level == PARTS.index("furniture"):
        return None
    body = []
    for number, line in enumerate(lines, 1):
        if line.strip() and number not in furniture:
            start = layout_starts[number - 1]
            body.append((start, start + len(line)))
    sentences = []
    for start, end in paragraphs(body, layout, hard_wrapped=len(wrapped) >= 4):
        sentences.extend(split_sentences(layout, start, end))
    return sentences


def _extract_steps(doc, rules, level: int, all_rules, prefilter_for) -> None:
    """extract.extract_facts's loop, up to `level`."""
    from factlint.extract.extract import _FRAME
    from factlint.extract.scope import _Reading
    from factlint.prose.sentences import clauses
    from factlint.prose.terms import has_term
    from factlint.prose.values import find_values

    rules = all_rules(rules)
    prefilter = prefilter_for(rules)
    reading = _Reading(doc)
    for index, sentence in enumerate(doc.sentences):
        if not any(map(str.isalnum, sentence.text)):
            continue
        reading.at_sentence(index, sentence)
        looked = prefilter.look_unless_quiet(sentence.text, [c.order for c in reading.carries.values()])
        if looked is None:
            continue
        candidates, scoped, words = looked
        if not candidates and not scoped and not any(words.holds_any_anchor(c.order) for c in reading.carries.values()):
            continue
        if level == PARTS.index("quiet"):
            continue
        parts = clauses(sentence)
        for number, clause in enumerate(parts):
            if len(parts) > 1:
                candidates, scoped, words = prefilter.look(clause.text)
            own, taken = reading.scopes(clause, number == 0, candidates, scoped, words)
            if number > 0 and (frame := _FRAME.match(sentence.text)):
                own = [o for o in own if not has_term(o[1].scope.exclude, frame.group())]
                taken = [t for t in taken if not has_term(t[1].scope.exclude, frame.group())]
            if not own and not taken:
                continue
            if level >= PARTS.index("values"):
                find_values(clause.text, doc.date)
            # The real loop marks carried events as stated when a fact of theirs is found,
            # which the replica cannot know without claiming: a drift only where a carried
            # event's fact is found (a few sentences per article), measured as part of `extract`.


def table(rules_dir: str, corpus: str, few: str, python: str) -> None:
    """Every part under cachegrind, over `corpus` and over `few` (one article)."""
    counts: dict[tuple[str, str], int] = {}
    n_many, n_few = (len(_listed(c)) for c in (corpus, few))
    for part in PARTS:
        for which in (corpus, few):
            counts[part, which] = _instructions(python, [__file__, "--rules", rules_dir, "--upto", part, which])
    cli = {which: _instructions(python, ["-m", "factlint", "--no-cache", "--jobs", "1", "--rules", rules_dir,
                                         "--format", "json", which]) for which in (corpus, few)}
    print(f"instructions, {n_many} articles less {n_few}: per article (M) and fixed (M)")
    print("| part | M per article | fixed M (first use) |")
    print("|---|---:|---:|")
    previous = None
    for part in PARTS:
        many, one = counts[part, corpus], counts[part, few]
        per = (many - one) / (n_many - n_few)
        if previous is None:
            print(f"| {part} | - | {one / 1e6:.1f} (total) |")
        else:
            before_many, before_one = previous
            print(f"| {part} | {(per - (before_many - before_one) / (n_many - n_few)) / 1e6:.3f} | "
                  f"{(one - before_one) / 1e6:.1f} |")
        previous = many, one
    per_cli = (cli[corpus] - cli[few]) / (n_many - n_few)
    print(f"| factlint CLI, whole | {per_cli / 1e6:.3f} (per article) | {cli[few] / 1e6:.1f} (1-article run) |")
    last_many, last_one = previous
    print(f"| CLI less `report` | {(per_cli - (last_many - last_one) / (n_many - n_few)) / 1e6:.3f} | "
          f"{(cli[few] - last_one) / 1e6:.1f} |")


def timed(rules_dir: str, corpus: str, repeat: int) -> None:
    """Every part in this process, CPU time (min of `repeat`), after one full pass
    that compiles every pattern the corpus needs: per-article costs, no start-up."""
    import time

    n = len(_listed(corpus))
    run(rules_dir, "report", [corpus])  # warm: patterns compiled, modules imported
    best: dict[str, float] = {}
    for _ in range(repeat):
        for part in PARTS:
            start = time.process_time()
            run(rules_dir, part, [corpus])
            spent = time.process_time() - start
            best[part] = min(best.get(part, spent), spent)
    print(f"CPU time in one process, {n} articles, min of {repeat}: ms per article")
    print("| part | ms per article | share |")
    print("|---|---:|---:|")
    total = best["report"] - best["startup"]
    previous = best["startup"]
    for part in PARTS[1:]:
        spent = best[part] - previous
        print(f"| {part} | {spent * 1000 / n:.3f} | {100 * spent / total:.1f} % |")
        previous = best[part]
    print(f"| all parts | {total * 1000 / n:.3f} | 100 % |")


def _listed(folder: str) -> list[str]:
    from factlint.read.discover import discover

    return discover([folder])


def _instructions(python: str, args: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                               python, *args], capture_output=True, text=True, cwd=tmp)
        if done.returncode not in (0, 1):
            sys.exit(f"{args}: exit {done.returncode}\n{done.stderr[-2000:]}")
        for line in done.stderr.splitlines():
            if "I" in line and "refs:" in line:
                return int(line.split("refs:")[1].replace(",", "").strip())
    sys.exit(f"{args}: no instruction count in valgrind's output")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--upto", choices=PARTS, default="report")
    parser.add_argument("--table", action="store_true", help="run every part under cachegrind and print the table")
    parser.add_argument("--verify", action="store_true", help="with --upto sentences: check the replicated steps")
    parser.add_argument("--time", action="store_true", help="CPU time of every part in this process")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--few", help="with --table: a folder of one article, for the fixed costs")
    parser.add_argument("corpus")
    args = parser.parse_args()
    if args.time:
        timed(args.rules, args.corpus, args.repeat)
    elif args.table:
        table(os.path.abspath(args.rules), os.path.abspath(args.corpus), os.path.abspath(args.few), sys.executable)
    else:
        run(args.rules, args.upto, [args.corpus], args.verify)


if __name__ == "__main__":
    main()
