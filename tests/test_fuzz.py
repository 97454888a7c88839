"""Fuzz smoke test: randomly damaged articles through the whole engine (bytes to
document, extraction, comparison) never raise. Seeded, so a failure repeats.

FACTLINT_FUZZ=50000 runs that many articles instead of the quick default."""
from __future__ import annotations

import glob
import os
import random

from factlint.compare.compare import compare
from factlint.extract.extract import extract_facts
from factlint.read.document import DocumentError, document_from_bytes
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS

CASES = int(os.environ.get("FACTLINT_FUZZ", "1500"))
JUNK = ["\u0000", "\ufeff", "\u202e", "\u00a0", "\u200b", "🙂", "\U0010ffff", "\ud7ff", "̈", "\r", "\r\n", "“", "’", "…",
        "٣", "Ⅻ", "１２", "ﬁ", ";", "(", ")", " or ", " km", " million", "more than ", "—"]


def damage(rng: random.Random, data: bytes) -> bytes:
    """One or more random injuries: truncation, byte flips, foreign encodings,
    junk Unicode, very long tokens, spliced pieces."""
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(6)
        if choice == 0:
            data = data[:rng.randrange(len(data) + 1)]
        elif choice == 1 and data:
            out = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                out[rng.randrange(len(out))] = rng.randrange(256)
            data = bytes(out)
        elif choice == 2:
            text = data.decode("utf-8", errors="replace")
            data = text.encode(rng.choice(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32"]), errors="replace")
        elif choice == 3:
            text = data.decode("utf-8", errors="replace")
            at = rng.randrange(len(text) + 1)
            junk = "".join(rng.choice(JUNK) for _ in range(rng.randint(1, 30)))
            data = (text[:at] + junk + text[at:]).encode("utf-8", errors="surrogatepass")
        elif choice == 4:
            at = rng.randrange(len(data) + 1)
            token = rng.choice([b"9", b"a", b"-", b"\xe2\x80\x94", b"1,"]) * rng.randint(100, 2000)
            data = data[:at] + token + data[at:]
        else:
            cut = rng.randrange(len(data) + 1)
            data = data[cut:] + data[:cut]
    return data


def test_damaged_articles_never_raise():
    rules = load_rules(RULES)
    sources = [open(p, "rb").read() for p in sorted(glob.glob(os.path.join(SEEDS, "*.txt")))]
    # Short excerpts keep the default run near a second; damage grows some of them.
    excerpts = [s[i:i + 300] for s in sources for i in range(0, len(s), 300)]
    rng = random.Random(20240611)
    facts, articles, skipped = [], [], 0
    for number in range(CASES):
        path = f"fuzz/{number}.txt"
        try:
            doc = document_from_bytes(path, damage(rng, rng.choice(excerpts)))
        except DocumentError:  # recognised as binary: skipped by design
            skipped += 1
            continue
        errors: list = []
        facts.extend(extract_facts(doc, rules, errors))
        assert errors == []
        articles.append(path)
    findings, checks = compare(facts, rules, tuple(articles))
    assert len(articles) + skipped == CASES
    assert facts and checks  # the damage left plenty to check: the engine really ran
