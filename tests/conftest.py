"""A stable environment for CLI tests: no colours, no forced terminal, a fixed width."""

import os
import tempfile

os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"
os.environ["NO_COLOR"] = "1"
os.environ["TERMINAL_WIDTH"] = "100"
os.environ["COLUMNS"] = "100"
os.environ.pop("FORCE_COLOR", None)
os.environ.pop("PATHWAY_RULES", None)
os.environ["PATHWAY_CACHE_DIR"] = tempfile.mkdtemp(prefix="pathway-test-cache-")  # never the user's cache

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-26"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def rules():
    from pathway.ruleset import RuleBook

    return RuleBook(ROOT / "rules")


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A command run with --lang nb or nn leaves its language set in this process: start each test in English."""
    from pathway.messages import set_language

    set_language("en")
    yield
    set_language("en")
