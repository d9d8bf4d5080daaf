"""A seeded generator of plausible synthetic candidates, for benchmarks and bulk tests.

    python benchmarks/cohort.py 10000 --seed 1 --format csv > /tmp/cohort.csv

Distributions (documented here, not taken from statistics):
- age: 55 % 15-19, 20 % 20-24, 25 % 25-55 (uniform within each band); birth date a uniform day;
- county: the 15 counties with weights roughly proportional to population (Oslo, Akershus, Vestland,
  Trøndelag, Rogaland largest);
- trade: uniform over the trades of the rule book;
- school: for under-25s, 30 % none, 25 % Vg1 of the trade, 45 % Vg1 and Vg2 of the trade; 10 % of those
  with a year have not passed the last one; adults 25+: 60 % none, 40 % Vg1 and Vg2;
- missing fellesfag: for those with school years, 0 (60 %), 1 (25 %), 2 (10 %), 3 (5 %) of the six;
- work: under 20 none; 20-24: 40 % with 3-48 months; 25+: 80 % with 6-240 months; percent 100 (70 %),
  80, 60 or 50; currently employed in the trade: 70 % of those with work;
- apprenticeship place: 20 % true, 10 % false, else unknown.

With `--history yes` (the default; the same seed gives the same cohort whichever Python runs the script)
some candidates also carry their history:
- passed fellesfag: for those with school years, the fellesfag of those years not missing (50 %);
- special needs: 5 % true, 5 % false, else unknown;
- work periods: 50 % of those with work have from/to (ending this month or earlier) and country no;
- qualifications: 15 % of adults 25+ hold generell studiekompetanse, 5 % a praksisbrev in the trade;
- current: 10 % of under-25s without an apprenticeship place are lærekandidat in the trade since
  1-18 months;
- history: 5 % of under-25s with Vg2 had a lærling contract in the trade that ended 1-12 months ago.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTIES = {
    "oslo": 12,
    "akershus": 13,
    "vestland": 12,
    "trondelag": 9,
    "rogaland": 9,
    "innlandet": 7,
    "agder": 6,
    "more-og-romsdal": 5,
    "nordland": 5,
    "ostfold": 6,
    "buskerud": 5,
    "vestfold": 5,
    "telemark": 3,
    "troms": 3,
    "finnmark": 1,
}
FELLESFAG = ["norsk", "matematikk", "engelsk", "naturfag", "samfunnskunnskap", "kroppsoving"]


def trades() -> dict[str, int]:
    """Trade id → how many school levels it has before the company (1 for særløp, 2 otherwise here)."""
    import yaml

    out = {}
    for path in sorted((ROOT / "rules" / "trades").glob("*.yaml")):
        if path.stem != "index":
            programmes = yaml.safe_load(path.read_text(encoding="utf-8"))["programmes"]
            out[path.stem] = 2 if programmes.get("vg2") else 1
    return out


def _month(day: date, back: int) -> str:
    """The month `back` months before `day`, as YYYY-MM."""
    total = day.year * 12 + day.month - 1 - back
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def add_history(rng: random.Random, row: dict[str, str], age: int, as_of: date) -> None:
    """Some of the optional history columns (docs/contract.md §2.1), with the distributions above."""
    levels = row["levels"].split()
    if levels and rng.random() < 0.5:
        missing = set(row["missing"].split())
        passed = [
            f for f in FELLESFAG if f not in missing and (f in {"engelsk", "matematikk", "naturfag"} or "vg2" in levels)
        ]
        row["passed"] = " ".join(passed)
    r = rng.random()
    row["special_needs"] = "true" if r < 0.05 else "false" if r < 0.10 else ""
    if row["work_months"] and rng.random() < 0.5:
        end_back = rng.randint(0, 24)
        row["work_from"] = _month(as_of, end_back + int(row["work_months"]) - 1)
        row["work_to"] = _month(as_of, end_back)
        row["work_country"] = "no"
    if age >= 25:
        r = rng.random()
        if r < 0.15:
            row["qualifications"] = f"studiekompetanse:{_month(as_of, rng.randint(12, 120))}"
        elif r < 0.20:
            row["qualifications"] = f"praksisbrev:{row['trade']}:{_month(as_of, rng.randint(6, 60))}"
    elif row["apprenticeship_place"] != "true" and rng.random() < 0.10:
        row["current"] = "laerekandidat"
        row["current_trade"] = row["trade"]
        row["current_since"] = _month(as_of, rng.randint(1, 18))
    elif "vg2" in levels and rng.random() < 0.05:
        row["history"] = f"contract_ended:laerling:{row['trade']}:{_month(as_of, rng.randint(1, 12))}"


HISTORY_COLUMNS = [
    "passed",
    "special_needs",
    "work_from",
    "work_to",
    "work_country",
    "qualifications",
    "current",
    "current_trade",
    "current_since",
    "history",
]


def candidate(rng: random.Random, n: int, as_of: date, trade_levels: dict[str, int]) -> dict[str, object]:
    band = rng.random()
    age = rng.randint(15, 19) if band < 0.55 else rng.randint(20, 24) if band < 0.75 else rng.randint(25, 55)
    birth = as_of - timedelta(days=int(age * 365.25) + rng.randint(0, 364))
    trade = rng.choice(sorted(trade_levels))
    r = rng.random()
    if age < 25:
        levels = [] if r < 0.30 else ["vg1"] if r < 0.55 else ["vg1", "vg2"]
    else:
        levels = [] if r < 0.60 else ["vg1", "vg2"]
    levels = levels[: trade_levels[trade]]
    missing: list[str] = []
    if levels:
        k = rng.choices([0, 1, 2, 3], weights=[60, 25, 10, 5])[0]
        missing = rng.sample(FELLESFAG, k)
    work_months = 0
    if 20 <= age < 25 and rng.random() < 0.4:
        work_months = rng.randint(3, 48)
    elif age >= 25 and rng.random() < 0.8:
        work_months = rng.randint(6, 240)
    percent = rng.choices([100, 80, 60, 50], weights=[70, 10, 10, 10])[0]
    employed = work_months > 0 and rng.random() < 0.7
    place = rng.choices(["true", "false", ""], weights=[20, 10, 70])[0]
    passed_last = not (levels and rng.random() < 0.1)
    level_cells = list(levels)
    row = {
        "id": f"s-{n:05d}",
        "birth_date": birth.isoformat(),
        "county": rng.choices(list(COUNTIES), weights=list(COUNTIES.values()))[0],
        "trade": trade,
        "levels": " ".join(level_cells if passed_last else level_cells[:-1]),
        "missing": " ".join(missing),
        "work_months": str(work_months) if work_months else "",
        "work_percent": str(percent) if work_months else "",
        "employed": "true" if employed else "false",
        "apprenticeship_place": place,
        "age": str(age),  # dropped before writing; add_history reads it
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["csv", "ndjson"], default="csv")
    parser.add_argument("--as-of", default="2026-11-26")
    parser.add_argument(
        "--history",
        choices=["auto", "yes", "no"],
        default="yes",
        help="add the docs/contract.md §2.1 columns (auto: the same as yes)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    as_of = date.fromisoformat(args.as_of)
    trade_levels = trades()
    history = args.history != "no"  # never what the running Python can import: the same seed, the same cohort
    rows = [candidate(rng, i, as_of, trade_levels) for i in range(1, args.count + 1)]
    if history:
        extra = random.Random(args.seed + 1)  # a separate stream: the base columns stay the same
        for row in rows:
            add_history(extra, row, int(str(row["age"])), as_of)
    for row in rows:
        del row["age"]
    if args.format == "csv":
        columns = list(rows[0]) if not history else [c for c in rows[0] if c not in HISTORY_COLUMNS] + HISTORY_COLUMNS
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n", restval="")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            cand: dict[str, object] = {
                "id": row["id"],
                "birth_date": row["birth_date"],
                "county": row["county"],
                "goal": {"trade": row["trade"]},
            }
            if history:
                cand.update(_history_keys(row))
            sys.stdout.write(json.dumps(cand, ensure_ascii=False) + "\n")


def _history_keys(row: dict[str, object]) -> dict[str, object]:
    """The §2.1 keys of a row, as a candidate file writes them (NDJSON)."""
    out: dict[str, object] = {}
    if row.get("special_needs"):
        out["special_needs"] = row["special_needs"] == "true"
    if row.get("qualifications"):
        parts = str(row["qualifications"]).split(":")
        out["qualifications"] = [
            {"kind": parts[0], "date": parts[-1], **({"trade": parts[1]} if len(parts) == 3 else {})}
        ]
    if row.get("current"):
        out["current"] = {"kind": row["current"], "trade": row["current_trade"], "since": row["current_since"]}
    if row.get("history"):
        event, kind, trade, day = str(row["history"]).split(":")
        out["history"] = [{"event": event, "kind": kind, "trade": trade, "date": day}]
    return out


if __name__ == "__main__":
    main()
