"""Write every output factlint makes for three corpora into one folder, so two
versions of factlint can be compared byte for byte (`diff -r`).

    python bench/identical.py OUT_DIR            # outputs of the installed factlint
    python bench/identical.py OUT_DIR --compare OTHER_DIR

The corpora: seeds/ with rules/, examples/earthquake/ with its rules, and a
generated corpus of 1,000 articles (bench/corpus.py, seed 0) with the default
rules replicated 10 times. Every check format, `facts` (text and json),
`report`, `extract` and `compare` are run, and the exit status of each is kept.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import corpus  # noqa: E402  (bench/corpus.py)

FORMATS = ("text", "line", "json", "sarif", "junit", "github")


def _run(args: list[str], out_dir: str, name: str, cwd: str) -> None:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80", SOURCE_DATE_EPOCH="0")  # the HTML report's date
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-m", "factlint", *args], cwd=cwd, env=env,
                          capture_output=True)
    with open(os.path.join(out_dir, name), "wb") as f:
        f.write(done.stdout)
        f.write(b"\n--- stderr ---\n" + done.stderr)
        f.write(f"\n--- exit {done.returncode} ---\n".encode())


def write_outputs(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        generated = os.path.join(scratch, "generated")
        corpus.write_corpus(generated, 1000, 10, seed=0)
        gen_rules = os.path.join(scratch, "generated-rules")
        corpus.write_rules(os.path.join(ROOT, "rules"), gen_rules, 10)
        cases = {
            "seeds": (["seeds"], "rules"),
            "earthquake": (["examples/earthquake/articles"], "examples/earthquake/rules"),
            "generated": ([generated], gen_rules),
        }
        for name, (paths, rules) in cases.items():
            common = ["--rules", rules, "--no-cache"]
            for fmt in FORMATS:
                _run(["check", *common, "--format", fmt, *paths], out_dir, f"{name}.check.{fmt}", ROOT)
            _run(["check", *common, "--statistics", *paths], out_dir, f"{name}.check.statistics", ROOT)
            for fmt in ("text", "json"):
                _run(["facts", "--rules", rules, "--format", fmt, *paths], out_dir, f"{name}.facts.{fmt}", ROOT)
            html = os.path.join(scratch, f"{name}.html")
            _run(["report", "--rules", rules, "-o", html, *paths], out_dir, f"{name}.report.log", ROOT)
            _copy(html, os.path.join(out_dir, f"{name}.report.html"))
            facts = os.path.join(scratch, f"{name}.jsonl")
            _run(["extract", "--rules", rules, "--no-cache", "-o", facts, *paths], out_dir, f"{name}.extract.log", ROOT)
            _copy(facts, os.path.join(out_dir, f"{name}.extract.jsonl"), scrub=scratch)
            for fmt in ("text", "json"):
                _run(["compare", "--rules", rules, "--format", fmt, facts], out_dir, f"{name}.compare.{fmt}", ROOT)
    # The generated corpus lives in a temporary folder: keep its name out of the bytes.
    for entry in os.listdir(out_dir):
        path = os.path.join(out_dir, entry)
        with open(path, "rb") as f:
            data = f.read()
        cleaned = _scrub(data, scratch)
        if cleaned != data:
            with open(path, "wb") as f:
                f.write(cleaned)


def _scrub(data: bytes, scratch: str) -> bytes:
    return data.replace(scratch.encode(), b"SCRATCH")


def _copy(src: str, dst: str, scrub: str | None = None) -> None:
    try:
        with open(src, "rb") as f:
            data = f.read()
    except OSError as exc:
        data = f"missing: {exc}".encode()
    with open(dst, "wb") as f:
        f.write(_scrub(data, scrub) if scrub else data)


def compare(a: str, b: str) -> int:
    names = sorted(set(os.listdir(a)) | set(os.listdir(b)))
    differing = [n for n in names if not (os.path.exists(os.path.join(a, n)) and os.path.exists(os.path.join(b, n))
                                          and filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False))]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(names) - len(differing)} identical, {len(differing)} differ")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--compare", metavar="OTHER_DIR")
    args = parser.parse_args()
    write_outputs(args.out_dir)
    return compare(args.out_dir, args.compare) if args.compare else 0


if __name__ == "__main__":
    sys.exit(main())
