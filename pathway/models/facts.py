"""A fact: a value with its source URL and the date the source was checked; `Dated[X]`, the field
that holds a fact (or facts over dates) whose value is an X."""

# No `from __future__ import annotations` here: pydantic would compile each field's annotation from a
# string when the module is imported, a cost paid on every start of pathway.

import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self, TypeVar, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

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


# --- Dated[X]: a fact whose value is checked against X by the field that holds it -------------------


_ADAPTERS: dict[str, Any] = {}  # repr of a value type -> its TypeAdapter: one per type, not one per field


def _adapter(expected: Any) -> Any:
    """The TypeAdapter of a value type, made on first use and shared by every field of that type (the
    forty parameters of a scheme hold a dozen types: each adapter costs a schema build)."""
    key = repr(expected)
    found = _ADAPTERS.get(key)
    if found is None:
        from pydantic import TypeAdapter

        found = _ADAPTERS[key] = TypeAdapter(expected)
    return found


def _typed(expected: Any) -> Any:
    """A check of a fact's value (or of each fact of a dated list) against `expected`."""
    adapter: list[Any] = []

    def check(facts: Any) -> Any:
        if not adapter:
            adapter.append(_adapter(expected))
        items = facts if isinstance(facts, list) else [facts]
        if isinstance(facts, list):
            _dated_list(facts)
        out = []
        for n, fact in enumerate(items):
            at: tuple[int | str, ...] = (n,) if isinstance(facts, list) else ()
            if fact.value == "unknown":
                out.append(fact)
                continue
            for i, alt in enumerate(fact.alternatives):  # another reading holds the same kind of value
                if alt.value != "unknown":
                    _value_of(adapter[0], alt.value, expected, (*at, "alternatives", i, "value"))
            value = _value_of(adapter[0], fact.value, expected, (*at, "value"))
            out.append(fact if value is fact.value else fact.model_copy(update={"value": value}))
        return out if isinstance(facts, list) else out[0]

    return AfterValidator(check)


def _dated_list(facts: list[Any]) -> None:
    """A list of dated facts: not empty, and no day on which two of them apply."""
    if not facts:
        raise ValueError(text("fact.empty_list"))
    spans = sorted(
        ((f.valid_from or date.min, f.valid_to or date.max, i) for i, f in enumerate(facts)), key=lambda s: s[:2]
    )
    for (_, end_a, a), (start_b, _, b) in zip(spans, spans[1:], strict=False):
        if start_b <= end_a:
            first, second = sorted((a, b))
            raise ValueError(text("fact.overlap", first=first, second=second, day=start_b.isoformat()))


def _value_of(adapter: Any, value: Any, expected: Any, at: tuple[int | str, ...]) -> Any:
    """A fact's value checked against its type. A wrong one is one error at its own place in the file
    (`age_rule.value.age`, `trades[1].alternatives[0].value[2]`), as the person wrote it: pydantic's
    error type `dated_value` carries that place (`at`) and the sentence (`message`), see
    yamlio.problems_from_validation."""
    from pydantic import BaseModel
    from pydantic import ValidationError as _VE
    from pydantic_core import PydanticCustomError

    from pathway.messages import validation_message

    try:
        return adapter.validate_python(value, strict=True)
    except _VE as exc:
        err: dict[str, Any] = dict(exc.errors(include_url=False)[0])
        inner = tuple(p for p in err.get("loc", ()) if isinstance(p, (str, int)) and p != "[key]")
        allowed: list[str] = []
        own_model = isinstance(expected, type) and issubclass(expected, BaseModel)
        if err["type"] == "extra_forbidden" and len(inner) == 1 and own_model:
            allowed = sorted(expected.model_fields)  # the keys of the value's own model, for "did you mean"
        message = validation_message(err, allowed)
        raise PydanticCustomError(
            "dated_value", "{message}", {"message": message, "at": [*at, *inner], "key": err["type"]}
        ) from None


if TYPE_CHECKING:
    from typing_extensions import TypeAliasType

    Dated = TypeAliasType("Dated", Union[Fact, list[Fact]], type_params=(T,))  # noqa: UP007
else:

    class Dated:
        """`Dated[X]`: a fact, or a list of facts valid over dates, whose values are X (or unknown)."""

        def __class_getitem__(cls, expected: Any) -> Any:
            return Annotated[Union[Fact, list[Fact]], _typed(expected)]  # noqa: UP007
