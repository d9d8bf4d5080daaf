"""The rule book's entities: counties, trades, programmes, schemes, school and subjects."""

# No `from __future__ import annotations` here: pydantic would compile each field's annotation from a
# string when the module is imported, a cost paid on every start of pathway.

import re
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal, Self

from pydantic import Field, StrictBool, StrictInt, model_validator

from pathway.messages import text
from pathway.models.facts import Dated, Strict


def _range(low: float, high: float) -> Any:
    return Field(ge=low, le=high)


Month = Annotated[StrictInt, _range(1, 12)]
Months = Annotated[StrictInt, _range(0, 600)]
Age = Annotated[StrictInt, _range(13, 80)]
Percent = Annotated[StrictInt, _range(1, 100)]
Days = Annotated[float, _range(0, 5)]
DayOfYear = Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]


Level = Literal["vg1", "vg2", "vg3"]
# Years in school + years in the company: 2+2 (the main model), 1+3 (særløp: Vg1, then three years in a
# company), 2+2.5 and 2+3 (longer læretid), 3+1, 3+1.5 and 3+2 (Vg3 in school, then the læretid).
Model = Literal["2+2", "1+3", "2+2.5", "2+3", "3+1", "3+1.5", "3+2"]
TradeQualification = Literal["fagbrev", "svennebrev"]


class AgeRule(Strict):
    kind: Literal["none", "min_age", "year_turning"] = Field(
        description="none: no age limit; min_age: from this age; year_turning: from the calendar year of that birthday."
    )
    age: Age | None = None
    exceptions: StrictBool = Field(False, description="Younger people are accepted in special cases.")

    @model_validator(mode="after")
    def _age_given(self) -> Self:
        from pathway.messages import text

        if (self.kind == "none") != (self.age is None):
            raise ValueError(text("rules.age_rule", kind=self.kind))
        return self


class _Offered(Strict):
    offered: Dated[StrictBool]


class EarlyContract(_Offered):
    # Full opplæring i bedrift (0+4): kroppsøving is not required before the prøve. Left out: not known.
    kroppsoving_exempt: Dated[StrictBool] | None = None


class Praksisbrev(_Offered):
    trades: Dated[list[str]]


class FagbrevPaaJobb(_Offered):
    age_rule: Dated[AgeRule]
    min_experience_months: Dated[Months]
    min_position_percent: Dated[Percent]
    redirect_to_praksiskandidat_above_months: Dated[Months | None]
    contract_months_max: Dated[Months | None]


class Mfy(_Offered):
    trades: Dated[list[str]]


class CountyPraksiskandidat(Strict):
    months_54: Dated[Annotated[StrictInt, _range(1, 600)]]
    # Months of the practice that must be from Norway. Left out: no such county rule is known.
    min_months_in_norway: Dated[Annotated[StrictInt, _range(0, 600)]] | None = None
    # The position (%) from which practice counts as full time, on the county's own page. Left out:
    # the national reading (schemes/praksiskandidat.yaml), to confirm with the county.
    full_time_percent: Dated[Percent] | None = None


class Grants(Strict):
    bt2_from_age: Dated[Age]
    # Trades with Vg3 in school (3+1.5): the grant for the læretid that is left (only verdiskaping).
    # Left out: not known for the county (shown as "confirm with the county").
    vg3_in_school_trades: Dated[Literal["bt1", "bt2", "none"]] | None = None
    # Trades the county names as exceptions to that rule: the ordinary grant (BT1/BT2 by age) applies.
    vg3_in_school_exempt_trades: Dated[list[str]] | None = None


class FormerName(Strict):
    """A name the county had, or was part of, before the 2024 division (Vest-Agder, Viken, …)."""

    name: str
    until: date = Field(description="The last day the name was in use.")
    source: str = Field(pattern=r"^(https?://\S+|doc:[a-z0-9-]+)$")
    checked: date
    note: str | None = None


