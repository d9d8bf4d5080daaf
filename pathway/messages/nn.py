"""Den nynorske katalogen: kvar setning pathway viser, med same nøklar som en.py (ordbruk etter vilbli.no og
udir.no på nynorsk: skule, sveinebrev, lærebedrifta, læretida, basistilskot)."""

NN: dict[str, str] = {
    # names of things (Norwegian terms stay Norwegian, with an English gloss)
    "name.scheme.laerling": "lærling",
    "name.scheme.vg3_skole": "Vg3 i skule",
    "name.scheme.laerekandidat": "lærekandidat",
    "name.scheme.praksisbrev": "praksisbrev",
    "name.scheme.fagbrev_paa_jobb": "fagbrev på jobb",
    "name.scheme.mfy": "modulstrukturert opplæring (MFY)",
    "name.scheme.praksiskandidat": "praksiskandidat",
    "name.scheme.skole": "skule (Vg1/Vg2)",
    "name.scheme.fellesfag": "fullføring av fellesfag",
    "short.scheme.laerling": "lærling",
    "short.scheme.vg3_skole": "Vg3 i skule",
    "short.scheme.laerekandidat": "lærekandidat",
    "short.scheme.praksisbrev": "praksisbrev",
    "short.scheme.fagbrev_paa_jobb": "fagbrev på jobb",
    "short.scheme.mfy": "MFY",
    "short.scheme.praksiskandidat": "praksiskandidat",
    "short.scheme.skole": "skule",
    "short.scheme.fellesfag": "fellesfag",
    "name.qualification.fagbrev": "fagbrev",
    "name.qualification.svennebrev": "sveinebrev",
    "name.qualification.kompetansebevis": "kompetansebevis",
    "name.qualification.praksisbrev": "praksisbrev",
    "name.follow_up.school": "skulen",
    "name.follow_up.ot": "oppfølgingstenesta (OT)",
    "name.follow_up.nav": "Nav",
    "name.follow_up.training_office": "opplæringskontoret",
    "name.follow_up.company": "lærebedrifta",
    "name.follow_up.county": "fylkeskommunen",
    "name.grant.bt1": "basistilskot I",
    "name.grant.bt2": "basistilskot II",
    "name.grant.none": "ingen",
    "name.grant.unknown": "ukjend",
    "word.and": " og ",
    # reading files (yamlio, ruleset)
    "file.too_big": "fila er større enn {limit} byte; for stor til å lese",
    "file.not_utf8": "ikkje UTF-8-tekst; lagre fila som UTF-8",
    "file.missing": "fila finst ikkje",
    "file.is_folder": "er ei mappe, ikkje ei fil",
    "file.unreadable": "kan ikkje lese: {reason}",
    "file.empty": "fila er tom",
    "file.not_mapping": "venta nøklar med verdiar (som county: agder), ikkje {type}",
    "yaml.duplicate_key": "nøkkelen {key!r} står to gonger",
    "yaml.alias": "aliasar (*namn) er ikkje tillatne i pathway-filer; skriv verdien heilt ut",
    "yaml.invalid": "ikkje gyldig YAML: {problem}",
    "yaml.unknown_problem": "ikkje gyldig YAML",
    "yaml.opened_at": " (i {what} som byrjar på linje {line}, kolonne {column})",
    "yaml.many_documents": "meir enn eitt YAML-dokument (---); legg éin kandidat i kvar fil",
    "yaml.control_char": "ikkje gyldig YAML: teiknet {char} er ikkje tillate; fjern det eller lagre fila som rein "
    "tekst",
    "yaml.too_deep": "YAML-en er nøsta for djupt",
    # pydantic's errors, as sentences (messages.validation_message)
    "validation.unknown_key": "ukjend nøkkel{hint}",
    "validation.allowed": " (tillatne: {keys})",
    "validation.invalid_key": "nøkkelen {key!r} er ikkje eit namn; nøklar er ord som county eller goal",
    "validation.missing": "den påkravde nøkkelen {key!r} manglar",
    "validation.missing_value": "ein påkravd verdi manglar",
    "validation.yaml11": 'YAML las dette som ja/nei eller eit tal; set det i hermeteikn, t.d. "NO" eller "03" ({msg})',
    "validation.date": "ikkje ein dato: {value!r}; skriv han som YYYY-MM-DD, t.d. 2007-05-14",
    "validation.int": "venta eit heiltal, fekk {value!r}",
    "validation.bool": "venta true eller false (ja/nei), fekk {value!r}",
    "validation.mapping": "venta nøklar med verdiar, kvar på si eiga linje under denne nøkkelen; fekk {value!r}",
    "validation.list": "venta ei liste, fekk {value!r}",
    "validation.invalid": "ugyldig verdi",
    "usage.line": "{command}: {said} (hjelp: {help})",
    "usage.no_command": "ingen kommando {name!r}{hint}",
    "usage.no_option": "ikkje noko val {option}{hint}",
    "usage.missing_command": "kommandoen manglar: {commands}",
    "usage.missing": "{name} manglar",
    "usage.bad_choice": "{option}: {value!r} er ikkje ein av {choices}{hint}",
    "usage.at_least": "{option}: {value} er for lite; minst {limit}",
    "usage.at_most": "{option}: {value} er for stort; høgst {limit}",
    "usage.not_a_number": "{option}: {value!r} er ikkje eit heiltal",
    "usage.bad_value": "{option}: {detail}",
    "usage.extra": "fleire argument enn kommandoen tek: {args}",
    "usage.needs_value": "{option} treng ein verdi",
    "usage.other": "{detail}",
    "hint.did_you_mean": "; meinte du {best!r}?",
    # the candidate file (models/candidate.py, candidate.py)
    "candidate.national_id": "ser ut som eit fødselsnummer (11 siffer); bruk eit pseudonym, t.d. k-017",
    "candidate.empty_id": "id er tom",
    "candidate.county_type": "venta id, namn eller tosifra nummer for fylket, fekk {value!r}",
    "candidate.age_range": "alderen {age} er utanfor 13–80; sjekk fila",
    "candidate.age_both": "oppgi birth_date eller age, ikkje begge",
    "candidate.age_none": "oppgi nøyaktig éin av birth_date og age",
    "input.as_of_outside": "{day} er utanfor åra regelverket planlegg for, {first} til {last} (planning_years i "
    "{root}/index.yaml); vel ein dato innanfor dei",
    "input.stdin_closed": "standard inndata er lukka; send inn ei fil: pathway plan - < k-017.yaml",
    "input.stdin_terminal": "les ein kandidat frå terminalen; send inn ei fil: pathway plan - < k-017.yaml",
    "input.empty_candidate": "fila er tom; ein kandidat treng minst county, goal.trade og age",
    "input.unknown_county": "ukjend fylke {value!r}{hint}",
    "input.unknown_trade": "ukjend lærefag {value!r}{hint}",
    "input.unknown_programme": "ukjend utdanningsprogram eller programområde {value!r}{hint}",
    "input.unknown_fellesfag": "ukjend fellesfag {value!r}{hint}",
    "input.yes_no_hint": '; YAML las dette som ja/nei: set det i hermeteikn, t.d. "NO"',
    "input.programme_level": "{programme!r} er eit {level}-program, ikkje {expected}",
    "input.birth_date_age": "gir alderen {age} den {day}, utanfor 13–80; sjekk datoen",
    # sourced values in the rule files (models/facts.py)
    "fact.no_source": "ein verdi treng ein kjelde-URL (source: https://…); berre `value: unknown` kan stå utan",
    "fact.bad_source": "source må vere ein URL (https://…) eller doc:<id>, ikkje {source!r}",
    "fact.no_checked": "ein verdi med kjelde treng `checked: YYYY-MM-DD`, dagen kjelda vart lesen",
    "rules.planning_years_order": "planning_years: first ({first}) er etter last ({last})",
    "fact.date_order": "valid_from er etter valid_to",
    # the rule book (ruleset.py, rulecheck.py)
    "rules.not_a_rule_book": "ikkje eit regelverk: ingen index.yaml i denne mappa",
    "rules.two_folders": "to regelverksmapper: {folder} og --rules {rules}; gje opp éin",
    "rules.not_found": "fann ikkje regelverket; oppgi --rules MAPPE",
    "rules.no_folder_index": "manglar: kvar mappe skal ha ei index.yaml med ei skildring",
    "rules.file_name": "filnamnet må vere ein id med små ASCII-teikn, t.d. {id}.yaml",
    "rules.unknown_document": "ukjend dokument {source!r}; før det opp under documents: i rules/index.yaml",
    "rules.checked_future": "checked-datoen {day} er fram i tid",
    "rules.no_programme": "fann ikkje programmet {programme!r} i rules/programmes{hint}",
    "rules.unknown_programme": "fann ikkje programmet {programme!r}{hint}",
    "rules.programme_level": "{programme!r} er eit {level}-program, ikkje {expected}",
    "rules.duplicate_number": "nummeret {number} høyrer òg til {county}",
    "rules.link_no_reference": (
        "ei lenkje for {ref!r}, som ikkje står i legal.new, legal.new_unverified eller legal.old"
    ),
    "rules.no_county": "fann ikkje fylket {county!r} i rules/counties",
    "rules.not_vg2": "{programme!r} er ikkje eit Vg2-programområde i rules/programmes",
    "rules.no_trade": "fann ikkje lærefaget {trade!r} i rules/trades{hint}",
    "rules.county_count": "venta dei {expected} fylka, fann {found}",
    "rules.no_scheme_file": "fila for ordninga manglar",
    "rules.unknown_scheme": "planleggaren har ingen logikk for ordninga {scheme!r}; ordningane er {schemes}",
    "rules.unknown_condition": "ukjend vilkårskode {code!r}{hint}",
    "rules.condition_missing": "vilkåret {code!r} blir sjekka av planleggaren, men har inga oppføring (tekst og "
    "kjelde)",
    "rules.param_missing": "parameteren {name!r} manglar",
    "rules.unknown_alternatives_disagree": "{name} er ukjend: alternativa må vere samde om éin verdi"
    " (den lesnaden planen byggjer på til fylket stadfestar sin eigen)",
    "rules.no_scheme": "fann ikkje ordninga {scheme!r}{hint}",
    "rules.no_entity": "fann inga ordning, fylke, lærefag eller program {entity!r}{hint}",
    # `pathway schema`
    "schema.unknown": "ukjend skjema {what!r}; vel eitt av {choices}",
    "schema.title": "pathway-fil: {what}",
    # reasons and warnings from the conditions of the schemes
    "offered.unknown": "Det er ikkje kjent om {county} fylkeskommune tilbyr {what}: avklar med fylkeskommunen.",
    "offered.no": "{county} fylkeskommune tilbyr ikkje {what}.",
    "trade_listed.unknown": "Det er ikkje kjent om {county} fylkeskommune tilbyr {what} i {trade}: avklar med "
    "fylkeskommunen.",
    "trade_listed.no": "{county} fylkeskommune tilbyr ikkje {what} i {trade}.",
    "grunnskole.no": "{name} krev fullført grunnskule; {person} har ikkje fullført han.",
    "place.unknown": "Krev formidling til ei lærebedrift som vil inngå {contract}; ingen er funne enno.",
    "place.no": "Krev ei lærebedrift som vil inngå {contract}; ingen har tilbode læreplass enno.",
    "levels.no": "{name} krev bestått {need} i {trade}; {person} har bestått {have}.",
    "levels.no_none": "{name} krev bestått {need} i {trade}; {person} har ikkje bestått nokon av dei.",
    "early.unknown": "Lærekontrakt utan skuleåra (0+4, 1+3) krev at {county} fylkeskommune godkjenner modellen: "
    "avklar med fylkeskommunen.",
    "early.no": "{county} fylkeskommune godkjenner ikkje lærekontraktar rett etter grunnskulen eller Vg1.",
    "vg3_in_school.no": "{trade} har allereie Vg3 i skule ({model}).",
    "vg3_place.no": "Vg3 fagopplæring i skule er for dei som ikkje får læreplass; ei lærebedrift har tilbode "
    "{person} lærekontrakt.",
    "vg3_place.unknown": "Vg3 fagopplæring i skule blir berre tilbode til dei som ikkje får læreplass.",
    "completed_vg2.no": "Praksisbrev er for dei som ikkje har bestått skuleåra i faget ({levels}); {person} har "
    "bestått dei og kan gå vidare til lærekontrakt.",
    "fpj.no_job": "Fagbrev på jobb krev jobb i {trade}; {person} {where}.",
    "fpj.employed_in": "jobbar i {other}",
    "fpj.jobless": "har ingen jobb",
    "fpj.position.unknown": "Det er ikkje kjent kor stor stilling {county} fylkeskommune krev: avklar med "
    "fylkeskommunen.",
    "fpj.position.no": "Fagbrev på jobb i {county} krev ei stilling på minst {need} %; {person} har {have} %.",
    "fpj.experience.no": "Fagbrev på jobb krev minst {need} månader relevant arbeidserfaring (deltid blir rekna om "
    "til heiltid); {person} har {have} månader.",
    "fpj.experience.unknown": "Det er ikkje kjent kor lang arbeidserfaring {county} fylkeskommune krev (12 månader "
    "nasjonalt): avklar med fylkeskommunen.",
    "fpj.redirect.unknown": "Det er ikkje kjent om {county} fylkeskommune sender røynde arbeidstakarar til "
    "praksiskandidatordninga i staden: avklar med fylkeskommunen.",
    "fpj.redirect.no": "{county} fylkeskommune sender dei med meir enn {limit} månader praksis til "
    "praksiskandidatordninga; {person} har {have} månader.",
    "fpj.age.unknown": "Det er ikkje kjent kva aldersgrense {county} fylkeskommune har for fagbrev på jobb: avklar "
    "med fylkeskommunen.",
    "fpj.age.min": "Fagbrev på jobb i {county} er for vaksne frå {age} år{exceptions}; {person} er {have} år.",
    "fpj.age.exceptions": " (yngre berre i særlege tilfelle)",
    "fpj.age.year": "Fagbrev på jobb i {county} gjeld frå året personen fyller {age}; {person} fyller {have} i {year}.",
    "mfy.curriculum.unknown": "Det er ikkje kjent om {trade} har ein modulstrukturert læreplan: avklar med {county} "
    "fylkeskommune.",
    "mfy.curriculum.no": "{trade} har ingen modulstrukturert læreplan (MFY).",
    "mfy.too_young": "Modulstrukturert opplæring er open frå skuleåret personen fyller {age}; {person} fyller {have} "
    "i skuleåret som byrjar {start}: MFY opnar frå {opens}.",
    "praksiskandidat.no": "Praksiskandidat krev {need} månader allsidig praksis i {trade}; {person} har {have} "
    "månader og ingen jobb i faget som kan gi meir.",
    "what.laerekandidat": "lærekandidat",
    "what.praksisbrev": "praksisbrev",
    "what.fpj": "fagbrev på jobb",
    "what.mfy": "modulstrukturert opplæring (MFY)",
    "what.mfy_trades": "modulstrukturert opplæring",
    "contract.laerling": "lærekontrakt",
    "contract.laerekandidat": "opplæringskontrakt",
    "contract.praksisbrev": "praksisbrevkontrakt",
    # step titles and notes
    "step.school": "{level} {programme}",
    "step.school.opphenting": "{level} {programme} med yrkesfagleg opphenting",
    "step.laerling": "Lærling i {trade} ({model})",
    "step.laerling.early": "Lærling i {trade} rett etter {after} ({model}, fellesfag og teori i læretida)",
    "step.laerling.upgrade": "Lærling i {trade} (opplæringskontrakten gjort om til lærekontrakt)",
    "step.laerling.after_praksisbrev": "Lærling i {trade} etter praksisbrevet (same lærebedrift)",
    "step.after.grunnskole": "grunnskulen",
    "step.after.vg1": "Vg1",
    "step.vg3_skole": "Vg3 fagopplæring i skule i {trade} (om lag 80 % i praksis i bedrift)",
    "step.laerekandidat": "Lærekandidat i {trade} (opplæringskontrakt)",
    "step.laerekandidat.first": "Lærekandidat i {trade}, første året",
    "step.praksisbrev": "Praksisbrev i {trade} (4 dagar i bedrift, 1 dag på skulen)",
    "step.fpj": "Fagbrev på jobb i {trade}",
    "step.fpj.wait": "Hald fram med å jobbe i {trade} til fagbrev på jobb blir mogleg",
    "step.praksiskandidat.wait": "Hald fram med å jobbe i {trade} til praksisen er {months} månader",
    "step.praksiskandidat": "Praksiskandidat i {trade}: oppmelding, skriftleg eksamen på Vg3, {prove}",
    "step.mfy": "Modulstrukturert opplæring (MFY) i {trade}",
    "step.fellesfag": "{subjects} {how}",
    "step.fellesfag.school_day": "på skulen éin dag i veka i læretida",
    "step.fellesfag.vg3": "på skulen i Vg3",
    "step.fellesfag.praksisbrev": "på skulen éin dag i veka",
    "note.privatist": "eller ta dei som privatist (eksamen i mai–juni og november–desember; oppmelding innan 1. "
    "februar eller 15. september) og behald den vanlege læretida",
    "note.fpj": "Ei realkompetansevurdering kan gi kortare kontrakt (minst 12 månader).",
    "note.praksiskandidat": "Kandidaten melder seg opp hos fylkeskommunen og betaler prøveavgifta; den dokumenterte "
    "praksisen må dekkje læreplanen for Vg3.",
    "exam.vg3": "skriftleg eksamen på Vg3",
    "exam.fagprove": "fagprøve",
    "exam.svenneprove": "sveineprøve",
    "exam.kompetanseprove": "kompetanseprøve",
    "exam.praksisbrevprove": "praksisbrevprøve",
    "exam.modules": "vurdering av modulane",
    "exam.fellesfag": "{subject} (fellesfag)",
    "warn.bt2_unknown": "Det er ikkje kjent frå kva alder {county} fylkeskommune betaler basistilskot II: avklar med "
    "fylkeskommunen.",
    "warn.upgrade": "{county} fylkeskommune må godkjenne at opplæringskontrakten blir gjort om til lærekontrakt, og "
    "tida som lærekandidat blir godskriven etter ei individuell vurdering.",
    "warn.praksisbrev_credit": "{county} fylkeskommune vurderer kor mykje av praksisbrevtida som tel i læretida "
    "(0–24 månader; planlagd med {months}).",
    "warn.praksisbrev_adult": "Ungdom med rett til vidaregåande opplæring blir prioritert til praksisbrev.",
    "warn.mfy_length": "Modulstrukturert opplæring har inga fast lengd: {county} fylkeskommune fastset ho etter ei "
    "realkompetansevurdering; her planlagt som resten av opplæringa i faget minus skuleår og praksis ({months} "
    "månader).",
    "warn.fpj_exceptions": "{county} fylkeskommune tek i særlege tilfelle inn yngre kandidatar til fagbrev på jobb: "
    "ein tidlegare start kan vere mogleg.",
    "warn.age_estimated": "Alderen er oppgitt utan fødselsdato: alderen ved seinare steg er anslått.",
    "reason.ranked_lower": "{name} er mogleg, men blir rangert lågare enn løpa som blir viste; sjå fleire med --top.",
    "reason.no_route": "Ingen løp gjennom {name} blir ferdige innan planleggingsperioden.",
    # the terminal view
    "view.years": "{age} år",
    "view.age_given": "{age} år (oppgitt alder, ingen fødselsdato)",
    "view.goal": "mål: {trade} ({qualification})",
    "view.school": "skule: {years}",
    "view.school.no_grunnskole": "skule: grunnskulen ikkje fullført",
    "view.school.none": "skule: ingen etter grunnskulen",
    "view.missing": "manglar: {subjects}",
    "view.experience": "{months} månader relevant arbeidserfaring",
    "view.employed": "jobb: {job}",
    "view.place": "læreplass: {answer}",
    "view.yes": "ja",
    "view.no": "nei",
    "view.unknown": "ukjend",
    "view.planned": "planlagt {as_of} etter regelverket frå {version}",
    "view.no_route": "Fann ingen veg fram til fag-/sveinebrev, kompetansebevis eller praksisbrev.",
    "view.route": "{qualification} etter {months}",
    "view.route_tail": " ({finish}, {age} år): {chain}",
    "view.columns": "frå|til|mnd.|alder\nved\nslutt|skule-\ndagar\nper veke|steg",
    "view.facts": "på skulen {school} mnd. · i bedrift {company} mnd. · med løn {paid} mnd. · tilskot til "
    "lærebedrifta: {grants}",
    "view.exams": "prøver og eksamenar: {exams}",
    "view.followed": "oppfølging: {who}",
    "view.waiting": "ventar frå {start} til {end} ({months}): {who} følgjer opp",
    "view.none": "ingen",
    "view.not_passed": "(ikkje bestått)",
    "view.excluded": "Ordningar som fell bort:",
    "view.county_decides": "Fylkeskommunen avgjer: avklar kvart løp med fylkeskommunen før noko blir lova.",
    "n.csv_missing": "CSV manglar den påkravde kolonnen {names}|CSV manglar dei påkravde kolonnane {names}",
    "n.months": "{n} månad|{n} månader",
    "n.candidates": "{n} kandidat|{n} kandidatar",
    "n.status.ok": "{n} med løp|{n} med løp",
    "n.status.no_route": "{n} utan løp|{n} utan løp",
    "n.status.invalid": "{n} ugyldig|{n} ugyldige",
    "n.problems": "{n} feil|{n} feil",
    "view.columns_left_out": (
        "med {width} kolonnar utelèt tabellen: {columns}; gjer terminalen breiare eller bruk --format {fmt}"
    ),
    "view.summary": "{candidates}: {status}; beste løp: {best}",
    "view.progress_rate": "{rate}/s",
    "view.progress": "planlegg",
    # many candidates
    "batch.worker_lost": "planlegginga av denne kandidaten stoppa arbeidsprosessen kvar gong ho vart prøvd; "
    "planlegg han åleine (pathway plan) for å sjå kvifor",
    "batch.no_candidates": "ingen kandidatfiler (*.yaml, *.yml, *.json, *.ndjson, *.jsonl, *.csv) i denne mappa",
    "batch.not_candidate": "ikkje ei kandidatfil, ikkje planlagd: "
    "kandidatane i ei mappe er *.yaml, *.yml, *.json, *.ndjson, *.jsonl og *.csv (store eller små bokstavar)",
    "batch.not_regular": "er ikkje ei vanleg fil (ein FIFO, socket eller eining), ikkje lesen",
    "batch.empty": "ingen kandidatar i inndataa",
    "batch.symlink_loop": "lykkje av symbolske lenkjer: denne mappa er allereie lesen",
    "batch.csv_columns": "{missing}; kolonnane er {allowed}",
    "batch.csv_unknown_column": "ukjend CSV-kolonne; kolonnane er {allowed}",
    "candidate.empty": "kandidaten er tom; ein kandidat treng minst county, goal.trade og age",
    "barriers.columns": "fylke|ordning|barriere|råka|utestengde|betre løp utan regelen|fullt fag-/sveinebrev utan "
    "regelen|månader spart|snitt",
    "barriers.title": "Systembarrierar i kullet",
    "barriers.intro": "{candidates} ({invalid}, {no_route}). For kvar fylkesregel: kor "
    "mange kandidatar han stengjer ute frå ei ordning, og kor mange som ville fått eit betre løp utan han (planlagt "
    "på nytt utan regelen).",
    "barriers.exclusions": "Utestengingar etter ordning, grunn og {by}",
    "barriers.sources": "Kjelder til reglane:",
    # routes side by side
    "compare.bad_routes": "ikkje ei liste med løpsnummer: {value!r}; skriv dei slik: 1,2,3",
    "compare.no_such_route": "det finst ikkje noko løp {rank}; løpa er {routes}",
    "compare.fellesfag": "{subjects}, bestått innan {by}",
    "compare.follow_up": "{start} til {end}: {who}",
    "compare.grant_bt1": (
        "{name}: {amount} kr per opplæringsår (satsen for {year} publisert av {source}; kvar fylkeskommune "
        "fastset eigne satsar, dei fleste følgjer dei felles satsane frå Udir/KS)"
    ),
    "compare.grant_bt2": (
        "{name}: {amount} kr per år (satsen for {year} publisert av {source}; kvar fylkeskommune fastset "
        "eigne satsar, dei fleste følgjer dei felles satsane frå Udir/KS)"
    ),
    "compare.grant_unknown": "{name}: beløpet er ukjent (regelverket har ingen sats for {day}); spør fylkeskommunen",
    "compare.route": "Løp {rank}",
    "compare.row.schemes": "ordningar",
    "compare.row.qualification": "sluttkompetanse",
    "compare.row.months": "månader til fullført",
    "compare.row.finish": "fullført",
    "compare.row.age": "alder ved fullført",
    "compare.row.school_company": "månader i skule / bedrift",
    "compare.row.days": "skuledagar per veke (maks.)",
    "compare.row.paid": "månader med / utan løn",
    "compare.row.grant": "tilskot til lærebedrifta",
    "compare.row.fellesfag": "fellesfag som må bestå",
    "compare.row.exams": "prøver og eksamenar",
    "compare.row.follow_up": "kven som følgjer opp",
    "compare.row.transitions": "kritiske overgangar",
    "compare.row.warnings": "må avklarast",
    "compare.title": "Løp for {candidate}, planlagt {as_of}",
    "transition.waiting": "ventar til {start}: {who} følgjer opp (OT og Nav overfører ikkje saka automatisk)",
    "transition.school_ends": "skuleplassen tek slutt: {who} følgjer opp til {start} (OT overfører ikkje saka "
    "automatisk til Nav)",
    "transition.contract_signed": "Kontrakten er inngått: lærebedrifta og opplæringskontoret tek over oppfølginga; "
    "Nav avsluttar si oppfølging (personen er ikkje lenger registrert som arbeidssøkjar).",
    "transition.contract_changed": "kontrakten blir gjort om, med godkjenning frå fylkeskommunen; same lærebedrift",
    "transition.school_starts": "skulen byrjar: skulen følgjer opp",
    "transition.qualification": "Fag-/sveineprøva er bestått: fag-/sveinebrevet (eller kompetansebeviset) blir "
    "skrive ut.",
    # the timeline
    "timeline.legend": "█ skule  ▆ bedrift  ▁ prøve eller arbeid  ▒ fellesfag ved sida av  · ventar",
    # the printable report
    "report.title": "Vegen til fag-/sveinebrev, kompetansebevis eller praksisbrev: {candidate}",
    "report.candidate": "Kandidaten",
    "report.routes": "Løpa",
    "report.comparison": "Side om side",
    "report.excluded": "Ordningar som fell bort, og kvifor",
    "report.sources": "Kjelder",
    "report.rules": "Planlagd {as_of} etter regelverket frå {version}.",
    # the adviser's language, screen and paper (issue 10)
    "word.months": "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
    "word.months_short": "jan.|feb.|mars|apr.|mai|juni|juli|aug.|sep.|okt.|nov.|des.",
    "word.then": ", deretter ",
    "word.alongside": ", ",
    "name.via.skole": "{levels} i skule",
    "name.via.laerling": "som lærling",
    "name.via.vg3_skole": "Vg3 fagopplæring i skule",
    "name.via.laerekandidat": "som lærekandidat",
    "name.via.praksisbrev": "med praksisbrev",
    "name.via.fagbrev_paa_jobb": "fagbrev på jobb",
    "name.via.mfy": "modulstrukturert opplæring (MFY)",
    "name.via.praksiskandidat": "som praksiskandidat",
    "name.via.fellesfag": "med fellesfag ved sida av",
    "name.status.ok": "med løp",
    "name.status.no_route": "utan løp",
    "name.status.invalid": "ugyldig",
    "name.condition.age_rule": "aldersgrense",
    "name.condition.completed_vg2": "har alt bestått skuleåra",
    "name.condition.early_contract_not_offered": "ingen lærekontrakt rett etter grunnskulen eller Vg1",
    "name.condition.experience_above_redirect": "for mykje praksis (blir vist til praksiskandidat)",
    "name.condition.grunnskole_missing": "manglar fullført grunnskule",
    "name.condition.has_apprenticeship_place": "har læreplass",
    "name.condition.no_apprenticeship_place": "ingen læreplass",
    "name.condition.no_modular_curriculum": "ingen modulstrukturert læreplan",
    "name.condition.not_employed_in_trade": "ikkje tilsett i faget",
    "name.condition.not_offered_in_county": "blir ikkje tilbode i fylket",
    "name.condition.position_too_small": "for lita stilling",
    "name.condition.practice_too_short": "for kort praksis",
    "name.condition.school_levels_missing": "manglar skuleår",
    "name.condition.too_little_experience": "for lite arbeidserfaring",
    "name.condition.too_young": "for ung",
    "name.condition.trade_not_offered_in_county": "faget blir ikkje tilbode i fylket",
    "name.condition.sarlop_no_vg2": "særløpsfag utan Vg2",
    "name.condition.vg3_already_in_school": "faget har alt Vg3 i skule",
    "name.condition.ranked_lower": "blir rangert lågare",
    "name.condition.no_route": "ingen løp innan perioden",
    "view.more_routes": "Fleire vegar (vis dei med --top {top}):",
    "view.more_detail": "Vilkårskodar og kjelder: legg til --verbose. Alt på papir: pathway report.",
    "view.source": "kjelde: {source}",
    "check.columns": "id|kjelde|status|ordningar|sluttkompetanse|mnd.|ferdig|løp|feil|godskrive",
    "barriers.exclusion_columns": "ordning|grunn|{by}|kandidatar",
    "summary.title": (
        "Verdiar med låg tryggleik (confidence: low) blant kjeldebelagde verdiar i bruk, etter type regelfil"
    ),
    "summary.by_field": "Etter felt",
    "summary.columns": "type|verdiar|låg|del|ukjend",
    "summary.all": "heile regelverket",
    "summary.kind.counties": "fylke",
    "summary.kind.schemes": "ordningar",
    "summary.kind.trades": "lærefag",
    "summary.kind.programmes": "program",
    "summary.kind.book": "felles filer",
    "help.rules_check.summary": "Vis òg delen verdiar med låg tryggleik, etter type regelfil og felt.",
    "offer.confirm": "sjekk på vilbli.no",
    "offer.yes": "blir tilbode",
    "offer.no": "blir ikkje tilbode",
    "offer.unknown": "ukjend",
    "offer.low": "låg tryggleik",
    "input.county_programmes_only": "--county høyrer berre til `rules list programmes`",
    "help.rules_list.county": "Berre program: Vg2-programområda og om fylket tilbyr kvart av dei.",
    "rules.ok": "ok: {files} regelfiler i {root}",
    "rules.problems": "{count} i regelverket i {root}",
    "validation.max": "må vere høgst {limit}",
    "validation.min": "må vere minst {limit}",
    "validation.choice": "må vere éin av {expected}",
    "validation.too_short": "er for kort",
    "validation.too_long": "er for lang",
    "validation.number": "venta eit tal, fekk {value!r}",
    "validation.text": "venta tekst, fekk {value!r}",
    "yaml.tab": "tabulator brukt som innrykk; bruk mellomrom",
    "yaml.colon": "eit kolon (:) der YAML ikkje ventar eitt; set verdien i hermeteikn eller byrj på ei ny linje",
    "yaml.unclosed": "ein parentes eller eit hermeteikn er ikkje lukka",
    "yaml.bad_character": "eit teikn som ikkje kan byrje ein verdi; set verdien i hermeteikn",
    "yaml.indent": "innrykket stemmer ikkje; sjekk mellomromma først på linja",
    "yaml.what.flow_sequence": "lista i hakeparentes",
    "yaml.what.flow_mapping": "samlinga i klammeparentes",
    "yaml.what.quoted_scalar": "teksten i hermeteikn",
    "report.summary": "Kort fortalt",
    "report.summary_best": "Det beste løpet: {route}.",
    "report.for.ordinary": "Den vanlege vegen.",
    "report.for.alternative": "Ein annan veg.",
    "report.for.approval": "Berre med godkjenning frå fylkeskommunen.",
    "report.for.fallback": "Berre for den som ikkje får læreplass.",
    "report.ranked_lower": (
        "{name} er mogleg, men blir rangert lågare enn løpa på dette arket; rådgjevaren kan vise det"
    ),
    "report.who": "{name} er {group}.",
    "report.summary_other": "Løp {rank}: {route}.",
    "report.summary_route": "{qualification} etter {months} ({finish}, {age} år), {chain}",
    "report.first": "Dette må skje først",
    "report.first_step": "Frå {start}: {step}.",
    "report.details": "Detaljane",
    "report.chart_alt": "Tidslinje for løpa: {routes}.",
    "report.chart_route": "løp {rank} går frå {start} til {end}: {parts}",
    "report.chart_part": "{kind} frå {start} til {end}",
    "report.footer": "{candidate} · planlagt {as_of}",
    "report.document": "{title} (ikkje på nettet; spør rådgivaren)",
    "name.kind.school": "skule",
    "name.kind.company": "bedrift",
    "name.kind.other": "prøve eller arbeid",
    "name.kind.waiting": "ventar",
    "yaml.general": "sjekk innrykk, kolon og hermeteikn på denne linja",
    "report.page": "side {page} av {pages}",
    "name.group.county": "fylke",
    "name.group.trade": "lærefag",
    "name.group.age_band": "aldersgruppe",
    "word.or": " eller ",
    "help.pathway": "Vegar til fag-/sveinebrev, kompetansebevis eller praksisbrev, planlagde etter regelverket i YAML.",
    "help.option.version": "Skriv ut versjonen av programmet og regelverket.",
    "help.option.quiet": "Berre resultata: ingen hint, ingen framdriftsindikator, inga ok-linje.",
    "help.option.verbose": "Vis òg vilkårskodane og kjelda til kvar grunn.",
    "help.option.no_color": "Ingen fargar (som med miljøvariabelen NO_COLOR).",
    "help.option.traceback": "Vis Python-tracebacken ved feil.",
    "help.option.lang": (
        "Språket i utdataa: en (engelsk), nb (bokmål) eller nn (nynorsk); standard frå $LANG (nb_NO, nn_NO), elles en."
    ),
    "help.option.install_completion": "Installer tab-fullføring for skalet du bruker.",
    "help.option.show_completion": "Vis tab-fullføringa for skalet du bruker, for å kopiere eller tilpasse ho.",
    "help.plan": (
        "Planlegg løpa for éin kandidat, og sei kvifor kvar av dei andre ordningane fell bort.\n"
        "\n"
        "Døme: `pathway plan examples/elkem-kjemiprosess.yaml --as-of 2026-11-26`\n"
        "\n"
        "Kandidatfila (YAML eller JSON; berre county, goal og birth_date eller age er påkravde):\n"
        "\n"
        "\b\n"
        "id: k-017                 eit pseudonym, aldri eit namn eller eit fødselsnummer\n"
        "birth_date: 2008-05-14    eller 14.05.2008 (eller age: når datoen er ukjend)\n"
        "age: 18                   når fødselsdatoen ikkje er kjend\n"
        'county: agder             fylket kandidaten bur i (id, namn eller "42")\n'
        "grunnskole: true          fullført grunnskule (standard: true)\n"
        "goal: {trade: kokkfaget}  lærefaget (sjå pathway rules list trades)\n"
        "school: [{level: vg1, programme: restaurant-og-matfag}]  fullførte år\n"
        "fellesfag: {missing: \\[norsk]}  fag frå dei åra som ikkje er bestått\n"
        "work: [{trade: kokkfaget, months: 14, percent: 100}]  relevant arbeid\n"
        "employment: {trade: kokkfaget, percent: 80}  noverande jobb, om nokon\n"
        "apprenticeship_place: true  ei lærebedrift har tilbode kontrakt\n"
        "qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2025-06}]  har\n"
        "current: {kind: laerling, trade: kokkfaget, since: 2025-08}  er i no\n"
        "history: [{event: test_failed, test: fagprove, trade: kokkfaget, date: 2026-06}]\n"
        "special_needs: true       sakkyndig vurdering eller individuell plan\n"
        'notes: "tre samtalar"     fritekst, blir aldri vist i resultatet\n'
        "\n"
        "Alle nøklane: docs/nb/kandidatfil.md; i ein editor fullfører schemas/candidate.schema.json dei."
    ),
    "help.option.file": "Kandidatfil (YAML eller JSON), eller - for stdin.",
    "help.plan.top": "Kor mange løp som skal visast.",
    "help.plan.fmt": "table for menneske, json for skript, dot for heile løpsgrafen (Graphviz).",
    "help.plan.as_of": "Planlegg per denne datoen (ÅÅÅÅ-MM-DD); standard er i dag.",
    "help.option.rules": "Mappa med regelverket (standard: $PATHWAY_RULES, elles regelverket som er installert).",
    "help.check": (
        "Planlegg mange kandidatar: éi rad for kvar (id, kjelde, status, beste løp), i same rekkjefølgje som "
        "inndataa.\n"
        "\n"
        "CSV-kolonnar: `id, age, birth_date, county, trade, levels, missing, work_months, work_percent,\n"
        "employed, apprenticeship_place, grunnskole` (levels som `vg1 vg2` eller `vg1:teknologi-og-industrifag`;\n"
        "lister skilde med mellomrom eller `|`; filer frå Excel med `;` og BOM blir lesne òg).\n"
        "\n"
        "Døme: `pathway check kull.csv --format ndjson --jobs 2 --output rader.ndjson`"
    ),
    "help.option.paths": "Kandidatfiler, mapper, NDJSON- eller CSV-filer, eller - for stdin.",
    "help.check.fmt": "table, ndjson (strøyma), csv eller json.",
    "help.check.output": "Skriv til FIL, heil eller ikkje i det heile.",
    "help.check.excel": "CSV for rekneark: UTF-8 med BOM og ; som skiljeteikn.",
    "help.option.jobs": "Talet på arbeidsprosessar.",
    "help.check.redact": "Byt ut id-ane med ein stabil kort hash.",
    "help.option.as_of": "Planlegg per denne datoen (ÅÅÅÅ-MM-DD).",
    "help.barriers": (
        "Systembarrierane i kullet: for kvar ordning, kven som fell utanfor og kvifor; for kvar fylkesregel,\n"
        "kor mange som ville fått eit betre løp utan regelen (planlagt på nytt utan han).\n"
        "\n"
        "Døme: `pathway barriers kull.csv --format markdown > barrierar.md`"
    ),
    "help.barriers.fmt": "table, json eller markdown.",
    "help.barriers.by": "Grupper utestengingane etter fylke (county), lærefag (trade) eller aldersgruppe (age-band).",
    "help.compare": (
        "Løp side om side: månader, skule og bedrift, løn, tilskot, prøver, kven som følgjer opp, overgangar.\n"
        "\n"
        "Døme: `pathway compare examples/elkem-kjemiprosess.yaml --routes 1,3 --format markdown`"
    ),
    "help.compare.routes": "Kva for løp, t.d. 1,2,3 (standard: dei tre beste).",
    "help.compare.fmt": "table, json eller markdown.",
    "help.report": (
        "Ei HTML-side til utskrift, heilt sjølvstendig (ingen skript, ingenting blir henta frå nettet), til "
        "å skrive ut eller sende.\n"
        "\n"
        "Døme: `pathway report examples/elkem-kjemiprosess.yaml --output k-017.html`"
    ),
    "help.report.output": "HTML-fila som skal skrivast (heil eller ikkje i det heile).",
    "help.report.top": (
        "Kor mange løp som skal planleggjast, som i plan (arket viser dei tre første i detalj og nemner resten)."
    ),
    "help.schema": (
        "Skriv ut JSON Schema for kandidatfila eller ei regelfil (for editorar).\n"
        "\n"
        "Døme: `pathway schema candidate > schemas/candidate.schema.json`"
    ),
    "help.schema.what": "candidate, county, trade, programme eller scheme.",
    "help.rules": "Sjekk, list opp og vis regelverket.",
    "help.rules_check": (
        "Sjekk regelverket: skjema, kryssreferansar, kjelder og datoar.\n"
        "\n"
        "Kvar feil blir skriven som `FIL:LINJE:KOLONNE: melding`. Døme: `pathway rules check rules/`"
    ),
    "help.rules_check.folder": "Mappa med regelverket (standard: regelverket som blir brukt).",
    "help.rules_list": (
        "List opp id-ane og namna på ordningar, fylke, lærefag eller program.\n\nDøme: `pathway rules list counties`"
    ),
    "help.rules_list.kind": "Kva som skal listast opp.",
    "help.rules_show": (
        "Vis éi regelfil slik ho blir lasta (YAML), med stien.\n\nDøme: `pathway rules show praksisbrev`"
    ),
    "help.rules_show.entity": "Ein id (eller eit namn) på ei ordning, eit fylke, eit lærefag eller eit program.",
    "help.option.help": "Vis denne hjelpa og avslutt.",
    "help.usage": "Bruk: ",
    "help.arguments": "Argument",
    "help.options": "Val",
    "help.commands": "Kommandoar",
    "help.default": "[standard: {value}]",
    "help.required": "[påkravd]",
    "validation.goal": "skriv lærefaget på ei eiga linje under goal, med innrykk: trade: {value}",
    "help.options_metavar": "[VAL]",
    "help.subcommand_metavar": "KOMMANDO [ARGUMENT]...",
    "standing.ordinary": "{name} er den vanlege vegen for {who}: {group}",
    "standing.alternative": "{name} er mogleg for {who}, men personen er ikkje hovudmålgruppa: {group}",
    "standing.approval": "{name} krev godkjenning frå {county} for {who}: {group}",
    "standing.fallback": "{name} er berre for når den vanlege vegen ikkje går: {group}",
    "standing.early": "ein lærekontrakt i ein annan modell ({model}) enn den faget har, må godkjennast av {county}",
    "standing.adult_contract": "lærekontrakt for ein vaksen utan skuleåra: {county} godkjenner kontrakten og "
    "godskriv det personen alt kan (realkompetanse)",
    "standing.upgrade": "å gjere om ein opplæringskontrakt til lærekontrakt krev samtykke frå {county}",
    "standing.fpj_exception": "{county} tek berre unntaksvis inn personar under aldersgrensa til fagbrev på jobb",
    "who.young": "ein ungdom",
    "who.young_adult": "ein ung vaksen (19–24 år)",
    "who.adult": "ein vaksen",
    "who.special_needs": "ein person med særskilde behov",
    "target.skole": "skuleåra er laga for ungdom frå grunnskulen; vaksne (25 år og eldre) får vanlegvis opplæring "
    "organisert for vaksne",
    "target.laerling": "laga for dei som tek skuleåra i faget først",
    "target.vg3_skole": "laga for den som ikkje får læreplass (fylkeskommunen må tilby det)",
    "target.laerekandidat": "laga for den som treng eit tilpassa mål; utan særskilde behov kan det koste eit fullt "
    "fagbrev",
    "target.praksisbrev": "laga for elevar frå grunnskulen med svake karakterar eller høgt fråvær som lærer best i "
    "ei bedrift",
    "target.fagbrev_paa_jobb": "laga for vaksne som er tilsette i faget og har minst eitt års praksis",
    "target.praksiskandidat": "laga for personar med lang praksis i faget, som oftast vaksne",
    "target.mfy": "laga for vaksne: opplæring organisert for dei, frå skuleåret dei fyller 19",
    "step.school.name": "skuleåra",
    "step.school.adult": "{level} {programme} (eit skuleår for ungdom)",
    "step.school.opphenting.adult": "{level} {programme} med yrkesfagleg opphenting (eit skuleår for ungdom)",
    "step.laerling.sarlop": "Lærling i {trade} (særløp {model}: fellesfag frå Vg2 og teori i læretida)",
    "step.laerling.adult": "Lærekontrakt som vaksen i {trade} (utan skuleåra; {model} minus det som blir godskrive)",
    "step.after.other_school": "{level} {programme}",
    "step.fellesfag.sarlop": "undervist i læretida i særløpet",
    "exam.sarlop": "obligatorisk eksamen i særløp",
    "note.fellesfag_before_test": "Høgst {limit} fellesfag kan mangle ved fag-/sveineprøva: minst {need} av dei må "
    "bestå før prøva, resten innan {months} månader etter.",
    "note.fellesfag_after_test": "{subjects} kan bestå inntil {months} månader etter fag-/sveineprøva.",
    "note.extension_option": "Læretida kan forlengjast etter avtale viss skuledagen tek for mykje av henne; "
    "fylkeskommunen godkjenner kontrakten.",
    "note.fellesfag_variant": "{subjects} bestått på eit anna utdanningsprogram: godskrive her, men faget har ein "
    "annan variant: avklar med {county}.",
    "note.praksiskandidat_credit": "{months} av dei {required} månadene blir godskrivne for bestått Vg1/Vg2 i faget "
    "(fylkeskommunen vurderer godskrivinga).",
    "warn.vg3_in_school_grant": "kva tilskot {county} gir for eit fag med Vg3 i skule (berre verdiskaping att i "
    "bedrifta), er ikkje kjent: avklar med {county}",
    "warn.old_act": "planlagt før {day}: den gamle opplæringslova gjeld der regelverket har daterte verdiar; den "
    "gamle ungdomsretten (3 år innan 5, 6 med læretid, til skuleåret ein fyller 24; vaksne frå 25) og andre delar er "
    "berre modellerte etter den nye lova: avklar med fylkeskommunen",
    "warn.vg2_not_offered": (
        "Vg2 {programme} blir ikkje tilbode i {county}: næraste tilbod er i {nearest}; søk som gjesteelev eller flytt"
    ),
    "warn.vg2_not_offered_anywhere": (
        "Vg2 {programme} blir ikkje tilbode i {county}: vi kjenner ikkje til tilbod i eit anna fylke "
        "(sjå vilbli.no); søk som gjesteelev eller flytt"
    ),
    "warn.late_admission": "skuleåret har byrja: om ein sein start i år er mogleg, avgjer skulen og fylkeskommunen "
    "(avklar med {county}); planlagt frå neste skuleår",
    "vg3_sarlop.no": "{trade} er eit særløpsfag ({model}) utan Vg2: inga kjelde skildrar Vg3 i skule rett etter Vg1 "
    "som fører fram til fagbrev; avklar med {county} kva som blir tilbode utan læreplass",
    "view.group.approval": "Krev godkjenning frå fylkeskommunen",
    "view.group.fallback": "Viss du ikkje får læreplass",
    "view.group.partial": "Delkompetanse (kompetansebevis, praksisbrev)",
    "view.group.routes": "Vegar",
    "view.standing.ordinary": "   vanleg veg: {reason}",
    "view.standing.alternative": "   alternativ: {reason}",
    "view.standing.approval": "   krev godkjenning: {reason}",
    "view.standing.fallback": "   reserveløysing: {reason}",
    "step.fpj.exception": "Fagbrev på jobb i {trade} før aldersgrensa (unntak som {county} godkjenner)",
    "date.year_range": "{value!r} er ikkje ein sannsynleg dato: året må vere mellom {first} og {last}",
    "date.invalid": "ikkje ein dato: {value!r}; skriv han som DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, t.d. 14.05.2008 eller "
    "2008-05-14",
    "date.month_invalid": "ikkje ein månad eller ein dato: {value!r}; skriv han som ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller "
    "DD.MM.ÅÅÅÅ, t.d. 2025-06",
    "date.month_number": "eit tal ({value}) for YAML, ikkje ein månad; skriv månaden som ÅÅÅÅ-MM, t.d. 2021-01, "
    "eller set han i hermeteikn",
    "date.short_year": "{value!r} har tosifra årstal; skriv heile året, t.d. 14.05.2008",
    "candidate.id_control": "id inneheld eit kontrollteikn (som tabulator eller linjeskift); bruk eit enkelt "
    "pseudonym, t.d. k-017",
    "candidate.country": "ikkje ein landkode: {value!r}; bruk to bokstavar, t.d. no, se, pl",
    "candidate.to_before_from": "to er før from",
    "candidate.months_span": "{months} månader får ikkje plass mellom from og to ({span} månader)",
    "candidate.months_missing": "oppgi months, eller både from og to",
    "candidate.trade_needed": "eit {kind} gjeld eit lærefag; oppgi lærefaget (trade)",
    "candidate.trade_not_for": "{kind} gjeld ikkje eit lærefag; ta bort trade",
    "candidate.elev_needs": "for kind: elev, oppgi {key} for skuleåret eleven går no",
    "candidate.event_needs": "for event: {event}, oppgi {key}",
    "candidate.event_not": "{key} gjeld ikkje event: {event}; ta det bort",
    "input.missing_and_passed": "{subject!r} står både som manglande og som bestått",
    "input.date_future": "{day} er etter planleggingsdatoen {as_of}; denne delen av fila gjeld det som alt har skjedd",
    "input.work_future": "{day} er etter planleggingsdatoen {as_of}; work gjeld arbeid som er utført (ein jobb ein "
    "har no, blir ført under employment)",
    "input.file_name_national_id": "filnamnet ser ut som eit fødselsnummer; legg til ein id med eit pseudonym, t.d. "
    "k-017",
    "privacy.withheld": "ein verdi som ikkje blir vist her, fordi han ser ut som {like}",
    "privacy.national_id": "eit fødselsnummer",
    "privacy.name": "eit personnamn",
    "input.private_county": "er ikkje ein fylkes-id, eit fylkesnamn eller eit fylkesnummer; verdien blir ikkje vist, "
    "fordi han ser ut som {like}",
    "input.private_trade": "er ikkje id-en eller namnet på eit lærefag; verdien blir ikkje vist, fordi han ser ut som "
    "{like}; alle lærefag: `pathway rules list trades`",
    "input.private_programme": "er ikkje id-en eller namnet på eit utdanningsprogram eller programområde; verdien blir "
    "ikkje vist, fordi han ser ut som {like}",
    "input.private_fellesfag": "er ikkje id-en eller namnet på eit fellesfag; verdien blir ikkje vist, fordi han ser "
    "ut som {like}",
    "input.foreign_character": "inneheld eit teikn som ingen id eller namn har ({char}); skriv id-en, med små "
    "ASCII-bokstavar som {example}, eller det norske namnet",
    "input.county_number": '{value!r} er ikkje eit fylkesnummer: fylkesnummer har to siffer, t.d. "42" (Agder) eller '
    '"03" (Oslo)',
    "input.county_split": "{value!r} vart delt 1. januar 2024; vel fylket der personen er folkeregistrert no: "
    "{choices}",
    "warn.school_duplicate": "{level} {programme} står to gonger, første gongen som bestått; sjekk skuleåra",
    "warn.school_order": "{level} står før {below}; før opp skuleåra i den rekkjefølgja dei vart tekne",
    "warn.school_gap": "{level} står utan {below}; sjekk skuleåra",
    "warn.below_not_passed": "{level} står oppført, men {below} berre som ikkje bestått; {level} krev bestått "
    "{below}: sjekk skuleåra",
    "warn.vg3_skole_without_vg2": "personen går Vg3 i skule no, som krev bestått Vg2, men school har ingen bestått "
    "Vg2; sjekk skuleåra",
    "warn.missing_not_taken": "fellesfag.missing har {subject}, eit fag på {levels}, som ikkje står under school; før "
    "berre opp fag frå år som er tekne (fag frå år som står att, er ein del av vegen)",
    "warn.studiekompetanse_missing": "studiekompetanse krev at alle fellesfag er bestått, men fellesfag.missing har "
    "{subjects}; sjekk fila",
    "warn.no_grunnskole": "grunnskole er false, men fila har vidaregåande skuleår eller studiekompetanse, som kjem "
    "etter grunnskulen; sjekk grunnskole",
    "warn.work_months": "{months} månader arbeid er meir enn dei {possible} månadene sidan personen fylte {age}; "
    "sjekk arbeidsperiodane",
    "yaml.flow_comma": "ukjend nøkkel {key!r}: eit komma utan hermeteikn mellom klammeparentesane avsluttar verdien; "
    "set verdien i hermeteikn, t.d. {example}",
    "yaml.tag": "YAML-taggen {tag} er ikkje tillaten i pathway-filer; skriv verdien slik han er",
    "yaml.merge_key": "flettenøkkelen << er ikkje tillaten i pathway-filer; skriv nøklane ut",
    "yaml.big_number": "eit tal med {digits} siffer; ingen felt tek eit så langt tal",
    "credit.studiekompetanse": "generell studiekompetanse: fellesfaga blir godskrivne (fylkeskommunen stadfestar "
    "godskrivinga)",
    "credit.other_trade_school": "{levels} bestått til {kind} i {trade}: også skuleår i dette faget, "
    "blir godskrivne",
    "credit.other_trade": "{kind} i {trade}: fellesfaga blir godskrivne, og retten til éin ny yrkesfagleg "
    "sluttkompetanse gjeld (yrkesfagleg rekvalifisering; tidlegare opplæring blir godskriven etter vurderinga til "
    "fylkeskommunen)",
    "credit.rule.full_time": "{percent} % eller meir blir rekna som heiltid",
    "credit.rule.pro_rata": "ei stilling under {percent} % blir rekna forholdsmessig",
    "credit.rule.full_time_confirm": "{percent} % eller meir blir rekna som heiltid; avklar med {county}",
    "credit.rule.pro_rata_confirm": "ei stilling under {percent} % blir rekna forholdsmessig; avklar med {county}",
    "credit.part_time": "arbeid: {months} månader i {percent} % stilling = {fte} månader heiltid ({rule})",
    "credit.short_period": "ein arbeidsperiode på {months} månader blir ikkje telt med: periodar på minst {need} "
    "månader tel",
    "credit.year_cap": "{year}: {months} månader arbeid i eitt kalenderår tel som {cap}",
    "credit.recent": "mindre enn {share} % av praksisen er frå dei siste {years} åra: fylkeskommunen godtek kanskje "
    "ikkje alt",
    "credit.school": "{months} månader praksis godskrivne for bestått Vg1/Vg2 i faget, som praksiskandidat og i "
    "fagbrev på jobb (fylkeskommunen vurderer det)",
    "credit.served": "{months} månader sidan {since}: planen er resten av den same kontrakten",
    "history.praksisbrev_held": "har praksisbrev i {trade}: lærekontrakten etterpå godskriv praksisbrevtida",
    "history.test_failed": "prøva i {trade} vart ikkje bestått ({date}): ny prøve, lengre kontrakt eller "
    "lærekandidatkontrakt",
    "history.contract_ended": "lærekontrakten i {trade} vart avslutta ({date}): ein ny kontrakt kan godskrive tida "
    "(blir vurdert av {county}); med bestått Vg2: Vg3 i skule viss det ikkje blir ny læreplass",
    "history.since_unknown": "starten på kontrakten personen er i no, er ikkje oppgitt (current.since): tida blir "
    "ikkje rekna med",
    "history.holds_goal": "har alt {qualification} i {trade}: det er ingenting å planleggje fram mot",
    "standing.current": "held fram med kontrakten eller skuleåret personen er i no",
    "standing.retake": "ny prøve etter ei som ikkje vart bestått; fylkeskommunen dekkjer {attempts} forsøk",
    "standing.extension": "lengre læretid etter ei prøve som ikkje vart bestått, er ikkje ein rett: bedrifta må seie "
    "ja og {county} godkjenne kontrakten",
    "standing.change_contract": "å gjere om lærekontrakten til ein lærekandidatkontrakt krev samtykke frå {county}",
    "step.laerling.overdue": "Lærling i {trade}: læretida på {full} månader sidan {since} enda i {ended}; "
    "fag- eller sveineprøva er det som står att",
    "warn.laerling.overdue": "ei læretid på {full} månader ville ha enda i {ended}: avklar med {county} om "
    "kontrakten er forlengd (deltid, permisjon, ei prøve som ikkje vart bestått) eller om prøva skal takast no",
    "step.laerling.current": "Lærling i {trade}: resten av lærekontrakten (sidan {since}, {served} månader "
    "gjennomført)",
    "step.retake": "Ny {prove} i {trade} (fylkeskommunen dekkjer {attempts} forsøk)",
    "step.retake.extended": "Lærling i {trade}: {months} månader meir opplæring, så ny {prove}",
    "step.laerekandidat.current": "Lærekandidat i {trade}: resten av opplæringskontrakten (sidan {since}, {served} "
    "månader gjennomført)",
    "step.laerling.from_laerekandidat": "Lærling i {trade}: opplæringskontrakten blir gjort om til lærekontrakt no "
    "({served} månader som lærekandidat blir godskrivne etter vurderinga til fylkeskommunen)",
    "step.laerekandidat.after_failed": "Lærekandidat i {trade} i staden (opplæringskontrakt fram mot kompetanseprøve)",
    "step.praksisbrev.current": "Praksisbrev i {trade}: resten av dei to åra (sidan {since})",
    "step.vg3_skole.current": "Vg3 i skule i {trade}: resten av skuleåret (sidan {since})",
    "step.fpj.current": "Fagbrev på jobb i {trade}: resten av kontrakten (sidan {since})",
    "step.school.current": "{level} {programme} (året personen går no)",
    "warn.retake_time": "inga kjelde seier når ei ny prøve kan haldast: avklar datoen med {county}",
    "warn.extension_not_right": "lengre læretid er ikkje ein rett: bedrifta må seie ja og {county} godkjenne henne",
    "note.special_needs_extra": "Med spesialundervisning kan opplæringstida forlengjast med inntil {months} månader "
    "etter ei vurdering frå PPT.",
    "step.laerling.praksisbrev_held": "Lærling i {trade} med praksisbrevet godskrive ({months} månader att av løpet)",
    "step.laerling.early_no_school": "Lærling i {trade} utan skuleåra i faget ({model}, fellesfag og teori i læretida)",
    "praksisbrev_held.no": "{person} har alt praksisbrev i {trade}: neste steg er ein lærekontrakt",
    "view.credited": "Godskrive:",
    "hint.nearest_trades": "; nærmaste: {names}; alle lærefag: `pathway rules list trades`",
    "hint.list_trades": "; alle lærefag: `pathway rules list trades`",
    "name.qualification.unknown": "fag- eller sveinebrev, ikkje stadfesta",
    "name.route.kryssloep": "kryssløp",
    "name.route.grep_only": "berre i Grep",
    "rules.shared_name": "{name!r} er òg namnet på {other}: eit namn eller alias kan berre vise til éin ting",
    "warn.date_young": "fila har ein dato ({day}) frå før personen fylte {age}; sjekk datoane",
    "warn.current_done": "personen går {level} {programme} no, som står som bestått under school; sjekk skuleåra",
    "warn.since_future": "current.since {day} er etter planleggingsdatoen {as_of}; tida som alt er gjennomført, blir "
    "rekna frå då",
    "help.rules_list.fmt": "table for menneske, json for skript.",
    "help.rules_list.vg1": "Berre lærefag: dei ein når frå dette Vg1-programmet.",
    "help.rules_list.vg2": "Berre lærefag: dei ein når frå dette Vg2-programområdet.",
    "name.condition.no_route_in_horizon": "ingen løp innan perioden",
    "name.condition.already_held": "har det alt",
    "name.condition.goal_held": "målet er alt nådd",
    "output.encoding": "teiknkodinga {encoding} for utdata kan ikkje vise {char}; set PYTHONIOENCODING=utf-8 eller "
    "bruk --output FIL",
    "output.write_failed": "kan ikkje skrive: {reason}; ingenting vart skrive",
    "output.closed": "standard utdata er lukka; bruk --output FIL",
    "output.dangling_link": "er ei symbolsk lenkje til ei fil som ikkje finst; gi sjølve fila",
    "output.no_folder": "mappa {folder} finst ikkje",
    "output.is_folder": "er ei mappe; gi ei fil å skrive til",
    "output.is_input": "er òg inndata ({input}): resultata ville erstatta ho; gi ei anna fil",
    "output.not_regular": "er ikkje ei vanleg fil (ei eining eller ein socket); gi ei fil å skrive til",
    "output.shared_link": "er ei symbolsk lenkje i fellesmappa {folder} som høyrer til ein annan ({link});"
    " gi sjølve fila",
    "output.hard_links": "åtvaring: {path} hadde {links} harde lenkjer; berre dette namnet vart bytt ut,"
    " dei andre namna har framleis det gamle innhaldet",
    "batch.dangling_link": "er ei symbolsk lenkje til ei fil som ikkje finst",
    "batch.line_too_big": "linja er lengre enn {limit} byte; éin kandidat er nokre hundre",
    "batch.csv_syntax": "CSV-rada kan ikkje lesast: {problem}",
    "batch.csv_extra_cells": "fleire celler enn dei {columns} kolonnane i overskriftsrada",
    "batch.csv_integer": "{value!r} er ikkje eit heiltal; skriv berre siffer, til dømes 60",
    "batch.csv_range": "{value} er utanfor {low}–{high}",
    "batch.csv_boolean": "{value!r} er verken ja eller nei; skriv true/false, yes/no, ja/nei eller 1/0 (la cella stå "
    "tom når det er ukjent)",
    "batch.csv_entry": "{value!r} kan ikkje lesast som {form}",
    "batch.csv_needs": "krev at kolonnen {column} er fylt ut på same rad",
    "batch.huge_number": "eit tal med {digits} siffer; ingen verdi for ein kandidat er så stor",
    "batch.unreadable": "denne kandidaten kan ikkje lesast ({kind}); sjekk linja",
    "fact.empty_list": "ei tom liste med daterte verdiar; gi minst éin verdi med kjelde",
    "fact.overlap": "dei daterte verdiane {first} og {second} gjeld begge {day}; valid_from/valid_to kan ikkje "
    "overlappe",
    "rules.age_rule": "kind {kind} og age høyrer saman: gi age for min_age og year_turning, og ingen for none",
    "rules.cache_skipped": "åtvaring: regelbufferen {path} blir hoppa over ({reason}); reglane blir lesne frå filene",
    "rules.duplicate_condition": "vilkåret {code!r} står to gonger",
    "rules.unknown_subject": "fellesfaget {subject!r} finst ikkje i rules/subjects.yaml{hint}",
    "rules.subject_name": "fellesfaget {subject!r} manglar namn under names:",
    "rules.leads_to_level": "{programme!r} er eit {level}-program; eit {from_level}-program fører til {expected}",
    "rules.continuation_self": "ei ordning kan ikkje halde fram i seg sjølv",
    "help.option.output": "Skriv til FIL, heil eller ikkje i det heile (- for standard utdata).",
    # rules stale: verdiane som bør lesast på nytt
    "stale.bad_age": "ikkje ein alder: {value!r}; skriv han som 180d, 26w, 6m eller 1y",
    "stale.title": "Regelverdiar som bør lesast på nytt",
    "stale.intro": "{count} verdiar sjekka før {cutoff} (meir enn {days} dagar før {as_of}), i {groups} filer.",
    "stale.columns": "verdi|lyder|sjekka|dagar sidan|kjelde",
    "stale.kind.county": "Fylke",
    "stale.kind.scheme": "Ordning",
    "stale.kind.trade": "Lærefag",
    "stale.kind.programme": "Program",
    "stale.kind.book": "Fil i regelverket",
    "help.rules_stale": (
        "Regelverdiane der kjelda sist vart lesen for meir enn ei gitt tid sidan, etter fylke, ordning, lærefag\n"
        "og program: det som bør lesast på nytt.\n\nDøme: `pathway rules stale --older-than 180d --format markdown`"
    ),
    "help.rules_stale.older_than": (
        "Kor gammal ein sjekk kan vere: dagar (180d), veker (26w), månader (6m) eller år (1y)."
    ),
    "help.rules_stale.fmt": "table, json eller markdown.",
    # whatif: planen før og etter ei endring
    "whatif.bad_set": (
        "ikkje ei endring: {value!r}; skriv henne som NØKKEL=VERDI med ein nøkkel frå kandidatfila, t.d. "
        "county=vestfold eller fellesfag.missing=[]"
    ),
    "whatif.no_such_place": "det finst ingen slik stad i kandidatfila (lista har ikkje noko element der)",
    "whatif.absent": "(ikkje oppgitt)",
    "whatif.route": "{chain}: {qualification}, {finish}",
    "whatif.change": "{key}: {old} → {new}",
    "whatif.title": "Kva om, for {candidate}",
    "whatif.before": "Slik fila er ({day})",
    "whatif.after": "Med endringa ({day})",
    "whatif.what_changed": "Kva som blir endra",
    "whatif.none": "ingen løp",
    "whatif.now_a_route": "Eit løp opnar seg der det ikkje var noko: {route}.",
    "whatif.no_route_after": "Det er ikkje noko løp att (før: {route}).",
    "whatif.qualification": "Det beste løpet endar no med {after} (før: {before}).",
    "whatif.months_saved": "Det beste løpet blir ferdig {months} månader tidlegare: {after} i staden for {before}.",
    "whatif.months_later": "Det beste løpet blir ferdig {months} månader seinare: {after} i staden for {before}.",
    "whatif.same_best": "Det beste løpet er det same og blir ferdig {finish}.",
    "whatif.same_finish": "Eit anna beste løp, ferdig same månaden ({finish}).",
    "whatif.gained": "Nytt løp: {route}.",
    "whatif.lost": "Løp som ikkje lenger blir viste: {route}.",
    "whatif.moved": "{chain}: {after} i staden for {before}.",
    "whatif.opened": "Ordningar som no er med i eit løp: {schemes}.",
    "whatif.closed": "Ordningar som ikkje lenger er med i noko løp: {schemes}.",
    "whatif.nothing": "Ingenting blir endra i løpa som blir viste.",
    "help.whatif": (
        "Planen slik kandidatfila er og med nokre av nøklane endra, side om side, og kva som blir endra:\n"
        "løp som kjem til og fell bort, månader spart, sluttkompetansen.\n\n"
        "Døme: `pathway whatif k.yaml --set county=vestfold --set fellesfag.missing=[] --set apprenticeship_place=true`"
    ),
    "help.whatif.file": "Kandidatfil (YAML eller JSON), eller - for standard inndata.",
    "help.whatif.sets": (
        "NØKKEL=VERDI: ein nøkkel i kandidatfila (med punktum, t.d. fellesfag.missing) og den nye verdien."
    ),
    "help.whatif.then": "Planlegg den endra fila per denne datoen (standard: datoen i --as-of).",
    "help.whatif.fmt": "table, json eller markdown.",
    "help.whatif.top": "Kor mange løp som skal visast.",
    # unlocks: det som kan opne eit betre løp
    "unlock.heading": "Dette kan opne ein betre veg",
    "unlock.place": "Ei bedrift tilbyr lærekontrakt: {route} startar {opens}, ferdig {finish}{gain}.",
    "unlock.fellesfag": "Bestå {subjects}: {route} treng ikkje fellesfag ved sida av, ferdig {finish}{gain}.",
    "unlock.employment": "Ein jobb i faget ({percent} %): {route} kan starte {opens}, ferdig {finish}{gain}.",
    "unlock.work": "{scheme} etter {months} månader til med arbeid i faget ({opens}): {route}, ferdig {finish}{gain}.",
    "unlock.age": "{scheme} opnar {opens}, ved {age} år: {route}, ferdig {finish}{gain}.",
    "unlock.time": "{scheme} opnar {opens}: {route}, ferdig {finish}{gain}.",
    "unlock.county": (
        "Ved flytting til {county}: {scheme} blir tilbode der: {route}, start {opens}, ferdig {finish}{gain}."
    ),
    "unlock.sooner": " ({months} månader tidlegare)",
    "unlock.stronger": " (fullt {qualification})",
    "unlock.rule": "regel: {rule}; {sources}",
    "name.condition.fellesfag": "fellesfag ikkje bestått",
    "help.plan.unlocks": "Søk også etter det som kan opne eit betre løp (på som standard).",
    "unlock.fewer_days": " (ingen skuledag i veka ved sida av kontrakten)",
    "dot.title": "Løpsgraf for {candidate}: {trade}, planlagd {as_of}",
    "dot.start": "i dag",
    "dot.month": "frå {month}",
    "dot.levels": "bestått: {levels}",
    "dot.missing": "fellesfag ikkje bestått: {subjects}",
    "dot.held": "har {qualification}",
    "dot.goal": "slutten av eit løp",
    "dot.step": "{title} ({months} månader)",
    "dot.routes": "løp {ranks}",
    "rank.only": "den einaste vegen som vart funnen",
    "rank.first": "først: {why}",
    "rank.after": "etter veg {n}: {why}",
    "rank.why.equal": "lik naboen på alle punkta i rangeringa",
    "rank.why.first.qualification": "han fører til fullt {qualification}",
    "rank.why.after.qualification": "han endar i {qualification}, ikkje fullt fag- eller sveinebrev",
    "rank.why.first.in_hand.offer": "han byrjar med kontrakten bedrifta har tilbode",
    "rank.why.first.in_hand.job": "han byggjer på jobben personen har i faget",
    "rank.why.after.in_hand.offer": "han bruker ikkje tilbodet frå bedrifta",
    "rank.why.after.in_hand.job": "han byggjer ikkje på jobben personen har i faget",
    "rank.why.first.standing": "han er {standing} for denne personen; den neste er {other}",
    "rank.why.after.standing": "han er {standing} for denne personen; vegen over er {other}",
    "rank.standing.ordinary": "den vanlege vegen",
    "rank.standing.alternative": "eit alternativ",
    "rank.standing.approval": "avhengig av godkjenning frå fylkeskommunen",
    "rank.standing.fallback": "berre for den som ikkje får læreplass",
    "rank.why.first.months": "han er ferdig før: etter {months} månader, den neste etter {other}",
    "rank.why.after.months": "han er ferdig seinare: etter {months} månader, vegen over etter {other}",
    "rank.why.first.certainty": "han kviler på færre reglar å avklare med fylkeskommunen ({n}, den neste {other})",
    "rank.why.after.certainty": "han kviler på fleire reglar å avklare med fylkeskommunen ({n}, vegen over {other})",
    "rank.why.first.school_days": "færre skuledagar i veka ({days}, den neste {other})",
    "rank.why.after.school_days": "fleire skuledagar i veka ({days}, vegen over {other})",
    "rank.why.first.steps": "færre steg ({n}, den neste {other})",
    "rank.why.after.steps": "fleire steg ({n}, vegen over {other})",
    "name.qualification.full": "fag- eller sveinebrev",
    "view.rank": "   plass: {reason}",
    "view.waiting.place": "søkjer læreplass frå {start} til {end} ({months}): {who} følgjer opp",
    "ranking.standing_order": "`order` skal ha ordinary, alternative, approval og fallback éin gong kvar",
    "ranking.in_hand_params": "in_hand treng `offer_schemes` og `offer_starts_within_months`",
    "ranking.criteria": "kvart punkt éin gong: manglar {missing}; to gonger {twice}",
    "rank.why.after.in_hand.other_contract": "tilbodet frå bedrifta er planlagt først "
    "som lærekontrakt, ikkje som denne kontrakten",
    "rank.why.first.unfit": "færre av stega er utanom det vanlege for denne personen ({n}, den neste {other})",
    "rank.why.after.unfit": "fleire av stega er utanom det vanlege for denne personen ({n}, vegen over {other})",
    "compare.row.standing": "for denne personen",
    "compare.row.place": "kvifor denne plassen",
    "rank.why.first.in_hand.ready": "han treng ikkje noko nytt for å byrje: personen kan melde seg opp no",
    "rank.why.after.in_hand.ready": "vegen over treng ikkje noko nytt for å byrje",
    # readings: andre lesingar av ein regel som planen byggjer på
    "reading.bad_form": (
        "ikkje NØKKEL=VERDI: {value!r}; skriv t.d. --reading praksisbrev.credit_toward_laerling_months=0"
    ),
    "reading.bad_entity": (
        "ingen fylkeskommune, ordning eller lærefag heiter {name!r}; skriv FYLKE_ELLER_ORDNING.NØKKEL=VERDI"
    ),
    "reading.bad_key": "{key} har ingen verdi {part!r}",
    "reading.not_a_fact": "{key} er ikkje ein verdi med kjelde; oppgje ein av verdiane under han",
    "reading.no_fact_on": "ingen verdi gjeld {day}",
    "reading.planned_on": "Planlagt etter ei anna lesing: {key} = {value} (regelverket brukar {uses}).",
    "reading.heading": "Lesingar dette løpet byggjer på (kjeldene er usamde):",
    "reading.route": "{key} blir lesen som {uses}{low}; med lesinga {reading}: {effect}.",
    "reading.excluded": "{scheme}: med lesinga {key} = {reading} er ordninga med i eit løp: {effect}.",
    "reading.low": " (låg tryggleik)",
    "reading.lost": "løpet er ikkje mogleg",
    "reading.longer": "{months} månader lenger, ferdig {finish}",
    "reading.shorter": "{months} månader tidlegare, ferdig {finish}",
    "reading.same_months": "like mange månader, ferdig {finish}",
    "reading.standing": "{effect}; status {standing}",
    "reading.source": "anna lesing: {source}",
    "help.option.reading": (
        "FYLKE_ELLER_ORDNING.NØKKEL=VERDI: planlegg etter ei anna lesing av "
        "ein regel (t.d. agder.praksisbrev.offered=true)."
    ),
    "help.plan.readings": "Planlegg også etter kvar anna lesing i regelverket, og sei kva ho endrar (på som standard).",
    "reading.unknown_county_only": "unknown kan berre givast for ein fylkeskommunes verdi; oppgje ein verdi her",
    "help.check.unlocks": "Også det som kan opne eit betre løp, i kvar rad (seinare).",
    "studiekompetanse.no": "Praksisbrev er for elevar som kjem frå grunnskulen; {person} har generell "
    "studiekompetanse.",
    "fpj.position.soft": "Hovudregelen i {county} for fagbrev på jobb er ei stilling på {need} % («{quote}»); "
    "{person} har {have} %: avklar med fylkeskommunen.",
    "standing.soft_rule": "{county} skriv regelen som ein hovudregel med unntak («{quote}»): vegen krev godkjenning "
    "frå {county} fylkeskommune",
    "reason.in_current_place": "{name} vart ikkje vurdert: {person} er {current} no, og planen held fram med den "
    "plassen og overgangane reglane opnar for derifrå; planlegg på nytt om plassen tek slutt.",
    "current.kind.elev": "elev",
    "current.kind.laerling": "lærling",
    "current.kind.laerekandidat": "lærekandidat",
    "current.kind.praksisbrevkandidat": "praksisbrevkandidat",
    "current.kind.fagbrev_paa_jobb": "i ein kontrakt med fagbrev på jobb",
    "current.kind.vg3_skole": "i Vg3 i skule",
    "step.laerling.from_vg3": "Lærling i {trade}, overgang frå Vg3 i skule etter {months} månader ({credit} "
    "godskrivne)",
    "step.vg3_skole.until_switch": "Vg3 i skule i {trade} (sidan {since}) til ei lærebedrift tek inn eleven",
    "offered.unknown_near": "Det er ikkje kjent om {county} fylkeskommune tilbyr {what}: avklar med fylkeskommunen "
    "(av nabofylka tilbyr ikkje {near} det).",
    "early.unknown_near": "Lærekontrakt utan skuleåra i faget (0+4, eller 1+3 etter Vg1) krev at {county} "
    "fylkeskommune godkjenner opplæringsmodellen: avklar med fylkeskommunen (av nabofylka godkjenner ikkje {near} "
    "slike kontraktar).",
    "offered.low": "At {county} fylkeskommune tilbyr {what}, byggjer på ei kjelde som er merkt usikker i regelverket: "
    "avklar med fylkeskommunen.",
    "trade_listed.low": "At {county} fylkeskommune har {trade} som {what}, byggjer på ei kjelde som er merkt usikker "
    "i regelverket: avklar med fylkeskommunen.",
    "early.low": "At {county} fylkeskommune godkjenner lærekontrakt utan skuleåra i faget, byggjer på ei kjelde som "
    "er merkt usikker i regelverket: avklar med fylkeskommunen.",
    "trade_needs_school.no": "{trade} kan ikkje ta skuleåra i bedrift ({what}): opplæringa må først givast av ein "
    "godkjend skule.",
    "what.early_contract": "lærekontrakt utan skuleåra",
    "praksiskandidat.norway": "{county} fylkeskommune krev minst {need} månader av praksisen frå Noreg; {have} er frå "
    "Noreg, så vegen samlar resten her før oppmelding.",
    "praksiskandidat.norway_no": "Praksiskandidat i {county} krev minst {need} månader av praksisen frå Noreg; "
    "{person} har {have} og ingen jobb i faget å samle meir i.",
    "step.praksiskandidat.wait_norway": "Hald fram med å jobbe i {trade} i Noreg til {months} månader av praksisen er "
    "frå Noreg",
    "name.condition.in_current_place": "er i ein plass no",
    "name.condition.has_studiekompetanse": "har studiekompetanse",
    "name.condition.trade_needs_school": "faget krev skuleåra",
    "rank.why.first.in_county": "færre av skuleåra er utanfor fylket ({n}, den neste {other})",
    "rank.why.after.in_county": "fleire av skuleåra er utanfor fylket ({n}, vegen over {other})",
}
