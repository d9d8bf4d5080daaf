"""JSON Schema for the candidate file and the rule files (draft-07 compatible, for editors)."""

from __future__ import annotations

import json

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
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
