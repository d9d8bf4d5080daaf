"""docs/ranking.md, made from the rule book the planner reads (rules/ranking.yaml and each scheme's
target group): `python -m pathway.render.ranking_doc > docs/ranking.md`. A test keeps the two in step."""

from __future__ import annotations

import sys

from pathway.models.rules import TargetGroup
from pathway.ruleset import SCHEME_IDS, RuleBook, find_rules_dir

WHO = ("young", "young_adult", "adult", "special_needs")
WHO_NAMES = {
    "young": "young (before the school year of 19)",
    "young_adult": "young adult (19-24)",
    "adult": "adult (25+)",
    "special_needs": "special needs",
}


def _flat(said: str) -> str:
    return " ".join(said.split())


def _sources(source: str | None, also: list[str], checked: object) -> str:
    if source is None:
        return "this rule book's own policy (no legal source)"
    links = ", ".join(f"<{s}>" for s in [source, *also])
    return f"{links} (checked {checked})"


def ranking_doc(book: RuleBook) -> str:
    policy = book.ranking()
    out = [
        "# How pathway ranks routes",
        "",
        "<!-- Made from rules/ranking.yaml and the target groups of rules/schemes/*.yaml and rules/school.yaml",
        "     by `python -m pathway.render.ranking_doc > docs/ranking.md`; do not edit by hand. -->",
        "",
        _flat(policy.text),
        "",
        "Two routes are compared on the first criterion below; only where they are equal there does the",
        "next one decide. Every route in a plan names the criterion that put it where it stands:",
        "`rank_basis` (the criterion's key) and `rank_reason` (one line) in JSON, the `place:` line of",
        '`pathway plan --verbose`, and the row "why this place" of `pathway compare`. To change the order,',
        "change rules/ranking.yaml: move a criterion, or change its settings.",
        "",
    ]
    for n, c in enumerate(policy.criteria, 1):
        out += [f"## {n}. `{c.key}`", "", _flat(c.says), "", f"*Why:* {_flat(c.why)}", ""]
        if c.key == "in_hand":
            out += [
                f"- A company's offer is used by a route whose first step is a contract of: "
                f"{', '.join(c.offer_schemes)} (in this order of preference), starting within "
                f"{c.offer_starts_within_months} month(s); so must a route that needs nothing new.",
                f"- A job in the trade is used by a route whose first step is: {', '.join(c.job_schemes)}"
                f", reaching the qualification within {c.job_months_at_most} months.",
                f"- A route needs nothing new when its first step is: {', '.join(c.ready_kinds)}.",
                "",
            ]
        if c.key == "standing":
            out += [
                f"- Order: {' > '.join(c.order)}; of two routes with the same standing, fewer steps that are",
                "  not ordinary for the person first.",
                "",
            ]
        conf = " Confidence: low." if c.confidence == "low" else ""
        out += [f"*Source:* {_sources(c.source, c.also, c.checked)}.{conf}", ""]
    out += [
        "## Who each scheme is made for",
        "",
        "The standing a scheme's steps have for each kind of person (`target_group` in each rule file).",
        "",
        "| scheme | " + " | ".join(WHO_NAMES[w] for w in WHO) + " | source |",
        "|---|" + "---|" * len(WHO) + "---|",
    ]
    groups: list[tuple[str, TargetGroup]] = [("Vg1/Vg2 in school (school.yaml)", book.school().youth_school_years)]
    groups += [(sid, book.scheme(sid).target_group) for sid in SCHEME_IDS]
    for name, tg in groups:
        cells = [tg.standing.get(w, "(by age)") for w in WHO]  # type: ignore[call-overload]
        out.append(f"| {name} | " + " | ".join(cells) + f" | <{tg.source}> |")
    out.append("")
    return "\n".join(out)


def main() -> None:
    sys.stdout.write(ranking_doc(RuleBook(find_rules_dir())))


if __name__ == "__main__":
    main()
