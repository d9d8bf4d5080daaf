"""What a person already holds, is in now, or did not finish (docs/contract.md §2.1), read for planning.

`History` turns the candidate's qualifications, current contract or school year, ended contracts,
failed prøver and dated work into what the planner starts from: credited months and fellesfag, the
state the person is in today, and the sentences that say what was credited and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pathway.candidate import Current, Event, Held
from pathway.context import PlanContext
from pathway.dates import month_abs
from pathway.messages import NORWEGIAN, current_language, join, lower_name, text

FINAL = ("fagbrev", "svennebrev")
TRADE_TESTS = ("fagprove", "svenneprove")


@dataclass(frozen=True)
class Credit:
    """Something counted in the person's favour: months, fellesfag or a qualification, and why."""

    kind: str  # practice | served | school | fellesfag | qualification
    months: int
    message: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "months": self.months, "message": self.message, "sources": list(self.sources)}


class History:
    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        p = ctx.person
        goal = p.trade
        self.holds_goal: Held | None = next((q for q in p.qualifications if q.kind in FINAL and q.trade == goal), None)
        self.praksisbrev: Held | None = next(
            (q for q in p.qualifications if q.kind == "praksisbrev" and q.trade == goal), None
        )
        self.other_trade: Held | None = next((q for q in p.qualifications if q.kind in FINAL and q.trade != goal), None)
        self.studiekompetanse = any(q.kind == "studiekompetanse" for q in p.qualifications)
        self.current: Current | None = p.current if self._current_counts(p.current) else None
        self.failed: Event | None = next(
            (e for e in p.history if e.event == "test_failed" and e.trade in (goal, None) and e.test in TRADE_TESTS),
            None,
        )
        self.ended: Event | None = next(
            (e for e in p.history if e.event == "contract_ended" and e.trade in (goal, None)), None
        )
        self.credits: list[Credit] = []
        self.fellesfag = self._fellesfag()
        self.school_levels = self._school_levels()
        self.norway = 0
        self.experience = self._experience()

    def _current_counts(self, cur: Current | None) -> bool:
        if cur is None:
            return False
        if cur.kind == "elev":
            return cur.level is not None and cur.programme is not None
        return cur.trade in (self.ctx.person.trade, None)

    # --- months -------------------------------------------------------------------------------
    def served(self) -> int:
        """Months served from `current.since` up to and including the planning month (the plan's
        steps start the month after it); 0 when not given."""
        if self.current is None or self.current.since is None:
            return 0
        return max(0, month_abs(self.ctx.as_of) - month_abs(self.current.since) + 1)

    # --- fellesfag ------------------------------------------------------------------------------
    def _fellesfag(self) -> frozenset[str]:
        """Fellesfag credited by what the person holds: a fag-/svennebrev (all were passed for it)
        or generell studiekompetanse."""
        ctx = self.ctx
        out: set[str] = set()
        if self.other_trade is not None or self.holds_goal is not None:
            out |= set(ctx.rules.subjects().fellesfag)
        if self.studiekompetanse:
            v = ctx.value(ctx.school.studiekompetanse_fellesfag)
            if not v.unknown:
                out |= set(v.value)
                self.credits.append(Credit("fellesfag", 0, text("credit.studiekompetanse"), v.sources))
        if self.other_trade is not None:
            v = ctx.value(ctx.school.new_trade_right)
            trade = lower_name(ctx.rules.trade(self.other_trade.trade or "").name) if self.other_trade.trade else ""
            self.credits.append(
                Credit("fellesfag", 0, text("credit.other_trade", trade=trade, kind=self.other_trade.kind), v.sources)
            )
        return frozenset(out - ctx.person.missing)

    def _school_levels(self) -> frozenset[str]:
        """The school years passed for a fag- or svennebrev held in another trade that are also school
        years of the goal trade (a second fagbrev in the same programme area: the shared Vg1, and the
        Vg2 where both trades build on it)."""
        held = self.other_trade
        if held is None or not held.trade:
            return frozenset()
        ctx = self.ctx
        other = ctx.rules.trade(held.trade)
        shared = [(level, pid) for level, pid in other.programmes.levels() if level in ("vg1", "vg2")]
        levels = [(level, pid) for level, pid in shared if (ctx.trade.level_of(pid) or ("",))[0] == level]
        if levels:
            names = join([f"{level.capitalize()} {ctx.rules.programme(pid).name}" for level, pid in levels])
            v = ctx.value(ctx.school.new_trade_right)
            said = text("credit.other_trade_school", levels=names, trade=lower_name(other.name), kind=held.kind)
            self.credits.append(Credit("school", 0, said, v.sources))
        return frozenset(level for level, _ in levels)

    # --- practice -------------------------------------------------------------------------------
    def _experience(self) -> int:
        """Full-time months of relevant work, by the counting rules the rule book has sources for."""
        ctx = self.ctx
        rule = ctx.full_time
        full, ft_src = int(rule.value), rule.sources
        said = ("credit.rule.full_time_confirm", "credit.rule.pro_rata_confirm") if rule.low else (
            "credit.rule.full_time", "credit.rule.pro_rata")  # fmt: skip
        cap = int(ctx.param("praksiskandidat", "max_months_per_calendar_year").value)
        cap_src = ctx.param("praksiskandidat", "max_months_per_calendar_year").sources
        min_period = int(ctx.param("praksiskandidat", "min_period_months").value)
        per_year: dict[int, float] = {}
        undated = 0.0
        norway = 0.0
        recent = 0.0
        recent_years = int(ctx.param("praksiskandidat", "recent_years").value)
        recent_from = month_abs(ctx.as_of) - 12 * recent_years
        for w in ctx.person.work:
            if w.trade != ctx.person.trade:
                continue
            fte = ctx.fte(w.months, w.percent)
            if w.percent < 100:
                how = text(said[0] if w.percent >= full else said[1], percent=full, county=ctx.county.name)
                self.credits.append(
                    Credit(
                        "practice",
                        int(fte),
                        text("credit.part_time", months=w.months, percent=w.percent, fte=_num(fte), rule=how),
                        ft_src,
                    )
                )
            if w.start is None or w.end is None:
                undated += fte
                if w.country in (None, "no"):
                    norway += fte
                continue
            first, last = month_abs(w.start), month_abs(w.end)
            if last - first + 1 < min_period:
                self.credits.append(
                    Credit(
                        "practice",
                        0,
                        text("credit.short_period", months=last - first + 1, need=min_period),
                        ctx.param("praksiskandidat", "min_period_months").sources,
                    )
                )
                continue
            share = fte / max(1, last - first + 1)
            for m in range(first, last + 1):
                per_year[m // 12] = per_year.get(m // 12, 0.0) + share
                if w.country in (None, "no"):
                    norway += share
                if m >= recent_from:
                    recent += share
        capped = 0.0
        for year, months in sorted(per_year.items()):
            if months > cap:
                self.credits.append(
                    Credit("practice", cap, text("credit.year_cap", year=year, months=_num(months), cap=cap), cap_src)
                )
            capped += min(cap, months)
        total = capped + undated
        if per_year:
            share_v = ctx.param("praksiskandidat", "recent_share_percent")
            dated = capped
            if dated and recent + undated < dated * int(share_v.value) / 100:
                self.credits.append(
                    Credit(
                        "practice",
                        0,
                        text("credit.recent", share=int(share_v.value), years=recent_years),
                        share_v.sources,
                    )
                )
        self.norway = int(norway)  # full-time months of it from Norway (a county rule may ask for some)
        return int(total)

    # --- what the plan says about it -------------------------------------------------------------
    def notes(self) -> list[str]:
        """Plan-level sentences about the history: what the person holds, is in, or did not finish."""
        ctx = self.ctx
        out: list[str] = []
        trade = lower_name(ctx.trade.name)
        if self.praksisbrev is not None:
            out.append(text("history.praksisbrev_held", trade=trade))
        if self.failed is not None:
            out.append(text("history.test_failed", trade=trade, date=_month(self.failed.date)))
        if self.ended is not None:
            out.append(
                text("history.contract_ended", trade=trade, date=_month(self.ended.date), county=ctx.county.name)
            )
        if self.current is not None and self.current.kind != "elev" and self.current.since is None:
            out.append(text("history.since_unknown"))
        return out


def _num(value: float) -> str:
    """3.6, or 3,6 in Norwegian (decimal comma); whole numbers without decimals."""
    said = f"{value:.1f}".rstrip("0").rstrip(".")
    return said.replace(".", ",") if current_language() in NORWEGIAN else said


def _month(day: date | None) -> str:
    return f"{day.year:04d}-{day.month:02d}" if day else "?"
