"""Start-up and planning times of pathway. Run: python benchmarks/bench.py [--runs N]

Prints medians over N runs of whole processes (wall time; the imports and the plans run in turn), and
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `pathway` from this checkout, as `python -m pathway` run from the root sees it
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def once(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    return time.perf_counter() - t0


def wall(cmd: list[str], runs: int) -> float:
    return statistics.median(once(cmd) for _ in range(runs))


def side_by_side(cmds: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, the commands run in turn (a slower spell of the machine
    falls on all of them alike)."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(once(cmd))
    return {name: statistics.median(t) for name, t in times.items()}


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
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    py = sys.executable
    pathway = [py, "-m", "pathway"]
    typer_only = wall([py, "-c", "import typer"], args.runs)
    help_time = wall([*pathway, "--help"], args.runs)
    imports = "import typer, rich, pydantic, yaml, networkx"
    cmds = {"libs": [py, "-c", imports], "typer": [py, "-c", imports + ", typer._adapters"]}
    cmds |= {p.name: [*pathway, "plan", str(p), "--as-of", "2026-11-26", "--format", "json"] for p in EXAMPLES}
    medians = side_by_side(cmds, args.runs)
    libs = medians.pop("libs")
    floor = medians.pop("typer")
    plans = medians
    importtime = subprocess.run(
        [py, "-X", "importtime", "-c", "import pathway.cli"], capture_output=True, text=True, check=False
    ).stderr
    rules_check = wall([*pathway, "rules", "check"], max(3, args.runs // 4))
    load, per_plan = in_process(20)
    print(f"python -c 'import typer'                      {typer_only * 1000:7.1f} ms")
    ratio = help_time / typer_only
    print(f"pathway --help                              {help_time * 1000:7.1f} ms  ({ratio:.2f}x typer; budget 2.5x)")
    print(f"python -c 'import typer, rich, pydantic, yaml, networkx'  {libs * 1000:7.1f} ms")
    print(
        f"  + typer._adapters (what typer loads to run any command)  {floor * 1000:7.1f} ms  ({floor / libs:.2f}x)"
    )
    for name, t in plans.items():
        print(f"pathway plan {name:32s} {t * 1000:7.1f} ms  ({t / libs:.2f}x the imports; budget 1.5x)")
    print(f"pathway rules check (whole book)            {rules_check * 1000:7.1f} ms")
    loads = f"networkx: {'networkx' in importtime}, pydantic: {'pydantic' in importtime}"
    print(f"import pathway.cli loads {loads}")
    print(
        f"in process: first load and plan of {len(EXAMPLES)} examples {load * 1000:.1f} ms; "
        f"one plan {per_plan * 1000:.2f} ms (budget 20 ms)"
    )


if __name__ == "__main__":
    main()
