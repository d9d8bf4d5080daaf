"""Usage errors (an unknown command or option, a value that is not one of the choices, a missing
argument) as one line in the user's language, like every other error of pathway.

The command-line framework raises them in English with a usage block and a framed box; this module
reads the exception's attributes (it never imports the framework) and says the same in one sentence,
with a did-you-mean where a near word exists and where to find help.
"""

from __future__ import annotations

import re
from typing import Any

from pathway.messages import did_you_mean, join, text

_NO_COMMAND = re.compile(r"^No such command '(.*?)'")
_CHOICE = re.compile(r"'((?:[^'\\]|\\.)*)' is not one of (.+?)\.?$")
_LIMIT = re.compile(r"Input should be (greater|less) than(?: or equal to)? (\S+)")
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$")
_NEEDS_VALUE = re.compile(r"^Option '(.+?)' requires (?:an argument|\d+ arguments)")


def _names(command: Any) -> list[str]:
    """Every option name of a command (`--format`, `-o`, …)."""
    out: list[str] = []
    for param in getattr(command, "params", []):
        out += [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]
    return [n for n in out if n.startswith("-")]


def _hint(word: str, choices: list[str]) -> str:
    """Did you mean: the one choice that starts with the word (`age` → `age-band`), else the nearest."""
    starting = [c for c in choices if word and c.lower().startswith(word.lower())]
    return text("hint.did_you_mean", best=starting[0]) if len(starting) == 1 else did_you_mean(word, choices)


def _param_name(exc: Any) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        hint = getattr(exc, "param_hint", None)
        return (hint if isinstance(hint, str) else " / ".join(hint or ())) or "?"
    opts = [o for o in getattr(param, "opts", []) if o.startswith("--")] or list(getattr(param, "opts", []))
    if getattr(param, "param_type_name", "") == "argument" or not opts:
        return str(getattr(param, "metavar", None) or getattr(param, "name", "") or "?").upper()
    return opts[0]


def _input(exc: Any) -> str | None:
    cause = getattr(exc, "__cause__", None)
    errors = getattr(cause, "errors", None)
    if callable(errors):
        try:
            found = errors()
        except Exception:  # noqa: BLE001 - a cause that is not pydantic's: no value to show
            return None
        if found and "input" in found[0]:
            return str(found[0]["input"])
    return None


def usage_line(exc: Any, kind: str) -> str:
    """One line for a usage error. `kind` is the exception's class name (NoSuchOption, BadParameter,
    MissingParameter, …): the caller knows the framework, this module does not."""
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command", None)
    where = getattr(ctx, "command_path", None) or "pathway"
    message = str(getattr(exc, "message", "") or "")
    if kind == "NoSuchOption":
        option = str(getattr(exc, "option_name", "") or message)
        said = text("usage.no_option", option=option, hint=_hint(option, _names(command)))
    elif kind == "MissingParameter":
        said = text("usage.missing", name=_param_name(exc))
    elif kind == "BadParameter":
        said = _bad_value(exc, message)
    elif found := _NO_COMMAND.match(message):
        commands = sorted(getattr(command, "commands", {}) or {})
        said = text("usage.no_command", name=found.group(1), hint=_hint(found.group(1), commands))
    elif message.startswith("Missing command"):
        said = text("usage.missing_command", commands=join(sorted(getattr(command, "commands", {}) or {})))
    elif found := _EXTRA.match(message):
        said = text("usage.extra", args=found.group(1))
    elif found := _NEEDS_VALUE.match(message):
        said = text("usage.needs_value", option=found.group(1))
    else:
        said = text("usage.other", detail=message.rstrip("."))
    return text("usage.line", command=where, said=said, help=f"{where} -h")


def _bad_value(exc: Any, message: str) -> str:
    name = _param_name(exc)
    if found := _CHOICE.search(message):
        value = found.group(1)
        choices = re.findall(r"'((?:[^'\\]|\\.)*)'", found.group(2))
        return text("usage.bad_choice", option=name, value=value, choices=join(choices), hint=_hint(value, choices))
    if found := _LIMIT.search(message):
        key = "usage.at_least" if found.group(1) == "greater" else "usage.at_most"
        return text(key, option=name, value=_input(exc) or "?", limit=found.group(2).rstrip("."))
    if "valid integer" in message:
        return text("usage.not_a_number", option=name, value=_input(exc) or "?")
    return text("usage.bad_value", option=name, detail=message.removeprefix("Value error, ").rstrip("."))
