"""Benchmark factlint at archive scale and write bench/RESULTS.md.

    python bench/run.py            # the full matrix: N = 1k, 10k, 100k articles x M = 10, 100, 1,000 rules
    python bench/run.py --quick    # N = 1k, 2k x M = 10, 100: a minute or two

Generated corpora and rules go to --out (default: a folder in the system's
temporary directory), never into the repository. Each factlint run is a
separate process (`python -m factlint`), timed by wall clock, with its peak
resident memory from wait4 (the largest of the process and its workers).

The floor, measured in the same run on the same files: read every file and run
one compiled regular expression of all the rules' trigger words over it, in one
process. factlint's time divided by the floor's says how far factlint is from
doing nothing but reading and one pattern match.
"""
from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import corpus  # noqa: E402  (bench/corpus.py)

STORIES = 77  # replicas of the default rules at M = 1,000; the mixed corpus tells all their stories


def run_factlint(args: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MB, exit status) of one factlint run."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factlint", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factlint {' '.join(args)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_maxrss / 1024, proc.returncode


def floor(paths: list[str], rules_dir: str) -> float:
    """Seconds to read every file and run one pattern of all trigger words over it."""
    import regex

    from factlint.prose.terms import term_pattern
    from factlint.rules import load_rules

    triggers = sorted({t for r in load_rules(rules_dir) for s in r.facts for t in s.triggers})
    pattern = regex.compile("|".join(term_pattern(t) for t in triggers), regex.IGNORECASE)
    start = time.perf_counter()
    hits = 0
    for path in paths:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        hits += sum(1 for _ in pattern.finditer(text))
    return time.perf_counter() - start


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        mem = 0.0
    return [f"- CPU: {cpu}, {os.cpu_count()} cores; memory {mem:.1f} GB",
            f"- {platform.system()} {platform.release()}; Python {platform.python_version()}",
            f"- load average at start: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}"]


def _verdict(ok: bool, short: str) -> str:
    return "met" if ok else f"**not met**: {short}"


def targets(rows, scaling_rows, default_rows, jobs: int, n_default: int, cache_speedup: float,
            startup: float) -> list[str]:
    """The issue's targets against the figures of this run."""
    out = []
    rate = next((r for j, _, r, _, _ in default_rows if j == jobs), None)
    if rate is not None:
        out.append(f"| ≥ 2,000 articles/s, default rules, {n_default:,} articles, --jobs {jobs} | {rate:,.0f}/s | "
                   f"{_verdict(rate >= 2000, f'{2000 / rate:.1f}× too slow')} |")
    by = {(n, m): w for n, m, _, w, _, _, _ in rows}
    sizes = sorted({n for n, _ in by})
    counts = sorted({m for _, m in by})
    if len(scaling_rows) > 1:
        (m0, w0, _, _), (m1, w1, _, _) = scaling_rows[0], scaling_rows[-1]
        ratio = w1 / w0
        out.append(f"| time from {m0} to {m1} rules ≤ 1.5×, {n_default:,} articles of one story | {ratio:.2f}× | "
                   f"{_verdict(ratio <= 1.5, f'{ratio / 1.5:.2f}× over')} |")
    if len(counts) > 1:
        for n in sizes:
            ratio = by[n, counts[-1]] / by[n, counts[0]]
            out.append(f"| (mixed corpus, where more rules also find more facts) {counts[0]} to {counts[-1]} rules, "
                       f"{n:,} articles | {ratio:.2f}× | for information |")
    if len(sizes) > 1:
        for m in counts:
            per_small = by[sizes[0], m] / sizes[0]
            per_large = by[sizes[-1], m] / sizes[-1]
            ratio = per_large / per_small
            out.append(f"| linear in articles: time per article at {sizes[-1]:,} vs {sizes[0]:,}, {m} rules | "
                       f"{ratio:.2f}× | {_verdict(ratio <= 1.2, 'grows faster than the article count')} |")
    peaks = [(n, m, rss) for n, m, _, _, _, rss, _ in rows if n >= 100_000]
    for n, m, rss in peaks:
        out.append(f"| peak memory ≤ 300 MB at {n:,} articles, {m} rules | {rss:.0f} MB | "
                   f"{_verdict(rss <= 300, f'{rss - 300:.0f} MB over')} |")
    out.append(f"| cache re-run ≥ 10× faster | {cache_speedup:.1f}× | "
               f"{_verdict(cache_speedup >= 10, f'{10 / cache_speedup:.1f}× short')} |")
    over = f"{startup - 0.5:.2f} s over"
    out.append(f"| `factlint seeds/` < 0.5 s | {startup:.3f} s | {_verdict(startup < 0.5, over)} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small N only (1k, 2k articles; 10 and 100 rules)")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")],
                        help="article counts, e.g. 1000,10000")
    parser.add_argument("--rules", dest="rule_counts", type=lambda s: [int(x) for x in s.split(",")],
                        help="rule counts, e.g. 10,100,1000")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="factlint --jobs (default: all cores)")
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "factlint-bench"),
                        help="where corpora and rules are generated")
    parser.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"), help="the report to write")
    parser.add_argument("--note", default="", help="a line about the conditions, written into the report")
    args = parser.parse_args()
    sizes = args.sizes or ([1000, 2000] if args.quick else [1000, 10_000, 100_000])
    rule_counts = args.rule_counts or ([10, 100] if args.quick else [10, 100, 1000])
    os.makedirs(args.out, exist_ok=True)
    lines = ["# factlint benchmark", "", f"Command: `{shlex.join(['python', 'bench/run.py', *sys.argv[1:]])}`", ""]
    lines += machine()
    if args.note:
        lines.append(f"- conditions: {args.note}")
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", flush=True)

    # Start-up: `factlint seeds/` end to end.
    startup = statistics.median(run_factlint(["seeds/", "--no-cache"])[0] for _ in range(5))
    log(f"start-up: factlint seeds/ {startup:.3f} s")

    rules_dirs = {}
    for m in sorted(set(rule_counts)):
        rules_dirs[m] = os.path.join(args.out, f"rules-{m}")
        shutil.rmtree(rules_dirs[m], ignore_errors=True)
        corpus.write_rules(os.path.join(ROOT, "rules"), rules_dirs[m], m)

    def make_corpus(name: str, n: int, stories: int) -> tuple[str, list[str]]:
        folder = os.path.join(args.out, f"{name}-{n}")
        marker = os.path.join(folder, ".complete")
        if os.path.exists(marker):
            paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".txt"))
            if len(paths) == n:
                return folder, paths
        shutil.rmtree(folder, ignore_errors=True)
        paths = corpus.write_corpus(folder, n, stories)
        open(marker, "w").close()
        log(f"generated {name} corpus of {n} articles")
        return folder, paths

    rows = []
    for n in sizes:
        folder, paths = make_corpus("mixed", n, STORIES)
        size_mb = sum(os.path.getsize(p) for p in paths) / 2**20
        for m in rule_counts:
            floor_s = floor(paths, rules_dirs[m])
            wall, rss, _ = run_factlint(["--rules", rules_dirs[m], "--no-cache", "--jobs", str(args.jobs),
                                         "--format", "json", folder])
            rows.append((n, m, size_mb, wall, n / wall, rss, wall / floor_s))
            log(f"N={n} M={m}: {wall:.1f} s, {n / wall:.0f} articles/s, {rss:.0f} MB, {wall / floor_s:.1f}x floor")

    # The default rules on a corpus of their own story: jobs, and the cache.
    n_default = 1000 if args.quick else 10_000
    folder, paths = make_corpus("story", n_default, 1)
    default_rules = os.path.join(ROOT, "rules")
    floor_s = floor(paths, default_rules)
    # Rules that do not apply: the same story corpus under 10 to 1,000 rules finds the
    # same facts, so the difference is what the rules that find nothing cost.
    scaling_rows = []
    for m in rule_counts:
        wall, rss, _ = run_factlint(["--rules", rules_dirs[m], "--no-cache", "--jobs", str(args.jobs), folder])
        scaling_rows.append((m, wall, n_default / wall, rss))
        log(f"story corpus, {n_default} articles, {m} rules: {wall:.1f} s, {n_default / wall:.0f} articles/s")
    default_rows = []
    for jobs in sorted({1, args.jobs}):
        wall, rss, _ = run_factlint(["--rules", default_rules, "--no-cache", "--jobs", str(jobs), folder])
        default_rows.append((jobs, wall, n_default / wall, rss, wall / floor_s))
        log(f"default rules, {n_default} articles, --jobs {jobs}: {wall:.1f} s, {n_default / wall:.0f} articles/s")
    cache_dir = os.path.join(args.out, "cache")
    shutil.rmtree(cache_dir, ignore_errors=True)
    cold = run_factlint(["--rules", default_rules, "--cache-dir", cache_dir, "--jobs", str(args.jobs), folder])[0]
    warm = run_factlint(["--rules", default_rules, "--cache-dir", cache_dir, "--jobs", str(args.jobs), folder])[0]
    log(f"cache: cold {cold:.1f} s, warm {warm:.1f} s ({cold / warm:.1f}x)")

    lines += [f"- run took {time.perf_counter() - started:.0f} s; load average at end: "
              f"{' / '.join(f'{x:.2f}' for x in os.getloadavg())}", ""]
    lines += ["## Archive matrix (mixed corpus: every article tells one of "
              f"{STORIES} replicated stories; `--jobs {args.jobs}`, `--no-cache`, JSON report)", "",
              "| articles | rules | corpus MB | wall s | articles/s | peak RSS MB | × floor |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {n:,} | {m:,} | {mb:.0f} | {w:.1f} | {r:,.0f} | {rss:.0f} | {x:.1f} |"
              for n, m, mb, w, r, rss, x in rows]
    lines += ["", f"## Rules that do not apply ({n_default:,} articles of the default rules' story; "
              "the replicas' scope words and names never occur)", "",
              "| rules | wall s | articles/s | peak RSS MB |", "|---:|---:|---:|---:|"]
    lines += [f"| {m:,} | {w:.1f} | {r:,.0f} | {rss:.0f} |" for m, w, r, rss in scaling_rows]
    lines += ["", f"## Default rules, {n_default:,} articles of their own story", "",
              "| --jobs | wall s | articles/s | peak RSS MB | × floor |", "|---:|---:|---:|---:|---:|"]
    lines += [f"| {j} | {w:.1f} | {r:,.0f} | {rss:.0f} | {x:.1f} |" for j, w, r, rss, x in default_rows]
    lines += ["", "## Cache and start-up", "",
              f"- cold run (empty cache) {cold:.2f} s, re-run over the unchanged corpus {warm:.2f} s: "
              f"{cold / warm:.1f}× faster",
              f"- `factlint seeds/` (5 articles, 13 rules), median of 5: {startup:.3f} s", ""]
    lines += ["## Targets", "", "| target | measured | verdict |", "|---|---|---|"]
    lines += targets(rows, scaling_rows, default_rows, args.jobs, n_default, cold / warm, startup)
    lines += ["", "Why each figure is what it is, and how to read it: bench/README.md.", ""]
    with open(args.results + ".tmp", "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    os.replace(args.results + ".tmp", args.results)
    log(f"wrote {args.results}")


if __name__ == "__main__":
    main()
