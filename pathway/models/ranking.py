"""The order of routes (rules/ranking.yaml): criteria in the order they decide, each in an adviser's
words with its source. No typer, no rich."""

# No `from __future__ import annotations` here: pydantic would compile each field's annotation from a
# string when the module is imported, a cost paid on every start of pathway.

from datetime import date
from typing import Literal, Self

from pydantic import Field, model_validator

from pathway.messages import text
from pathway.models.facts import Strict

CriterionKey = Literal[
    "qualification", "in_hand", "standing", "months", "in_county", "certainty", "school_days", "steps"
]
StandingKind = Literal["ordinary", "alternative", "approval", "fallback"]
SchemeId = Literal[
    "laerling", "laerekandidat", "praksisbrev", "fagbrev_paa_jobb", "mfy", "praksiskandidat", "vg3_skole"
]


class Criterion(Strict):
    """One thing an adviser weighs. The first criterion on which two routes differ decides their order."""

    key: CriterionKey
    says: str = Field(description="The rule in an adviser's words.")
    why: str = Field(description="Why it weighs here: the reading of the sources.")
    source: str | None = Field(None, pattern=r"^(https?://\S+|doc:[a-z0-9-]+)$")
    also: list[str] = Field(default_factory=list, description="More sources for the same reading.")
    checked: date | None = None
    confidence: Literal["low"] | None = None
    # in_hand: which routes use what the person has in hand
    offer_schemes: list[SchemeId] = Field(
        default_factory=list,
        description="in_hand: a route whose first step is a contract of one of these uses an offer.",
    )
    offer_starts_within_months: int | None = Field(
        None, ge=1, le=12, description="in_hand: what is in hand starts within this many months."
    )
    job_schemes: list[SchemeId] = Field(
        default_factory=list,
        description="in_hand: a route whose first step is one of these builds on a job in the trade.",
    )
    job_months_at_most: int | None = Field(
        None,
        ge=1,
        le=120,
        description="in_hand: a job route counts when it reaches the qualification within this many months.",
    )
    ready_kinds: list[Literal["exam", "contract", "school", "work", "catchup"]] = Field(
        default_factory=list,
        description="in_hand: a route whose first step is of one of these kinds needs nothing new.",
    )
    # standing: the order of the standings
    order: list[StandingKind] = Field(default_factory=list, description="standing: most fitting first.")

    @model_validator(mode="after")
    def _sourced(self) -> Self:
        if self.source is not None and self.checked is None:
            raise ValueError(text("fact.no_checked"))
        if self.key == "standing" and sorted(self.order) != sorted(["ordinary", "alternative", "approval", "fallback"]):
            raise ValueError(text("ranking.standing_order"))
        if self.key == "in_hand" and (not self.offer_schemes or self.offer_starts_within_months is None):
            raise ValueError(text("ranking.in_hand_params"))
        return self


class Ranking(Strict):
    """The ranking policy: every criterion once, in the order it decides."""

    text: str = Field(description="What the order means for the person in front of the adviser.")
    checked: date
    criteria: list[Criterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_once(self) -> Self:
        keys = [c.key for c in self.criteria]
        missing = [k for k in CriterionKey.__args__ if k not in keys]  # type: ignore[attr-defined]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if missing or twice:
            raise ValueError(text("ranking.criteria", missing=", ".join(missing) or "-", twice=", ".join(twice) or "-"))
        return self

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)
