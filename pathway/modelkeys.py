"""The keys a pydantic model allows at a place, to suggest the nearest one for a typo."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out: list[type[BaseModel]] = []
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated) or origin is not None:
        for arg in typing.get_args(annotation):
            out.extend(_models_in(arg))
    return out


def keys_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the (first) model found at `loc`, walking fields, lists and unions."""
    current: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        nxt: list[type[BaseModel]] = []
        for m in current:
            field = _fields(m).get(part)
            if field is not None:
                nxt.extend(_models_in(field.annotation))
        if not nxt:
            return []
        current = nxt
    return sorted(_fields(current[0])) if current else []


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """Fields by the key written in the file: the alias where there is one (`from` for `start`)."""
    return {field.alias or name: field for name, field in model.model_fields.items()}
