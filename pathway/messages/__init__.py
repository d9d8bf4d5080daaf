"""Every sentence pathway shows to people, from one catalogue per language (en.py, nb.py).

The core builds messages through `text(key, **values)`; the renderer only lays them out. The language
is chosen once per command (`--lang`, else from $LANG, else English). Norwegian terms (lærling,
fagbrev, …) stay Norwegian in English output, with a gloss where they are named.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# --- validation ------------------------------------------------------------------------------


def validation_message(err: dict[str, Any], allowed: list[str]) -> str:
    """One pydantic error as a sentence people can act on (the sentences are in EN, under validation.*)."""
    from pathway.ids import did_you_mean  # local: this module imports no other pathway module at load time

    kind = err["type"]
    given = err.get("input")
    loc = err.get("loc", ())
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        listed = ", ".join(sorted(allowed)) if allowed else ""
        hint = did_you_mean(key, allowed)
        extra = text("validation.allowed", keys=listed) if listed and not hint else ""
        return text("validation.unknown_key", hint=hint) + extra
    if kind == "invalid_key":
        return text("validation.invalid_key", key=given)
    if kind == "missing":
        return text("validation.missing", key=loc[-1]) if loc else text("validation.missing_value")
    if kind in {"string_type", "literal_error", "enum"} and isinstance(given, bool | int | float):
        return text("validation.yaml11", msg=err["msg"].lower())
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return text("validation.date", value=given)
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return text("validation.int", value=given)
    if kind in {"bool_type", "bool_parsing"}:
        return text("validation.bool", value=given)
    if kind in {"model_type", "dict_type"}:
        return text("validation.mapping", type=type(given).__name__, value=given)
    if kind == "list_type":
        return text("validation.list", value=given)
    msg = str(err["msg"]) if "msg" in err else text("validation.invalid")
    if msg.startswith("Value error, "):  # pydantic's prefix for a ValueError raised by a validator
        msg = msg[len("Value error, ") :]
    return msg[0].lower() + msg[1:] if msg else text("validation.invalid")


# --- language ---------------------------------------------------------------------------------

LANGUAGES = ("en", "nb")
_state = {"lang": "en"}


@cache  # text() is called for every step of every route: no import per call
def catalogue(lang: str) -> dict[str, str]:
    if lang == "nb":
        from pathway.messages.nb import NB

        return NB
    from pathway.messages.en import EN

    return EN


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """nb for a Norwegian locale in $LC_ALL, $LC_MESSAGES or $LANG (nb, nn, no), else en."""
    import os

    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "nb" if value.split("_")[0].split(".")[0].lower() in {"nb", "nn", "no"} else "en"
    return "en"


def set_language(lang: str | None) -> str:
    chosen = lang or language_from_env()
    _state["lang"] = chosen if chosen in LANGUAGES else "en"
    return _state["lang"]


def current_language() -> str:
    return _state["lang"]


def text(key: str, /, **values: object) -> str:
    return catalogue(_state["lang"])[key].format(**values)


# --- names and lists ----------------------------------------------------------------------------


def scheme_name(sid: str, short: bool = False) -> str:
    return text(("short.scheme." if short else "name.scheme.") + sid)


def qualification_name(q: str) -> str:
    return text("name.qualification." + q)


def follow_up_name(f: str) -> str:
    return text("name.follow_up." + f)


def grant_name(g: str) -> str:
    return text("name.grant." + g)


def join(items: list[str]) -> str:
    """`a, b and c` in the current language."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + text("word.and") + items[-1]
