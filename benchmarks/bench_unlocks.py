"""Times the unlock search (pathway/unlocks.py) per person on a seeded synthetic cohort (benchmarks/cohort.py).

    python benchmarks/bench_unlocks.py [--count 300]

For each person: the plan alone, the plan and its unlocks, and the plan and the other readings it
rests on (pathway/readings.py), as `pathway plan` makes them by default; prints the mean and the 95th
percentile per person, the plans each search made, and the cost of 10,000 people with unlocks on (one
core). Not a test: figures vary with the machine and its load.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--as-of", default="2026-11-26")
    args = parser.parse_args()
    import cohort

    from pathway.candidate import Person, WorkPeriod
    from pathway.planner import plan
    from pathway.readings import find_readings
    from pathway.ruleset import RuleBook, find_rules_dir
    from pathway.unlocks import find_unlocks

    as_of = date.fromisoformat(args.as_of)
    book = RuleBook.cached(find_rules_dir(None))
    rng = random.Random(1)
    levels = cohort.trades()
    people = []
    for n in range(1, args.count + 1):
        row = cohort.candidate(rng, n, as_of, levels)
        trade = str(row["trade"])
        progs = book.trade(trade).programmes
        school = tuple(
            (lvl, getattr(progs, lvl), True) for lvl in str(row["levels"]).split() if getattr(progs, lvl, None)
        )
        months = int(str(row["work_months"]) or 0)
        percent = int(str(row["work_percent"]) or 100)
        place = {"true": True, "false": False}.get(str(row["apprenticeship_place"]))
        people.append(
            Person(
                id=str(row["id"]),
                birth_date=date.fromisoformat(str(row["birth_date"])),
                birth_date_estimated=False,
                county=str(row["county"]),
                grunnskole=True,
                trade=trade,
                school=school,
                missing=frozenset(str(row["missing"]).split()) if school else frozenset(),
                work=(WorkPeriod(trade, months, percent),) if months else (),
                employment=WorkPeriod(trade, 0, percent) if row["employed"] == "true" else None,
                apprenticeship_place=place,
            )
        )
    for p in people[:20]:  # warm the rule book and the memos
        plan(p, book, as_of)
    alone, both, readings, plans, reading_plans = [], [], [], 0, 0
    for p in people:
        t0 = time.perf_counter()
        base = plan(p, book, as_of)
        t1 = time.perf_counter()
        found = find_unlocks(p, book, as_of, base)
        t2 = time.perf_counter()
        read = find_readings(p, book, as_of, base)
        t3 = time.perf_counter()
        alone.append(t1 - t0)
        both.append(t2 - t0)
        readings.append(t1 - t0 + t3 - t2)
        plans += found.plans
        reading_plans += read.plans
    for name, xs in (("plan", alone), ("plan + unlocks", both), ("plan + readings", readings)):
        xs = sorted(xs)
        mean = sum(xs) / len(xs)
        print(f"{name:>15}: mean {mean * 1000:6.1f} ms, p95 {xs[int(len(xs) * 0.95)] * 1000:6.1f} ms per person")
    print(f"{'search':>15}: {plans / len(people):.1f} plans per person (unlocks)")
    print(f"{'readings':>15}: {reading_plans / len(people):.1f} plans per person (one per other reading)")
    print(f"{'10,000 people':>15}: {sum(both) / len(both) * 10_000:.0f} s with unlocks on one core")


if __name__ == "__main__":
    main()
