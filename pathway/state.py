"""States and steps of the route graph."""

from __future__ import annotations

from typing import NamedTuple


class State(NamedTuple):
    """Where the person stands at the start of month `t` (months after the planning month).

    A NamedTuple: states are graph nodes, made and hashed very often, and a tuple is hashed and
    compared without a call into Python."""

    t: int
    levels: frozenset[str]  # passed levels of the trade: vg1, vg2, vg3; vg1_sf = Vg1 studiespesialisering
    missing: frozenset[str]  # fellesfag not passed
    exp: int  # full-time months of relevant work
    held: str | None = None  # qualification held: praksisbrev, kompetansebevis, fagbrev, svennebrev
    phase: str = ""  # "laerekandidat": inside a lærekandidat contract that may be changed to a lærekontrakt
    via: str = ""  # for a qualification held: the scheme and variant of the step that gave it

    def key(self) -> tuple[int, str, str, int, str, str, str]:
        return (
            self.t,
            ",".join(sorted(self.levels)),
            ",".join(sorted(self.missing)),
            self.exp,
            self.held or "",
            self.phase,
            self.via,
        )


class Standing(NamedTuple):
    """Who a step is for (CONTRACT §3): ordinary | alternative | approval | fallback, and why."""

    kind: str
    reason: str
    sources: tuple[str, ...]


class StepSpec(NamedTuple):
    """One step of a route as the graph holds it (a NamedTuple: made many times for every plan, and
    several times cheaper to make than a frozen dataclass)."""

    scheme: str
    kind: str  # school | contract | catchup | work | exam
    title: str
    start: int
    months: int
    school_days: float = 0.0
    in_company: bool = False
    in_school: bool = False
    paid: bool = False
    grant: str = "none"  # bt1 | bt2 | none | unknown
    exams: tuple[str, ...] = ()
    follow_up: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    parallel: bool = False  # runs alongside the step before it (fellesfag one day a week)
    note: str = ""
    variant: str = ""
    standing: Standing | None = None
    # (code, programme, county, nearest county or "", message, sources) for a fact the route carries of
    # its own kind: `vg2_not_offered` (the Vg2 is not taught in the person's county).
    notice: tuple[str, str, str, str, str, tuple[str, ...]] | None = None

    @property
    def end(self) -> int:
        return self.start + self.months - 1


class Edge(NamedTuple):
    steps: tuple[StepSpec, ...]
    target: State