class County(Strict):
    name: str
    number: str = Field(pattern=r"^[0-9]{2}$")
    domain: str
    praksisbrev: Praksisbrev
    laerekandidat: _Offered
    early_contract: EarlyContract
    fagbrev_paa_jobb: FagbrevPaaJobb
    mfy: Mfy
    praksiskandidat: CountyPraksiskandidat
    grants: Grants
    former_names: list[FormerName] = Field(
        default_factory=list,
        description="Former names a candidate file may use; a name several counties list is an error naming them.",
    )
    neighbours: list[str] = Field(
        default_factory=list,
        description="The counties that share a border with this one (2024 division); used for the nearest offer.",
    )
    vg2_offer: dict[str, Dated[StrictBool]] = Field(
        default_factory=dict,
        description="Vg2 programme area id: taught at a school in the county (true/false); not listed: unknown.",
    )


_URL = re.compile(r"^https?://\S+$")
RouteLabel = Literal["kryssloep", "grep_only"]


class TradeRoute(Strict):
    """A way into the trade: the Vg1 programme, the Vg2 programme area (none for a særløp) and the Vg3
    school year for the trades that have one before the læretid. `programmes` is the ordinary route;
    `routes` holds a second Vg2 or a kryssløp from another programme, labelled. (One class for both:
    every model class costs start-up time.)"""

    vg1: str
    vg2: str | None = None
    vg3: str | None = None
    label: RouteLabel | None = Field(
        None, description="Routes only. kryssloep: a kryssløp; grep_only: only Grep has it; none: ordinary."
    )
    source: str | None = Field(None, description="Where the route is listed (a Grep or Vilbli address).")
    checked: date | None = Field(None, description="The day the source was last read (YYYY-MM-DD).")
    confidence: Literal["low"] | None = Field(None, description="low: read in an unofficial mirror, not on the source.")
    note: str | None = None

    @model_validator(mode="after")
    def _sourced(self) -> Self:
        if self.source is not None:
            if not _URL.match(self.source):
                raise ValueError(text("fact.bad_source", source=self.source))
            if self.checked is None:
                raise ValueError(text("fact.no_checked"))
        return self

    def levels(self) -> Iterator[tuple[str, str]]:
        for level in ("vg1", "vg2", "vg3"):
            pid = getattr(self, level)
            if pid is not None:
                yield level, pid


TradeProgrammes = TradeRoute


class TradeCodes(Strict):
    """The trade's Grep codes (a candidate may name the trade by any of them). Only these keys: a
    misspelt one (`fagkod`) is an error with the nearest key, never a code silently ignored."""

    fagkode: str | None = Field(None, description="The lærefag's Grep code (e.g. KOK3004).")
    fagkode_2: str | None = Field(None, description="An earlier or parallel fagkode of the same lærefag.")
    fagkode_3: str | None = Field(None, description="A third fagkode of the same lærefag.")
    programomrade: str | None = Field(None, description="The Vg3 programområde code (e.g. RMKOK3).")
    programomrade_vilbli: str | None = Field(None, description="The programområde code vilbli.no uses, if other.")
    eksamen: str | None = Field(None, description="The code of the fag-/svenneprøve's written exam.")
    eksamen_udir_rettleiing: str | None = Field(None, description="The code in Udir's guidance for the prøve.")
    eksamen_vg2_udir_rettleiing: str | None = Field(None, description="The code in Udir's guidance for a Vg2 exam.")


