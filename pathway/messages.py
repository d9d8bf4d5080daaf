"""Every sentence pathway shows to people, in one place (so that a bokmål catalogue can follow).

The core builds messages through these functions; the renderer only lays them out.
"""

from __future__ import annotations

from typing import Any

from pathway.ids import did_you_mean

# --- validation ------------------------------------------------------------------------------

_YAML11_HINT = 'YAML read this as a yes/no or a number; put it in quotes, e.g. "NO" or "03"'


def validation_message(err: dict[str, Any], allowed: list[str]) -> str:
    kind = err["type"]
    given = err.get("input")
    loc = err.get("loc", ())
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        listed = ", ".join(sorted(allowed)) if allowed else ""
        hint = did_you_mean(key, allowed)
        return f"unknown key{hint}" + (f" (allowed: {listed})" if listed and not hint else "")
    if kind == "invalid_key":
        return f"key {given!r} is not a name; keys are words such as county or goal"
    if kind == "missing":
        return f"required key {loc[-1]!r} is missing" if loc else "required value is missing"
    if kind in {"string_type", "literal_error", "enum"} and isinstance(given, bool | int | float):
        return f"{_YAML11_HINT} ({err['msg'].lower()})"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return f"not a date: {given!r}; write it as YYYY-MM-DD, e.g. 2007-05-14"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"expected a whole number, got {given!r}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"expected true or false, got {given!r}"
    if kind in {"model_type", "dict_type"}:
        return f"expected a mapping of keys, got {type(given).__name__} {given!r}"
    if kind == "list_type":
        return f"expected a list, got {given!r}"
    msg = str(err.get("msg", "invalid value"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg[0].lower() + msg[1:] if msg else "invalid value"


# --- planning texts --------------------------------------------------------------------------

SCHEME_NAMES = {
    "laerling": "lærling (apprenticeship)",
    "vg3_skole": "Vg3 i skole (Vg3 in school)",
    "laerekandidat": "lærekandidat (training candidate)",
    "praksisbrev": "praksisbrev (practice certificate)",
    "fagbrev_paa_jobb": "fagbrev på jobb (trade certificate on the job)",
    "mfy": "MFY (modular training for adults)",
    "praksiskandidat": "praksiskandidat (experience-based candidate)",
    "skole": "school (Vg1/Vg2)",
    "fellesfag": "fellesfag catch-up",
}

QUALIFICATION_NAMES = {
    "fagbrev": "fagbrev",
    "svennebrev": "svennebrev",
    "kompetansebevis": "kompetansebevis",
    "praksisbrev": "praksisbrev",
}

FOLLOW_UP_NAMES = {
    "school": "school",
    "ot": "OT (follow-up service)",
    "nav": "Nav",
    "training_office": "training office",
    "company": "company",
    "county": "county",
}

GRANT_NAMES = {"bt1": "basistilskudd 1", "bt2": "basistilskudd 2", "none": "none", "unknown": "unknown"}


def confirm_with(county: str) -> str:
    return f"confirm with {county}"


def join(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
