"""A fact: a value with its source URL and the date the source was checked."""

# No `from __future__ import annotations` here: pydantic would compile each field's annotation from a
# string when the module is imported, a cost paid on every start of pathway.

import re
from datetime import date
from typing import Any, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pathway.messages import text

T = TypeVar("T")
UNKNOWN = "unknown"
_SOURCE = re.compile(r"^(https?://\S+|doc:[a-z0-9-]+)$")


class Strict(BaseModel):
    # Schemas are built on first validation: a run that takes the rule book from the cache never
    # builds the rule models' schemas.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Sourced(Strict):
    source: str | None = Field(
        description="One URL (https://…), or doc:<id> for a document listed in rules/index.yaml."
    )
    checked: date | None = Field(None, description="The day the source was last read (YYYY-MM-DD).")
    note: str | None = Field(None, description="A quote from the source, or why this reading was chosen.")
    confidence: Literal["low"] | None = Field(None, description="low: a lead, not read on an official page.")
    valid_from: date | None = Field(None, description="First day this value applies (inclusive).")
    valid_to: date | None = Field(None, description="Last day this value applies (inclusive).")

    @model_validator(mode="after")
    def _sourced(self) -> Self:
        value = getattr(self, "value", None)
        if self.source is None:
            if value != UNKNOWN:
                raise ValueError(text("fact.no_source"))
        else:
            if not _SOURCE.match(self.source):
                raise ValueError(text("fact.bad_source", source=self.source))
            if self.checked is None:
                raise ValueError(text("fact.no_checked"))
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(text("fact.date_order"))
        return self


class Alternative(_Sourced):
    """Another reading of the same rule, kept beside the one pathway uses."""

    value: Any


class Fact(_Sourced):
    """A value from the law, Udir, a county or another page. Its type is checked by the field that
    holds it (`Dated[...]` in models/rules.py), so that one plain class serves every fact."""

    value: Any = Field(description="The value, or `unknown` when the rule is not known.")
    alternatives: list[Alternative] = Field(default_factory=list, description="Other readings, with their sources.")
    rule: Literal["hard", "soft"] | None = Field(
        None,
        description='soft: the source writes a main rule with exceptions ("som hovedregel", "bør", "normalt"): '
        "a person outside it gets the route as needing the county's approval, not excluded. Default: hard.",
    )

    @property
    def unknown(self) -> bool:
        return bool(self.value == UNKNOWN)

    def applies(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


def fact_at(fact: Fact | list[Fact], day: date) -> Fact | None:
    """The fact valid on `day` (a plain fact is always valid)."""
    if isinstance(fact, Fact):
        return fact
    for item in fact:
        if item.applies(day):
            return item
    return None
