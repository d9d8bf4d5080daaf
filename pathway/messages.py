"""Every sentence pathway shows to people, in one place (so that a bokmål catalogue can follow).

The core builds messages through these functions; the renderer only lays them out.
"""

from __future__ import annotations

from typing import Any

# --- validation ------------------------------------------------------------------------------


def validation_message(err: dict[str, Any], allowed: list[str]) -> str:
    """One pydantic error as a sentence people can act on (the sentences are in EN, under validation.*)."""
    from pathway.ids import did_you_mean  # local: this module imports no other pathway module at load time

    kind = err["type"]
    given = err.get("input")
    loc = err.get("loc", ())
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        listed = ", ".join(sorted(allowed)) if allowed else ""
        hint = did_you_mean(key, allowed)
        extra = text("validation.allowed", keys=listed) if listed and not hint else ""
        return text("validation.unknown_key", hint=hint) + extra
    if kind == "invalid_key":
        return text("validation.invalid_key", key=given)
    if kind == "missing":
        return text("validation.missing", key=loc[-1]) if loc else text("validation.missing_value")
    if kind in {"string_type", "literal_error", "enum"} and isinstance(given, bool | int | float):
        return text("validation.yaml11", msg=err["msg"].lower())
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type"}:
        return text("validation.date", value=given)
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return text("validation.int", value=given)
    if kind in {"bool_type", "bool_parsing"}:
        return text("validation.bool", value=given)
    if kind in {"model_type", "dict_type"}:
        return text("validation.mapping", type=type(given).__name__, value=given)
    if kind == "list_type":
        return text("validation.list", value=given)
    msg = str(err["msg"]) if "msg" in err else text("validation.invalid")
    if msg.startswith("Value error, "):  # pydantic's prefix for a ValueError raised by a validator
        msg = msg[len("Value error, ") :]
    return msg[0].lower() + msg[1:] if msg else text("validation.invalid")


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
    # reading files (yamlio, ruleset)
    "file.too_big": "file is larger than {limit} bytes; too big to read",
    "file.not_utf8": "not UTF-8 text; save the file as UTF-8",
    "file.missing": "no such file",
    "file.is_folder": "is a folder, not a file",
    "file.unreadable": "cannot read: {reason}",
    "file.empty": "the file is empty",
    "file.not_mapping": "expected a mapping of keys, not a {type}",
    "yaml.duplicate_key": "duplicate key {key!r}",
    "yaml.alias": "aliases (*name) are not allowed in pathway files; write the value out",
    "yaml.invalid": "not valid YAML: {problem}",
    "yaml.unknown_problem": "not valid YAML",
    "yaml.opened_at": " (in the {what} from line {line}, column {column})",
    "yaml.many_documents": "more than one YAML document (---); put one candidate in a file",
    "yaml.control_char": "not valid YAML: character {char} is not allowed; remove it or save the file as plain text",
    "yaml.too_deep": "YAML nested too deeply",
    # pydantic's errors, as sentences (messages.validation_message)
    "validation.unknown_key": "unknown key{hint}",
    "validation.allowed": " (allowed: {keys})",
    "validation.invalid_key": "key {key!r} is not a name; keys are words such as county or goal",
    "validation.missing": "required key {key!r} is missing",
    "validation.missing_value": "required value is missing",
    "validation.yaml11": 'YAML read this as a yes/no or a number; put it in quotes, e.g. "NO" or "03" ({msg})',
    "validation.date": "not a date: {value!r}; write it as YYYY-MM-DD, e.g. 2007-05-14",
    "validation.int": "expected a whole number, got {value!r}",
    "validation.bool": "expected true or false, got {value!r}",
    "validation.mapping": "expected a mapping of keys, got {type} {value!r}",
    "validation.list": "expected a list, got {value!r}",
    "validation.invalid": "invalid value",
    "hint.did_you_mean": "; did you mean {best!r}?",
    # the candidate file (models/candidate.py, candidate.py)
    "candidate.national_id": "looks like a national identity number (11 digits); use a pseudonym such as k-017",
    "candidate.empty_id": "id is empty",
    "candidate.county_type": "expected a county id, name or two-digit number, got {value!r}",
    "candidate.age_range": "age {age} is outside 13-80; check the file",
    "candidate.age_both": "give birth_date or age, not both",
    "candidate.age_none": "give exactly one of birth_date and age",
    "input.stdin_terminal": "reading a candidate from the terminal; pipe a file in: pathway plan - < k-017.yaml",
    "input.empty_candidate": "the file is empty; a candidate needs at least county, goal.trade and age",
    "input.unknown_county": "unknown county {value!r}{hint}",
    "input.unknown_trade": "unknown trade {value!r}{hint}",
    "input.unknown_programme": "unknown programme {value!r}{hint}",
    "input.unknown_fellesfag": "unknown fellesfag {value!r}{hint}",
    "input.yes_no_hint": '; YAML read this as yes/no: put it in quotes, e.g. "NO"',
    "input.programme_level": "{programme!r} is a {level} programme, not {expected}",
    "input.birth_date_age": "gives age {age} on {day}, outside 13-80; check the date",
    # sourced values in the rule files (models/facts.py)
    "fact.no_source": "a value needs a source URL (source: https://…); only `value: unknown` may have none",
    "fact.bad_source": "source must be a URL (https://…) or doc:<id>, not {source!r}",
    "fact.no_checked": "a sourced value needs `checked: YYYY-MM-DD`, the day the source was read",
    "fact.date_order": "valid_from is after valid_to",
    # the rule book (ruleset.py, rulecheck.py)
    "rules.not_a_rule_book": "not a rule book: no index.yaml in this folder",
    "rules.not_found": "no rule book found; pass --rules DIR",
    "rules.no_folder_index": "missing: every folder has an index.yaml with a description",
    "rules.file_name": "file name must be a lower-case ASCII id, e.g. {id}.yaml",
    "rules.unknown_document": "unknown document {source!r}; list it under documents: in rules/index.yaml",
    "rules.checked_future": "checked date {day} is in the future",
    "rules.no_programme": "no programme {programme!r} in rules/programmes{hint}",
    "rules.unknown_programme": "no programme {programme!r}{hint}",
    "rules.programme_level": "{programme!r} is a {level} programme, not {expected}",
    "rules.duplicate_number": "number {number} is also {county}'s",
    "rules.no_trade": "no trade {trade!r} in rules/trades{hint}",
    "rules.county_count": "expected the {expected} counties, found {found}",
    "rules.no_scheme_file": "missing scheme file",
    "rules.unknown_scheme": "the planner has no logic for scheme {scheme!r}; schemes are {schemes}",
    "rules.unknown_condition": "unknown condition code {code!r}{hint}",
    "rules.condition_missing": "condition {code!r} is checked by the planner but has no entry (text and source)",
    "rules.param_missing": "parameter {name!r} is missing",
    "rules.no_scheme": "no scheme {scheme!r}{hint}",
    "rules.no_entity": "no scheme, county, trade or programme {entity!r}{hint}",
    # `pathway schema`
    "schema.unknown": "unknown schema {what!r}; choose one of {choices}",
    "schema.title": "pathway {what} file",
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
    "view.summary": "{rows} candidates: {status}; best route: {best}",
    "view.progress": "planning",
    # many candidates
    "batch.no_candidates": "no candidate files (*.yaml, *.yml, *.json, *.ndjson) in this folder",
    "batch.empty": "no candidates in the input",
    "batch.symlink_loop": "symbolic link loop: this folder was already read",
    "batch.csv_columns": "CSV is missing the required column(s) {missing}; the columns are {allowed}",
    "batch.csv_unknown_column": "unknown CSV column; the columns are {allowed}",
    "candidate.empty": "the candidate is empty; a candidate needs at least county, goal.trade and age",
    "barriers.title": "System barriers in the cohort",
    "barriers.intro": "{candidates} candidates ({invalid} invalid, {no_route} without a route). For each county "
    "rule: how many candidates it excludes from a scheme, and how many would get a better route if it were "
    "lifted (re-planned without it).",
    "barriers.exclusions": "Exclusions by scheme, reason and {by}",
    "barriers.group": "{by}",
    "barriers.sources": "Sources of the rules:",
}


def text(key: str, /, **values: object) -> str:
    return EN[key].format(**values)
