"""Every sentence pathway shows to people, in one place (so that a bokmål catalogue can follow).

The core builds messages through these functions; the renderer only lays them out.
"""

from __future__ import annotations

from typing import Any

from pathway.ids import did_you_mean

# --- validation ------------------------------------------------------------------------------

_YAML11_HINT = 'YAML read this as a yes/no or a number; put it in quotes, e.g. "NO" or "03"'


def validation_message(err: dict[str, Any], allowed: list[str]) -> str:
    kind = err["type"]
    given = err.get("input")
    loc = err.get("loc", ())
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        listed = ", ".join(sorted(allowed)) if allowed else ""
        hint = did_you_mean(key, allowed)
        return f"unknown key{hint}" + (f" (allowed: {listed})" if listed and not hint else "")
    if kind == "invalid_key":
        return f"key {given!r} is not a name; keys are words such as county or goal"
    if kind == "missing":
        return f"required key {loc[-1]!r} is missing" if loc else "required value is missing"
    if kind in {"string_type", "literal_error", "enum"} and isinstance(given, bool | int | float):
        return f"{_YAML11_HINT} ({err['msg'].lower()})"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return f"not a date: {given!r}; write it as YYYY-MM-DD, e.g. 2007-05-14"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"expected a whole number, got {given!r}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"expected true or false, got {given!r}"
    if kind in {"model_type", "dict_type"}:
        return f"expected a mapping of keys, got {type(given).__name__} {given!r}"
    if kind == "list_type":
        return f"expected a list, got {given!r}"
    msg = str(err.get("msg", "invalid value"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg[0].lower() + msg[1:] if msg else "invalid value"


# --- planning texts --------------------------------------------------------------------------

SCHEME_NAMES = {
    "laerling": "lærling (apprenticeship)",
    "vg3_skole": "Vg3 i skole (Vg3 in school)",
    "laerekandidat": "lærekandidat (training candidate)",
    "praksisbrev": "praksisbrev (practice certificate)",
    "fagbrev_paa_jobb": "fagbrev på jobb (trade certificate on the job)",
    "mfy": "MFY (modular training for adults)",
    "praksiskandidat": "praksiskandidat (experience-based candidate)",
    "skole": "school (Vg1/Vg2)",
    "fellesfag": "fellesfag catch-up",
}

QUALIFICATION_NAMES = {
    "fagbrev": "fagbrev",
    "svennebrev": "svennebrev",
    "kompetansebevis": "kompetansebevis",
    "praksisbrev": "praksisbrev",
}

FOLLOW_UP_NAMES = {
    "school": "school",
    "ot": "OT (follow-up service)",
    "nav": "Nav",
    "training_office": "training office",
    "company": "company",
    "county": "county",
}

GRANT_NAMES = {"bt1": "basistilskudd 1", "bt2": "basistilskudd 2", "none": "none", "unknown": "unknown"}


def confirm_with(county: str) -> str:
    return f"confirm with {county}"


def join(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


# --- the catalogue ---------------------------------------------------------------------------
# Every sentence of a plan, keyed; `text(key, **values)` fills it in. A translation supplies the same
# keys (tests/test_messages.py checks that every key used in the code exists here).

EN: dict[str, str] = {
    # reasons and warnings from the conditions of the schemes
    "offered.unknown": "whether {county} offers {what} is not known: confirm with {county}",
    "offered.no": "{what} is not offered in {county}",
    "trade_listed.unknown": "which trades {county} runs as {what} is not known: confirm {trade} with {county}",
    "trade_listed.no": "{county} does not run {trade} as {what}",
    "grunnskole.no": "{name} needs completed grunnskole; {person} has not completed it",
    "place.unknown": "needs a company that signs the {contract}; none is known yet",
    "place.no": "needs a company that signs the {contract}; no company has offered one yet",
    "levels.no": "{name} needs {need} of {trade} passed; {person} has {have}",
    "levels.none": "none",
    "early.unknown": "a lærekontrakt right after grunnskole or Vg1 needs {county}'s approval of the model: "
    "confirm with {county}",
    "early.no": "{county} does not approve contracts right after grunnskole or Vg1",
    "vg3_in_school.no": "{trade} already has Vg3 in school ({model})",
    "vg3_place.no": "Vg3 i skole is for those who get no læreplass; a company has offered {person} a contract",
    "vg3_place.unknown": "Vg3 i skole is offered only if no apprenticeship place is found",
    "completed_vg2.no": "praksisbrev is for those who have not passed the school years of the trade ({levels}); "
    "{person} has passed them and can go to a lærekontrakt",
    "fpj.no_job": "fagbrev på jobb needs a job in {trade}; {person} {where}",
    "fpj.employed_in": "is employed in {other}",
    "fpj.jobless": "has no job",
    "fpj.position.unknown": "{county}'s minimum position size is not known: confirm with {county}",
    "fpj.position.no": "fagbrev på jobb in {county} needs a position of at least {need} %; {person} has {have} %",
    "fpj.experience.no": "fagbrev på jobb needs {need} months of relevant work; {person} has {have}",
    "fpj.experience.unknown": "{county}'s minimum experience is not known (12 months nationally): "
    "confirm with {county}",
    "fpj.redirect.unknown": "whether {county} sends experienced workers to praksiskandidat instead is not known: "
    "confirm with {county}",
    "fpj.redirect.no": "{county} sends people with more than {limit} months of practice to praksiskandidat; "
    "{person} has {have}",
    "fpj.age.unknown": "{county}'s age rule for fagbrev på jobb is not known: confirm with {county}",
    "fpj.age.min": "fagbrev på jobb in {county} is for adults from {age}{exceptions}; {person} is {have}",
    "fpj.age.exceptions": " (younger only in special cases)",
    "fpj.age.year": "fagbrev på jobb in {county} starts from the year the person turns {age}; {person} turns {have} "
    "in {year}",
    "mfy.curriculum.unknown": "whether {trade} has a modular læreplan is not known: confirm with {county}",
    "mfy.curriculum.no": "{trade} has no modular (MFY) læreplan",
    "mfy.too_young": "MFY is open from the school year the person turns {age}; {person} turns {have} in the school "
    "year from {start}",
    "praksiskandidat.no": "praksiskandidat needs {need} months of allsidig practice in {trade}; {person} has {have} "
    "and no job in the trade to add more",
    "what.laerekandidat": "lærekandidat",
    "what.praksisbrev": "praksisbrev",
    "what.fpj": "fagbrev på jobb",
    "what.mfy": "modular training (MFY)",
    "what.mfy_trades": "modular training",
    "contract.laerling": "lærekontrakt",
    "contract.laerekandidat": "opplæringskontrakt",
    "contract.praksisbrev": "praksisbrev contract",
    # step titles and notes
    "step.school": "{level} {programme}",
    "step.school.opphenting": "{level} {programme} with yrkesfaglig opphenting",
    "step.laerling": "Lærling in {trade} ({model})",
    "step.laerling.early": "Lærling in {trade} right after {after} ({model}, fellesfag and theory in the læretid)",
    "step.laerling.upgrade": "Lærling in {trade} (lærekandidat contract changed to a lærekontrakt)",
    "step.laerling.after_praksisbrev": "Lærling in {trade} after the praksisbrev (same company)",
    "step.after.grunnskole": "grunnskole",
    "step.after.vg1": "Vg1",
    "step.vg3_skole": "Vg3 i skole in {trade} (about 80 % in a work placement)",
    "step.laerekandidat": "Lærekandidat in {trade} (opplæringskontrakt)",
    "step.laerekandidat.first": "Lærekandidat in {trade}, first year",
    "step.praksisbrev": "Praksisbrev in {trade} (4 days company, 1 day school)",
    "step.fpj": "Fagbrev på jobb in {trade}",
    "step.fpj.wait": "Keep working in {trade} until fagbrev på jobb is open",
    "step.praksiskandidat.wait": "Keep working in {trade} until {months} months of practice",
    "step.praksiskandidat": "Praksiskandidat in {trade}: register, written Vg3 exam, {prove}",
    "step.mfy": "Modular training (MFY) in {trade}",
    "step.fellesfag": "{subjects} {how}",
    "step.fellesfag.school_day": "at school one day a week during the læretid",
    "step.fellesfag.school_day_extended": "at school one day a week during the læretid (læretid extended)",
    "step.fellesfag.vg3": "at school during Vg3",
    "step.fellesfag.praksisbrev": "at school one day a week",
    "note.privatist": "or take them as privatist (exams in May-June and November-December; register by 1 February "
    "or 15 September) and keep the ordinary læretid",
    "note.fpj": "A realkompetansevurdering may shorten the contract (at least 12 months).",
    "note.praksiskandidat": "The candidate registers with the county and pays the prøveavgift; documented practice "
    "must cover the Vg3 læreplan.",
    "exam.vg3": "written Vg3 exam",
    "exam.fagprove": "fagprøve",
    "exam.svenneprove": "svenneprøve",
    "exam.kompetanseprove": "kompetanseprøve",
    "exam.praksisbrevprove": "praksisbrevprøve",
    "exam.modules": "module assessments",
    "exam.fellesfag": "{subject} (fellesfag)",
    "warn.bt2_unknown": "the age from which {county} pays basistilskudd 2 is not known: confirm with {county}",
    "warn.upgrade": "changing the opplæringskontrakt to a lærekontrakt needs {county}'s consent, and the lærekandidat "
    "time is credited after an individual assessment",
    "warn.praksisbrev_credit": "{county} assesses how much of the praksisbrev time counts toward the læretid "
    "(0-24 months); pathway plans {months}",
    "warn.praksisbrev_adult": "young people with the right to upper-secondary training are prioritised for praksisbrev",
    "warn.mfy_length": "MFY has no fixed length: {county} sets it after a realkompetansevurdering; planned here as "
    "the rest of the trade's løp less school years and practice ({months} months)",
    "warn.fpj_exceptions": "{county} accepts younger candidates for fagbrev på jobb in special cases: an earlier "
    "start may be possible",
    "warn.age_estimated": "age given without a birth date: ages at later steps are estimates",
    "reason.ranked_lower": "{name} is possible but ranks below the {top} routes shown; ask for more with --top",
    "reason.no_route": "no route through {name} ends within the planning horizon",
    # the terminal view
    "view.years": "{age} years",
    "view.age_given": "{age} (age given)",
    "view.goal": "goal {trade} ({qualification})",
    "view.school": "school: {years}",
    "view.school.none": "school: none after grunnskole",
    "view.missing": "missing: {subjects}",
    "view.experience": "{months} months relevant work",
    "view.employed": "employed: {job}",
    "view.place": "apprenticeship place: {answer}",
    "view.yes": "yes",
    "view.no": "no",
    "view.unknown": "unknown",
    "view.planned": "planned {as_of} with rules {version}",
    "view.no_route": "No route to a final qualification was found.",
    "view.route": "{qualification} in {months} months",
    "view.route_tail": " ({finish}, age {age}) via {schemes}",
    "view.columns": "start|end|months|age|school d/wk|step|timeline",
    "view.facts": "school {school} months · company {company} months · paid {paid} months · company grant: {grants}",
    "view.exams": "exams: {exams}",
    "view.followed": "followed up by: {who}",
    "view.waiting": "waiting {start} to {end} ({months} months): followed up by {who}",
    "view.none": "none",
    "view.not_passed": "(not passed)",
    "view.excluded": "Not in any route:",
    "view.county_decides": "The county decides: confirm every route with the county before it is promised.",
}


def text(key: str, **values: object) -> str:
    return EN[key].format(**values)
