"""Golden cases in domain language (tests/cases/*.yaml): a candidate and the routes an adviser expects.

Each case holds `candidate` (the keys of a candidate file) or `file` (a path from the repository
root), `as_of`, and `expect`, with any of:
  exit: 0 | 1
  first_route: {schemes: [...], qualification: ..., months: N, finish: YYYY-MM, school_days_per_week_max: N}
  routes_include: [{schemes: [...], qualification: ...}, ...]   each must match some route
  order: [{...}, {...}, ...]                                     each matches a route, in this rank order
  no_route_with_scheme: [scheme, ...]
  excluded: {scheme: [code, ...]}                                each code among the scheme's reasons
  warnings_include: [text, ...]                                  substrings of some route warning
  no_route_with: [{field: value, ...}, ...]                      no route matches any of these
  text_include: [text, ...]                                      substrings of the routes' words (titles, notes,
                                                                 exams, warnings, standing reasons)
  text_exclude: [text, ...]                                      substrings found in none of them
  plan_warnings_include: [text, ...]                             substrings of a warning about the whole plan
  credited_include: [text, ...]                                  substrings of what was credited and why
  credited_exclude: [text, ...]                                  substrings found in none of what was credited
  unlocks_include: [{scheme: ..., kind: ..., opens: YYYY-MM, change: {...}}, ...]   each must match some unlock
                                                                 (on an excluded scheme or a route)
  readings_include: [{schemes: [...], rule: ..., reading: ..., months_change: N}, ...]   each must match some
                                                                 reading on the route with those schemes (or on
                                                                 any route): the `readings` of `pathway plan`
  excluded_readings_include: {scheme: [{rule: ..., reading: ...}, ...]}   readings that put the scheme in a route
A case with `reading: [KEY=VALUE, ...]` plans (or runs its what-if) on those readings (`--reading`).
A case with `set: [KEY=VALUE, ...]` runs `pathway whatif` instead; its `expect.whatif` holds keys of the
JSON `diff` (months_saved, schemes_opened, best_after: {finish: ...}, ...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import run

CASES = Path(__file__).parent / "cases"
ROOT = Path(__file__).resolve().parent.parent


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return out


def _matches(route: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(route.get(k) == v for k, v in want.items())


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any], tmp_path: Path) -> None:
    if "file" in case:
        path = str(ROOT / case["file"])
    else:
        path = str(tmp_path / "candidate.json")
        import json

        Path(path).write_text(json.dumps(case["candidate"], default=str), encoding="utf-8")
    expect = case["expect"]
    readings = [a for given in case.get("reading", []) for a in ("--reading", given)]
    if "set" in case:  # a what-if case: `pathway whatif FILE --set …`, expect.whatif holds keys of its `diff`
        sets = [a for change in case["set"] for a in ("--set", change)]
        result = run("whatif", path, *sets, *readings, "--format", "json", "--as-of", str(case["as_of"]))
        assert result.exit_code == expect.get("exit", 0), result.stderr
        diff = result.json()["diff"]
        for key, want in expect["whatif"].items():
            got = diff[key]
            assert got == want if not isinstance(want, dict) else _matches(got, want), (key, got, want)
        return
    top = str(case.get("top", 5))
    result = run("plan", path, *readings, "--format", "json", "--as-of", str(case["as_of"]), "--top", top)
    assert result.exit_code == expect.get("exit", 0), result.stderr
    data = result.json()
    routes = data["routes"]
    if "first_route" in expect:
        assert routes, "no route"
        assert _matches(routes[0], expect["first_route"]), routes[0]
    if "order" in expect:
        ranks = []
        for want in expect["order"]:
            found = [r["rank"] for r in routes if _matches(r, want)]
            assert found, (want, [(r["schemes"], r["qualification"], r["months"]) for r in routes])
            ranks.append(found[0])
        assert ranks == sorted(ranks), (ranks, [(r["rank"], r["schemes"], r["rank_reason"]) for r in routes])
    for want in expect.get("routes_include", []):
        assert any(_matches(r, want) for r in routes), (want, [(r["schemes"], r["qualification"]) for r in routes])
    for scheme in expect.get("no_route_with_scheme", []):
        assert all(scheme not in r["schemes"] for r in routes), scheme
    excluded = {e["scheme"]: [r["code"] for r in e["reasons"]] for e in data["excluded"]}
    for scheme, codes in expect.get("excluded", {}).items():
        assert scheme in excluded, (scheme, excluded)
        for code in codes:
            assert code in excluded[scheme], (scheme, code, excluded[scheme])
    warnings = [w for r in routes for w in r["warnings"]]
    for text in expect.get("warnings_include", []):
        assert any(text in w for w in warnings), (text, warnings)
    for want in expect.get("no_route_with", []):
        assert not any(_matches(r, want) for r in routes), (want, [(r["schemes"], r["standing"]) for r in routes])
    words = [
        w
        for r in routes
        for w in [
            r["standing_reason"],
            *r["warnings"],
            *r["exams"],
            *(s[k] for s in r["steps"] for k in ("title", "note")),
            *(e for s in r["steps"] for e in s["exams"]),
        ]
    ]
    for text in expect.get("text_include", []):
        assert any(text in w for w in words), (text, words)
    for text in expect.get("text_exclude", []):
        assert not any(text in w for w in words), (text, [w for w in words if text in w])
    for text in expect.get("plan_warnings_include", []):
        assert any(text in w for w in data["warnings"]), (text, data["warnings"])
    unlocks = [u for part in (routes, data["excluded"]) for item in part for u in item.get("unlocks", [])]
    for want in expect.get("unlocks_include", []):
        assert any(_matches(u, want) for u in unlocks), (want, [(u["scheme"], u["kind"], u["opens"]) for u in unlocks])
    credited = [c["message"] for c in data.get("credited", [])]
    for text in expect.get("credited_include", []):
        assert any(text in c for c in credited), (text, credited)
    for text in expect.get("credited_exclude", []):
        assert not any(text in c for c in credited), (text, credited)
    on_routes = [e for r in routes for e in r.get("readings", [])]
    for want in expect.get("readings_include", []):
        want = dict(want)
        schemes = want.pop("schemes", None)  # on the route with these schemes, else on any
        on = [e for r in routes if schemes in (None, r["schemes"]) for e in r.get("readings", [])]
        assert any(_matches(e, want) for e in on), (want, [(e["rule"], e["reading"]) for e in on_routes])
    for scheme, wants in expect.get("excluded_readings_include", {}).items():
        found = next((e.get("readings", []) for e in data["excluded"] if e["scheme"] == scheme), [])
        for want in wants:
            assert any(_matches(e, want) for e in found), (scheme, want, found)
