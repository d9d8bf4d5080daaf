"""The order of routes, read from rules/ranking.yaml: what each criterion measures of a route, the
sort key, and the one-line reason for each route's place.

A criterion's measure is a number where smaller is better; the key of a route is its measures in the
policy's order. A route's reason is the first criterion that sets it apart from its neighbour: the
route above it (why it comes after), or for the first route the one below it (why it comes first)."""

from __future__ import annotations

from typing import NamedTuple

from pathway.messages import text
from pathway.models.ranking import Ranking
from pathway.schemes.base import FINAL, ORDER
from pathway.state import StepSpec


class Facts(NamedTuple):
    """What the ranking reads of one route."""

    held: str  # the qualification it ends in
    standing: str  # ordinary | alternative | approval | fallback
    unfit: int  # steps that are not ordinary for the person (a chain of two alternatives fits less than one)
    months: int  # the last month of the route, counted from the month after the plan
    away: int  # school years it needs that the person's county does not offer (a move or a guest place)
    unsure: int  # county rules it rests on that are to confirm
    school_days: float  # school days a week at most
    steps: int  # main steps (not the fellesfag alongside)
    in_hand: str  # a scheme of offer_schemes (a contract the offer can be) | job | ""


class Person(NamedTuple):
    """What the ranking reads of the person."""

    offer: bool  # a company has offered a contract (apprenticeship_place: true)
    job: bool  # employed in the goal trade


def in_hand(policy: Ranking, person: Person, steps: tuple[StepSpec, ...]) -> str:
    """What of the person's hand the route uses: the scheme of the contract the offer becomes, `job`
    (it builds on the job held and reaches the qualification within `job_months_at_most`), `ready`
    (it starts with what needs nothing new, such as a prøve the person can register for now), or ""."""
    main = [s for s in steps if not s.parallel]
    if not main:
        return ""
    first = main[0]
    rule = policy.criterion("in_hand")
    if first.standing is not None and first.standing.kind == "alternative":
        return ""  # made for others: what the person has in hand is not used as it is meant
    soon = first.start <= (rule.offer_starts_within_months or 1)
    if person.offer and soon and first.kind == "contract" and first.scheme in rule.offer_schemes:
        return first.scheme
    end = max(s.start + s.months - 1 for s in steps)
    if person.job and first.scheme in rule.job_schemes and end <= (rule.job_months_at_most or 0):
        return "job"
    if soon and first.kind in rule.ready_kinds:
        return "ready"
    return ""


def measures(policy: Ranking, f: Facts) -> tuple[object, ...]:
    """The route's measure on each criterion, in the policy's order (smaller is better)."""
    order = policy.criterion("standing").order
    hand = policy.criterion("in_hand")
    offers: list[str] = list(hand.offer_schemes)
    values: dict[str, object] = {
        "qualification": 0 if f.held in FINAL else 1,
        # the offer as a lærekontrakt, a job or what needs nothing new alike; an offer as another contract after
        "in_hand": offers.index(f.in_hand) if f.in_hand in offers else (0 if f.in_hand else len(offers)),
        "standing": (order.index(f.standing) if f.standing in order else ORDER[f.standing], f.unfit),
        "months": f.months,
        "in_county": f.away,
        "certainty": f.unsure,
        "school_days": f.school_days,
        "steps": f.steps,
    }
    return tuple(values[c.key] for c in policy.criteria)


def basis(policy: Ranking, a: Facts, b: Facts) -> str:
    """The first criterion on which `a` and `b` differ ("" when equal on all)."""
    for c, x, y in zip(policy.criteria, measures(policy, a), measures(policy, b), strict=True):
        if x != y:
            return c.key
    return ""


def reasons(policy: Ranking, ranked: list[Facts]) -> list[tuple[str, str]]:
    """(rank_basis, rank_reason) for each route of a ranked list."""
    out: list[tuple[str, str]] = []
    for i, f in enumerate(ranked):
        if len(ranked) == 1:
            out.append(("", text("rank.only")))
        elif i == 0:
            key = basis(policy, f, ranked[1])
            out.append((key, text("rank.first", why=_why(key, f, ranked[1], first=True))))
        else:
            above = ranked[i - 1]
            key = basis(policy, above, f)
            out.append((key, text("rank.after", n=i, why=_why(key, f, above, first=False))))
    return out


def _why(key: str, f: Facts, other: Facts, first: bool) -> str:
    """Why `f` stands before (first) or after `other`, in the words of its criterion."""
    side = "first" if first else "after"
    if not key:
        return text("rank.why.equal")
    if key == "qualification":
        held = f.held if not first else "full"
        return text(f"rank.why.{side}.qualification", qualification=text(f"name.qualification.{held}"))
    if key == "in_hand":
        what = f.in_hand if first else other.in_hand
        if not first and f.in_hand and f.in_hand != "job":
            return text("rank.why.after.in_hand.other_contract")
        return text(f"rank.why.{side}.in_hand.{what if what in ('job', 'ready') else 'offer'}")
    if key == "standing" and f.standing == other.standing:
        return text(f"rank.why.{side}.unfit", n=f.unfit, other=other.unfit)
    if key == "standing":
        return text(
            f"rank.why.{side}.standing",
            standing=text(f"rank.standing.{f.standing}"),
            other=text(f"rank.standing.{other.standing}"),
        )
    if key == "months":
        return text(f"rank.why.{side}.months", months=f.months, other=other.months)
    if key == "in_county":
        return text(f"rank.why.{side}.in_county", n=f.away, other=other.away)
    if key == "certainty":
        return text(f"rank.why.{side}.certainty", n=f.unsure, other=other.unsure)
    if key == "school_days":
        return text(f"rank.why.{side}.school_days", days=f"{f.school_days:g}", other=f"{other.school_days:g}")
    return text(f"rank.why.{side}.steps", n=f.steps, other=other.steps)
