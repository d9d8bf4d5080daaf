"""The conditions of each scheme, evaluated for a person in a state at a start month.

Each check returns a `Check`: ok, failed (the scheme is out, with a reason) or unknown (the route is
possible, with a warning to confirm with the county). The codes are the `conditions[].code` of the
scheme's rule file, so every reason carries that rule's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pathway.context import PlanContext, Value
from pathway.state import State

Status = Literal["ok", "fail", "unknown"]

# Every code a scheme's checks may report; each must have an entry (text, source) in the rule file.
CONDITION_CODES: dict[str, frozenset[str]] = {
    "laerling": frozenset(
        {"grunnskole_missing", "school_levels_missing", "no_apprenticeship_place", "early_contract_not_offered"}
    ),
    "vg3_skole": frozenset({"school_levels_missing", "has_apprenticeship_place", "vg3_already_in_school"}),
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
    message: str
    sources: tuple[str, ...]


class Checker:
    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.county_name = ctx.county.name
        self.trade_name = ctx.trade.name

    def _mk(self, scheme: str, code: str, status: Status, message: str, extra: tuple[str, ...] = ()) -> Check:
        sources = tuple(dict.fromkeys((*extra, self.ctx.condition_source(scheme, code))))
        return Check(scheme, code, status, message, sources)

    def _offered(self, scheme: str, v: Value, what: str) -> Check:
        if v.unknown:
            return self._mk(
                scheme,
                "not_offered_in_county",
                "unknown",
                f"whether {self.county_name} offers {what} is not known: confirm with {self.county_name}",
                v.sources,
            )
        if v.value is False:
            return self._mk(
                scheme, "not_offered_in_county", "fail", f"{what} is not offered in {self.county_name}", v.sources
            )
        return self._mk(scheme, "not_offered_in_county", "ok", "", v.sources)

    def _trade_listed(self, scheme: str, v: Value, what: str) -> Check:
        trade = self.ctx.person.trade
        if v.unknown:
            return self._mk(
                scheme,
                "trade_not_offered_in_county",
                "unknown",
                f"which trades {self.county_name} runs as {what} is not known: "
                f"confirm {self.trade_name} with {self.county_name}",
                v.sources,
            )
        if trade not in list(v.value or []):
            return self._mk(
                scheme,
                "trade_not_offered_in_county",
                "fail",
                f"{self.county_name} does not run {self.trade_name} as {what}",
                v.sources,
            )
        return self._mk(scheme, "trade_not_offered_in_county", "ok", "", v.sources)

    def grunnskole(self, scheme: str) -> Check:
        if not self.ctx.person.grunnskole:
            return self._mk(
                scheme,
                "grunnskole_missing",
                "fail",
                f"{self.ctx.schemes[scheme].name} needs completed grunnskole; "
                f"{self.ctx.person.id} has not completed it",
            )
        return self._mk(scheme, "grunnskole_missing", "ok", "")

    def place(self, scheme: str, what: str) -> Check:
        place = self.ctx.person.apprenticeship_place
        if place is None:
            return self._mk(
                scheme,
                "no_apprenticeship_place",
                "unknown",
                f"needs a company that signs the {what}; none is known yet",
            )
        if place is False:
            return self._mk(
                scheme,
                "no_apprenticeship_place",
                "unknown",
                f"needs a company that signs the {what}; no company has offered one yet",
            )
        return self._mk(scheme, "no_apprenticeship_place", "ok", "")

    # --- per scheme -------------------------------------------------------------------------
    def laerling(self, state: State, early: bool) -> list[Check]:
        checks = [self.grunnskole("laerling"), self.place("laerling", "lærekontrakt")]
        need = self.ctx.required_levels()
        if not early and not need <= state.levels:
            have = sorted(state.levels & need)
            checks.append(
                self._mk(
                    "laerling",
                    "school_levels_missing",
                    "fail",
                    f"lærling needs {_levels(need)} of {self.trade_name} passed; "
                    f"{self.ctx.person.id} has {_levels(have) if have else 'none'}",
                )
            )
        if early:
            v = self.ctx.value(self.ctx.county.early_contract.offered)
            if v.unknown:
                checks.append(
                    self._mk(
                        "laerling",
                        "early_contract_not_offered",
                        "unknown",
                        f"a lærekontrakt right after grunnskole or Vg1 needs {self.county_name}'s "
                        f"approval of the model: confirm with {self.county_name}",
                        v.sources,
                    )
                )
            elif v.value is False:
                checks.append(
                    self._mk(
                        "laerling",
                        "early_contract_not_offered",
                        "fail",
                        f"{self.county_name} does not approve contracts right after grunnskole or Vg1",
                        v.sources,
                    )
                )
        return checks

    def vg3_skole(self, state: State) -> list[Check]:
        checks = []
        if self.ctx.school_years >= 3:
            checks.append(
                self._mk(
                    "vg3_skole",
                    "vg3_already_in_school",
                    "fail",
                    f"{self.trade_name} already has Vg3 in school ({self.ctx.model})",
                )
            )
        need = self.ctx.required_levels()
        if not need <= state.levels:
            checks.append(
                self._mk(
                    "vg3_skole",
                    "school_levels_missing",
                    "fail",
                    f"Vg3 i skole needs {_levels(need)} of {self.trade_name} passed; "
                    f"{self.ctx.person.id} has {_levels(sorted(state.levels & need)) or 'none'}",
                )
            )
        if self.ctx.person.apprenticeship_place is True:
            checks.append(
                self._mk(
                    "vg3_skole",
                    "has_apprenticeship_place",
                    "fail",
                    f"Vg3 i skole is for those who get no læreplass; a company has offered "
                    f"{self.ctx.person.id} a contract",
                )
            )
        else:
            checks.append(
                self._mk(
                    "vg3_skole",
                    "has_apprenticeship_place",
                    "unknown",
                    "Vg3 i skole is offered only if no apprenticeship place is found",
                )
            )
        return checks

    def laerekandidat(self) -> list[Check]:
        v = self.ctx.value(self.ctx.county.laerekandidat.offered)
        return [
            self.grunnskole("laerekandidat"),
            self._offered("laerekandidat", v, "lærekandidat"),
            self.place("laerekandidat", "opplæringskontrakt"),
        ]

    def praksisbrev(self, state: State) -> list[Check]:
        county = self.ctx.county.praksisbrev
        checks = [self._offered("praksisbrev", self.ctx.value(county.offered), "praksisbrev")]
        if checks[0].status != "fail":
            checks.append(self._trade_listed("praksisbrev", self.ctx.value(county.trades), "praksisbrev"))
        checks.append(self.grunnskole("praksisbrev"))
        if self.ctx.required_levels() <= state.levels:
            checks.append(
                self._mk(
                    "praksisbrev",
                    "completed_vg2",
                    "fail",
                    f"praksisbrev is for those without passed Vg1 and Vg2; {self.ctx.person.id} "
                    f"has passed them and can go to a lærekontrakt",
                )
            )
        checks.append(self.place("praksisbrev", "praksisbrev contract"))
        return checks

    def fagbrev_paa_jobb(self, start: int, exp: int) -> list[Check]:
        ctx, fpj, pid = self.ctx, self.ctx.county.fagbrev_paa_jobb, self.ctx.person.id
        county = self.county_name
        checks = [
            self._offered("fagbrev_paa_jobb", ctx.value(fpj.offered), "fagbrev på jobb"),
            self.grunnskole("fagbrev_paa_jobb"),
        ]
        emp = ctx.person.employment
        if not ctx.employed_in_trade:
            where = f"is employed in {ctx.rules.trade(emp.trade).name}" if emp else "has no job"
            checks.append(
                self._mk(
                    "fagbrev_paa_jobb",
                    "not_employed_in_trade",
                    "fail",
                    f"fagbrev på jobb needs a job in {self.trade_name}; {pid} {where}",
                )
            )
        else:
            assert emp is not None
            v = ctx.value(fpj.min_position_percent)
            if v.unknown:
                checks.append(
                    self._mk(
                        "fagbrev_paa_jobb",
                        "position_too_small",
                        "unknown",
                        f"{county}'s minimum position size is not known: confirm with {county}",
                        v.sources,
                    )
                )
            elif emp.percent < int(v.value):
                checks.append(
                    self._mk(
                        "fagbrev_paa_jobb",
                        "position_too_small",
                        "fail",
                        f"fagbrev på jobb in {county} needs a position of at least {v.value} %; "
                        f"{pid} has {emp.percent} %",
                        v.sources,
                    )
                )
        v = ctx.value(fpj.min_experience_months)
        need = 12 if v.unknown else int(v.value)
        if exp < need:
            checks.append(
                self._mk(
                    "fagbrev_paa_jobb",
                    "too_little_experience",
                    "fail",
                    f"fagbrev på jobb needs {need} months of relevant work; {pid} has {exp}",
                    v.sources,
                )
            )
        elif v.unknown:
            checks.append(
                self._mk(
                    "fagbrev_paa_jobb",
                    "too_little_experience",
                    "unknown",
                    f"{county}'s minimum experience is not known (12 months nationally): confirm with {county}",
                    v.sources,
                )
            )
        checks.append(self._age_rule(start))
        v = ctx.value(fpj.redirect_to_praksiskandidat_above_months)
        if v.unknown:
            checks.append(
                self._mk(
                    "fagbrev_paa_jobb",
                    "experience_above_redirect",
                    "unknown",
                    f"whether {county} sends experienced workers to praksiskandidat instead is "
                    f"not known: confirm with {county}",
                    v.sources,
                )
            )
        elif v.value is not None and exp > int(v.value):
            checks.append(
                self._mk(
                    "fagbrev_paa_jobb",
                    "experience_above_redirect",
                    "fail",
                    f"{county} sends people with more than {v.value} months of practice to "
                    f"praksiskandidat; {pid} has {exp}",
                    v.sources,
                )
            )
        return checks

    def _age_rule(self, start: int) -> Check:
        ctx, county, pid = self.ctx, self.county_name, self.ctx.person.id
        v = ctx.value(ctx.county.fagbrev_paa_jobb.age_rule)
        if v.unknown:
            return self._mk(
                "fagbrev_paa_jobb",
                "age_rule",
                "unknown",
                f"{county}'s age rule for fagbrev på jobb is not known: confirm with {county}",
                v.sources,
            )
        rule = v.value
        age = ctx.age_at(start)
        if rule.kind == "min_age" and age < int(rule.age):
            extra = " (younger only in special cases)" if rule.exceptions else ""
            return self._mk(
                "fagbrev_paa_jobb",
                "age_rule",
                "fail",
                f"fagbrev på jobb in {county} is for adults from {rule.age}{extra}; {pid} is {age}",
                v.sources,
            )
        if rule.kind == "year_turning" and ctx.calendar_year_age(start) < int(rule.age):
            return self._mk(
                "fagbrev_paa_jobb",
                "age_rule",
                "fail",
                f"fagbrev på jobb in {county} starts from the year the person turns {rule.age}; "
                f"{pid} turns {ctx.calendar_year_age(start)} in {ctx.cal.year(start)}",
                v.sources,
            )
        return self._mk("fagbrev_paa_jobb", "age_rule", "ok", "", v.sources)

    def mfy(self, start: int) -> list[Check]:
        ctx, county = self.ctx, self.county_name
        checks = [self._offered("mfy", ctx.value(ctx.county.mfy.offered), "modular training (MFY)")]
        v = ctx.value(ctx.trade.mfy)
        if v.unknown:
            checks.append(
                self._mk(
                    "mfy",
                    "no_modular_curriculum",
                    "unknown",
                    f"whether {self.trade_name} has a modular læreplan is not known: confirm with {county}",
                    v.sources,
                )
            )
        elif v.value is False:
            checks.append(
                self._mk(
                    "mfy",
                    "no_modular_curriculum",
                    "fail",
                    f"{self.trade_name} has no modular (MFY) læreplan",
                    v.sources,
                )
            )
        if checks[0].status != "fail" and (not checks[1:] or checks[-1].status != "fail"):
            checks.append(self._trade_listed("mfy", ctx.value(ctx.county.mfy.trades), "modular training"))
        checks.append(self.grunnskole("mfy"))
        at = ctx.cal.first_day(start)
        age_v = Value.of(ctx.schemes["mfy"].params["min_age_school_year"], at)
        if age_v.value is not None and ctx.school_year_age(start) < int(age_v.value):
            checks.append(
                self._mk(
                    "mfy",
                    "too_young",
                    "fail",
                    f"MFY is open from the school year the person turns {age_v.value}; "
                    f"{ctx.person.id} turns {ctx.school_year_age(start)} in the school year "
                    f"from {ctx.cal.label(ctx.cal.next_month(start - 11, 8))}",
                    age_v.sources,
                )
            )
        return checks

    def praksiskandidat(self, exp: int, required: int) -> list[Check]:
        if exp >= required:
            return [self._mk("praksiskandidat", "practice_too_short", "ok", "")]
        if self.ctx.employed_in_trade:
            return [self._mk("praksiskandidat", "practice_too_short", "ok", "")]
        return [
            self._mk(
                "praksiskandidat",
                "practice_too_short",
                "fail",
                f"praksiskandidat needs {required} months of allsidig practice in {self.trade_name}; "
                f"{self.ctx.person.id} has {exp} and no job in the trade to add more",
            )
        ]


def _levels(levels: object) -> str:
    items = sorted(str(x) for x in levels)  # type: ignore[attr-defined]
    return " and ".join(x.capitalize() for x in items)


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "fail"]


def unknowns(checks: list[Check]) -> list[Check]:
    return [c for c in checks if c.status == "unknown"]
