"""Start-up and planning times of pathway. Run: python benchmarks/bench.py [--runs N]

Prints medians over N runs of whole processes (default 20), every command run once per round, in turn,
so that a slower spell of a shared machine falls on all of them alike; beside each median the spread
(first to third quartile) of the wall time and the median CPU time (user + system) of the process,
which other load on the machine disturbs less. Ratios are of medians taken in the same rounds. Last,
the in-process time to plan one candidate once the rules are loaded. Not a test: figures vary with the
machine. Compile the package first (`python -m compileall -q pathway`) where PYTHONDONTWRITEBYTECODE
is set, as an installed package is.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `pathway` from this checkout, as `python -m pathway` run from the root sees it
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def once(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU time (user + system) of one whole process."""
    import os

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


@dataclass
class Times:
    wall: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def spread(self) -> str:
        q1, _, q3 = statistics.quantiles(self.wall, n=4) if len(self.wall) > 1 else (self.median,) * 3
        return f"{q1 * 1000:.0f}-{q3 * 1000:.0f}"

    def show(self) -> str:
        return f"{self.median * 1000:7.1f} ms (q1-q3 {self.spread():>9s}, cpu {self.cpu_median * 1000:5.0f})"


def side_by_side(cmds: dict[str, list[str]], runs: int) -> dict[str, Times]:
    """Each command run once per round, in turn, for `runs` rounds (a slower spell of the machine falls
    on all of them alike)."""
    times = {name: Times([], []) for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            wall, cpu = once(cmd)
            times[name].wall.append(wall)
            times[name].cpu.append(cpu)
    return times


def in_process(repeats: int) -> tuple[float, float]:
    from pathway.candidate import load_person
    from pathway.planner import plan
    from pathway.ruleset import RuleBook, find_rules_dir

    as_of = date(2026, 11, 26)
    t0 = time.perf_counter()
    rules = RuleBook(find_rules_dir())
    people = [load_person(str(p), rules, as_of) for p in EXAMPLES]
    for person in people:
        plan(person, rules, as_of)  # warm: every rule file these candidates need is loaded
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(repeats):
        for person in people:
            plan(person, rules, as_of)
    per_plan = (time.perf_counter() - t0) / (repeats * len(people))
    return load, per_plan


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20, help="rounds of whole-process runs (default 20)")
    args = parser.parse_args()
    py = sys.executable
    pathway = [py, "-m", "pathway"]
    imports = "import typer, rich, pydantic, yaml, networkx"
    cmds = {
        "typer": [py, "-c", "import typer"],
        "help": [*pathway, "--help"],
        "libs": [py, "-c", imports],
        "floor": [py, "-c", imports + ", typer._adapters"],
    }
    plan_args = ["--as-of", "2026-11-26", "--format", "json"]
    cmds["bare"] = [*pathway, "plan", str(EXAMPLES[0]), *plan_args, "--no-unlocks", "--no-readings"]
    cmds |= {p.name: [*pathway, "plan", str(p), *plan_args] for p in EXAMPLES}
    times = side_by_side(cmds, args.runs)
    typer_only, help_time, libs, floor, bare = (times.pop(k) for k in ("typer", "help", "libs", "floor", "bare"))
    importtime = subprocess.run(
        [py, "-X", "importtime", "-c", "import pathway.cli"], capture_output=True, text=True, check=False
    ).stderr
    rules_check = side_by_side({"check": [*pathway, "rules", "check"]}, max(3, args.runs // 4))["check"]
    load, per_plan = in_process(20)
    print(f"{args.runs} rounds; median wall time, its spread (q1-q3) and median CPU time, in ms")
    print(f"python -c 'import typer'                      {typer_only.show()}")
    ratio = help_time.median / typer_only.median
    print(f"pathway --help                                {help_time.show()}  {ratio:.2f}x typer; budget 2.5x")
    print(f"python -c 'import typer, rich, pydantic, yaml, networkx'  {libs.show()}")
    print(f"  + typer._adapters (typer loads it to run any command)  {floor.show()}  {floor.median / libs.median:.2f}x")
    ratios = []
    for name, t in times.items():
        ratios.append(t.median / libs.median)
        print(f"pathway plan {name:32s} {t.show()}  {ratios[-1]:.2f}x the imports; budget 1.5x")
    print(
        f"pathway plan {EXAMPLES[0].name} --no-unlocks --no-readings  {bare.show()}  "
        f"{bare.median / libs.median:.2f}x the imports"
    )
    in_floor = statistics.median(t.median / floor.median for t in times.values())
    print(
        f"plan, median of the examples: {statistics.median(ratios):.2f}x the imports (budget 1.5x), "
        f"{in_floor:.2f}x the imports with typer._adapters; --help {ratio:.2f}x typer (budget 2.5x)"
    )
    print(f"pathway rules check (whole book)            {rules_check.show()}")
    loads = f"networkx: {'networkx' in importtime}, pydantic: {'pydantic' in importtime}"
    print(f"import pathway.cli loads {loads}")
    print(
        f"in process: first load and plan of {len(EXAMPLES)} examples {load * 1000:.1f} ms; "
        f"one plan {per_plan * 1000:.2f} ms (budget 20 ms)"
    )


if __name__ == "__main__":
    main()