class Trade(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    programmes: TradeRoute
    model: Dated[Model]
    qualification: Dated[TradeQualification]
    praksiskandidat_months: Dated[Annotated[StrictInt, _range(1, 600)]]
    vg3_exam: Dated[StrictBool]
    mfy: Dated[StrictBool]
    company_instead_of_school: Dated[StrictBool] | None = Field(
        None,
        description="false: the trade's school years cannot be replaced by training in a company (no praksisbrev, "
        "no contract right after grunnskole or Vg1); absent: the trade's sources are silent, the county decides.",
    )
    codes: TradeCodes = Field(default_factory=TradeCodes)
    routes: list[TradeRoute] = Field(default_factory=list, description="Other Vg1/Vg2 routes into the trade.")

    def level_of(self, programme_id: str) -> tuple[str, str | None] | None:
        """Whether a passed school year on `programme_id` counts as a level of this trade:
        (level, None) on the ordinary route or another ordinary Vg2, (level, label) on a kryssløp
        (label `kryssloep` or `grep_only`), None when the programme is not part of any route."""
        found: tuple[str, str | None] | None = None
        for route in (self.programmes, *self.routes):
            for level, pid in route.levels():
                if pid == programme_id:
                    label = None if route is self.programmes else route.label
                    if found is None or (found[1] is not None and label is None):
                        found = (level, label)
        return found

    def programmes_at(self, level: str) -> list[str]:
        """Every programme of `level` on any route into the trade, the ordinary one first."""
        out: list[str] = []
        for route in (self.programmes, *self.routes):
            pid = getattr(route, level)
            if pid is not None and pid not in out:
                out.append(pid)
        return out


class Programme(Strict):
    name: str
    level: Level
    kind: Literal["yrkesfag", "studieforberedende"]
    code: str | None = Field(None, description="The Grep programområde code (e.g. TPPIN2), without the dashes.")
    aliases: list[str] = Field(default_factory=list, description="Old ids and names that mean this programme.")
    source: str = Field(pattern=r"^https?://\S+$")
    checked: date
    confidence: Literal["low"] | None = None
    note: str | None = None
    leads_to: list[str] = Field(default_factory=list)


class Condition(Strict):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: str
    source: str = Field(pattern=r"^(https?://\S+|doc:[a-z0-9-]+)$")
    checked: date
    confidence: Literal["low"] | None = None


class Continuation(Strict):
    to: str
    when: str
    source: str = Field(pattern=r"^(https?://\S+|doc:[a-z0-9-]+)$")
    checked: date
    confidence: Literal["low"] | None = None
    note: str | None = None


class Legal(Strict):
    new: list[str] = Field(description="Opplæringslova 2023 / opplæringsforskrifta, verified.")
    new_unverified: list[str] = Field(default_factory=list, description="New paragraphs not yet read on Lovdata.")
    old: list[str] = Field(description="Opplæringslova 1998 / forskrift 2006.")
    links: dict[str, Annotated[str, Field(pattern=r"^https?://\S+$")]] = Field(
        default_factory=dict, description="A reference of new/new_unverified/old and the address of its paragraph."
    )
    source: str = Field(pattern=r"^https?://\S+$")
    checked: date


StandingKind = Literal["ordinary", "alternative", "approval", "fallback"]
Who = Literal["young", "young_adult", "adult", "special_needs"]


class TargetGroup(Strict):
    """Who a scheme is made for, and the standing of its routes for each kind of person (docs/contract.md §3).

    young: before the school year the person turns 19; young_adult: from then until the adult age of
    the county services (25); adult: from then on; special_needs: a sakkyndig vurdering or an
    individual plan (overrides the age, where given)."""

    text: str = Field(description="Who the scheme is made for, in the words of the source.")
    source: str = Field(pattern=r"^(https?://\S+|doc:[a-z0-9-]+)$")
    also: list[str] = Field(default_factory=list, description="More sources for the same reading.")
    checked: date
    confidence: Literal["low"] | None = None
    note: str | None = None
    standing: dict[Who, StandingKind] = Field(
        description="The standing of this scheme's steps for each kind of person."
    )


class SchemeParams(Strict):
    """Every parameter a scheme file may set, each with its type and range; an unknown name is an
    error. Read like a mapping: `params["months"]`, `"months" in params` (only the ones set)."""

    max_fellesfag_missing_at_test: Dated[Annotated[StrictInt, _range(0, 6)]] | None = None
    fellesfag_deadline_months: Dated[Months] | None = None
    catchup_school_days_per_week: Dated[Days] | None = None
    catchup_extension_factor: Dated[Annotated[float, _range(1, 3)]] | None = None
    switch_credit_factor: Dated[Annotated[float, _range(0, 1)]] | None = None
    school_credit: Dated[StrictBool] | None = None
    early_contract_school_days_per_week: Dated[Days] | None = None
    apply_by: Dated[DayOfYear] | None = None
    offer_by: Dated[DayOfYear] | None = None
    total_months: Dated[Annotated[StrictInt, _range(1, 120)]] | None = None
    min_company_months: Dated[Months] | None = None
    upgrade_after_months: Dated[Months] | None = None
    min_age_school_year: Dated[Age] | None = None
    duration: Dated[Months] | None = None
    months: Dated[Annotated[StrictInt, _range(1, 120)]] | None = None
    school_days_per_week: Dated[Days] | None = None
    fellesfag: Dated[list[str]] | None = None
    credit_toward_laerling_months: Dated[Months] | None = None
    total_months_to_fagbrev: Dated[Annotated[StrictInt, _range(1, 120)]] | None = None
    months_48: Dated[Annotated[StrictInt, _range(1, 600)]] | None = None
    months_54: Dated[Annotated[StrictInt, _range(1, 600)]] | None = None
    full_time_percent: Dated[Percent] | None = None
    school_credit_months_per_year: Dated[Annotated[StrictInt, _range(0, 12)]] | None = None
    registration_to_test_months: Dated[Months] | None = None
    min_contract_months: Dated[Months] | None = None
    min_experience_months: Dated[Months] | None = None
    adult_contract: Dated[StrictBool] | None = None
    sarlop_exam: Dated[StrictBool] | None = None
    test_attempts_paid: Dated[Annotated[StrictInt, _range(1, 5)]] | None = None
    new_test_months: Dated[Months] | None = None
    extension_after_failed_test: Dated[Months] | None = None
    served_time_credit: Dated[StrictBool] | None = None
    special_needs_extra_months: Dated[Months] | None = None
    after_failed_test_months: Dated[Months] | None = None
    max_months_per_calendar_year: Dated[Annotated[StrictInt, _range(1, 12)]] | None = None
    min_period_months: Dated[Months] | None = None
    recent_years: Dated[Annotated[StrictInt, _range(1, 50)]] | None = None
    recent_share_percent: Dated[Percent] | None = None

    def __getitem__(self, name: str) -> Any:
        value = self.__dict__.get(name)  # the fields' values (fast: the planner reads them often)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.__dict__.get(name) is not None


class Scheme(Strict):
    name: str
    title: str
    target_group: TargetGroup
    qualification: Literal["trade", "kompetansebevis", "praksisbrev"]
    follow_up: list[Literal["school", "ot", "nav", "training_office", "company", "county"]]
    conditions: list[Condition]
    params: SchemeParams
    continuations: list[Continuation] = Field(default_factory=list)
    legal: Legal


class School(Strict):
    year_start_month: Dated[Month]
    year_months: Dated[Annotated[StrictInt, _range(9, 12)]]
    opphenting_from: Dated[list[str]]
    privatist_result_months: Dated[Annotated[list[Month], Field(min_length=1)]]
    ot_until_age: Dated[Age]
    adult_from_school_year_age: Dated[Age]
    first_school_day: Dated[DayOfYear]
    late_admission_until: Dated[DayOfYear]
    adult_services_from_age: Dated[Age]
    new_act_from: Dated[str]
    old_youth_right: Dated[str]
    youth_right: Dated[str] | None = None  # the right to vgo for young people, by Act (shown, not planned)
    youth_school_years: TargetGroup
    new_trade_right: Dated[StrictBool]
    studiekompetanse_fellesfag: Dated[list[str]]
    place_search_months: Dated[Annotated[StrictInt, _range(0, 24)]]


class Subjects(Strict):
    fellesfag: list[str]
    names: dict[str, str]
    aliases: dict[str, str] = Field(default_factory=dict)
    lk20: Dated[dict[str, dict[str, StrictInt]]]
    lk06: Dated[dict[str, dict[str, StrictInt]]]


class GrantRates(Strict):
    bt1_per_training_year: Dated[Annotated[StrictInt, _range(0, 1_000_000)]]
    bt2_per_month: Dated[Annotated[StrictInt, _range(0, 100_000)]]
    bt2_from_age: Dated[Age]


PlanYear = Annotated[StrictInt, _range(1900, 2999)]
PLANNING_SPAN = 15  # years after valid_from, for a rule book that gives no planning_years


class PlanningYears(Strict):
    """The years a plan may be made for (`--as-of`): those the rule book's values cover."""

    first: PlanYear
    last: PlanYear

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.first > self.last:
            raise ValueError(text("rules.planning_years_order", first=self.first, last=self.last))
        return self


class RuleIndex(Strict):
    name: str
    version: str
    valid_from: date
    description: str
    sources: dict[str, str]
    documents: dict[str, dict[str, str]] = Field(default_factory=dict)
    planning_years: PlanningYears | None = None  # None: valid_from's year and the PLANNING_SPAN after it

    def plans(self) -> tuple[int, int]:
        """The first and last year a plan may be made for."""
        if self.planning_years is not None:
            return self.planning_years.first, self.planning_years.last
        return self.valid_from.year, self.valid_from.year + PLANNING_SPAN


class FolderIndex(Strict):
    description: str
