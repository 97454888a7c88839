"""Benchmark factlint on two corpora and write bench/RESULTS.md.

    python bench/run.py --quick    # 1,000 articles (2,000 for memory): 5-10 minutes; prints the tables
    python bench/run.py            # 10,000 articles, memory at 100,000: long; writes bench/RESULTS.md

Two corpora, generated under --out (never in the repository), kept between runs:

- realistic (bench/realistic.py): varied invented stories, about 3.5 clauses
  a rule can claim per article, almost no repeated clause; its own 10 rules.
- story (bench/corpus.py): every article tells the default rules' story, some
  10 claimable clauses per article from a few dozen sentences: the worst case.

Each factlint run is its own process (`python -m factlint`). For each run:
wall time; CPU time (user + system of the process and its workers, from
os.wait4); peak resident memory (the largest of the process and its workers);
and the CPU other processes used meanwhile (/proc/stat's busy time less ours),
so a figure taken on a busy machine says so. Before each run the benchmark waits
(a bounded time) for the machine to be quiet; a figure is the median of
--repeat runs. On a machine shared with other work, CPU time is the figure to
trust: wall time moves with the neighbours, CPU time much less.

Floors, measured on the same files in this process: read every file and run
(a) one compiled regular expression of all the rules' trigger and scope words,
(b) an Aho-Corasick automaton of the same words (pyahocorasick, when installed).
`× floor` is factlint's CPU time over the floor's.
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
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import corpus  # noqa: E402  (bench/corpus.py)
import realistic  # noqa: E402  (bench/realistic.py)

FORMATS = ("text", "line", "json", "sarif", "junit", "github")
CORES = os.cpu_count() or 1
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _busy_seconds() -> float | None:
    """CPU seconds all processes have used since boot (/proc/stat), or None off Linux."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = handle.readline().split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICK


def wait_quiet(limit: float, threshold: float = 0.25) -> float:
    """Wait until other processes use under `threshold` cores (sampled over
    half a second), for at most `limit` seconds; the load last seen, in cores."""
    deadline = time.monotonic() + limit
    while True:
        before, start = _busy_seconds(), time.monotonic()
        time.sleep(0.5)
        after = _busy_seconds()
        if before is None or after is None:
            return 0.0
        load = (after - before) / (time.monotonic() - start)
        if load < threshold or time.monotonic() >= deadline:
            return load


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process tree
    rss: float  # MB, the largest process
    others: float  # CPU seconds other processes used during the run

    @property
    def others_cores(self) -> float:
        return self.others / self.wall if self.wall else 0.0


def run_once(args: list[str], quiet_wait: float) -> Run:
    wait_quiet(quiet_wait)
    busy = _busy_seconds()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factlint", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode()  # small; read before waiting so a full pipe cannot block it
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factlint {' '.join(args)} failed ({proc.returncode}):\n{err}")
    cpu = usage.ru_utime + usage.ru_stime
    after = _busy_seconds()
    others = max(0.0, after - busy - cpu) if busy is not None and after is not None else 0.0
    return Run(wall, cpu, usage.ru_maxrss / 1024, others)


