"""The message catalogue: every key the code uses exists, every sentence formats, no sentence is dead."""

from __future__ import annotations

import ast
import re
import string
from functools import cache
from pathlib import Path

import pytest

from pathway import messages
from pathway.messages.en import EN

PACKAGE = Path(messages.__file__).resolve().parent.parent
KEY = re.compile(r"^[a-z_0-9]+(\.[a-z_0-9]+)+$")
FILE_NAME = re.compile(r"\.(yaml|yml|json|ndjson|jsonl|csv|md|py|txt)$")  # "index.yaml" looks like a key
TEXT_CALL = re.compile(r"""\btext\(\s*(?:"([^"]+)"|'([^']+)')""")
# Prefixes of keys built from ids: text(f"contract.{scheme}") in checks.py, scheme_name(sid) and the
# other name helpers in messages/__init__.py.
DYNAMIC_PREFIXES = (
    "rank.why.",
    "current.kind.",
    "rank.standing.",
    "contract.",
    "name.",
    "short.",
    "standing.",
    "who.",
    "target.",
    "view.group.",
    "view.standing.",
    "help.",
    "report.for.",
    "n.status.",
)
# --help texts (help.<command>, help.<command>.<option>) are shown as they are, never formatted: a
# candidate-file example in them may hold braces ({trade: kokkfaget}).
RAW = re.compile(r"^help\.(?!usage$|arguments$|options$|commands$|default$|required$|options_metavar$)")


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@cache
def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _sources()}


