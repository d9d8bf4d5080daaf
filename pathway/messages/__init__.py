"""Every sentence pathway shows to people, from one catalogue per language (en.py, nb.py, nn.py).

The core builds messages through `text(key, **values)`; the renderer only lays them out. The language
is chosen once per command (`--lang`, else from $LANG, else English). Norwegian terms (lærling,
fagbrev, …) stay Norwegian in English output, with a gloss where they are named.

In bokmål and nynorsk, `text()` also applies the written conventions to the values it fills in:
months as words ("juli 2030"), a decimal comma, and names of lærefag, programmes and fellesfag in
lower case mid-sentence ("lærling i kokkfaget").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from functools import cache
from typing import Any

# --- hints ------------------------------------------------------------------------------------


def did_you_mean(word: str, choices: list[str]) -> str:
    """`; did you mean 'kokkfaget'?` for the nearest of `choices`, or nothing."""
    from pathway.ids import nearest  # local: this module imports no other pathway module at load time

    best = nearest(word, choices)
    return text("hint.did_you_mean", best=best) if best else ""


# --- values that identify a person ------------------------------------------------------------


class _Withheld(str):
    """A value a message does not repeat: it formats as the words that say why, with `!r` too."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


def withheld(value: object) -> object:
    """`value` as a message may show it: as it is, or, when it looks like a national identity number
    or a person's name (pathway.privacy), words that say it is not shown and why."""
    from pathway.privacy import private_kind

    kind = private_kind(value)
    if kind is None:
        return value
    like = text("privacy.national_id") if kind == "national_id" else text("privacy.name")
    return _Withheld(text("privacy.withheld", like=like))


# --- validation ------------------------------------------------------------------------------


def validation_message(err: dict[str, Any], allowed: list[str]) -> str:
    """One pydantic error as a sentence people can act on (the sentences are in EN, under validation.*)."""
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
        return text("validation.invalid_key", key=withheld(given))
    if kind == "missing":
        return text("validation.missing", key=loc[-1]) if loc else text("validation.missing_value")
    shown = withheld(given)  # never a national id, or a name typed where no name belongs
    if kind in {"string_type", "literal_error", "enum"} and isinstance(given, bool | int | float):
        return text("validation.yaml11", msg=err["msg"].lower())
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return text("validation.date", value=shown)
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return text("validation.int", value=shown)
    if kind in {"bool_type", "bool_parsing"}:
        return text("validation.bool", value=shown)
    if kind in {"model_type", "dict_type"} and loc and loc[-1] == "goal" and isinstance(given, str):
        return text("validation.goal", value=shown)
    if kind in {"model_type", "dict_type"}:
        return text("validation.mapping", type=type(given).__name__, value=shown)
    if kind == "list_type":
        return text("validation.list", value=shown)
    ctx = err.get("ctx") or {}
    if kind in {"less_than_equal", "less_than"} and ("le" in ctx or "lt" in ctx):
        return text("validation.max", limit=ctx.get("le", ctx.get("lt")))
    if kind in {"greater_than_equal", "greater_than"} and ("ge" in ctx or "gt" in ctx):
        return text("validation.min", limit=ctx.get("ge", ctx.get("gt")))
    if kind in {"literal_error", "enum"} and "expected" in ctx:
        return text("validation.choice", expected=str(ctx["expected"]).replace(" or ", text("word.or")))
    if kind in {"string_too_short", "too_short"}:
        return text("validation.too_short")
    if kind in {"string_too_long", "too_long"}:
        return text("validation.too_long")
    if kind in {"float_type", "float_parsing"}:
        return text("validation.number", value=shown)
    if kind == "string_type":
        return text("validation.text", value=shown)
    msg = str(err["msg"]) if "msg" in err else text("validation.invalid")
    if _state["lang"] != "en" and not msg.startswith("Value error, "):
        return text("validation.invalid")  # pydantic's own sentences are English
    if msg.startswith("Value error, "):  # pydantic's prefix for a ValueError raised by a validator
        msg = msg[len("Value error, ") :]
    return msg[0].lower() + msg[1:] if msg else text("validation.invalid")


