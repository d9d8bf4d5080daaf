"""The result of planning: frozen types and their JSON form (docs/contract.md §3, version 1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RESULT_VERSION = "1"


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "sources": list(self.sources)}


@dataclass(frozen=True)
class Exclusion:
    scheme: str
    reasons: tuple[Reason, ...]
    unlocks: tuple[Any, ...] | None = None  # unlocks.Unlock: what would open it (version 1.2); None: not searched
    readings: tuple[Any, ...] | None = None  # readings.Effect: other readings that put it in a route (1.4)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"scheme": self.scheme, "reasons": [r.to_dict() for r in self.reasons]}
        if self.unlocks is not None:
            out["unlocks"] = [u.to_dict() for u in self.unlocks]
        if self.readings is not None:
            out["readings"] = [e.to_dict() for e in self.readings]
        return out


@dataclass(frozen=True)
class Step:
    scheme: str
    kind: str
    title: str
    start: str
    end: str
    months: int
    school_days_per_week: float
    sources: tuple[str, ...]
    age_at_end: int
    in_school: bool
    in_company: bool
    paid: bool
    grant: str
    exams: tuple[str, ...]
    follow_up: tuple[str, ...]
    parallel: bool
    note: str

    def to_dict(self) -> dict[str, Any]:
        days = self.school_days_per_week
        return {
            "scheme": self.scheme,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "months": self.months,
            "school_days_per_week": int(days) if days == int(days) else days,
            "sources": list(self.sources),
            "kind": self.kind,
            "age_at_end": self.age_at_end,
            "in_school": self.in_school,
            "in_company": self.in_company,
            "paid": self.paid,
            "grant": self.grant,
            "exams": list(self.exams),
            "follow_up": list(self.follow_up),
            "parallel": self.parallel,
            "note": self.note,
        }


@dataclass(frozen=True)
class Waiting:
    start: str
    end: str
    months: int
    follow_up: tuple[str, ...]
    why: str = ""  # place: searching for a læreplass; "": waiting for a school year or another start

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "months": self.months}
        out["follow_up"] = list(self.follow_up)
        if self.why:
            out["why"] = self.why
        return out


@dataclass(frozen=True)
class Notice:
    """A fact about a route, of its own kind, kept apart from the free-text warnings so that a
    ranking can weigh it: `vg2_not_offered` (the Vg2 of the route is not taught in the county)."""

    code: str
    programme: str
    county: str
    nearest: str  # the nearest county that offers it; "" when no offer is known
    message: str
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "programme": self.programme,
            "county": self.county,
            "nearest": self.nearest or None,
            "message": self.message,
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class Route:
    rank: int
    schemes: tuple[str, ...]
    qualification: str
    months: int
    finish: str
    steps: tuple[Step, ...]
    warnings: tuple[str, ...]
    age_at_finish: int
    months_in_school: int
    months_in_company: int
    paid_months: int
    grants: tuple[str, ...]
    exams: tuple[str, ...]
    school_days_per_week_max: float
    waiting: tuple[Waiting, ...]
    standing: str = "ordinary"  # ordinary | alternative | approval | fallback (docs/contract.md §3, version 1.1)
    standing_reason: str = ""
    standing_sources: tuple[str, ...] = ()
    group: str = "routes"  # the heading it is shown under: routes | approval | fallback | partial
    rank_basis: str = ""  # the criterion of rules/ranking.yaml that decides its place ("": alone or tied)
    rank_reason: str = ""  # that criterion, in one line
    unlocks: tuple[Any, ...] | None = None  # unlocks.Unlock: what would move it up (version 1.2); None: not searched
    # Facts of their own kind for whoever weighs the route (version 1.3): `vg2_not_offered`, with the
    # programme, the person's county and the nearest county with an offer ("" when none is known).
    notices: tuple[Notice, ...] = ()
    readings: tuple[Any, ...] | None = None  # readings.Effect: other readings that change it (1.4); None: not searched

    def to_dict(self) -> dict[str, Any]:
        days = self.school_days_per_week_max
        out = {
            "rank": self.rank,
            "standing": self.standing,
            "standing_reason": self.standing_reason,
            "standing_sources": list(self.standing_sources),
            "group": self.group,
            "rank_basis": self.rank_basis,
            "rank_reason": self.rank_reason,
            "schemes": list(self.schemes),
            "qualification": self.qualification,
            "months": self.months,
            "finish": self.finish,
            "steps": [s.to_dict() for s in self.steps],
            "warnings": list(self.warnings),
            "age_at_finish": self.age_at_finish,
            "months_in_school": self.months_in_school,
            "months_in_company": self.months_in_company,
            "paid_months": self.paid_months,
            "grants": list(self.grants),
            "exams": list(self.exams),
            "school_days_per_week_max": int(days) if days == int(days) else days,
            "waiting": [w.to_dict() for w in self.waiting],
        }
        out["notices"] = [n.to_dict() for n in self.notices]
        if self.unlocks is not None:
            out["unlocks"] = [u.to_dict() for u in self.unlocks]
        if self.readings is not None:
            out["readings"] = [e.to_dict() for e in self.readings]
        return out


@dataclass(frozen=True)
class Summary:
    """The candidate in one line: facts the plan was made from (never the free-text notes)."""

    age: int
    age_estimated: bool
    county: str
    county_name: str
    trade: str
    trade_name: str
    qualification: str
    school: tuple[str, ...]
    missing: tuple[str, ...]
    experience_months: int
    employed: str | None
    apprenticeship_place: bool | None
    # For people (not in the JSON): names from the rule book instead of ids.
    school_names: tuple[tuple[str, str], ...] = ()  # (level as written, e.g. Vg1; programme name)
    missing_names: tuple[str, ...] = ()
    employed_name: str | None = None
    grunnskole: bool = True  # finished (or its equivalent); False: the header says so

    def to_dict(self) -> dict[str, Any]:
        return {
            "age": self.age,
            "age_estimated": self.age_estimated,
            "county": self.county,
            "trade": self.trade,
            "qualification": self.qualification,
            "school": list(self.school),
            "missing": list(self.missing),
            "experience_months": self.experience_months,
            "employed": self.employed,
            "apprenticeship_place": self.apprenticeship_place,
        }


@dataclass(frozen=True)
class PlanResult:
    candidate: str
    as_of: str
    rules_version: str
    routes: tuple[Route, ...]
    excluded: tuple[Exclusion, ...]
    summary: Summary
    warnings: tuple[str, ...]
    # Conditions that fail today (scheme, code, source), whether the scheme is out or only delayed:
    # what `pathway barriers` lifts one at a time. Not part of the JSON.
    failing_now: tuple[tuple[str, str, str], ...] = ()
    holds_goal: str | None = None  # the goal's qualification is held already: what the person holds
    credited: tuple[Any, ...] = ()  # history.Credit: what was credited and why (months, sources)
    unlocks: Any = None  # unlocks.Unlocks, when searched (not part of the JSON beyond each entry's `unlocks`)
    readings_used: tuple[tuple[str, Any, Any], ...] = ()  # --reading: (rule, value planned on, value of the book)

    @property
    def ok(self) -> bool:
        return bool(self.routes) or self.holds_goal is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "pathway_result_version": RESULT_VERSION,
            "candidate": self.candidate,
            "as_of": self.as_of,
            "rules_version": self.rules_version,
            "routes": [r.to_dict() for r in self.routes],
            "excluded": [e.to_dict() for e in self.excluded],
            "summary": self.summary.to_dict(),
            "warnings": list(self.warnings),
            "holds_goal": self.holds_goal,
            "credited": [c.to_dict() for c in self.credited],
            **(
                {"readings_used": [{"rule": k, "value": v, "uses": u} for k, v, u in self.readings_used]}
                if self.readings_used
                else {}
            ),
        }
