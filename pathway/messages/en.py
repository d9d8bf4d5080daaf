"""The English catalogue: every sentence pathway shows, keyed. Norwegian terms stay Norwegian."""

EN: dict[str, str] = {
    # names of things (Norwegian terms stay Norwegian, with an English gloss)
    "name.scheme.laerling": "lærling (apprenticeship)",
    "name.scheme.vg3_skole": "Vg3 i skole (Vg3 in school)",
    "name.scheme.laerekandidat": "lærekandidat (training candidate)",
    "name.scheme.praksisbrev": "praksisbrev (practice certificate)",
    "name.scheme.fagbrev_paa_jobb": "fagbrev på jobb (trade certificate on the job)",
    "name.scheme.mfy": "MFY (modular training for adults)",
    "name.scheme.praksiskandidat": "praksiskandidat (experience-based candidate)",
    "name.scheme.skole": "school (Vg1/Vg2)",
    "name.scheme.fellesfag": "fellesfag catch-up",
    "short.scheme.laerling": "lærling",
    "short.scheme.vg3_skole": "Vg3 i skole",
    "short.scheme.laerekandidat": "lærekandidat",
    "short.scheme.praksisbrev": "praksisbrev",
    "short.scheme.fagbrev_paa_jobb": "fagbrev på jobb",
    "short.scheme.mfy": "MFY",
    "short.scheme.praksiskandidat": "praksiskandidat",
    "short.scheme.skole": "school",
    "short.scheme.fellesfag": "fellesfag catch-up",
    "name.qualification.fagbrev": "fagbrev",
    "name.qualification.svennebrev": "svennebrev",
    "name.qualification.kompetansebevis": "kompetansebevis",
    "name.qualification.praksisbrev": "praksisbrev",
    "name.follow_up.school": "school",
    "name.follow_up.ot": "OT (follow-up service)",
    "name.follow_up.nav": "Nav",
    "name.follow_up.training_office": "training office",
    "name.follow_up.company": "company",
    "name.follow_up.county": "county",
    "name.grant.bt1": "basistilskudd I",
    "name.grant.bt2": "basistilskudd II",
    "name.grant.none": "none",
    "name.grant.unknown": "unknown",
    "word.and": " and ",
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
    "validation.mapping": "expected keys with values, each on its own line under this key; got {value!r}",
    "validation.list": "expected a list, got {value!r}",
    "validation.invalid": "invalid value",
    "usage.line": "{command}: {said} (help: {help})",
    "usage.no_command": "no command {name!r}{hint}",
    "usage.no_option": "no option {option}{hint}",
    "usage.missing_command": "a command is missing: {commands}",
    "usage.missing": "{name} is missing",
    "usage.bad_choice": "{option}: {value!r} is not one of {choices}{hint}",
    "usage.at_least": "{option}: {value} is too small; the least is {limit}",
    "usage.at_most": "{option}: {value} is too large; the most is {limit}",
    "usage.not_a_number": "{option}: {value!r} is not a whole number",
    "usage.bad_value": "{option}: {detail}",
    "usage.extra": "more arguments than the command takes: {args}",
    "usage.needs_value": "{option} needs a value",
    "usage.other": "{detail}",
    "hint.did_you_mean": "; did you mean {best!r}?",
    # the candidate file (models/candidate.py, candidate.py)
    "candidate.national_id": "looks like a national identity number (11 digits); use a pseudonym such as k-017",
    "candidate.empty_id": "id is empty",
    "candidate.county_type": "expected a county id, name or two-digit number, got {value!r}",
    "candidate.age_range": "age {age} is outside 13–80; check the file",
    "candidate.age_both": "give birth_date or age, not both",
    "candidate.age_none": "give exactly one of birth_date and age",
    "input.as_of_outside": "{day} is outside the years the rule book plans for, {first} to {last} (planning_years in "
    "{root}/index.yaml); choose a date within them",
    "input.stdin_closed": "standard input is closed; pipe a file in: pathway plan - < k-017.yaml",
    "input.stdin_terminal": "reading a candidate from the terminal; pipe a file in: pathway plan - < k-017.yaml",
    "input.empty_candidate": "the file is empty; a candidate needs at least county, goal.trade and age",
    "input.unknown_county": "unknown county {value!r}{hint}",
    "input.unknown_trade": "unknown trade {value!r}{hint}",
    "input.unknown_programme": "unknown programme {value!r}{hint}",
    "input.unknown_fellesfag": "unknown fellesfag {value!r}{hint}",
    "input.yes_no_hint": '; YAML read this as yes/no: put it in quotes, e.g. "NO"',
    "input.programme_level": "{programme!r} is a {level} programme, not {expected}",
    "input.birth_date_age": "gives age {age} on {day}, outside 13–80; check the date",
    # sourced values in the rule files (models/facts.py)
    "fact.no_source": "a value needs a source URL (source: https://…); only `value: unknown` may have none",
    "fact.bad_source": "source must be a URL (https://…) or doc:<id>, not {source!r}",
    "fact.no_checked": "a sourced value needs `checked: YYYY-MM-DD`, the day the source was read",
    "rules.planning_years_order": "planning_years: first ({first}) is after last ({last})",
    "fact.date_order": "valid_from is after valid_to",
    # the rule book (ruleset.py, rulecheck.py)
    "rules.not_a_rule_book": "not a rule book: no index.yaml in this folder",
    "rules.two_folders": "two rule book folders: {folder} and --rules {rules}; give one",
    "rules.not_found": "no rule book found; pass --rules DIR",
    "rules.no_folder_index": "missing: every folder has an index.yaml with a description",
    "rules.file_name": "file name must be a lower-case ASCII id, e.g. {id}.yaml",
    "rules.unknown_document": "unknown document {source!r}; list it under documents: in rules/index.yaml",
    "rules.checked_future": "checked date {day} is in the future",
    "rules.no_programme": "no programme {programme!r} in rules/programmes{hint}",
    "rules.unknown_programme": "no programme {programme!r}{hint}",
    "rules.programme_level": "{programme!r} is a {level} programme, not {expected}",
    "rules.duplicate_number": "number {number} is also {county}'s",
    "rules.link_no_reference": "a link for {ref!r}, which is not among legal.new, legal.new_unverified or legal.old",
    "rules.no_county": "no county {county!r} in rules/counties",
    "rules.not_vg2": "{programme!r} is not a Vg2 programme area in rules/programmes",
    "rules.no_trade": "no trade {trade!r} in rules/trades{hint}",
    "rules.county_count": "expected the {expected} counties, found {found}",
    "rules.no_scheme_file": "missing scheme file",
    "rules.unknown_scheme": "the planner has no logic for scheme {scheme!r}; schemes are {schemes}",
    "rules.unknown_condition": "unknown condition code {code!r}{hint}",
    "rules.condition_missing": "condition {code!r} is checked by the planner but has no entry (text and source)",
    "rules.param_missing": "parameter {name!r} is missing",
    "rules.unknown_alternatives_disagree": "{name} is unknown: its alternatives must agree on one value"
    " (the reading planned on until the county confirms its own)",
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
    "levels.no_none": "{name} needs {need} of {trade} passed; {person} has passed none of them",
    "early.unknown": "a lærekontrakt without the school years (0+4, 1+3) needs {county}'s approval of the model: "
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
    "year from {start}: MFY opens from {opens}",
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
    "step.fellesfag.vg3": "at school during Vg3",
    "step.fellesfag.praksisbrev": "at school one day a week",
    "note.privatist": "or take them as privatist (exams in May–June and November–December; register by 1 February or "
    "15 September) and keep the ordinary læretid",
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
    "warn.bt2_unknown": "the age from which {county} pays basistilskudd II is not known: confirm with {county}",
    "warn.upgrade": "changing the opplæringskontrakt to a lærekontrakt needs {county}'s consent, and the lærekandidat "
    "time is credited after an individual assessment",
    "warn.praksisbrev_credit": "{county} assesses how much of the praksisbrev time counts toward the læretid (0–24 "
    "months; planned with {months})",
    "warn.praksisbrev_adult": "young people with the right to upper-secondary training are prioritised for praksisbrev",
    "warn.mfy_length": "MFY has no fixed length: {county} sets it after a realkompetansevurdering; planned here as "
    "the rest of the trade's løp less school years and practice ({months} months)",
    "warn.fpj_exceptions": "{county} accepts younger candidates for fagbrev på jobb in special cases: an earlier "
    "start may be possible",
    "warn.age_estimated": "age given without a birth date: ages at later steps are estimates",
    "reason.ranked_lower": "{name} is possible but ranks below the routes shown; see more with --top",
    "reason.no_route": "no route through {name} ends within the planning horizon",
    # the terminal view
    "view.years": "{age} years",
    "view.age_given": "{age} years (age given, no birth date)",
    "view.goal": "goal {trade} ({qualification})",
    "view.school": "school: {years}",
    "view.school.no_grunnskole": "school: grunnskole not finished",
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
    "view.route": "{qualification} in {months}",
    "view.route_tail": " ({finish}, age {age}): {chain}",
    "view.columns": "from|to|months|age\nat the\nend|school\ndays\na week|step",
    "view.facts": "in school {school} months · in a company {company} months · paid {paid} months · grant to the "
    "company: {grants}",
    "view.exams": "exams: {exams}",
    "view.followed": "followed up by: {who}",
    "view.waiting": "waiting from {start} to {end} ({months}): {who} follows up",
    "view.none": "none",
    "view.not_passed": "(not passed)",
    "view.excluded": "Not in any route:",
    "view.county_decides": "The county decides: confirm every route with the county before it is promised.",
    "n.csv_missing": "CSV is missing the required column {names}|CSV is missing the required columns {names}",
    "n.months": "{n} month|{n} months",
    "n.candidates": "{n} candidate|{n} candidates",
    "n.status.ok": "{n} with a route|{n} with a route",
    "n.status.no_route": "{n} without a route|{n} without a route",
    "n.status.invalid": "{n} invalid|{n} invalid",
    "n.problems": "{n} problem|{n} problems",
    "view.columns_left_out": (
        "at {width} columns the table leaves out: {columns}; widen the terminal or use --format {fmt}"
    ),
    "view.summary": "{candidates}: {status}; best route: {best}",
    "view.progress_rate": "{rate}/s",
    "view.progress": "planning",
    # many candidates
    "batch.worker_lost": "planning this candidate ended the worker process each time it was tried; plan it "
    "alone (pathway plan) to see why",
    "batch.no_candidates": "no candidate files (*.yaml, *.yml, *.json, *.ndjson, *.jsonl, *.csv) in this folder",
    "batch.not_candidate": "not a candidate file, not planned: "
    "a folder's candidates are *.yaml, *.yml, *.json, *.ndjson, *.jsonl and *.csv (any case)",
    "batch.not_regular": "is not a regular file (a FIFO, socket or device), not read",
    "batch.empty": "no candidates in the input",
    "batch.symlink_loop": "symbolic link loop: this folder was already read",
    "batch.csv_columns": "{missing}; the columns are {allowed}",
    "batch.csv_unknown_column": "unknown CSV column; the columns are {allowed}",
    "candidate.empty": "the candidate is empty; a candidate needs at least county, goal.trade and age",
    "barriers.columns": "county|scheme|barrier|affected|excluded|better if lifted|full qualification if lifted|"
    "months saved|average",
    "barriers.title": "System barriers in the cohort",
    "barriers.intro": "{candidates} ({invalid}, {no_route}). For each county "
    "rule: how many candidates it excludes from a scheme, and how many would get a better route if it were "
    "lifted (re-planned without it).",
    "barriers.exclusions": "Exclusions by scheme, reason and {by}",
    "barriers.sources": "Sources of the rules:",
    # routes side by side
    "compare.bad_routes": "not a list of route numbers: {value!r}; write them like 1,2,3",
    "compare.no_such_route": "there is no route {rank}; the routes are {routes}",
    "compare.fellesfag": "{subjects}, passed by {by}",
    "compare.follow_up": "{start} to {end}: {who}",
    "compare.grant_bt1": "{name}: {amount} kr per year of training (the {year} rate published by {source}; each county "
    "sets its own rates, most follow the common Udir/KS figures)",
    "compare.grant_bt2": "{name}: {amount} kr a year (the {year} rate published by {source}; each county sets its own "
    "rates, most follow the common Udir/KS figures)",
    "compare.grant_unknown": "{name}: amount unknown (the rule book has no rate for {day}); ask the county",
    "compare.route": "Route {rank}",
    "compare.row.schemes": "schemes",
    "compare.row.qualification": "qualification",
    "compare.row.months": "months to the qualification",
    "compare.row.finish": "reached",
    "compare.row.age": "age at the end",
    "compare.row.school_company": "months in school / company",
    "compare.row.days": "school days a week (at most)",
    "compare.row.paid": "paid / unpaid months",
    "compare.row.grant": "company grant",
    "compare.row.fellesfag": "fellesfag to pass",
    "compare.row.exams": "exams",
    "compare.row.follow_up": "who follows up",
    "compare.row.transitions": "critical transitions",
    "compare.row.warnings": "to confirm",
    "compare.title": "Routes for {candidate}, planned {as_of}",
    "transition.waiting": "waiting until {start}: {who} follows up (no automatic hand-over between OT and Nav)",
    "transition.school_ends": "the school place ends: {who} follows up until {start} (no automatic hand-over "
    "from OT to Nav)",
    "transition.contract_signed": "contract signed: the company and the training office take over the follow-up; Nav "
    "ends its follow-up (the person is no longer registered as a jobseeker)",
    "transition.contract_changed": "the contract changes, with the county's approval; the same company",
    "transition.school_starts": "school starts: the school follows up",
    "transition.qualification": "final test passed: the fagbrev or svennebrev (or the kompetansebevis) is issued",
    # the timeline
    "timeline.legend": "█ school  ▆ company  ▁ exam or work  ▒ fellesfag alongside  · waiting",
    # the printable report
    "report.title": "Routes to a qualification: {candidate}",
    "report.candidate": "The candidate",
    "report.routes": "The routes",
    "report.comparison": "Side by side",
    "report.excluded": "Schemes that are out, and why",
    "report.sources": "Sources",
    "report.rules": "Planned on {as_of} with the rule book of {version}.",
    # --- who a route is for (standing), timing and fellesfag rules ---------------------------------
    "standing.ordinary": "{name} is the ordinary route for {who}: {group}",
    "standing.alternative": "{name} is possible for {who}, but this person is not its main target group: {group}",
    "standing.approval": "{name} needs {county}'s approval for {who}: {group}",
    "standing.fallback": "{name} is only for when the usual route fails: {group}",
    "standing.early": "a lærekontrakt in another model ({model}) than the trade's own needs {county}'s approval of "
    "the contract",
    "standing.adult_contract": "a lærekontrakt for an adult without the school years: {county} approves the contract "
    "and credits what the person already knows (realkompetanse)",
    "standing.upgrade": "changing an opplæringskontrakt to a lærekontrakt needs {county}'s consent",
    "standing.fpj_exception": "{county} accepts people under its age limit for fagbrev på jobb only in special cases",
    "who.young": "a young person",
    "who.young_adult": "a young adult (19–24)",
    "who.adult": "an adult",
    "who.special_needs": "a person with special needs",
    "target.skole": "the school years are made for young people from grunnskolen; adults (25 and older) are usually "
    "offered training organised for adults",
    "target.laerling": "made for those who take the trade's school years first",
    "target.vg3_skole": "made for someone who finds no læreplass (the county must offer it)",
    "target.laerekandidat": "made for someone who needs an adapted goal; without special needs it can cost the full "
    "fagbrev",
    "target.praksisbrev": "made for pupils from grunnskolen with weak grades or high absence who learn best in a "
    "company",
    "target.fagbrev_paa_jobb": "made for adults employed in the trade with at least a year of practice",
    "target.praksiskandidat": "made for people with long practice in the trade, most often adults",
    "target.mfy": "made for adults: training organised for them, from the school year they turn 19",
    "step.school.name": "a school year",
    "step.school.adult": "{level} {programme} (a youth school year)",
    "step.school.opphenting.adult": "{level} {programme} with yrkesfaglig opphenting (a youth school year)",
    "step.laerling.sarlop": "Lærling in {trade} (særløp {model}: Vg2 fellesfag and theory in the læretid)",
    "step.laerling.adult": "Lærekontrakt as an adult in {trade} (without the school years; {model} less what is "
    "credited)",
    "step.after.other_school": "{level} {programme}",
    "step.fellesfag.sarlop": "taught during the særløp læretid",
    "exam.sarlop": "obligatory særløp exam",
    "note.fellesfag_before_test": "At most {limit} fellesfag may be missing at the fag-/svenneprøve: at least {need} "
    "of "
    "them must be passed before it, the rest within {months} months after it.",
    "note.fellesfag_after_test": "{subjects} may be passed up to {months} months after the fag-/svenneprøve.",
    "note.extension_option": "The læretid may be extended by agreement if the school day takes too much of it; the "
    "county approves the contract.",
    "note.fellesfag_variant": "{subjects} passed on another programme: credited here, but the subject's variant "
    "differs: confirm with {county}.",
    "note.praksiskandidat_credit": "{months} of the {required} months are credited for passed Vg1/Vg2 of the trade "
    "(the county assesses the credit).",
    "warn.vg3_in_school_grant": "the grant {county} pays for a trade with Vg3 in school (only verdiskaping left in the "
    "company) is not known: confirm with {county}",
    "warn.old_act": "planned before {day}: the old Education Act applies where the rule book has dated values; the "
    "old youth right (3 years within 5, 6 with læretid, ending the school year one turns 24; adults from 25) and "
    "other parts are modelled only under the new Act: confirm with the county",
    "warn.vg2_not_offered": (
        "Vg2 {programme} is not offered in {county}: nearest offer in {nearest}; apply as a guest pupil or move"
    ),
    "warn.vg2_not_offered_anywhere": (
        "Vg2 {programme} is not offered in {county}: no offer in another county is known (see "
        "vilbli.no); apply as a guest pupil or move"
    ),
    "warn.late_admission": "the school year has started: a late start this year depends on the school and the county "
    "(confirm with {county}); planned from the next school year",
    "vg3_sarlop.no": "{trade} is a særløp trade ({model}) without a Vg2: no source describes a Vg3 i skole right after "
    "Vg1 that leads to the fagbrev; confirm with {county} what it offers without a læreplass",
    "view.group.approval": "Needs the county's approval",
    "view.group.fallback": "If no læreplass is found",
    "view.group.partial": "Partial qualifications (kompetansebevis, praksisbrev)",
    "view.group.routes": "Routes",
    "view.standing.ordinary": "   ordinary route: {reason}",
    "view.standing.alternative": "   alternative: {reason}",
    "view.standing.approval": "   needs approval: {reason}",
    "view.standing.fallback": "   fallback: {reason}",
    "view.more_routes": "More routes (show them with --top {top}):",
    "step.fpj.exception": "Fagbrev på jobb in {trade} before the age limit (an exception {county} approves)",
    # the candidate file: history, dates as typed, YAML hints, plausibility (reader)
    "date.year_range": "{value!r} is not a plausible date: the year must be between {first} and {last}",
    "date.invalid": "not a date: {value!r}; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2008-05-14 or 14.05.2008",
    "date.month_invalid": "not a month or a date: {value!r}; write it as YYYY-MM, YYYY-MM-DD or DD.MM.YYYY, e.g. "
    "2025-06",
    "date.month_number": "a number ({value}) to YAML, not a month; write the month as YYYY-MM, e.g. 2021-01, or put it "
    "in quotes",
    "date.short_year": "{value!r} has a two-digit year; write the year in full, e.g. 14.05.2008",
    "candidate.id_control": "id contains a control character (such as a tab or a line break); use a plain pseudonym "
    "such as k-017",
    "candidate.country": "not a country code: {value!r}; use two letters, e.g. no, se, pl",
    "candidate.to_before_from": "to is before from",
    "candidate.months_span": "{months} months do not fit between from and to ({span} months)",
    "candidate.months_missing": "give months, or both from and to",
    "candidate.trade_needed": "a {kind} is in a trade; give its trade",
    "candidate.trade_not_for": "a {kind} has no trade; leave trade out",
    "candidate.elev_needs": "for kind: elev, give the {key} being taken now",
    "candidate.event_needs": "for event: {event}, give {key}",
    "candidate.event_not": "{key} is not for event: {event}; leave it out",
    "input.missing_and_passed": "{subject!r} is listed both as missing and as passed",
    "input.date_future": "{day} is after the planning date {as_of}; this part of the file records what has already "
    "happened",
    "input.work_future": "{day} is after the planning date {as_of}; work lists work already done (a current job goes "
    "under employment)",
    "input.file_name_national_id": "the file name looks like a national identity number; add an id with a pseudonym "
    "such as k-017",
    "privacy.withheld": "a value not shown here, as it looks like {like}",
    "privacy.national_id": "a national identity number",
    "privacy.name": "a person's name",
    "input.private_county": "is not a county id, name or number; the value is not shown, as it looks like {like}",
    "input.private_trade": "is not a trade id or name; the value is not shown, as it looks like {like}; every trade: "
    "`pathway rules list trades`",
    "input.private_programme": "is not a programme id or name; the value is not shown, as it looks like {like}",
    "input.private_fellesfag": "is not a fellesfag id or name; the value is not shown, as it looks like {like}",
    "input.foreign_character": "holds a character that no id or name has ({char}); write the id, a lower-case ASCII "
    "slug such as {example}, or the Norwegian name",
    "input.county_number": '{value!r} is not a county number: county numbers are two digits, e.g. "42" (Agder) or '
    '"03" (Oslo)',
    "input.county_split": "{value!r} was divided on 1 January 2024; choose the county where the person is registered "
    "now: {choices}",
    "warn.school_duplicate": "{level} {programme} is listed twice, the first time as passed; check the school years",
    "warn.school_order": "{level} is listed before {below}; list the school years in the order they were taken",
    "warn.school_gap": "{level} is listed without {below}; check the school years",
    "warn.below_not_passed": "{level} is listed, but {below} only as not passed; {level} needs {below} passed: check "
    "the school years",
    "warn.vg3_skole_without_vg2": "the person is in Vg3 i skole now, which needs Vg2 passed, but school lists no Vg2 "
    "passed; check the school years",
    "warn.missing_not_taken": "fellesfag.missing lists {subject}, a subject of {levels}, which school does not list; "
    "list only subjects of years taken (those of years to come are part of the route)",
    "warn.studiekompetanse_missing": "studiekompetanse needs every fellesfag passed, but fellesfag.missing lists "
    "{subjects}; check the file",
    "warn.no_grunnskole": "grunnskole is false, but the file lists upper-secondary years or studiekompetanse, which "
    "come after grunnskole; check grunnskole",
    "warn.work_months": "{months} months of work is more than the {possible} months since the person turned {age}; "
    "check the work periods",
    "yaml.tab": "a tab is used for indentation here; YAML indents with spaces only",
    "yaml.flow_comma": "unknown key {key!r}: an unquoted comma between braces ends the value; put the value in quotes, "
    "e.g. {example}",
    "yaml.tag": "the YAML tag {tag} is not allowed in pathway files; write the plain value",
    "yaml.merge_key": "the merge key << is not allowed in pathway files; write the keys out",
    "yaml.big_number": "a number of {digits} digits; no field takes a number that long",
    # --- the candidate's history: what is held, what is going on, what did not finish ----------------
    "credit.studiekompetanse": "generell studiekompetanse: the fellesfag are credited (the county confirms the credit)",
    "credit.other_trade_school": "{levels} passed for the {kind} in {trade}: school years of this trade too, "
    "credited",
    "credit.other_trade": "{kind} in {trade} held: the fellesfag are credited, and the right to one new yrkesfaglig "
    "sluttkompetanse applies (yrkesfaglig rekvalifisering; earlier training is credited after the county's assessment)",
    "credit.rule.full_time": "{percent} % or more counts as full time",
    "credit.rule.pro_rata": "a position under {percent} % is pro-rated",
    "credit.rule.full_time_confirm": "{percent} % or more counts as full time; confirm with {county}",
    "credit.rule.pro_rata_confirm": "a position under {percent} % is pro-rated; confirm with {county}",
    "credit.part_time": "work: {months} months at {percent} % = {fte} full-time months ({rule})",
    "credit.short_period": "a work period of {months} months is not counted: periods of at least {need} months count",
    "credit.year_cap": "{year}: {months} months of work in one calendar year count as {cap}",
    "credit.recent": "less than {share} % of the practice is from the last {years} years: the county may not count all "
    "of it",
    "credit.school": "{months} months of practice credited for passed Vg1/Vg2 of the trade, as praksiskandidat and "
    "for fagbrev på jobb (the county assesses it)",
    "credit.served": "{months} months served since {since}: the plan is the rest of the same contract",
    "history.praksisbrev_held": "holds a praksisbrev in {trade}: the lærekontrakt that follows credits the praksisbrev "
    "time",
    "history.test_failed": "the prøve in {trade} was not passed ({date}): a new prøve, a longer contract or a "
    "lærekandidat contract",
    "history.contract_ended": "the lærekontrakt in {trade} ended ({date}): a new contract can credit the time served "
    "({county} assesses it); with Vg2 passed, Vg3 i skole if no new place is found",
    "history.since_unknown": "the start of the current contract is not given (current.since): the time served is not "
    "counted",
    "history.holds_goal": "already holds a {qualification} in {trade}: there is nothing to plan toward it",
    "standing.current": "continues the contract or school year the person is in now",
    "standing.retake": "a new prøve after one not passed; the county pays for {attempts} attempts",
    "standing.extension": "a longer læretid after a prøve not passed is not a right: the company must agree and "
    "{county} approve the contract",
    "standing.change_contract": "changing the lærekontrakt to a lærekandidat contract needs {county}'s consent",
    "step.laerling.overdue": "Lærling in {trade}: the læretid of {full} months since {since} ended in {ended}; "
    "the fag- or svenneprøve is what is left",
    "warn.laerling.overdue": "a læretid of {full} months would have ended in {ended}: confirm with {county} whether "
    "the contract was extended (part time, leave, a prøve not passed) or the prøve is due now",
    "step.laerling.current": "Lærling in {trade}: the rest of the lærekontrakt (since {since}, {served} months served)",
    "step.retake": "New {prove} in {trade} (the county pays for {attempts} attempts)",
    "step.retake.extended": "Lærling in {trade}: {months} more months of training, then a new {prove}",
    "step.laerekandidat.current": "Lærekandidat in {trade}: the rest of the opplæringskontrakt "
    "(since {since}, {served} "
    "months served)",
    "step.laerling.from_laerekandidat": "Lærling in {trade}: the opplæringskontrakt changed to a lærekontrakt now "
    "({served} months as lærekandidat credited after the county's assessment)",
    "step.laerekandidat.after_failed": "Lærekandidat in {trade} instead (opplæringskontrakt toward the "
    "kompetanseprøve)",
    "step.praksisbrev.current": "Praksisbrev in {trade}: the rest of the two years (since {since})",
    "step.vg3_skole.current": "Vg3 i skole in {trade}: the rest of the school year (since {since})",
    "step.fpj.current": "Fagbrev på jobb in {trade}: the rest of the contract (since {since})",
    "step.school.current": "{level} {programme} (the year being taken now)",
    "warn.retake_time": "no source sets when a new prøve can be held: confirm the date with {county}",
    "warn.extension_not_right": "a longer læretid is not a right: the company must agree and {county} approve it",
    "note.special_needs_extra": "With spesialundervisning the training time can be extended by up to {months} months "
    "after a PPT assessment.",
    "step.laerling.praksisbrev_held": "Lærling in {trade} with the praksisbrev held credited ({months} months left of "
    "the løp)",
    "step.laerling.early_no_school": "Lærling in {trade} without the trade's school years ({model}, fellesfag and "
    "theory in the læretid)",
    "praksisbrev_held.no": "{person} already holds a praksisbrev in {trade}: the next step is a lærekontrakt",
    "view.credited": "Credited:",
    # trades: finding a trade, routes into it (issue 9)
    "hint.nearest_trades": "; nearest: {names}; every trade: `pathway rules list trades`",
    "hint.list_trades": "; every trade: `pathway rules list trades`",
    "name.qualification.unknown": "fag- or svennebrev, not confirmed",
    "name.route.kryssloep": "kryssløp",
    "name.route.grep_only": "only in Grep",
    "rules.shared_name": "{name!r} also names {other}: a name or alias must name one entity",
    "warn.date_young": "the file has a date ({day}) before the person turned {age}; check the dates",
    "warn.current_done": "the person is taking {level} {programme} now, which school lists as passed; "
    "check the school years",
    "warn.since_future": "current.since {day} is after the planning date {as_of}; the time already served counts from "
    "then",
    # --- hardening: output destinations, cohort reading, CSV cells, the rule book ---
    "output.encoding": "the output encoding {encoding} cannot hold {char};"
    " set PYTHONIOENCODING=utf-8 or use --output FILE",
    "output.write_failed": "cannot write: {reason}; nothing was written",
    "output.closed": "standard output is closed; use --output FILE",
    "output.dangling_link": "is a symbolic link to a file that does not exist; name the file itself",
    "output.no_folder": "the folder {folder} does not exist",
    "output.is_folder": "is a folder; name a file to write",
    "output.is_input": "is also an input ({input}): writing the results there would replace it; name another file",
    "output.not_regular": "is not a regular file (a device or a socket); name a file to write",
    "output.shared_link": "is a symbolic link in the shared folder {folder} that belongs to someone else ({link});"
    " name the file itself",
    "output.hard_links": "warning: {path} had {links} hard links; only this name was replaced,"
    " the other names keep the old content",
    "batch.dangling_link": "is a symbolic link to a file that does not exist",
    "batch.line_too_big": "the line is longer than {limit} bytes; one candidate is a few hundred",
    "batch.csv_syntax": "the CSV row cannot be read: {problem}",
    "batch.csv_extra_cells": "more cells than the {columns} columns of the header",
    "batch.csv_integer": "{value!r} is not a whole number; write digits only, e.g. 60",
    "batch.csv_range": "{value} is outside {low}-{high}",
    "batch.csv_boolean": "{value!r} is not yes or no;"
    " write true/false, yes/no, ja/nei or 1/0 (leave it empty when unknown)",
    "batch.csv_entry": "{value!r} does not read as {form}",
    "batch.csv_needs": "needs the column {column} filled in on the same row",
    "batch.huge_number": "a number with {digits} digits; no value of a candidate is that big",
    "batch.unreadable": "this candidate cannot be read ({kind}); check the line",
    "fact.empty_list": "an empty list of dated values; give at least one value with its source",
    "fact.overlap": "dated values {first} and {second} both apply on {day}; valid_from/valid_to must not overlap",
    "rules.age_rule": "kind {kind} and age go together: give age for min_age and year_turning, and none for none",
    "rules.cache_skipped": "warning: the rule cache {path} is skipped ({reason}); rules are read from the files",
    "rules.duplicate_condition": "condition {code!r} is listed twice",
    "rules.unknown_subject": "no fellesfag {subject!r} in rules/subjects.yaml{hint}",
    "rules.subject_name": "fellesfag {subject!r} has no name under names:",
    "rules.leads_to_level": "{programme!r} is a {level} programme; a {from_level} programme leads to {expected}",
    "rules.continuation_self": "a scheme cannot continue into itself",
    # the adviser's language, screen and paper (issue 10)
    "word.months": "January|February|March|April|May|June|July|August|September|October|November|December",
    "word.months_short": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "word.then": ", then ",
    "word.alongside": ", ",
    "name.via.skole": "{levels} in school",
    "name.via.laerling": "as lærling",
    "name.via.vg3_skole": "Vg3 i skole",
    "name.via.laerekandidat": "as lærekandidat",
    "name.via.praksisbrev": "with a praksisbrev",
    "name.via.fagbrev_paa_jobb": "fagbrev på jobb",
    "name.via.mfy": "modular training (MFY)",
    "name.via.praksiskandidat": "as praksiskandidat",
    "name.via.fellesfag": "with fellesfag alongside",
    "name.status.ok": "with a route",
    "name.status.no_route": "without a route",
    "name.status.invalid": "invalid",
    "name.condition.age_rule": "age rule",
    "name.condition.completed_vg2": "school years already passed",
    "name.condition.early_contract_not_offered": "no contract right after grunnskole or Vg1",
    "name.condition.experience_above_redirect": "too much practice (sent to praksiskandidat)",
    "name.condition.grunnskole_missing": "grunnskole not completed",
    "name.condition.has_apprenticeship_place": "has an apprenticeship place",
    "name.condition.no_apprenticeship_place": "no apprenticeship place",
    "name.condition.no_modular_curriculum": "no modular læreplan",
    "name.condition.not_employed_in_trade": "not employed in the trade",
    "name.condition.not_offered_in_county": "not offered in the county",
    "name.condition.position_too_small": "position too small",
    "name.condition.practice_too_short": "too little practice",
    "name.condition.school_levels_missing": "school years missing",
    "name.condition.too_little_experience": "too little work experience",
    "name.condition.too_young": "too young",
    "name.condition.trade_not_offered_in_county": "trade not offered in the county",
    "name.condition.sarlop_no_vg2": "a særløp trade without a Vg2",
    "name.condition.vg3_already_in_school": "Vg3 is already in school",
    "name.condition.ranked_lower": "ranks lower",
    "name.condition.no_route": "no route within the horizon",
    "view.more_detail": "Condition codes and sources: add --verbose. Everything on paper: pathway report.",
    "view.source": "source: {source}",
    "check.columns": "id|source|status|schemes|qualification|months|finish|routes|error|credited",
    "barriers.exclusion_columns": "scheme|reason|{by}|candidates",
    "summary.title": "Low-confidence values (confidence: low) among the sourced values in use, by kind of rule file",
    "summary.by_field": "By field",
    "summary.columns": "kind|values|low|share|unknown",
    "summary.all": "whole book",
    "summary.kind.counties": "counties",
    "summary.kind.schemes": "schemes",
    "summary.kind.trades": "trades",
    "summary.kind.programmes": "programmes",
    "summary.kind.book": "book files",
    "help.rules_check.summary": "Also the share of low-confidence values, by kind of rule file and field.",
    "offer.confirm": "confirm on vilbli.no",
    "offer.yes": "offered",
    "offer.no": "not offered",
    "offer.unknown": "unknown",
    "offer.low": "low confidence",
    "input.county_programmes_only": "--county goes with `rules list programmes` only",
    "help.rules_list.county": "Programmes only: the Vg2 programme areas and whether the county offers each.",
    "rules.ok": "ok: {files} rule files in {root}",
    "rules.problems": "{count} in the rule book at {root}",
    "validation.max": "must be at most {limit}",
    "validation.min": "must be at least {limit}",
    "validation.choice": "must be one of {expected}",
    "validation.too_short": "is too short",
    "validation.too_long": "is too long",
    "validation.number": "expected a number, got {value!r}",
    "validation.text": "expected text, got {value!r}",
    "yaml.colon": "a colon (:) where YAML does not expect one; put the value in quotes or start a new line",
    "yaml.unclosed": "a bracket or quote is not closed",
    "yaml.bad_character": "a character that cannot start a value; put the value in quotes",
    "yaml.indent": "the indentation does not line up; check the spaces at the start of the line",
    "yaml.what.flow_sequence": "list in square brackets",
    "yaml.what.flow_mapping": "mapping in braces",
    "yaml.what.quoted_scalar": "quoted text",
    "report.summary": "In short",
    "report.summary_best": "The best route: {route}.",
    "report.for.ordinary": "The usual route.",
    "report.for.alternative": "Another way.",
    "report.for.approval": "Only with the county's approval.",
    "report.for.fallback": "Only for someone who finds no læreplass.",
    "report.ranked_lower": "{name} is possible but ranks below the routes on this page; the adviser can show it",
    "report.who": "{name} is {group}.",
    "report.summary_other": "Route {rank}: {route}.",
    "report.summary_route": "{qualification} in {months} ({finish}, age {age}), {chain}",
    "report.first": "What has to happen first",
    "report.first_step": "From {start}: {step}.",
    "report.details": "The details",
    "report.chart_alt": "Timeline of the routes: {routes}.",
    "report.chart_route": "route {rank} runs from {start} to {end}: {parts}",
    "report.chart_part": "{kind} from {start} to {end}",
    "report.footer": "{candidate} · planned {as_of}",
    "report.document": "{title} (not online; ask the adviser)",
    "name.kind.school": "school",
    "name.kind.company": "company",
    "name.kind.other": "exam or work",
    "name.kind.waiting": "waiting",
    "yaml.general": "check the indentation, the colons and the quotes on this line",
    "report.page": "page {page} of {pages}",
    "name.group.county": "county",
    "name.group.trade": "trade",
    "name.group.age_band": "age band",
    "word.or": " or ",
    "help.pathway": (
        "Routes to a Norwegian vocational qualification (fagbrev, svennebrev, kompetansebevis, praksisbrev), "
        "planned from the YAML rule book."
    ),
    "help.option.version": "Print the program and rule book versions.",
    "help.option.quiet": "Only the results: no hints, no progress bar, no `ok` line.",
    "help.option.verbose": "Also the condition codes and the source of each reason.",
    "help.option.no_color": "No colours (as with the NO_COLOR environment variable).",
    "help.option.traceback": "Show the Python traceback on errors.",
    "help.option.lang": (
        "Language of the output: en (English), nb (bokmål) or nn (nynorsk); default from $LANG (nb_NO, nn_NO), else en."
    ),
    "help.option.install_completion": "Install completion for the current shell.",
    "help.option.show_completion": "Show completion for the current shell, to copy it or customize the installation.",
    "help.plan": (
        "Plan the routes for one candidate, and say why each other scheme is out.\n"
        "\n"
        "Example: `pathway plan examples/elkem-kjemiprosess.yaml --as-of 2026-11-26`\n"
        "\n"
        "The candidate file (YAML or JSON; only county, goal and birth_date or age are required):\n"
        "\n"
        "\b\n"
        "id: k-017                 a pseudonym, never a name or a national id number\n"
        "birth_date: 2008-05-14    or 14.05.2008 (or, if not known, age:)\n"
        "age: 18                   when the birth date is not known\n"
        'county: agder             where the candidate lives (id, name or "42")\n'
        "grunnskole: true          lower secondary completed (default true)\n"
        "goal: {trade: kokkfaget}  the lærefag aimed at (pathway rules list trades)\n"
        "school: [{level: vg1, programme: restaurant-og-matfag}]  years completed\n"
        "fellesfag: {missing: \\[norsk]}  subjects of those years not passed\n"
        "work: [{trade: kokkfaget, months: 14, percent: 100}]  relevant work\n"
        "employment: {trade: kokkfaget, percent: 80}  the current job, if any\n"
        "apprenticeship_place: true  a company has offered a contract\n"
        "qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2025-06}]  held\n"
        "current: {kind: laerling, trade: kokkfaget, since: 2025-08}  now in\n"
        "history: [{event: test_failed, test: fagprove, trade: kokkfaget, date: 2026-06}]\n"
        "special_needs: true       a sakkyndig vurdering or an individual plan\n"
        'notes: "met 3 times"      free text, never shown in the output\n'
        "\n"
        "All keys: docs/candidate-file.md; in an editor, schemas/candidate.schema.json completes them."
    ),
    "help.option.file": "Candidate file (YAML or JSON), or - for stdin.",
    "help.plan.top": "How many routes to show.",
    "help.plan.fmt": "table for people, json for scripts, dot for the whole route graph (Graphviz).",
    "help.plan.as_of": "Plan as of this date (YYYY-MM-DD); default today.",
    "help.option.rules": "Rule book folder (default: $PATHWAY_RULES, then the installed rules).",
    "help.check": (
        "Plan many candidates: one row each (id, source, status, best route), in input order.\n"
        "\n"
        "CSV columns: `id, age, birth_date, county, trade, levels, missing, work_months, work_percent,\n"
        "employed, apprenticeship_place, grunnskole` (levels like `vg1 vg2`, or `vg1:teknologi-og-industrifag`;\n"
        "lists separated by spaces or `|`; `;`-separated files with a BOM from Excel are read too).\n"
        "\n"
        "Example: `pathway check cohort.csv --format ndjson --jobs 2 --output rows.ndjson`"
    ),
    "help.option.paths": "Candidate files, folders, NDJSON or CSV files, or - for stdin.",
    "help.check.fmt": "table, ndjson (streamed), csv or json.",
    "help.check.output": "Write to FILE, whole or not at all.",
    "help.check.excel": "CSV for spreadsheets: UTF-8 with BOM and ; separators.",
    "help.check.redact": "Replace ids by a stable short hash.",
    "help.barriers": (
        "The cohort's system barriers: for each scheme, who is excluded and why; for each county rule,\n"
        "how many would get a better route if it were lifted (by re-planning them without it).\n"
        "\n"
        "Example: `pathway barriers cohort.csv --format markdown > barriers.md`"
    ),
    "help.barriers.fmt": "table, json or markdown.",
    "help.barriers.by": "Group the exclusions by county, trade or age band.",
    "help.compare": (
        "Routes side by side: months, school and company, pay, grant, exams, who follows up, transitions.\n"
        "\n"
        "Example: `pathway compare examples/elkem-kjemiprosess.yaml --routes 1,3 --format markdown`"
    ),
    "help.compare.routes": "Which routes, e.g. 1,2,3 (default: the top 3).",
    "help.compare.fmt": "table, json or markdown.",
    "help.report": (
        "A printable, self-contained HTML page (no scripts, nothing from the network) to print or send.\n"
        "\n"
        "Example: `pathway report examples/elkem-kjemiprosess.yaml --output k-017.html`"
    ),
    "help.report.output": "The HTML file to write (whole or not at all).",
    "help.report.top": "How many routes to plan, as in plan (the paper details the first three and names the others).",
    "help.schema": (
        "Print the JSON Schema of the candidate file or a rule file (for editors).\n"
        "\n"
        "Example: `pathway schema candidate > schemas/candidate.schema.json`"
    ),
    "help.schema.what": "candidate, county, trade, programme or scheme.",
    "help.rules": "Check, list and show the rule book.",
    "help.rules_check": (
        "Check the rule book: schema, cross references, sources and dates.\n"
        "\n"
        "Every error is printed as `FILE:LINE:COL: message`. Example: `pathway rules check rules/`"
    ),
    "help.rules_check.folder": "Rule book folder (default: the rules in use).",
    "help.rules_list": (
        "List the ids and names of schemes, counties, trades or programmes.\n\nExample: `pathway rules list counties`"
    ),
    "help.rules_list.kind": "What to list.",
    "help.rules_show": (
        "Show one rule file as it is loaded (YAML), with its path.\n\nExample: `pathway rules show praksisbrev`"
    ),
    "help.rules_show.entity": "An id (or name) of a scheme, county, trade or programme.",
    "help.option.help": "Show this message and exit.",
    "help.usage": "Usage: ",
    "help.arguments": "Arguments",
    "help.options": "Options",
    "help.commands": "Commands",
    "help.default": "[default: {value}]",
    "help.required": "[required]",
    "help.option.as_of": "Plan as of this date (YYYY-MM-DD).",
    "help.option.jobs": "Worker processes.",
    "validation.goal": "write the lærefag on a line of its own under goal, indented: trade: {value}",
    "help.options_metavar": "[OPTIONS]",
    "help.subcommand_metavar": "COMMAND [ARGS]...",
    "help.rules_list.fmt": "table for people, json for scripts.",
    "help.rules_list.vg1": "Trades only: those reached from this Vg1 programme.",
    "help.rules_list.vg2": "Trades only: those reached from this Vg2 programme area.",
    "name.condition.no_route_in_horizon": "no route within the horizon",
    "name.condition.already_held": "already held",
    "name.condition.goal_held": "the goal is already reached",
    "help.option.output": "Write to FILE, whole or not at all (- for stdout).",
    # rules stale: the values to read again
    "stale.bad_age": "not an age: {value!r}; write it like 180d, 26w, 6m or 1y",
    "stale.title": "Rule values to read again",
    "stale.intro": "{count} values checked before {cutoff} (more than {days} days before {as_of}), in {groups} files.",
    "stale.columns": "value|reads|checked|days since|source",
    "stale.kind.county": "County",
    "stale.kind.scheme": "Scheme",
    "stale.kind.trade": "Trade",
    "stale.kind.programme": "Programme",
    "stale.kind.book": "Rule book file",
    "help.rules_stale": (
        "The rule values whose source was last read more than a given time ago, by county, scheme, trade\n"
        "and programme: what to read again.\n\nExample: `pathway rules stale --older-than 180d --format markdown`"
    ),
    "help.rules_stale.older_than": "How old a check may be: days (180d), weeks (26w), months (6m) or years (1y).",
    "help.rules_stale.fmt": "table, json or markdown.",
    # whatif: the plan before and after a change
    "whatif.bad_set": (
        "not a change: {value!r}; write it as KEY=VALUE with a key of the candidate file, e.g. "
        "county=vestfold or fellesfag.missing=[]"
    ),
    "whatif.no_such_place": "no such place in the candidate file (a list has no item there)",
    "whatif.absent": "(not given)",
    "whatif.route": "{chain}: {qualification}, {finish}",
    "whatif.change": "{key}: {old} → {new}",
    "whatif.title": "What if, for {candidate}",
    "whatif.before": "As the file stands ({day})",
    "whatif.after": "With the change ({day})",
    "whatif.what_changed": "What changed",
    "whatif.none": "no route",
    "whatif.now_a_route": "A route opens where there was none: {route}.",
    "whatif.no_route_after": "No route is left (before: {route}).",
    "whatif.qualification": "The best route now ends in {after} (before: {before}).",
    "whatif.months_saved": "The best route ends {months} months sooner: {after} instead of {before}.",
    "whatif.months_later": "The best route ends {months} months later: {after} instead of {before}.",
    "whatif.same_best": "The best route stays the same and ends in {finish}.",
    "whatif.same_finish": "Another best route, ending in the same month ({finish}).",
    "whatif.gained": "New route: {route}.",
    "whatif.lost": "Route no longer shown: {route}.",
    "whatif.moved": "{chain}: {after} instead of {before}.",
    "whatif.opened": "Schemes now in a route: {schemes}.",
    "whatif.closed": "Schemes in no route any more: {schemes}.",
    "whatif.nothing": "Nothing changes in the routes shown.",
    "help.whatif": (
        "The plan as the candidate file stands and with some of its keys changed, side by side, and what\n"
        "changed: routes gained and lost, months saved, the qualification reached.\n\n"
        "Example: `pathway whatif k.yaml --set county=vestfold --set fellesfag.missing=[] --set "
        "apprenticeship_place=true`"
    ),
    "help.whatif.file": "Candidate file (YAML or JSON), or - for stdin.",
    "help.whatif.sets": "KEY=VALUE: a key of the candidate file (dotted, e.g. fellesfag.missing) and its new value.",
    "help.whatif.then": "Plan the changed file as of this date (default: the --as-of date).",
    "help.whatif.fmt": "table, json or markdown.",
    "help.whatif.top": "How many routes to show.",
    # unlocks: what would open a better route
    "unlock.heading": "This could open a better route",
    "unlock.place": "A company's offer of a lærekontrakt: {route} starts in {opens}, done {finish}{gain}.",
    "unlock.fellesfag": "Pass {subjects}: {route} needs no fellesfag catch-up, done {finish}{gain}.",
    "unlock.employment": "A job in the trade ({percent} %): {route} can start in {opens}, done {finish}{gain}.",
    "unlock.work": "{scheme} after {months} more months of work in the trade ({opens}): {route}, done {finish}{gain}.",
    "unlock.age": "{scheme} opens in {opens}, at age {age}: {route}, done {finish}{gain}.",
    "unlock.time": "{scheme} opens in {opens}: {route}, done {finish}{gain}.",
    "unlock.county": "Moving to {county}: {scheme} is offered there: {route}, starting {opens}, done {finish}{gain}.",
    "unlock.sooner": " ({months} months sooner)",
    "unlock.stronger": " (a full {qualification})",
    "unlock.rule": "rule: {rule}; {sources}",
    "name.condition.fellesfag": "fellesfag not passed",
    "help.plan.unlocks": "Also search what would open a better route (default on).",
    "unlock.fewer_days": " (no school day a week beside the contract)",
    "dot.title": "Route graph of {candidate}: {trade}, planned {as_of}",
    "dot.start": "today",
    "dot.month": "from {month}",
    "dot.levels": "passed: {levels}",
    "dot.missing": "fellesfag not passed: {subjects}",
    "dot.held": "holds a {qualification}",
    "dot.goal": "end of a route",
    "dot.step": "{title} ({months} months)",
    "dot.routes": "route {ranks}",
    "rank.only": "the only route found",
    "rank.first": "first: {why}",
    "rank.after": "after route {n}: {why}",
    "rank.why.equal": "equal to its neighbour on every criterion of the ranking",
    "rank.why.first.qualification": "it leads to the full {qualification}",
    "rank.why.after.qualification": "it ends in a {qualification}, not the full fag- or svennebrev",
    "rank.why.first.in_hand.offer": "it starts with the contract the company has offered",
    "rank.why.first.in_hand.job": "it builds on the job the person has in the trade",
    "rank.why.after.in_hand.offer": "it does not use the company's offer",
    "rank.why.after.in_hand.job": "it does not build on the job the person has in the trade",
    "rank.why.first.standing": "it is {standing} for this person; the next is {other}",
    "rank.why.after.standing": "it is {standing} for this person; the route above is {other}",
    "rank.standing.ordinary": "the ordinary route",
    "rank.standing.alternative": "an alternative",
    "rank.standing.approval": "subject to the county's approval",
    "rank.standing.fallback": "only for when no læreplass is found",
    "rank.why.first.months": "it ends sooner: after {months} months, the next after {other}",
    "rank.why.after.months": "it ends later: after {months} months, the route above after {other}",
    "rank.why.first.certainty": "it rests on fewer county rules to confirm ({n}, the next {other})",
    "rank.why.after.certainty": "it rests on more county rules to confirm ({n}, the route above {other})",
    "rank.why.first.school_days": "fewer school days a week ({days}, the next {other})",
    "rank.why.after.school_days": "more school days a week ({days}, the route above {other})",
    "rank.why.first.steps": "fewer steps ({n}, the next {other})",
    "rank.why.after.steps": "more steps ({n}, the route above {other})",
    "name.qualification.full": "fag- or svennebrev",
    "view.rank": "   place: {reason}",
    "view.waiting.place": "searching for a læreplass from {start} to {end} ({months}): {who} follows up",
    "ranking.standing_order": "`order` lists each of ordinary, alternative, approval and fallback once",
    "ranking.in_hand_params": "in_hand needs `offer_schemes` and `offer_starts_within_months`",
    "ranking.criteria": "every criterion once: missing {missing}; twice {twice}",
    "rank.why.after.in_hand.other_contract": "the company's offer is planned first "
    "as a lærekontrakt, not as this contract",
    "rank.why.first.unfit": "fewer of its steps are out of the ordinary for this person ({n}, the next {other})",
    "rank.why.after.unfit": "more of its steps are out of the ordinary for this person ({n}, the route above {other})",
    "compare.row.standing": "for this person",
    "compare.row.place": "why this place",
    "rank.why.first.in_hand.ready": "it needs nothing new to start: the person can register now",
    "rank.why.after.in_hand.ready": "the route above needs nothing new to start",
    # readings: the other readings of a rule the plan rests on
    "reading.bad_form": "not KEY=VALUE: {value!r}; write e.g. --reading praksisbrev.credit_toward_laerling_months=0",
    "reading.bad_entity": "no county, scheme or trade named {name!r}; write COUNTY_OR_SCHEME.KEY=VALUE",
    "reading.bad_key": "{key} has no value {part!r}",
    "reading.not_a_fact": "{key} is not a value with a source; name one of its values",
    "reading.no_fact_on": "no value of it applies on {day}",
    "reading.planned_on": "Planned on another reading: {key} = {value} (the rule book uses {uses}).",
    "reading.heading": "Readings this route rests on (sources disagree):",
    "reading.route": "{key} is read as {uses}{low}; on the reading {reading}: {effect}.",
    "reading.excluded": "{scheme}: on the reading {key} = {reading} it is in a route: {effect}.",
    "reading.low": " (low confidence)",
    "reading.lost": "this route is not possible",
    "reading.longer": "{months} months longer, done {finish}",
    "reading.shorter": "{months} months sooner, done {finish}",
    "reading.same_months": "as many months, done {finish}",
    "reading.standing": "{effect}; standing {standing}",
    "reading.source": "other reading: {source}",
    "help.option.reading": (
        "COUNTY_OR_SCHEME.KEY=VALUE: plan on another reading of a rule (e.g. agder.praksisbrev.offered=true)."
    ),
    "help.plan.readings": "Also plan on each other reading the rule book keeps, and say what it changes (default on).",
    "reading.unknown_county_only": "unknown may be given only for a county's value; name a value here",
    "help.check.unlocks": "Also what would open a better route, in each row (slower).",
    "studiekompetanse.no": "praksisbrev is for pupils coming from grunnskolen; {person} has generell studiekompetanse",
    "fpj.position.soft": '{county}\'s main rule for fagbrev på jobb is a position of {need} % ("{quote}"); {person} '
    "has {have} %: confirm with {county}",
    "standing.soft_rule": '{county} writes the rule as a main rule with exceptions ("{quote}"): the route needs '
    "{county}'s approval",
    "reason.in_current_place": "{name} was not weighed: {person} is {current} now, and the plan continues that place "
    "and the switches the rules allow from it; plan again if the place ends",
    "current.kind.elev": "a pupil",
    "current.kind.laerling": "a lærling",
    "current.kind.laerekandidat": "a lærekandidat",
    "current.kind.praksisbrevkandidat": "a praksisbrevkandidat",
    "current.kind.fagbrev_paa_jobb": "on a fagbrev på jobb contract",
    "current.kind.vg3_skole": "in Vg3 i skole",
    "step.laerling.from_vg3": "Lærling in {trade}, switching from Vg3 i skole after {months} months (credited "
    "{credit})",
    "step.vg3_skole.until_switch": "Vg3 i skole in {trade} (since {since}) until a company takes the pupil",
    "offered.unknown_near": "whether {county} offers {what} is not known: confirm with {county} (of the neighbouring "
    "counties, {near} does not offer it)",
    "early.unknown_near": "a lærekontrakt without the trade's school years (0+4, or 1+3 after Vg1) needs {county}'s "
    "approval of the model: confirm with {county} (of the neighbouring counties, {near} does not approve such "
    "contracts)",
    "offered.low": "that {county} offers {what} rests on a source marked uncertain in the rule book: confirm with "
    "{county}",
    "trade_listed.low": "that {county} runs {trade} as {what} rests on a source marked uncertain in the rule book: "
    "confirm with {county}",
    "early.low": "that {county} approves a lærekontrakt without the trade's school years rests on a source marked "
    "uncertain in the rule book: confirm with {county}",
    "trade_needs_school.no": "{trade} cannot take its school years in a company ({what}): its training must be given "
    "by an approved school first",
    "what.early_contract": "a lærekontrakt without the school years",
    "praksiskandidat.norway": "{county} requires at least {need} months of the practice from Norway; {have} of it is "
    "from Norway, so the route gathers the rest here before registering",
    "praksiskandidat.norway_no": "praksiskandidat in {county} needs at least {need} months of the practice from "
    "Norway; {person} has {have} and no job in the trade to add more",
    "step.praksiskandidat.wait_norway": "Keep working in {trade} in Norway until {months} months of the practice are "
    "from Norway",
    "name.condition.in_current_place": "in a place now",
    "name.condition.has_studiekompetanse": "has studiekompetanse",
    "name.condition.trade_needs_school": "the trade needs its school years",
    "rank.why.first.in_county": "fewer of its school years are outside the county ({n}, the next {other})",
    "rank.why.after.in_county": "more of its school years are outside the county ({n}, the route above {other})",
}
