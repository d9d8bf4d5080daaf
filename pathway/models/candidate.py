"""The candidate file (CONTRACT.md §2), as written by the adviser. Ids are resolved later."""

from __future__ import annotations

import re
from datetime import date

from pydantic import Field, StrictBool, StrictInt, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pathway.messages import text
from pathway.models.facts import Strict
from pathway.models.rules import Level

_NATIONAL_ID = re.compile(r"^\s*\d{6}\s?\d{5}\s*$")


class Goal(Strict):
    trade: str = Field(
        description="The lærefag the candidate aims at: id or Norwegian name.", examples=["kjemiprosessfaget"]
    )


class SchoolYear(Strict):
    level: Level = Field(description="vg1, vg2 or vg3.")
    programme: str = Field(
        description="The programme of that year: id or Norwegian name.", examples=["teknologi-og-industrifag"]
    )
    passed: StrictBool = Field(
        True, description="false when the year was attended but not passed (programfag failed or left)."
    )


class Fellesfag(Strict):
    missing: list[str] = Field(
        default_factory=list,
        description="Fellesfag of the completed years that are NOT passed.",
        examples=[["norsk", "samfunnskunnskap"]],
    )


class Work(Strict):
    trade: str = Field(description="The trade the work was in: id or Norwegian name.")
    months: StrictInt = Field(ge=0, le=720, description="Calendar months worked.")
    percent: StrictInt = Field(100, ge=1, le=100, description="Position size in percent.")


class Employment(Strict):
    trade: str = Field(description="The trade of the current job: id or Norwegian name.")
    percent: StrictInt = Field(100, ge=1, le=100, description="Position size in percent.")


class Candidate(Strict):
    id: str | None = Field(
        None, description="A pseudonym chosen by the adviser; never a name or a national id number.", examples=["k-017"]
    )
    birth_date: date | None = Field(None, description="YYYY-MM-DD; give this or age, not both.")
    age: StrictInt | None = Field(None, description="Age in whole years; give this or birth_date, not both.")
    county: str | StrictInt = Field(
        description="County where the candidate is registered: id, name or two-digit number.",
        examples=["agder", "Møre og Romsdal", "42"],
    )
    grunnskole: StrictBool = Field(True, description="Lower secondary school completed.")
    goal: Goal
    school: list[SchoolYear] = Field(default_factory=list, description="Upper-secondary years completed.")
    fellesfag: Fellesfag = Field(default_factory=Fellesfag)
    work: list[Work] = Field(default_factory=list, description="Relevant work experience.")
    employment: Employment | None = Field(None, description="The current job, if any.")
    apprenticeship_place: StrictBool | None = Field(
        None, description="true: a company has offered a contract; false: none has; leave out when unknown."
    )
    notes: str | None = Field(None, description="Free text for the adviser; never printed in results.")

    @field_validator("id", mode="before")
    @classmethod
    def _pseudonym(cls, value: object) -> object:
        # Before type checks: an unquoted 11-digit id is an int, and "put it in quotes" is the wrong advice.
        if isinstance(value, str | int) and not isinstance(value, bool) and _NATIONAL_ID.match(str(value)):
            raise ValueError(text("candidate.national_id"))
        if isinstance(value, str) and not value.strip():
            raise ValueError(text("candidate.empty_id"))
        return value

    @field_validator("county", mode="before")
    @classmethod
    def _county_value(cls, value: object) -> object:
        # One error instead of one per member of `str | int` (`county.str: …`, `county.int: …`).
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise ValueError(text("candidate.county_type", value=value))
        return value

    @field_validator("age")
    @classmethod
    def _age_range(cls, value: int | None) -> int | None:
        if value is not None and not 13 <= value <= 80:
            raise ValueError(text("candidate.age_range", age=value))
        return value

    @model_validator(mode="after")
    def _one_age(self) -> Candidate:
        if (self.birth_date is None) == (self.age is None):  # ctx "field" places the error (yamlio)
            both = self.age is not None
            message = text("candidate.age_both") if both else text("candidate.age_none")
            raise PydanticCustomError("age_or_birth_date", message, {"field": "age"})
        return self
