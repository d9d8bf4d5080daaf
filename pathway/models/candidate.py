"""The candidate file (docs/contract.md §2), as written by the adviser. Ids are resolved later."""

# No `from __future__ import annotations` here: pydantic would compile each field's annotation from a
# string when the module is imported, a cost paid on every start of pathway.

from datetime import date
from typing import Annotated, Literal, Self

from pydantic import BeforeValidator, Field, StrictBool, StrictInt, WithJsonSchema, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pathway.dates import month_abs, parse_date, parse_month
from pathway.ids import looks_like_national_id
from pathway.messages import text, withheld
from pathway.models.facts import Strict
from pathway.models.rules import Level

# --- values as an adviser types them (issue: "Input an adviser actually types") --------------

_DAY_PATTERN = r"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})\s*$"
_MONTH_PATTERN = r"^\s*(\d{4}-\d{1,2}(-\d{1,2})?|(\d{1,2}\.)?\d{1,2}[./]\d{4})\s*$"


def _ja_nei(value: object) -> object:
    """`ja`/`nei` (any case) are yes and no; everything else is left to the bool check."""
    if isinstance(value, str) and value.strip().lower() in ("ja", "nei"):
        return value.strip().lower() == "ja"
    return value


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


_DAY_SCHEMA = {"type": "string", "pattern": _DAY_PATTERN, "examples": ["2008-05-14", "14.05.2008"]}
_MONTH_SCHEMA = {"type": "string", "pattern": _MONTH_PATTERN, "examples": ["2025-06", "2025-06-20", "20.06.2025"]}
_END_SCHEMA = {"type": "string", "pattern": _MONTH_PATTERN, "examples": ["2024-06", "30.06.2024"]}

Day = Annotated[date, BeforeValidator(parse_date), WithJsonSchema(_DAY_SCHEMA)]
Month = Annotated[date, BeforeValidator(parse_month), WithJsonSchema(_MONTH_SCHEMA)]  # a month's first day
MonthEnd = Annotated[date, BeforeValidator(lambda v: parse_month(v, end=True)), WithJsonSchema(_END_SCHEMA)]
YesNo = Annotated[
    StrictBool,
    BeforeValidator(_ja_nei),
    WithJsonSchema(
        {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": "^\\s*([jJ][aA]|[nN][eE][iI])\\s*$"}]}
    ),
]
AnyCaseLevel = Annotated[
    Level,
    BeforeValidator(_lower),
    WithJsonSchema(
        {"anyOf": [{"enum": ["vg1", "vg2", "vg3"]}, {"type": "string", "pattern": "^\\s*[vV][gG][1-3]\\s*$"}]}
    ),
]
Contract = Literal["laerling", "laerekandidat", "praksisbrevkandidat", "fagbrev_paa_jobb"]


def _rule(message: str, field: str) -> PydanticCustomError:
    """An error of a model rule, placed at `field` of the model (see yamlio.problems_from_validation)."""
    return PydanticCustomError("candidate_rule", message, {"field": field})


class Goal(Strict):
    trade: str = Field(
        description="The lærefag the candidate aims at: id or Norwegian name.", examples=["kjemiprosessfaget"]
    )


class SchoolYear(Strict):
    level: AnyCaseLevel = Field(description="vg1, vg2 or vg3 (any case: Vg1).")
    programme: str = Field(
        description="The programme of that year: id or Norwegian name.", examples=["teknologi-og-industrifag"]
    )
    passed: YesNo = Field(
        True, description="false (or nei) when the year was attended but not passed (programfag failed or left)."
    )


class Fellesfag(Strict):
    missing: list[str] = Field(
        default_factory=list,
        description="Fellesfag of the completed years that are NOT passed.",
        examples=[["norsk", "samfunnskunnskap"]],
    )
    passed: list[str] = Field(
        default_factory=list,
        description="Fellesfag passed anywhere, on any programme; credited where the rules allow. "
        "A subject cannot be both missing and passed.",
        examples=[["norsk", "engelsk", "samfunnskunnskap"]],
    )


class Work(Strict):
    trade: str = Field(description="The trade the work was in: id or Norwegian name.")
    months: StrictInt | None = Field(
        None,
        ge=0,
        le=720,
        description="Calendar months worked; may be left out when both from and to are given "
        "(then the months from `from` to `to`).",
    )
    percent: StrictInt = Field(100, ge=1, le=100, description="Position size in percent.")
    start: Month | None = Field(
        None, alias="from", description="First month of the work: 2022-01, 01.2022 or a day such as 15.01.2022."
    )
    end: MonthEnd | None = Field(
        None, alias="to", description="Last month of the work (2024-06 means to the end of June 2024); not after today."
    )
    country: str | None = Field(
        None,
        description='Where the work was done: a two-letter country code such as "no" (quote it or not).',
        examples=["no", "se", "pl"],
    )

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: object) -> object:
        if isinstance(value, str):
            code = value.strip().lower()
            code = {"norge": "no", "noreg": "no", "norway": "no"}.get(code, code)
            if len(code) != 2 or not code.isascii() or not code.isalpha():
                raise ValueError(text("candidate.country", value=withheld(value)))
            return code
        return value

    @model_validator(mode="after")
    def _period(self) -> Self:
        if self.start is not None and self.end is not None:
            if self.end < self.start:
                raise _rule(text("candidate.to_before_from"), "to")
            span = month_abs(self.end) - month_abs(self.start) + 1
            if self.months is not None and self.months > span:
                raise _rule(text("candidate.months_span", months=self.months, span=span), "months")
        elif self.months is None:
            raise _rule(text("candidate.months_missing"), "months")
        return self

    @property
    def month_count(self) -> int:
        """The months worked: as given, else the months from `from` to `to`."""
        if self.months is not None:
            return self.months
        assert self.start is not None and self.end is not None
        return month_abs(self.end) - month_abs(self.start) + 1


