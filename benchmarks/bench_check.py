"""Times `pathway check` and `pathway barriers` on a seeded synthetic cohort (benchmarks/cohort.py).

    python benchmarks/bench_check.py [--count 10000] [--jobs 2]

Prints wall time and the peak memory of the largest process. Not a test: figures vary with the machine.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False, cwd=ROOT)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - t0, peak_kb


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        cohort = Path(tmp) / "cohort.csv"
        with cohort.open("w", encoding="utf-8") as fh:
            make = [py, "benchmarks/cohort.py", str(args.count), "--seed", "1"]
            subprocess.run(make, stdout=fh, check=True, cwd=ROOT)
        base = [py, "-m", "pathway"]
        when = ["--as-of", "2026-11-26"]
        for jobs in sorted({1, args.jobs}):
            wall, peak = timed([*base, "check", str(cohort), "--format", "ndjson", "--jobs", str(jobs), *when])
            print(
                f"check {args.count} candidates, --jobs {jobs}: {wall:6.2f} s (budget 10 s), "
                f"peak {peak / 1024:.0f} MB (budget 500 MB)"
            )
        wall, peak = timed([*base, "barriers", str(cohort), "--format", "json", "--jobs", str(args.jobs), *when])
        print(
            f"barriers {args.count} candidates, --jobs {args.jobs}: {wall:6.2f} s (budget 60 s), "
            f"peak {peak / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
