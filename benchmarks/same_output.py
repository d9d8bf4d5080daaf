"""Byte-identical output at two revisions. Run: python benchmarks/same_output.py REV_A REV_B [--count N]

Checks out each revision in a temporary git worktree and runs, in each, the same commands on the same
input: `plan` (table and json, en and nb), `compare` (table, json, markdown) and `report` on every
example, `check` (table, json, ndjson, csv; one worker and two) and `barriers` (table, json, markdown;
by county, trade and age band) on a seeded cohort of N rows (default 2,000, made by benchmarks/cohort.py
of this checkout). Prints every command whose stdout, stderr or exit code differs, with the first line
that differs, and exits 1 if any does. A revision is anything git names: a branch, a hash, `HEAD~1`;
`.` means this working tree as it is, uncommitted changes included.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-26"


def commands(examples: list[str], cohort: str) -> Iterator[list[str]]:
    base = ["--as-of", AS_OF]
    for ex in examples:
        for lang in ("en", "nb"):
            for fmt in ("table", "json"):
                yield ["plan", ex, "--format", fmt, "--lang", lang, *base]
        yield ["plan", ex, "--format", "json", "--top", "50", *base]
        yield ["-v", "plan", ex, *base]
        for fmt in ("table", "json", "markdown"):
            yield ["compare", ex, "--format", fmt, *base]
        yield ["report", ex, "--output", "-", *base]
    for jobs in ("1", "2"):
        for fmt in ("table", "json", "ndjson", "csv"):
            yield ["check", cohort, "--format", fmt, "--jobs", jobs, *base]
    for by in ("county", "trade", "age-band"):
        for fmt in ("table", "json", "markdown"):
            yield ["barriers", cohort, "--format", fmt, "--by", by, "--jobs", "2", *base]


def run(tree: Path, args: list[str], cache: Path) -> tuple[int, bytes, bytes]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PATHWAY_")) and k not in {"LANG", "LANGUAGE"}
    }
    env.update(
        PYTHONPATH=str(tree), NO_COLOR="1", TERMINAL_WIDTH="100", COLUMNS="100", LANG="C.UTF-8",
        PATHWAY_CACHE_DIR=str(cache), PYTHONHASHSEED="0",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pathway", *args], cwd=tree, env=env, capture_output=True, stdin=subprocess.DEVNULL
    )
    return proc.returncode, proc.stdout, proc.stderr


def first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False)):
        if x != y:
            return f"line {i + 1}:\n    - {x.decode(errors='replace')[:200]}\n    + {y.decode(errors='replace')[:200]}"
    return f"lengths {len(la)} and {len(lb)} lines"


def checkout(rev: str, into: Path) -> Path:
    if rev == ".":
        return ROOT
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(into), rev], cwd=ROOT, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev_a")
    parser.add_argument("rev_b")
    parser.add_argument("--count", type=int, default=2000, help="rows of the cohort (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pathway-same-") as tmp:
        work = Path(tmp)
        cohort = work / "cohort.csv"
        with open(cohort, "wb") as fh:
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "cohort.py"), str(args.count), "--seed", str(args.seed),
                 "--format", "csv", "--as-of", AS_OF],
                cwd=ROOT, stdout=fh, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        trees = {}
        try:
            for name, rev in (("a", args.rev_a), ("b", args.rev_b)):
                trees[name] = checkout(rev, work / name)
            examples = sorted(f"examples/{p.name}" for p in (trees["a"] / "examples").glob("*.yaml"))
            differ = 0
            total = 0
            for cmd in commands(examples, str(cohort)):
                total += 1
                a = run(trees["a"], cmd, work / "cache-a")
                b = run(trees["b"], cmd, work / "cache-b")
                if a == b:
                    continue
                differ += 1
                print(f"DIFFERS: pathway {' '.join(cmd)}")
                if a[0] != b[0]:
                    print(f"  exit code {a[0]} and {b[0]}")
                for label, x, y in (("stdout", a[1], b[1]), ("stderr", a[2], b[2])):
                    if x != y:
                        print(f"  {label}, {first_difference(x, y)}")
            print(f"{total - differ} of {total} commands byte-identical ({args.rev_a} and {args.rev_b}, "
                  f"{len(examples)} examples, a cohort of {args.count})")
        finally:
            for tree in trees.values():
                if tree != ROOT:
                    subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
            subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