class Qualification(Strict):
    kind: Literal["fagbrev", "svennebrev", "kompetansebevis", "praksisbrev", "studiekompetanse"] = Field(
        description="What the person holds: fagbrev, svennebrev, kompetansebevis, praksisbrev, or "
        "studiekompetanse (generell studiekompetanse, vitnemål)."
    )
    trade: str | None = Field(
        None,
        description="The trade of a fagbrev, svennebrev, kompetansebevis or praksisbrev (required for them); "
        "none for studiekompetanse.",
        examples=["kokkfaget"],
    )
    date: Month | None = Field(None, description="When it was issued: 2025-06, or a day.")

    @model_validator(mode="after")
    def _trade(self) -> Self:
        if self.kind == "studiekompetanse" and self.trade is not None:
            raise _rule(text("candidate.trade_not_for", kind=self.kind), "trade")
        if self.kind != "studiekompetanse" and self.trade is None:
            raise _rule(text("candidate.trade_needed", kind=self.kind), "trade")
        return self


class Current(Strict):
    kind: Literal["elev", "laerling", "laerekandidat", "praksisbrevkandidat", "fagbrev_paa_jobb", "vg3_skole"] = Field(
        description="What the person is in now: elev (at school), laerling, laerekandidat, praksisbrevkandidat, "
        "fagbrev_paa_jobb or vg3_skole (Vg3 fagopplæring i skole)."
    )
    trade: str | None = Field(
        None,
        description="The trade of the contract or of Vg3 i skole; when left out, goal.trade. Not needed for elev.",
        examples=["kokkfaget"],
    )
    level: AnyCaseLevel | None = Field(
        None, description="For elev (required): the level being taken now; optional for a contract."
    )
    programme: str | None = Field(
        None,
        description="For elev (required): the programme being taken now; optional for a contract.",
        examples=["kokk-og-servitorfag"],
    )
    since: Month | None = Field(None, description="First month of the contract or school year: 2025-08, or a day.")

    @model_validator(mode="after")
    def _elev(self) -> Self:
        # Level and programme are required for elev; for a contract they may be given (docs/contract.md
        # §2.1 shows a lærekandidat with both) and are resolved and checked the same way.
        if self.kind == "elev":
            for key in ("level", "programme"):
                if getattr(self, key) is None:
                    raise _rule(text("candidate.elev_needs", key=key), key)
        return self


