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
_MAX_DIGITS = 100  # no field takes a longer number; Python refuses to convert over 4,300 digits


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    digits = str(loader.construct_scalar(node))
    if len(digits) > _MAX_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, text("yaml.big_number", digits=len(digits.lstrip("+-"))), node.start_mark
        )
    return int(digits, 10)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
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


_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


def _refuse_aliases(root: yaml.Node, loader: _Loader | None = None) -> None:
    """Refuse what makes a file mean more than it shows: an alias (one node twice in the tree: no
    alias bombs), a merge key `<<`, and an explicit tag (`!!float 18`, `!!binary …`)."""
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.composer.ComposerError(None, None, text("yaml.alias"), node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            expected = _MAP
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            expected = _SEQ
            stack.extend(node.value)
        elif loader is not None:
            plain = getattr(node, "style", None) in (None, "")
            expected = loader.resolve(yaml.ScalarNode, node.value, (plain, not plain))
        else:
            continue
        if node.tag == "tag:yaml.org,2002:merge":
            raise yaml.composer.ComposerError(None, None, text("yaml.merge_key"), node.start_mark)
        if loader is not None and node.tag != expected:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise yaml.composer.ComposerError(None, None, text("yaml.tag", tag=tag), node.start_mark)


# JSON writes a character outside the BMP as two escapes (Python's json.dumps of an emoji); YAML
# wants one. Joined before parsing (a column after one on the same line moves by two).
_SURROGATES = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _join_surrogates(source: str) -> str:
    if "\\u" not in source:
        return source

    def join(m: re.Match[str]) -> str:
        high, low = int(m[2], 16), int(m[3], 16)
        return f"{m[1]}\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"

    return _SURROGATES.sub(join, source)


class Document:
    """Parsed YAML: the data and the node tree, to place errors at a line and column."""

    def __init__(self, path: str, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self.root = root
        self._index: dict[int, dict[str, int]] = {}

    def _child(self, node: yaml.Node, part: int | str) -> yaml.Node | None:
        """The value node at key `part` of a mapping (indexed once per mapping: linear in the file)."""
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            at = self._keys(node).get(part)
            return None if at is None else node.value[at][1]
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            child: yaml.Node = node.value[part]
            return child
        return None

    def _keys(self, node: yaml.MappingNode) -> dict[str, int]:
        """Key text -> position in the mapping (built once per mapping: lookups stay linear in the file)."""
        index = self._index.get(id(node))
        if index is None:
            index = {}
            for i, (k, _) in enumerate(node.value):
                index.setdefault(str(getattr(k, "value", "")), i)
            self._index[id(node)] = index
        return index

    def mark(self, loc: Sequence[int | str]) -> tuple[int, int]:
        """1-based (line, column) of the node at `loc`, or of its nearest existing parent."""
        node = self.root
        if node is None:
            return 1, 1
        for part in loc:
            child = self._child(node, part)
            if child is not None:
                node = child
        return node.start_mark.line + 1, node.start_mark.column + 1

    def _parent(self, loc: Sequence[int | str]) -> yaml.Node | None:
        parent = self.root
        for part in loc[:-1]:
            if parent is None:
                return None
            parent = self._child(parent, part) or parent
        return parent

    def key_mark(self, loc: Sequence[int | str]) -> tuple[int, int]:
        """Like `mark`, but points at the key of the last part (for unknown-key errors)."""
        if not loc:
            return self.mark(loc)
        parent = self._parent(loc)
        if isinstance(parent, yaml.MappingNode):
            at = self._keys(parent).get(str(loc[-1]))
            if at is not None:
                key = parent.value[at][0]
                return key.start_mark.line + 1, key.start_mark.column + 1
        return self.mark(loc)

    def flow_comma(self, loc: Sequence[int | str]) -> str | None:
        """For an unknown key written without a value inside `{…}` (`{trade: Salg, service og reiseliv}`):
        the quoted value the writer probably meant, else None."""
        parent = self._parent(loc)
        if not (loc and isinstance(parent, yaml.MappingNode) and parent.flow_style):
            return None
        i = self._keys(parent).get(str(loc[-1]))
        if not i:  # not found, or the first key: no value before it that a comma could have cut
            return None
        (k, v), (prev_key, before) = parent.value[i], parent.value[i - 1]
        empty = isinstance(v, yaml.ScalarNode) and v.value == "" and v.style in (None, "")
        if empty and isinstance(before, yaml.ScalarNode) and before.value:
            return f'{prev_key.value}: "{before.value}, {k.value}"'
        return None


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
    loader = _Loader(_join_surrogates(source))
    try:
        root = loader.get_single_node()
        if root is not None:
            _refuse_aliases(root, loader)
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
        elif "\t" in _indent_of(source, line):
            problem = text("yaml.tab")
            col = 1
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


def _indent_of(source: str, line: int) -> str:
    """The leading blanks of 1-based `line` (a tab there is the likely cause of a syntax error)."""
    lines = source.split("\n", line)
    text_line = lines[line - 1] if 0 < line <= len(lines) else ""
    return text_line[: len(text_line) - len(text_line.lstrip(" \t"))]


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


_HINTED_KEYS = 50


def problems_from_validation(
    doc: Document, errors: list[dict[str, Any]], allowed_keys: dict[tuple[str | int, ...], list[str]] | None = None
) -> list[Problem]:
    """Turn pydantic's errors into `path:line:col: field: message` problems people can act on."""
    from pathway.ids import nearest

    keys = allowed_keys or {}
    # Hints ("did you mean") for the first unknown keys only: a file with thousands of unknown keys
    # holds no typos worth a suggestion, and a suggestion costs a fuzzy match per key.
    hinted = [e for e in errors if e["type"] == "extra_forbidden" and e["loc"]][:_HINTED_KEYS]
    # A misspelt required key gives two errors (unknown `cuonty`, missing `county`); keep only the first.
    suggested = {(tuple(e["loc"][:-1]), nearest(str(e["loc"][-1]), keys.get(tuple(e["loc"][:-1]), []))) for e in hinted}
    hinted_ids = {id(e) for e in hinted}
    out: list[Problem] = []
    for err in _one_union_member(errors):
        ctx = err.get("ctx") or {}
        # pydantic's own parts of a place are no key of the file: `[key]` (a mapping's key was wrong),
        # union members (`function-after[…]`, `Dated[…]`, `list[…]`), which `dotted` and `mark` skip
        on_key = "[key]" in err["loc"]
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)) and p != "[key]")
        if err["type"] == "missing" and loc and (loc[:-1], loc[-1]) in suggested:
            continue
        if isinstance(ctx.get("field"), str):  # a model rule names its key
            loc = (*loc, ctx["field"])
        dated = err["type"] == "dated_value" and isinstance(ctx.get("at"), list)
        if dated:  # a fact's value of the wrong type: the place inside the value, the sentence as made there
            loc = (*loc, *ctx["at"])
        field = dotted(loc[:-1]) if err["type"] == "invalid_key" else dotted(loc)
        if (
            on_key
            or err["type"] in {"extra_forbidden", "invalid_key"}
            or (dated and ctx.get("key") == "extra_forbidden")
        ):
            line, col = doc.key_mark(loc)
        elif err["type"] == "missing":
            line, col = doc.mark(loc[:-1])
        else:
            line, col = doc.mark(loc)
        unhinted = err["type"] == "extra_forbidden" and id(err) not in hinted_ids
        siblings = [] if unhinted else keys.get(loc[:-1], [])
        example = doc.flow_comma(loc) if err["type"] == "extra_forbidden" else None
        if example is not None:
            message = text("yaml.flow_comma", key=loc[-1], example=example)
        elif dated:
            message = str(ctx["message"])
        else:
            message = validation_message(err, siblings)
        out.append(Problem(doc.path, line, col, field, message))
    return out


def _one_union_member(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A value that may be one fact or a list of facts: a mapping with a bad field is reported for that
    field, not also as "expected a list"."""
    places = [tuple(p for p in e["loc"] if not (isinstance(p, str) and _UNION_TAG.match(p))) for e in errors]
    return [
        e
        for e, at in zip(errors, places, strict=True)
        if not (
            e["type"] == "list_type"
            and isinstance(e.get("input"), dict)
            and any(len(other) > len(at) and other[: len(at)] == at for other in places)
        )
    ]


_UNION_TAG = re.compile(r"^[\w-]+\[.*\]$")  # pydantic names a union member `function-after[_sourced(), Fact]`


def dotted(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, str) and _UNION_TAG.match(part):
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