# --- language ---------------------------------------------------------------------------------

LANGUAGES = ("en", "nb", "nn")
NORWEGIAN = ("nb", "nn")
_state = {"lang": "en"}


@cache  # text() is called for every step of every route: no import per call
def catalogue(lang: str) -> dict[str, str]:
    if lang == "nb":
        from pathway.messages.nb import NB

        return NB
    if lang == "nn":
        from pathway.messages.nn import NN

        return NN
    from pathway.messages.en import EN

    return EN


def language_from_env(environ: dict[str, str] | None = None) -> str:
    """nn for a nynorsk locale, nb for another Norwegian one (nb, no) in $LC_ALL, $LC_MESSAGES or
    $LANG, else en."""
    import os

    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return "nn" if code == "nn" else "nb" if code in {"nb", "no"} else "en"
    return "en"


def set_language(lang: str | None) -> str:
    chosen = lang or language_from_env()
    _state["lang"] = chosen if chosen in LANGUAGES else "en"
    return _state["lang"]


def current_language() -> str:
    return _state["lang"]


_SAID: dict[tuple[object, ...], str] = {}  # sentences already made: the planner makes the same ones often


def text(key: str, /, **values: object) -> str:
    lang = _state["lang"]
    try:
        memo: tuple[object, ...] | None = (lang, key, *values.items())
        found = _SAID.get(memo)  # type: ignore[arg-type]
    except TypeError:  # a value that cannot be a key (a list): made every time
        memo, found = None, None
    if found is not None:
        return found
    if lang in NORWEGIAN:
        values = {name: _local(name, value) for name, value in values.items()}
    said = catalogue(lang)[key].format(**values)
    if memo is not None:
        if len(_SAID) > 50_000:
            _SAID.clear()
        _SAID[memo] = said
    return said


# Plural forms, as gettext's ngettext: a key under `n.` holds the forms separated by `|`, and each
# language's rule picks one for a count (English, bokmål and nynorsk: the first for 1, else the second).
def _one_or_more(n: int) -> int:
    return 0 if n == 1 else 1


PLURAL_RULES: dict[str, Callable[[int], int]] = {"en": _one_or_more, "nb": _one_or_more, "nn": _one_or_more}


def plural(key: str, n: int, /, **values: object) -> str:
    """`plural("n.candidates", 1)` → `1 candidate`; `plural("n.candidates", 6)` → `6 candidates`."""
    lang = _state["lang"]
    forms = catalogue(lang)[key].split("|")
    form = forms[min(PLURAL_RULES.get(lang, PLURAL_RULES["en"])(n), len(forms) - 1)]
    if lang in NORWEGIAN:
        values = {name: _local(name, value) for name, value in values.items()}
    return str(form.format(n=n, **values))


# --- Norwegian conventions for the values in a sentence ---------------------------------------------

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Placeholders that hold the name of a lærefag, a programme or fellesfag: lower case mid-sentence.
_COMMON_NAMES = {"trade", "other", "programme", "subject", "subjects"}
_LIST_ITEM = re.compile(r"(^|, | og )([A-ZÆØÅ])(?=[a-zæøå])")


def _local(name: str, value: object) -> object:
    if isinstance(value, float):
        return number(value)
    if not isinstance(value, str):
        return value
    if _MONTH.match(value):
        return month(value)
    if _DAY.match(value):
        return day(value)
    if name == "problem":
        return yaml_problem(value)
    if name in _COMMON_NAMES:
        return common(value)
    return value


def common(name: str) -> str:
    """A lærefag, programme or fellesfag as written mid-sentence: `Kjemiprosessfaget` → `kjemiprosessfaget`
    in bokmål and nynorsk (names that start with an abbreviation, `IT-driftsfaget`, keep it)."""
    if _state["lang"] not in NORWEGIAN:
        return name
    return _LIST_ITEM.sub(lambda m: m.group(1) + m.group(2).lower(), name)