class Event(Strict):
    event: Literal["contract_ended", "test_failed"] = Field(
        description="contract_ended: a contract ended without the qualification; test_failed: a final test "
        "(fagprøve, svenneprøve, kompetanseprøve, praksisbrevprøve) was not passed."
    )
    kind: Contract | None = Field(
        None,
        description="For contract_ended (required): laerling, laerekandidat, praksisbrevkandidat or fagbrev_paa_jobb.",
    )
    test: Literal["fagprove", "svenneprove", "kompetanseprove", "praksisbrevprove"] | None = Field(
        None, description="For test_failed (required): fagprove, svenneprove, kompetanseprove or praksisbrevprove."
    )
    trade: str | None = Field(None, description="The trade; when left out, goal.trade.", examples=["kokkfaget"])
    date: Month | None = Field(None, description="When it happened: 2026-06, or a day.")

    @model_validator(mode="after")
    def _what(self) -> Self:
        needed, other = ("kind", "test") if self.event == "contract_ended" else ("test", "kind")
        if getattr(self, needed) is None:
            raise _rule(text("candidate.event_needs", event=self.event, key=needed), needed)
        if getattr(self, other) is not None:
            raise _rule(text("candidate.event_not", event=self.event, key=other), other)
        return self


class Employment(Strict):
    trade: str = Field(description="The trade of the current job: id or Norwegian name.")
    percent: StrictInt = Field(100, ge=1, le=100, description="Position size in percent.")


class Candidate(Strict):
    id: str | None = Field(
        None, description="A pseudonym chosen by the adviser; never a name or a national id number.", examples=["k-017"]
    )
    birth_date: Day | None = Field(None, description="2008-05-14 or 14.05.2008; give this or age, not both.")
    age: StrictInt | None = Field(None, description="Age in whole years; give this or birth_date, not both.")
    county: str | StrictInt = Field(
        description="County where the candidate is registered: id, name or two-digit number.",
        examples=["agder", "Møre og Romsdal", "42"],
    )
    grunnskole: YesNo = Field(True, description="Lower secondary school completed (true/false or ja/nei).")
    goal: Goal
    school: list[SchoolYear] = Field(default_factory=list, description="Upper-secondary years completed.")
    fellesfag: Fellesfag = Field(default_factory=Fellesfag)
    work: list[Work] = Field(default_factory=list, description="Relevant work experience.")
    employment: Employment | None = Field(None, description="The current job, if any.")
    apprenticeship_place: YesNo | None = Field(
        None, description="true (ja): a company has offered a contract; false (nei): none has; leave out when unknown."
    )
    qualifications: list[Qualification] = Field(
        default_factory=list, description="What the person already holds (fagbrev, praksisbrev, studiekompetanse, …)."
    )
    current: Current | None = Field(None, description="What the person is in now, if anything.")
    history: list[Event] = Field(
        default_factory=list, description="What ended without the qualification: contracts ended, final tests failed."
    )
    special_needs: YesNo | None = Field(
        None,
        description="true (ja): a sakkyndig vurdering (PPT) or an individual plan; false (nei): none; "
        "leave out when unknown.",
    )
    notes: str | None = Field(None, description="Free text for the adviser; never printed in results.")

    @field_validator("id", mode="before")
    @classmethod
    def _pseudonym(cls, value: object) -> object:
        # Before type checks: an unquoted 11-digit id is an int, and "put it in quotes" is the wrong advice.
        if isinstance(value, str | int) and not isinstance(value, bool) and looks_like_national_id(str(value)):
            raise ValueError(text("candidate.national_id"))
        if isinstance(value, str) and not value.strip():
            raise ValueError(text("candidate.empty_id"))
        if isinstance(value, str) and any(not ch.isprintable() for ch in value):
            raise ValueError(text("candidate.id_control"))
        return value

    @field_validator("county", mode="before")
    @classmethod
    def _county_value(cls, value: object) -> object:
        # One error instead of one per member of `str | int` (`county.str: …`, `county.int: …`).
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError(text("candidate.county_type", value=withheld(value)))
        return value

    @field_validator("age")
    @classmethod
    def _age_range(cls, value: int | None) -> int | None:
        if value is not None and not 13 <= value <= 80:
            raise ValueError(text("candidate.age_range", age=value))
        return value

    @model_validator(mode="after")
    def _one_age(self) -> Self:
        if (self.birth_date is None) == (self.age is None):  # ctx "field" places the error (yamlio)
            both = self.age is not None
            message = text("candidate.age_both") if both else text("candidate.age_none")
            raise PydanticCustomError("age_or_birth_date", message, {"field": "age"})
        return self
