"""The conditions of each scheme, evaluated for a person in a state at a start month.

Each check returns a `Check`: ok, failed (the scheme is out, with a reason) or unknown (the route is
possible, with a warning to confirm with the county). The codes are the `conditions[].code` of the
scheme's rule file, so every reason carries that rule's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pathway.context import PlanContext, Value
from pathway.messages import join, text
from pathway.state import State

Status = Literal["ok", "fail", "unknown"]

# Every code a scheme's checks may report; each must have an entry (text, source) in the rule file.
CONDITION_CODES: dict[str, frozenset[str]] = {
    "laerling": frozenset(
        {"grunnskole_missing", "school_levels_missing", "no_apprenticeship_place", "early_contract_not_offered"}
    ),
    "vg3_skole": frozenset(
        {"school_levels_missing", "has_apprenticeship_place", "vg3_already_in_school", "sarlop_no_vg2"}
    ),
    "laerekandidat": frozenset({"grunnskole_missing", "not_offered_in_county", "no_apprenticeship_place"}),
    "praksisbrev": frozenset(
        {
            "not_offered_in_county",
            "trade_not_offered_in_county",
            "grunnskole_missing",
            "completed_vg2",
            "no_apprenticeship_place",
        }
    ),
    "fagbrev_paa_jobb": frozenset(
        {
            "not_offered_in_county",
            "grunnskole_missing",
            "not_employed_in_trade",
            "position_too_small",
            "too_little_experience",
            "age_rule",
            "experience_above_redirect",
        }
    ),
    "mfy": frozenset(
        {
            "not_offered_in_county",
            "no_modular_curriculum",
            "trade_not_offered_in_county",
            "grunnskole_missing",
            "too_young",
        }
    ),
    "praksiskandidat": frozenset({"practice_too_short"}),
}


@dataclass(frozen=True)
class Check:
    scheme: str
    code: str
    status: Status
    key: str  # the message in the catalogue, filled in only when someone reads it
    values: tuple[tuple[str, object], ...]
    sources: tuple[str, ...]

    @property
    def message(self) -> str:
        return text(self.key, **dict(self.values)) if self.key else ""


class Checker:
    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.names = {"county": ctx.county.name, "trade": ctx.trade.name, "person": ctx.person.id}

    def _mk(
        self, scheme: str, code: str, status: Status, key: str = "", extra: tuple[str, ...] = (), **values: object
    ) -> Check:
        sources = tuple(dict.fromkeys((*extra, self.ctx.condition_source(scheme, code))))
        if status == "fail" and (scheme, code) in self.ctx.lifted:
            return Check(scheme, code, "ok", "", (), sources)  # a barrier lifted for a counterfactual plan
        if status == "ok":
            return Check(scheme, code, status, "", (), sources)
        return Check(scheme, code, status, key, (*self.names.items(), *values.items()), sources)

    def _offered(self, scheme: str, v: Value, what: str) -> Check:
        code = "not_offered_in_county"
        if v.unknown:
            return self._mk(scheme, code, "unknown", "offered.unknown", v.sources, what=text(what))
        if v.value is False:
            return self._mk(scheme, code, "fail", "offered.no", v.sources, what=text(what))
        return self._mk(scheme, code, "ok", "", v.sources)

    def _trade_listed(self, scheme: str, v: Value, what: str) -> Check:
        code = "trade_not_offered_in_county"
        if v.unknown:
            return self._mk(scheme, code, "unknown", "trade_listed.unknown", v.sources, what=text(what))
        if self.ctx.person.trade not in list(v.value or []):
            return self._mk(scheme, code, "fail", "trade_listed.no", v.sources, what=text(what))
        return self._mk(scheme, code, "ok", "", v.sources)

    def grunnskole(self, scheme: str) -> Check:
        if not self.ctx.person.grunnskole:
            return self._mk(scheme, "grunnskole_missing", "fail", "grunnskole.no", name=self.ctx.schemes[scheme].name)
        return self._mk(scheme, "grunnskole_missing", "ok")

    def place(self, scheme: str) -> Check:
        place = self.ctx.person.apprenticeship_place
        contract = text(f"contract.{scheme}")
        if place is None:
            return self._mk(scheme, "no_apprenticeship_place", "unknown", "place.unknown", contract=contract)
        if place is False:
            return self._mk(scheme, "no_apprenticeship_place", "unknown", "place.no", contract=contract)
        return self._mk(scheme, "no_apprenticeship_place", "ok")

    def _levels_missing(self, scheme: str, state: State) -> Check:
        need = self.ctx.required_levels()
        have = _levels(state.levels & need) or text("levels.none")
        return self._mk(
            scheme,
            "school_levels_missing",
            "fail",
            "levels.no",
            name=self.ctx.schemes[scheme].name,
            need=_levels(need),
            have=have,
        )

    # --- per scheme -------------------------------------------------------------------------
    def laerling(self, state: State, early: bool) -> list[Check]:
        checks = [self.grunnskole("laerling"), self.place("laerling")]
        if not early and not self.ctx.required_levels() <= state.levels:
            checks.append(self._levels_missing("laerling", state))
        if early:
            v = self.ctx.value(self.ctx.county.early_contract.offered)
            if v.unknown:
                checks.append(self._mk("laerling", "early_contract_not_offered", "unknown", "early.unknown", v.sources))
            elif v.value is False:
                checks.append(self._mk("laerling", "early_contract_not_offered", "fail", "early.no", v.sources))
        return checks

    def vg3_skole(self, state: State) -> list[Check]:
        checks = []
        if self.ctx.school_years >= 3:
            checks.append(
                self._mk("vg3_skole", "vg3_already_in_school", "fail", "vg3_in_school.no", model=self.ctx.model)
            )
        elif self.ctx.school_years == 1:
            checks.append(self._mk("vg3_skole", "sarlop_no_vg2", "fail", "vg3_sarlop.no", model=self.ctx.model))
        elif not self.ctx.required_levels() <= state.levels:
            checks.append(self._levels_missing("vg3_skole", state))
        if self.ctx.person.apprenticeship_place is True:
            checks.append(self._mk("vg3_skole", "has_apprenticeship_place", "fail", "vg3_place.no"))
        else:
            checks.append(self._mk("vg3_skole", "has_apprenticeship_place", "unknown", "vg3_place.unknown"))
        return checks

    def laerekandidat(self) -> list[Check]:
        v = self.ctx.value(self.ctx.county.laerekandidat.offered)
        return [
            self.grunnskole("laerekandidat"),
            self._offered("laerekandidat", v, "what.laerekandidat"),
            self.place("laerekandidat"),
        ]

    def praksisbrev(self, state: State) -> list[Check]:
        county = self.ctx.county.praksisbrev
        checks = [self._offered("praksisbrev", self.ctx.value(county.offered), "what.praksisbrev")]
        if checks[0].status != "fail":
            checks.append(self._trade_listed("praksisbrev", self.ctx.value(county.trades), "what.praksisbrev"))
        checks.append(self.grunnskole("praksisbrev"))
        school = self.ctx.required_levels() & {"vg1", "vg2"}
        if school <= state.levels:
            checks.append(self._mk("praksisbrev", "completed_vg2", "fail", "completed_vg2.no", levels=_levels(school)))
        checks.append(self.place("praksisbrev"))
        return checks

    def fagbrev_paa_jobb(self, start: int, exp: int) -> list[Check]:
        ctx, fpj, sid = self.ctx, self.ctx.county.fagbrev_paa_jobb, "fagbrev_paa_jobb"
        checks = [self._offered(sid, ctx.value(fpj.offered), "what.fpj"), self.grunnskole(sid)]
        emp = ctx.person.employment
        if not ctx.employed_in_trade:
            where = text("fpj.employed_in", other=ctx.rules.trade(emp.trade).name) if emp else text("fpj.jobless")
            checks.append(self._mk(sid, "not_employed_in_trade", "fail", "fpj.no_job", where=where))
        else:
            assert emp is not None
            v = ctx.value(fpj.min_position_percent)
            if v.unknown:
                checks.append(self._mk(sid, "position_too_small", "unknown", "fpj.position.unknown", v.sources))
            elif emp.percent < int(v.value):
                checks.append(
                    self._mk(
                        sid, "position_too_small", "fail", "fpj.position.no", v.sources, need=v.value, have=emp.percent
                    )
                )
        v = ctx.value(fpj.min_experience_months)
        national = ctx.param(sid, "min_experience_months")
        need = int(national.value) if v.unknown else int(v.value)
        if exp < need:
            checks.append(
                self._mk(sid, "too_little_experience", "fail", "fpj.experience.no", v.sources, need=need, have=exp)
            )
        elif v.unknown:
            checks.append(self._mk(sid, "too_little_experience", "unknown", "fpj.experience.unknown", v.sources))
        checks.append(self._age_rule(start))
        v = ctx.value(fpj.redirect_to_praksiskandidat_above_months)
        if v.unknown:
            checks.append(self._mk(sid, "experience_above_redirect", "unknown", "fpj.redirect.unknown", v.sources))
        elif v.value is not None and exp > int(v.value):
            checks.append(
                self._mk(
                    sid, "experience_above_redirect", "fail", "fpj.redirect.no", v.sources, limit=v.value, have=exp
                )
            )
        return checks

    def _age_rule(self, start: int) -> Check:
        ctx, sid = self.ctx, "fagbrev_paa_jobb"
        v = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule)
        if v.unknown:
            return self._mk(sid, "age_rule", "unknown", "fpj.age.unknown", v.sources)
        rule = v.value
        age = ctx.age_at(start)
        if rule.kind == "min_age" and age < int(rule.age):
            extra = text("fpj.age.exceptions") if rule.exceptions else ""
            return self._mk(sid, "age_rule", "fail", "fpj.age.min", v.sources, age=rule.age, exceptions=extra, have=age)
        if rule.kind == "year_turning" and ctx.calendar_year_age(start) < int(rule.age):
            return self._mk(
                sid,
                "age_rule",
                "fail",
                "fpj.age.year",
                v.sources,
                age=rule.age,
                have=ctx.calendar_year_age(start),
                year=ctx.cal.year(start),
            )
        return self._mk(sid, "age_rule", "ok", "", v.sources)

    def mfy(self, start: int) -> list[Check]:
        ctx = self.ctx
        checks = [self._offered("mfy", ctx.value(ctx.county.mfy.offered), "what.mfy")]
        v = ctx.value(ctx.trade.mfy)
        if v.unknown:
            checks.append(self._mk("mfy", "no_modular_curriculum", "unknown", "mfy.curriculum.unknown", v.sources))
        elif v.value is False:
            checks.append(self._mk("mfy", "no_modular_curriculum", "fail", "mfy.curriculum.no", v.sources))
        if all(c.status != "fail" for c in checks):
            checks.append(self._trade_listed("mfy", ctx.value(ctx.county.mfy.trades), "what.mfy_trades"))
        checks.append(self.grunnskole("mfy"))
        age_v = Value.of(ctx.schemes["mfy"].params["min_age_school_year"], ctx.cal.first_day(start))
        turns = ctx.school_year_age(start)
        if age_v.value is not None and turns < int(age_v.value):
            checks.append(
                self._mk(
                    "mfy",
                    "too_young",
                    "fail",
                    "mfy.too_young",
                    age_v.sources,
                    age=age_v.value,
                    have=turns,
                    start=ctx.cal.label(ctx.cal.next_month(start - 11, 8)),
                )
            )
        return checks

    def praksiskandidat(self, exp: int, required: int) -> list[Check]:
        if exp >= required or self.ctx.employed_in_trade:
            return [self._mk("praksiskandidat", "practice_too_short", "ok")]
        return [
            self._mk("praksiskandidat", "practice_too_short", "fail", "praksiskandidat.no", need=required, have=exp)
        ]


# Conditions that are rules of a county or of the system (a barrier that policy could lift), as
# opposed to facts about the person (no job, too little practice, school years not passed).
SYSTEM_CODES = frozenset(
    {
        "not_offered_in_county",
        "trade_not_offered_in_county",
        "early_contract_not_offered",
        "age_rule",
        "experience_above_redirect",
        "position_too_small",
        "no_modular_curriculum",
        "too_young",
    }
)


def _levels(levels: frozenset[str]) -> str:
    return join([x.capitalize() for x in sorted(levels)])


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "fail"]


def unknowns(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "unknown"]