def run_median(args: list[str], repeat: int, quiet_wait: float, before=None) -> Run:
    """The median of `repeat` runs, each figure on its own (`before` runs first each time)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run_once(args, quiet_wait))
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               statistics.median(r.rss for r in runs), statistics.median(r.others for r in runs))


def _words(rules_dir: str) -> list[str]:
    """The rules' trigger and scope words, and titles' names, as plain lower-case text (`*` dropped)."""
    from factlint.rules import load_rules

    words = set()
    for rule in load_rules((rules_dir,)):
        for group in rule.scope.groups:
            words.update(group)
        for spec in rule.facts:
            words.update(spec.triggers)
            person = spec.options.get("person")
            if isinstance(person, str):
                words.add(person)
    return sorted({w.rstrip("*").strip().lower() for w in words if w and not w.startswith("/")} - {""})


def floors(paths: list[str], rules_dir: str) -> dict[str, tuple[float, float] | None]:
    """(wall, CPU) seconds of each floor: read every file and find the rules' words in it."""
    import regex

    words = _words(rules_dir)
    pattern = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
                            + ")", regex.IGNORECASE)

    def timed(scan) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        hits = 0
        for path in paths:
            with open(path, "rb") as handle:
                hits += scan(handle.read().decode("utf-8", errors="replace"))
        return time.perf_counter() - start, time.process_time() - cpu

    out: dict[str, tuple[float, float] | None] = {
        "regex": timed(lambda text: sum(1 for _ in pattern.finditer(text)))}
    try:
        import ahocorasick
    except ImportError:
        out["aho-corasick"] = None
        return out
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    out["aho-corasick"] = timed(lambda text: sum(1 for _ in automaton.iter(text.lower())))
    return out


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
    return [f"- CPU: {cpu}, {CORES} cores; memory {mem:.1f} GB",
            f"- {platform.system()} {platform.release()}; Python {platform.python_version()}",
            f"- load average at start: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}"]


def _verdict(ok: bool, short: str) -> str:
    return "met" if ok else f"**not met**: {short}"


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds else "-"


class Bench:
    def __init__(self, args) -> None:
        self.args = args
        self.started = time.perf_counter()
        self.lines: list[str] = []
        self.targets: list[str] = []

    def log(self, message: str) -> None:
        print(f"[{time.perf_counter() - self.started:7.1f} s] {message}", flush=True)

    def corpus(self, name: str, n: int) -> tuple[str, list[str]]:
        folder = os.path.join(self.args.out, f"{name}-{n}")
        marker = os.path.join(folder, ".complete")
        if os.path.exists(marker):
            paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".txt"))
            if len(paths) == n:
                return folder, paths
        shutil.rmtree(folder, ignore_errors=True)
        if name == "realistic":
            paths = realistic.write_corpus(folder, n)
        else:
            paths = corpus.write_corpus(folder, n, 1)
        open(marker, "w").close()
        self.log(f"generated the {name} corpus of {n:,} articles")
        return folder, paths

    def rules(self, name: str, m: int | None) -> str:
        """The rules folder of `name`'s corpus: its own rules (m None), or m rules (its own first)."""
        if m is None:
            if name == "story":
                return os.path.join(ROOT, "rules")
            m = 2 * realistic.STORIES
        folder = os.path.join(self.args.out, f"rules-{name}-{m}")
        if not os.path.exists(os.path.join(folder, ".complete")):
            shutil.rmtree(folder, ignore_errors=True)
            if name == "story":
                corpus.write_rules(os.path.join(ROOT, "rules"), folder, m)
            else:
                realistic.write_rules(folder, m)
            open(os.path.join(folder, ".complete"), "w").close()
        return folder

    def factlint(self, args: list[str], repeat: int | None = None, before=None) -> Run:
        return run_median(args, repeat or self.args.repeat, self.args.quiet_wait, before)


def _row(label: str, n: int, r: Run, floor_cpu: dict[str, float | None] | None = None) -> str:
    ratios = ""
    if floor_cpu is not None:
        ratios = " | " + " | ".join(f"{r.cpu / f:.0f}×" if f else "-" for f in floor_cpu.values())
    return (f"| {label} | {r.wall:.2f} | {_rate(n, r.wall)} | {r.cpu:.2f} | {r.cpu / n * 1000:.2f} | "
            f"{_rate(n, r.cpu / min(CORES, 2))} | {r.rss:.0f} | {r.others_cores:.2f}{ratios} |")


