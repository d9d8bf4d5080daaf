"""States and steps of the route graph."""

from __future__ import annotations

from typing import NamedTuple


class State:
    """Where the person stands at the start of month `t` (months after the planning month).

    Never changed once made. A plain class with slots and its hash taken once: states are made and
    hashed very often, and a frozen dataclass makes them several times slower."""

    __slots__ = ("t", "levels", "missing", "exp", "held", "phase", "via", "_hash")

    def __init__(
        self,
        t: int,
        levels: frozenset[str],  # passed levels of the trade: vg1, vg2, vg3; vg1_sf = Vg1 studiespesialisering
        missing: frozenset[str],  # fellesfag not passed
        exp: int,  # full-time months of relevant work
        held: str | None = None,  # qualification held: praksisbrev, kompetansebevis, fagbrev, svennebrev
        phase: str = "",  # "laerekandidat": inside a lærekandidat contract that may be changed to a lærekontrakt
        via: str = "",  # for a qualification held: the scheme and variant of the step that gave it
    ) -> None:
        self.t = t
        self.levels = levels
        self.missing = missing
        self.exp = exp
        self.held = held
        self.phase = phase
        self.via = via
        self._hash = hash((t, levels, missing, exp, held, phase, via))

    def _fields(self) -> tuple[object, ...]:
        return (self.t, self.levels, self.missing, self.exp, self.held, self.phase, self.via)

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, State):
            return NotImplemented
        return self._hash == other._hash and self._fields() == other._fields()

    def __hash__(self) -> int:
        return self._hash

    def __repr__(self) -> str:
        return "State(" + ", ".join(f"{k}={v!r}" for k, v in zip(self.__slots__, self._fields(), strict=False)) + ")"

    def replaced(self, **changes: object) -> State:
        """A copy with some fields changed."""
        values = dict(zip(self.__slots__, self._fields(), strict=False))
        values.update(changes)
        return State(**values)  # type: ignore[arg-type]

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

    @property
    def end(self) -> int:
        return self.start + self.months - 1


class Edge(NamedTuple):
    steps: tuple[StepSpec, ...]
    target: State
