"""JSON Schema for the candidate file and the rule files (draft-07 compatible, for editors)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from pathway.errors import InputError
from pathway.messages import text


def models() -> dict[str, type[BaseModel]]:
    from pathway.models.candidate import Candidate
    from pathway.models.rules import County, Programme, Scheme, Trade

    return {"candidate": Candidate, "county": County, "trade": Trade, "programme": Programme, "scheme": Scheme}


def schema_text(what: str) -> str:
    found = models().get(what)
    if found is None:
        raise InputError.at("schema", 1, 1, "", text("schema.unknown", what=what, choices=", ".join(models())))
    schema = found.model_json_schema()
    schema["title"] = text("schema.title", what=what)
    if what == "candidate":
        _offer_ids(schema)
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# Where the candidate file names an entity of the rule book: (model in $defs, or "" for the top
# level; property) -> kind. The ids are offered for completion; names and aliases stay valid.
_ID_FIELDS = {
    ("", "county"): "counties",
    ("Goal", "trade"): "trades",
    ("SchoolYear", "programme"): "programmes",
    ("Fellesfag", "missing"): "fellesfag",
    ("Fellesfag", "passed"): "fellesfag",
    ("Work", "trade"): "trades",
    ("Employment", "trade"): "trades",
    ("Qualification", "trade"): "trades",
    ("Current", "trade"): "trades",
    ("Current", "programme"): "programmes",
    ("Event", "trade"): "trades",
}


def _offer_ids(schema: dict[str, Any]) -> None:
    """Put the rule book's ids (counties, trades, programmes, fellesfag) into the candidate schema, so
    that editors complete them; generated from rules/, so it follows the rule book."""
    from pathway.ruleset import RuleBook, find_rules_dir

    rules = RuleBook(find_rules_dir())
    ids = {kind: rules.ids(kind) for kind in ("counties", "trades", "programmes")}
    ids["fellesfag"] = list(rules.subjects().fellesfag)
    for (model, prop), kind in _ID_FIELDS.items():
        node = schema if not model else schema.get("$defs", {}).get(model, {})
        field = node.get("properties", {}).get(prop)
        if field is not None:
            _offer(field, ids[kind])


def _offer(node: dict[str, Any], ids: list[str]) -> None:
    choices = [{"enum": ids}, {"type": "string"}]
    if node.get("type") == "string":
        del node["type"]
        node["anyOf"] = choices
    elif node.get("type") == "array" and isinstance(node.get("items"), dict):
        _offer(node["items"], ids)
    elif isinstance(node.get("anyOf"), list):
        branches: list[Any] = []
        for branch in node["anyOf"]:
            branches.extend(choices if branch == {"type": "string"} else [branch])
        node["anyOf"] = branches
