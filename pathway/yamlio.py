"""The one place that knows YAML text: 1.2-style scalars, no duplicate keys, no aliases, and marks.

PyYAML implements YAML 1.1, where `NO` is false, `0301` is octal and `2024-08-01` is a date. The
loader below keeps all of those as strings (only true/false are booleans, only plain decimal digits
are integers), rejects duplicate keys and aliases (an alias bomb cannot expand), and keeps the node
tree so that every error can name its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from pathway.errors import InputError, Problem
from pathway.messages import text, validation_message

_YAML11 = {f"tag:yaml.org,2002:{t}" for t in ("bool", "int", "float", "timestamp")}
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 2_000_000  # a candidate or rule file is a few kilobytes; refuse anything absurd


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """YAML 1.2-style scalars, no duplicate keys (aliases are refused after composing)."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in pairs if tag not in _YAML11]
    for ch, pairs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)
_Loader.add_constructor("tag:yaml.org,2002:int", lambda ld, n: int(ld.construct_scalar(n), 10))
_Loader.add_constructor("tag:yaml.org,2002:float", lambda ld, n: float(ld.construct_scalar(n)))


def _mapping_no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, text("yaml.duplicate_key", key=key.value), key.start_mark
                )
            seen.add(key.value)
    return loader.construct_mapping(node, deep=True)


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping_no_duplicates)


def _refuse_aliases(root: yaml.Node) -> None:
    """An alias makes one node appear twice in the tree; refuse it (no alias bombs, no surprises)."""
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(None, None, text("yaml.alias"), node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


class Document:
    """Parsed YAML: the data and the node tree, to place errors at a line and column."""

    def __init__(self, path: str, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self.root = root

    def mark(self, loc: Sequence[int | str]) -> tuple[int, int]:
        """1-based (line, column) of the node at `loc`, or of its nearest existing parent."""
        node = self.root
        if node is None:
            return 1, 1
        for part in loc:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                child = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                child = node.value[part]
            if child is not None:
                node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def key_mark(self, loc: Sequence[int | str]) -> tuple[int, int]:
        """Like `mark`, but points at the key of the last part (for unknown-key errors)."""
        if not loc:
            return self.mark(loc)
        parent = self.root
        for part in loc[:-1]:
            if isinstance(parent, yaml.MappingNode) and isinstance(part, str):
                parent = next((v for k, v in parent.value if getattr(k, "value", None) == part), parent)
            elif isinstance(parent, yaml.SequenceNode) and isinstance(part, int) and part < len(parent.value):
                parent = parent.value[part]
        last = loc[-1]
        if isinstance(parent, yaml.MappingNode):
            for k, _ in parent.value:
                if getattr(k, "value", None) in (last, str(last)):
                    return k.start_mark.line + 1, k.start_mark.column + 1
        return self.mark(loc)


def decode(raw: bytes, path: str) -> str:
    """Bytes to text, or one clear error: too big, not UTF-8."""
    if len(raw) > MAX_BYTES:
        raise InputError.at(path, 1, 1, "", text("file.too_big", limit=MAX_BYTES))
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError.at(path, line, col, "", text("file.not_utf8")) from None
    return decoded


def parse(source: str, path: str) -> Document:
    """Parse one YAML (or JSON) document. Errors name the place: `path:line:col`."""
    loader = _Loader(source)
    try:
        root = loader.get_single_node()
        if root is not None:
            _refuse_aliases(root)
        data = None if root is None else loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = (exc.problem or exc.context or text("yaml.unknown_problem")).strip()
        start = exc.context_mark
        if exc.problem and exc.context and exc.context.startswith("while ") and start and start.line + 1 != line:
            # An unclosed [ { or quote is found at the end; say where it was opened.
            what = exc.context.split(" ", 3)[-1]  # "while parsing a flow sequence" -> "flow sequence"
            problem += text("yaml.opened_at", what=what, line=start.line + 1, column=start.column + 1)
        if "expected a single document" in str(exc):
            problem = text("yaml.many_documents")
        problem = " ".join(problem.split())  # one line, whatever the parser wrote
        raise InputError([Problem(path, line, col, "", text("yaml.invalid", problem=problem))]) from None
    except yaml.reader.ReaderError as exc:  # a control character; libyaml counts bytes, PyYAML characters
        before = (
            source[: exc.position]
            if _BaseLoader is yaml.SafeLoader
            else source.encode("utf-8")[: exc.position].decode("utf-8", "ignore")
        )
        line, col = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        char = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise InputError.at(path, line, col, "", text("yaml.control_char", char=char)) from None
    except yaml.YAMLError as exc:
        raise InputError.at(path, 1, 1, "", text("yaml.invalid", problem=exc)) from None
    except RecursionError:
        raise InputError.at(path, 1, 1, "", text("yaml.too_deep")) from None
    finally:
        loader.dispose()
    return Document(path, data, root)


def load_file(path: str) -> Document:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError.at(path, 1, 1, "", text("file.missing")) from None
    except IsADirectoryError:
        raise InputError.at(path, 1, 1, "", text("file.is_folder")) from None
    except OSError as exc:
        raise InputError.at(path, 1, 1, "", text("file.unreadable", reason=exc.strerror)) from None
    return parse(decode(raw, path), path)


def problems_from_validation(
    doc: Document, errors: list[dict[str, Any]], allowed_keys: dict[tuple[str | int, ...], list[str]] | None = None
) -> list[Problem]:
    """Turn pydantic's errors into `path:line:col: field: message` problems people can act on."""
    from pathway.ids import nearest

    keys = allowed_keys or {}
    # A misspelt required key gives two errors (unknown `cuonty`, missing `county`); keep only the first.
    suggested = {
        (tuple(e["loc"][:-1]), nearest(str(e["loc"][-1]), keys.get(tuple(e["loc"][:-1]), [])))
        for e in errors
        if e["type"] == "extra_forbidden" and e["loc"]
    }
    out: list[Problem] = []
    for err in errors:
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        if err["type"] == "missing" and loc and (loc[:-1], loc[-1]) in suggested:
            continue
        if not loc and isinstance((err.get("ctx") or {}).get("field"), str):  # a model rule names its key
            loc = (err["ctx"]["field"],)
        field = dotted(loc[:-1]) if err["type"] == "invalid_key" else dotted(loc)
        if err["type"] in {"extra_forbidden", "invalid_key"}:
            line, col = doc.key_mark(loc)
        elif err["type"] == "missing":
            line, col = doc.mark(loc[:-1])
        else:
            line, col = doc.mark(loc)
        siblings = keys.get(loc[:-1], [])
        out.append(Problem(doc.path, line, col, field, validation_message(err, siblings)))
    return out


def dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