def measure_corpus(bench: Bench, name: str) -> dict:
    """Every figure of one corpus; its tables go into bench.lines."""
    args = bench.args
    n = args.articles
    folder, paths = bench.corpus(name, n)
    own = bench.rules(name, None)
    found = {}
    fl = floors(paths, own)
    floor_cpu = {k: (v[1] if v else None) for k, v in fl.items()}
    out = bench.lines
    out += ["", f"## {name} corpus: {n:,} articles, its own rules, `--no-cache`, text report", "",
            "CPU-limited rate: articles per CPU second × 2 cores (what 2 free cores would do).", "",
            "| run | wall s | articles/s (wall) | CPU s | CPU ms/article | articles/s (CPU, 2 cores) | "
            "peak RSS MB | other processes (cores) | × regex floor (CPU) | × Aho-Corasick floor (CPU) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, (wall, cpu) in ((k, v) for k, v in fl.items() if v):
        out.append(f"| floor: {label} | {wall:.2f} | {_rate(n, wall)} | {cpu:.2f} | {cpu / n * 1000:.3f} | "
                   f"{_rate(n, cpu / 2)} | - | - | - | - |")
    for jobs in (1, 2):
        r = bench.factlint(["--rules", own, "--no-cache", "--jobs", str(jobs), folder])
        found[f"jobs{jobs}"] = r
        out.append(_row(f"--jobs {jobs}", n, r, floor_cpu))
        bench.log(f"{name}: --jobs {jobs}: {r.wall:.2f} s wall, {r.cpu:.2f} s CPU, {n / r.wall:,.0f} articles/s, "
                  f"others {r.others_cores:.2f} cores")

    out += ["", f"### {name}: rules that do not apply (the same {n:,} articles; added rules' names never occur)", "",
            "| rules | wall s | articles/s (wall) | CPU s | CPU ms/article | articles/s (CPU, 2 cores) | "
            "peak RSS MB | other processes (cores) |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    scaling = []
    for m in args.rule_counts:
        r = bench.factlint(["--rules", bench.rules(name, m), "--no-cache", "--jobs", "2", folder],
                           repeat=1 if args.quick else None)
        scaling.append((m, r))
        out.append(_row(f"{m:,}", n, r))
        bench.log(f"{name}: {m} rules: {r.wall:.2f} s wall, {r.cpu:.2f} s CPU")
    found["scaling"] = scaling

    cache_dir = os.path.join(args.out, f"cache-{name}")
    cold = bench.factlint(["--rules", own, "--cache-dir", cache_dir, "--jobs", "2", folder],
                          before=lambda: shutil.rmtree(cache_dir, ignore_errors=True))
    bench.factlint(["--rules", own, "--cache-dir", cache_dir, "--jobs", "2", folder], repeat=1)  # fill it
    warm = bench.factlint(["--rules", own, "--cache-dir", cache_dir, "--jobs", "2", folder])
    found["cold"], found["warm"] = cold, warm
    out += ["", f"### {name}: cache, {n:,} articles, `--jobs 2`", "",
            "| run | wall s | articles/s (wall) | CPU s | CPU ms/article | articles/s (CPU, 2 cores) | "
            "peak RSS MB | other processes (cores) |", "|---|---:|---:|---:|---:|---:|---:|---:|",
            _row("cold (empty cache)", n, cold), _row("warm (unchanged articles)", n, warm),
            "", f"Warm is {cold.wall / warm.wall:.1f}× faster than cold by wall time, "
            f"{cold.cpu / warm.cpu:.1f}× by CPU time."]
    bench.log(f"{name}: cache cold {cold.wall:.2f} s / {cold.cpu:.2f} s CPU, warm {warm.wall:.2f} s / "
              f"{warm.cpu:.2f} s CPU")

    big = args.memory_articles
    formats = args.formats or (FORMATS if name == "realistic" or args.quick else ("json", "text"))
    folder_big, _ = bench.corpus(name, big)
    out += ["", f"### {name}: peak memory, {big:,} articles, `--jobs 2`, `--no-cache`", "",
            "| format | wall s | articles/s (wall) | CPU s | CPU ms/article | articles/s (CPU, 2 cores) | "
            "peak RSS MB | other processes (cores) |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    memory = {}
    for fmt in formats:
        r = bench.factlint(["--rules", own, "--no-cache", "--jobs", "2", "--format", fmt, folder_big], repeat=1)
        memory[fmt] = r
        out.append(_row(fmt, big, r))
        bench.log(f"{name}: {big:,} articles, --format {fmt}: {r.rss:.0f} MB, {r.wall:.1f} s wall")
    found["memory"] = memory
    return found


def targets(name: str, found: dict, args) -> list[str]:
    n, big = args.articles, args.memory_articles
    out = []
    j2 = found["jobs2"]
    cpu_rate = n / (j2.cpu / 2)
    wall_rate = n / j2.wall
    out.append(f"| {name} | ≥ 2,000 articles/s with 2 cores (`--jobs 2`, {n:,} articles) | "
               f"{wall_rate:,.0f}/s wall; {cpu_rate:,.0f}/s by CPU time | "
               f"{_verdict(cpu_rate >= 2000, f'{2000 / cpu_rate:.1f}× short (CPU)')} |")
    for fmt in ("json", "text"):
        if fmt in found["memory"]:
            rss = found["memory"][fmt].rss
            out.append(f"| {name} | ≤ 300 MB at {big:,} articles, {fmt} | {rss:.0f} MB | "
                       f"{_verdict(rss <= 300, f'{rss - 300:.0f} MB over')} |")
    others = [f"{fmt} {r.rss:.0f} MB" for fmt, r in found["memory"].items() if fmt not in ("json", "text")]
    if others:
        worst = max(r.rss for fmt, r in found["memory"].items())
        out.append(f"| {name} | (every format) ≤ 300 MB at {big:,} articles | {', '.join(others)} | "
                   f"{_verdict(worst <= 300, 'a format over')} |")
    cold, warm = found["cold"], found["warm"]
    out.append(f"| {name} | warm cache ≥ 10× faster than cold ({n:,} articles) | {cold.wall / warm.wall:.1f}× wall, "
               f"{cold.cpu / warm.cpu:.1f}× CPU | "
               f"{_verdict(cold.cpu / warm.cpu >= 10, f'{10 / (cold.cpu / warm.cpu):.1f}× short (CPU)')} |")
    (m0, r0), (m1, r1) = found["scaling"][0], found["scaling"][-1]
    ratio = r1.cpu / r0.cpu
    out.append(f"| {name} | {m0:,} → {m1:,} rules ≤ 1.5× ({n:,} articles) | {ratio:.2f}× CPU, "
               f"{r1.wall / r0.wall:.2f}× wall | {_verdict(ratio <= 1.5, f'{ratio / 1.5:.2f}× over')} |")
    return out


def startup(bench: Bench) -> list[str]:
    """`factlint seeds/`: start-up, and `--jobs` auto against one process on a small input."""
    auto = bench.factlint(["seeds/", "--no-cache"], repeat=5)
    one = bench.factlint(["seeds/", "--no-cache", "--jobs", "1"], repeat=5)
    help_run = bench.factlint(["--version"], repeat=5)
    bench.log(f"start-up: factlint seeds/ {auto.wall:.3f} s wall ({auto.cpu:.3f} s CPU); --jobs 1 {one.wall:.3f} s; "
              f"--version {help_run.wall:.3f} s")
    small, _ = bench.corpus("story", 100)
    small_auto = bench.factlint([small, "--no-cache"], repeat=3)
    small_one = bench.factlint([small, "--no-cache", "--jobs", "1"], repeat=3)
    bench.log(f"100 story articles: --jobs auto {small_auto.wall:.2f} s, --jobs 1 {small_one.wall:.2f} s")
    bench.lines += ["", "## Start-up and small inputs (median of 5; 3 for 100 articles)", "",
                    "| run | wall s | CPU s | peak RSS MB | other processes (cores) |", "|---|---:|---:|---:|---:|",
                    f"| `factlint --version` | {help_run.wall:.3f} | {help_run.cpu:.3f} | {help_run.rss:.0f} | "
                    f"{help_run.others_cores:.2f} |",
                    f"| `factlint seeds/` (`--jobs` auto) | {auto.wall:.3f} | {auto.cpu:.3f} | {auto.rss:.0f} | "
                    f"{auto.others_cores:.2f} |",
                    f"| `factlint seeds/ --jobs 1` | {one.wall:.3f} | {one.cpu:.3f} | {one.rss:.0f} | "
                    f"{one.others_cores:.2f} |",
                    f"| 100 story articles, `--jobs` auto | {small_auto.wall:.3f} | {small_auto.cpu:.3f} | "
                    f"{small_auto.rss:.0f} | {small_auto.others_cores:.2f} |",
                    f"| 100 story articles, `--jobs 1` | {small_one.wall:.3f} | {small_one.cpu:.3f} | "
                    f"{small_one.rss:.0f} | {small_one.others_cores:.2f} |"]
    return [f"| both | `factlint seeds/` < 0.3 s | {auto.wall:.3f} s wall | "
            f"{_verdict(auto.wall < 0.3, f'{auto.wall - 0.3:.3f} s over')} |",
            f"| both | `--jobs` auto never slower than one process on small inputs | seeds {auto.wall:.3f} vs "
            f"{one.wall:.3f} s; 100 articles {small_auto.wall:.2f} vs {small_one.wall:.2f} s | "
            f"{_verdict(auto.wall <= one.wall * 1.05 and small_auto.wall <= small_one.wall * 1.05, 'slower')} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 articles, memory at 2,000: a few minutes")
    parser.add_argument("--articles", type=int, help="articles for speed and cache (default 10,000; quick 1,000)")
    parser.add_argument("--memory-articles", type=int, help="articles for peak memory (default 100,000; quick 2,000)")
    parser.add_argument("--rules", dest="rule_counts", type=lambda s: [int(x) for x in s.split(",")],
                        help="rule counts for the scaling rows (default 10,100,1000)")
    parser.add_argument("--repeat", type=int, help="runs per figure, the median reported (default 3)")
    parser.add_argument("--quiet-wait", type=float, default=None,
                        help="seconds to wait at most for a quiet machine before each run (default 20; quick 3)")
    parser.add_argument("--corpora", default="realistic,story", help="which corpora (default both)")
    parser.add_argument("--formats", type=lambda s: tuple(s.split(",")),
                        help="formats for the memory rows (default: all on the realistic corpus, json and text "
                             "on the story corpus)")
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "factlint-bench"),
                        help="where corpora and rules are generated")
    parser.add_argument("--results", help="the report to write (default: bench/RESULTS.md for a full run; "
                                          "a --quick run only prints)")
    parser.add_argument("--note", default="", help="a line about the conditions, written into the report")
    args = parser.parse_args()
    args.articles = args.articles or (1000 if args.quick else 10_000)
    args.memory_articles = args.memory_articles or (2000 if args.quick else 100_000)
    args.rule_counts = args.rule_counts or [10, 100, 1000]
    args.repeat = args.repeat or 3
    args.quiet_wait = args.quiet_wait if args.quiet_wait is not None else (3.0 if args.quick else 20.0)
    if args.results is None and not args.quick:
        args.results = os.path.join(HERE, "RESULTS.md")
    os.makedirs(args.out, exist_ok=True)
    bench = Bench(args)
    head = ["# factlint benchmark", "", f"Command: `{shlex.join(['python', 'bench/run.py', *sys.argv[1:]])}`", ""]
    head += machine()
    if args.note:
        head.append(f"- conditions: {args.note}")
    starting = startup(bench)
    goals = []
    for name in args.corpora.split(","):
        goals += targets(name, measure_corpus(bench, name), args)
    goals += starting
    head += [f"- run took {time.perf_counter() - bench.started:.0f} s; load average at end: "
             f"{' / '.join(f'{x:.2f}' for x in os.getloadavg())}"]
    text = "\n".join(head + ["", "## Targets", "", "| corpus | target | measured | verdict |", "|---|---|---|---|",
                             *goals, *bench.lines, "",
                             "Why each figure is what it is, and how to read it: bench/README.md.", ""])
    print("\n" + text)
    if args.results:
        with open(args.results + ".tmp", "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(args.results + ".tmp", args.results)
        bench.log(f"wrote {args.results}")


if __name__ == "__main__":
    main()
