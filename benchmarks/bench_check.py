"""Times `pathway check` and `pathway barriers` on a seeded synthetic cohort (benchmarks/cohort.py).

    python benchmarks/bench_check.py [--count 10000] [--jobs 2]

`check` runs on the NDJSON cohort with default options (no --jobs: every available core), then with
--jobs 1 and --jobs N, and the outputs are compared byte for byte. Prints wall time, CPU time of the
process and its workers, and the peak memory of the largest process. Not a test: figures vary with
the machine (and with whatever else runs on it: compare the CPU seconds when it is busy).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], out: Path | None = None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the process and its children, peak RSS in KB of the largest)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with out.open("wb") if out else open(os.devnull, "wb") as sink:
        subprocess.run(cmd, stdout=sink, check=False, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - t0, cpu, after.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        cohort = Path(tmp) / "cohort.ndjson"
        with cohort.open("w", encoding="utf-8") as fh:
            make = [py, "benchmarks/cohort.py", str(args.count), "--seed", "1", "--format", "ndjson"]
            subprocess.run(make, stdout=fh, check=True, cwd=ROOT)
        base = [py, "-m", "pathway"]
        when = ["--as-of", "2026-11-26"]
        outputs = []
        for jobs in [None, *sorted({1, args.jobs})]:
            flag = [] if jobs is None else ["--jobs", str(jobs)]
            out = Path(tmp) / f"rows-{jobs}.ndjson"
            wall, cpu, peak = timed([*base, "check", str(cohort), "--format", "ndjson", *flag, *when], out)
            outputs.append(out.read_bytes())
            label = "default options" if jobs is None else f"--jobs {jobs}"
            print(
                f"check {args.count} NDJSON candidates, {label}: {wall:6.2f} s (budget 10 s), "
                f"CPU {cpu:6.2f} s, peak {peak / 1024:.0f} MB (budget 500 MB)"
            )
        print(f"outputs byte-identical whatever the jobs: {all(o == outputs[0] for o in outputs)}")
        wall, cpu, peak = timed([*base, "barriers", str(cohort), "--format", "json", *when])
        print(
            f"barriers {args.count} candidates, default options: {wall:6.2f} s (budget 60 s), "
            f"CPU {cpu:6.2f} s, peak {peak / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