def lower_name(name: str) -> str:
    """A Norwegian name mid-sentence in every language (`Kokkfaget` → `kokkfaget`); a name that starts
    with an abbreviation (`IT-driftsfaget`) keeps it."""
    found = _LOWER.get(name)  # not pathway.memo: the catalogue imports no other module of pathway
    if found is None:
        if len(_LOWER) > 10_000:
            _LOWER.clear()
        found = _LOWER[name] = _LIST_ITEM.sub(lambda m: m.group(1) + m.group(2).lower(), name)
    return found


_LOWER: dict[str, str] = {}  # names already lowered: the same trade and subject names come often


def month(label: str, short: bool = False) -> str:
    """`2030-07` as people write it: `juli 2030` (`juli 2030` short too; `aug. 2030`), in English `2030-07`."""
    found = _MONTH.match(label)
    if not found or _state["lang"] not in NORWEGIAN or not 1 <= int(found.group(2)) <= 12:
        return label  # not a month (`2025-13` as someone wrote it): shown as written
    names = text("word.months_short" if short else "word.months").split("|")
    return f"{names[int(found.group(2)) - 1]} {found.group(1)}"


def day(label: str) -> str:
    """`2026-12-01` as people write it in Norwegian: `1. desember 2026` (English keeps ISO dates)."""
    found = _DAY.match(label)
    if not found or _state["lang"] not in NORWEGIAN or not _real_day(found):
        return label  # not a day (`2008-13-45` as someone wrote it): shown as written
    names = text("word.months").split("|")
    return f"{int(found.group(3))}. {names[int(found.group(2)) - 1]} {found.group(1)}"


def _real_day(found: re.Match[str]) -> bool:
    year, mon, dd = (int(found.group(i)) for i in (1, 2, 3))
    return 1 <= mon <= 12 and year >= 1 and 1 <= dd <= calendar.monthrange(year, mon)[1]


# PyYAML's problems (English) as our own sentences; anything else becomes a general hint.
_YAML_PROBLEMS = (
    ("found character '\\t'", "yaml.tab"),
    ("mapping values are not allowed", "yaml.colon"),
    ("could not find expected ':'", "yaml.colon"),
    ("found unexpected end of stream", "yaml.unclosed"),
    ("expected ',' or ']'", "yaml.unclosed"),
    ("expected ',' or '}'", "yaml.unclosed"),
    ("that cannot start any token", "yaml.bad_character"),
    ("expected <block end>", "yaml.indent"),
)
_YAML_WHAT = {
    "flow sequence": "yaml.what.flow_sequence",
    "flow mapping": "yaml.what.flow_mapping",
    "quoted scalar": "yaml.what.quoted_scalar",
}


def yaml_problem(problem: str) -> str:
    """A PyYAML problem in the current language (the parser only speaks English)."""
    if _state["lang"] not in NORWEGIAN:
        return problem
    head, _, where = problem.partition(" (")
    for needle, key in _YAML_PROBLEMS:
        if needle in head:
            said = text(key)
            break
    else:
        said = text("yaml.indent") if "indent" in head else text("yaml.general")
    if where:
        for english, key in _YAML_WHAT.items():
            where = where.replace(english, text(key))
        said += " (" + where
    return said


def number(value: float) -> str:
    """`0.5` with a decimal comma in Norwegian (`0,5`); whole numbers without decimals."""
    shown = f"{value:g}"
    return shown.replace(".", ",") if _state["lang"] in NORWEGIAN else shown


# --- names and lists ----------------------------------------------------------------------------


def scheme_name(sid: str, short: bool = False) -> str:
    return text(("short.scheme." if short else "name.scheme.") + sid)


def condition_name(code: str) -> str:
    """A condition code (`position_too_small`) as people say it; an unknown code stays as it is."""
    key = "name.condition." + code
    return text(key) if key in catalogue(_state["lang"]) else code


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