def _literals(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _argument_keys() -> dict[str, str]:
    """Key-like string literals passed as arguments (also inside `a if c else b`), with where they are."""
    found: dict[str, str] = {}
    for path, tree in _trees().items():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            for arg in [*call.args, *(k.value for k in call.keywords)]:
                for value in _literals(arg):
                    if KEY.match(value) and not FILE_NAME.search(value):
                        found.setdefault(value, f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    return found


def _text_call_keys() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in _sources():
        source = path.read_text(encoding="utf-8")
        for match in TEXT_CALL.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            found.setdefault(match.group(1) or match.group(2), f"{path.relative_to(PACKAGE.parent)}:{line}")
    return found


def _code_literals() -> set[str]:
    """Every string literal of the package outside the catalogue itself (`EN = {...}` in messages.py)."""
    out: set[str] = set()
    for tree in _trees().values():
        stack: list[ast.AST] = [tree]
        while stack:
            node = stack.pop()
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(target, ast.Name) and target.id in {"EN", "NB", "NN"}:
                continue
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
            stack.extend(ast.iter_child_nodes(node))
    return out


def test_the_scan_finds_the_keys() -> None:
    used = _text_call_keys()
    assert "view.no_route" in used  # a text("…") call
    assert "offered.unknown" in _argument_keys()  # a key passed to a helper (checks.py)
    assert len(used) > 50


def test_every_key_used_in_the_code_is_in_the_catalogue() -> None:
    used = {**_argument_keys(), **_text_call_keys()}
    missing = {key: where for key, where in sorted(used.items()) if key not in EN and not key.endswith(".")}
    assert not missing, f"keys used in the code but not in EN: {missing}"


@pytest.mark.parametrize("key", sorted(EN))
def test_every_sentence_formats(key: str) -> None:
    if RAW.match(key):
        return
    fields = {name for _, name, _, _ in string.Formatter().parse(EN[key]) if name is not None}
    assert all(name.isidentifier() for name in fields), f"{key}: placeholders must be plain names, not {fields}"
    out = EN[key].format(**dict.fromkeys(fields, "x"))
    assert out and "{" not in out and "}" not in out


def test_no_key_is_unused() -> None:
    literals = _code_literals()
    unused = [key for key in EN if key not in literals and not key.startswith(DYNAMIC_PREFIXES)]
    assert not unused, f"keys in EN that no code uses: {unused}"


def test_the_catalogue_imports_no_other_module_of_pathway() -> None:
    """Keeps import cycles out (models, yamlio and ids import it) and `pathway --help` light."""
    tree = _trees()[PACKAGE / "messages" / "__init__.py"]
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    names = [n.module or "" for n in top if isinstance(n, ast.ImportFrom)] + [
        a.name for n in top if isinstance(n, ast.Import) for a in n.names
    ]
    assert not [n for n in names if n.startswith("pathway") or n in {"pydantic", "yaml", "rich", "typer"}]


@pytest.mark.parametrize("lang", [lang for lang in messages.LANGUAGES if lang != "en"])
def test_every_catalogue_has_every_key_with_the_same_placeholders(lang: str) -> None:
    """Every language in LANGUAGES (bokmål, nynorsk, and any added later) has exactly EN's keys, and each
    sentence has the same placeholders and formats."""
    other = messages.catalogue(lang)
    assert other is not EN
    assert sorted(other) == sorted(EN), {
        f"missing in {lang}": sorted(set(EN) - set(other)),
        f"extra in {lang}": sorted(set(other) - set(EN)),
    }
    for key, english in EN.items():
        if RAW.match(key):
            continue
        fields_en = {name for _, name, _, _ in string.Formatter().parse(english) if name}
        fields_other = {name for _, name, _, _ in string.Formatter().parse(other[key]) if name}
        assert fields_en == fields_other, (key, fields_en, fields_other)
        out = other[key].format(**dict.fromkeys(fields_other, "x"))
        assert "{" not in out and "}" not in out, key


def test_every_catalogue_file_is_a_language() -> None:
    """A catalogue module in pathway/messages/ that LANGUAGES does not name would never be shown."""
    files = {p.stem for p in (PACKAGE / "messages").glob("*.py") if p.stem != "__init__"}
    assert files == set(messages.LANGUAGES)


def test_language_from_the_environment() -> None:
    assert messages.language_from_env({"LANG": "nb_NO.UTF-8"}) == "nb"
    assert messages.language_from_env({"LANG": "nn_NO.UTF-8"}) == "nn"
    assert messages.language_from_env({"LANG": "no_NO.UTF-8"}) == "nb"
    assert messages.language_from_env({"LANG": "en_GB.UTF-8"}) == "en"
    assert messages.language_from_env({"LC_ALL": "no_NO", "LANG": "en_US"}) == "nb"
    assert messages.language_from_env({}) == "en"


# Every kind of value a sentence may be handed from a file people wrote: dates and months that are not
# (month 13, month 00, day 45, 29 February in a common year), numbers that are not numbers, empty and odd text.
BAD_VALUES: list[object] = [
    "2008-13-45", "2008-00-10", "2023-02-29", "0000-01-01", "2025-13", "2025-00", "9999-99", "2008-05-14",
    "2025-06", "45.13.2008", "13.2025", "", " ", "{x}", "[bold]x", "Kokkfaget", "IT-driftsfaget", "æøå",
    float("nan"), float("inf"), -0.0, 1e300, 0.5, -1, 0, 10**30, True, None, [], ["a", "b"], {}, {"a": 1}, b"\xff",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_every_sentence_in_every_language_takes_every_kind_of_bad_value(lang: str) -> None:
    from pathway.messages import catalogue, set_language, text

    set_language(lang)
    failures = []
    for key, sentence in sorted(catalogue(lang).items()):
        if RAW.match(key):
            continue
        fields = {name for _, name, _, _ in string.Formatter().parse(sentence) if name}
        for bad in BAD_VALUES:
            try:
                said = text(key, **dict.fromkeys(fields, bad))
            except Exception as exc:  # noqa: BLE001 - any exception is the failure this test looks for
                failures.append(f"{key} with {bad!r}: {type(exc).__name__}: {exc}")
                continue
            assert isinstance(said, str)
    assert not failures, failures[:20]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_a_date_that_is_not_one_is_shown_as_written_in_norwegian(lang: str) -> None:
    from pathway.messages import day, month, set_language

    set_language(lang)
    assert day("2008-13-45") == "2008-13-45"
    assert day("2023-02-29") == "2023-02-29"
    assert month("2025-00") == "2025-00"
    assert month("2025-12").endswith("2025") and month("2025-12") != "2025-12"


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_plural_forms_come_from_the_catalogue(lang: str) -> None:
    from pathway.messages import PLURAL_RULES, catalogue, plural, set_language

    said = catalogue(lang)
    counted = [key for key in said if key.startswith("n.")]
    assert counted
    for key in counted:
        forms = said[key].split("|")
        fields = [{name for _, name, _, _ in string.Formatter().parse(form) if name} for form in forms]
        assert len(forms) == 2 and fields[0] == fields[1], (lang, key)  # one form for 1, one for more
    assert lang in PLURAL_RULES
    set_language(lang)
    assert plural("n.candidates", 1) == said["n.candidates"].split("|")[0].format(n=1)
    assert plural("n.candidates", 6) == said["n.candidates"].split("|")[1].format(n=6)
    assert plural("n.status.invalid", 5) == {"en": "5 invalid", "nb": "5 ugyldige", "nn": "5 ugyldige"}[lang]


def test_no_sentence_hedges_its_plural() -> None:
    from pathway.messages import catalogue

    for lang in ("en", "nb", "nn"):
        assert not [k for k, v in catalogue(lang).items() if "(s)" in v or "(e)" in v or "(er)" in v], lang
