"""Compare main-text extractors on the saved pages in tests/data: which page
furniture numbers leak into the text, which article numbers are lost, and the
cost per page. Run with any Python that has the extractors installed:

    python bench/html_extractors.py [trafilatura] [readability] [factlint]
"""
from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = sorted(glob.glob(os.path.join(ROOT, "tests", "data", "*.html")))
# Numbers of the article body, and numbers that only the page furniture states.
BODY = {"1,214", "7.1", "3,400"}
FURNITURE = {"5,000", "6.4", "2,418", "3,000", "2,000", "8.0", "2024", "4,000", "42", "2,300", "900"}


def factlint_text(html: str) -> str:
    sys.path.insert(0, ROOT)
    from factlint.read.markup import htmlpage

    return htmlpage.read(html).layout


def trafilatura_text(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_text(html: str) -> str:
    import lxml.html
    from readability import Document

    return lxml.html.fromstring(Document(html).summary()).text_content()


EXTRACTORS = {"factlint": ("factlint.read.markup.htmlpage", factlint_text),
              "trafilatura": ("trafilatura", trafilatura_text),
              "readability": ("readability", readability_text)}


def import_ms(module: str) -> float:
    code = f"import time, sys; sys.path.insert(0, {ROOT!r}); t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return 1000 * float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main(names: list[str]) -> None:
    pages = {os.path.basename(p): open(p, encoding="utf-8").read() for p in PAGES}
    for name in names or list(EXTRACTORS):
        module, extract = EXTRACTORS[name]
        try:
            start_ms = import_ms(module)
        except subprocess.CalledProcessError:
            print(f"{name}: not installed")
            continue
        extract(next(iter(pages.values())))  # warm up
        for page, html in pages.items():
            runs = 20
            t = time.perf_counter()
            for _ in range(runs):
                text = extract(html)
            ms = 1000 * (time.perf_counter() - t) / runs
            numbers = set(re.findall(r"\d[\d,.]*\d|\d", text))
            print(f"{name:12} {page:24} import {start_ms:6.0f} ms  {ms:6.2f} ms/page  "
                  f"lost {sorted(BODY - numbers)}  leaked {sorted(FURNITURE & numbers)}")


if __name__ == "__main__":
    main(sys.argv[1:])
