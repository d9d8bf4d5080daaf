"""Den norske (bokmål) katalogen: hver setning pathway viser, med samme nøkler som en.py."""

NB: dict[str, str] = {
    # names of things (Norwegian terms stay Norwegian, with an English gloss)
    "name.scheme.laerling": "lærling",
    "name.scheme.vg3_skole": "Vg3 i skole",
    "name.scheme.laerekandidat": "lærekandidat",
    "name.scheme.praksisbrev": "praksisbrev",
    "name.scheme.fagbrev_paa_jobb": "fagbrev på jobb",
    "name.scheme.mfy": "modulstrukturert opplæring (MFY)",
    "name.scheme.praksiskandidat": "praksiskandidat",
    "name.scheme.skole": "skole (Vg1/Vg2)",
    "name.scheme.fellesfag": "fullføring av fellesfag",
    "short.scheme.laerling": "lærling",
    "short.scheme.vg3_skole": "Vg3 i skole",
    "short.scheme.laerekandidat": "lærekandidat",
    "short.scheme.praksisbrev": "praksisbrev",
    "short.scheme.fagbrev_paa_jobb": "fagbrev på jobb",
    "short.scheme.mfy": "MFY",
    "short.scheme.praksiskandidat": "praksiskandidat",
    "short.scheme.skole": "skole",
    "short.scheme.fellesfag": "fellesfag",
    "name.qualification.fagbrev": "fagbrev",
    "name.qualification.svennebrev": "svennebrev",
    "name.qualification.kompetansebevis": "kompetansebevis",
    "name.qualification.praksisbrev": "praksisbrev",
    "name.follow_up.school": "skolen",
    "name.follow_up.ot": "oppfølgingstjenesten (OT)",
    "name.follow_up.nav": "Nav",
    "name.follow_up.training_office": "opplæringskontoret",
    "name.follow_up.company": "bedriften",
    "name.follow_up.county": "fylkeskommunen",
    "name.grant.bt1": "basistilskudd I",
    "name.grant.bt2": "basistilskudd II",
    "name.grant.none": "ingen",
    "name.grant.unknown": "ukjent",
    "word.and": " og ",
    # reading files (yamlio, ruleset)
    "file.too_big": "filen er større enn {limit} byte; for stor til å lese",
    "file.not_utf8": "ikke UTF-8-tekst; lagre filen som UTF-8",
    "file.missing": "filen finnes ikke",
    "file.is_folder": "er en mappe, ikke en fil",
    "file.unreadable": "kan ikke lese: {reason}",
    "file.empty": "filen er tom",
    "file.not_mapping": "forventet nøkler med verdier (som county: agder), ikke {type}",
    "yaml.duplicate_key": "nøkkelen {key!r} står to ganger",
    "yaml.alias": "aliaser (*navn) er ikke tillatt i pathway-filer; skriv verdien helt ut",
    "yaml.invalid": "ikke gyldig YAML: {problem}",
    "yaml.unknown_problem": "ikke gyldig YAML",
    "yaml.opened_at": " (i {what} som begynner på linje {line}, kolonne {column})",
    "yaml.many_documents": "mer enn ett YAML-dokument (---); legg én kandidat i hver fil",
    "yaml.control_char": "ikke gyldig YAML: tegnet {char} er ikke tillatt; fjern det eller lagre filen som ren tekst",
    "yaml.too_deep": "YAML-en er nøstet for dypt",
    # pydantic's errors, as sentences (messages.validation_message)
    "validation.unknown_key": "ukjent nøkkel{hint}",
    "validation.allowed": " (tillatt: {keys})",
    "validation.invalid_key": "nøkkelen {key!r} er ikke et navn; nøkler er ord som county eller goal",
    "validation.missing": "den påkrevde nøkkelen {key!r} mangler",
    "validation.missing_value": "en påkrevd verdi mangler",
    "validation.yaml11": 'YAML leste dette som ja/nei eller et tall; sett det i anførselstegn, f.eks. "NO" eller "03" '
    "({msg})",
    "validation.date": "ikke en dato: {value!r}; skriv den som YYYY-MM-DD, f.eks. 2007-05-14",
    "validation.int": "forventet et heltall, fikk {value!r}",
    "validation.bool": "forventet true eller false (ja/nei), fikk {value!r}",
    "validation.mapping": "forventet nøkler med verdier, hver på sin egen linje under denne nøkkelen; fikk {value!r}",
    "validation.list": "forventet en liste, fikk {value!r}",
    "validation.invalid": "ugyldig verdi",
    "usage.line": "{command}: {said} (hjelp: {help})",
    "usage.no_command": "ingen kommando {name!r}{hint}",
    "usage.no_option": "ingen valg {option}{hint}",
    "usage.missing_command": "kommandoen mangler: {commands}",
    "usage.missing": "{name} mangler",
    "usage.bad_choice": "{option}: {value!r} er ikke en av {choices}{hint}",
    "usage.at_least": "{option}: {value} er for lite; minst {limit}",
    "usage.at_most": "{option}: {value} er for stort; høyst {limit}",
    "usage.not_a_number": "{option}: {value!r} er ikke et heltall",
    "usage.bad_value": "{option}: {detail}",
    "usage.extra": "flere argumenter enn kommandoen tar: {args}",
    "usage.needs_value": "{option} trenger en verdi",
    "usage.other": "{detail}",
    "hint.did_you_mean": "; mente du {best!r}?",
    # the candidate file (models/candidate.py, candidate.py)
    "candidate.national_id": "ser ut som et fødselsnummer (11 sifre); bruk et pseudonym, f.eks. k-017",
    "candidate.empty_id": "id er tom",
    "candidate.county_type": "forventet fylkets id, navn eller tosifrede nummer, fikk {value!r}",
    "candidate.age_range": "alderen {age} er utenfor 13–80; sjekk filen",
    "candidate.age_both": "oppgi birth_date eller age, ikke begge",
    "candidate.age_none": "oppgi nøyaktig én av birth_date og age",
    "input.as_of_outside": "{day} er utenfor årene regelverket planlegger for, {first} til {last} (planning_years i "
    "{root}/index.yaml); velg en dato innenfor dem",
    "input.stdin_closed": "standard inndata er lukket; send inn en fil: pathway plan - < k-017.yaml",
    "input.stdin_terminal": "leser en kandidat fra terminalen; send inn en fil: pathway plan - < k-017.yaml",
    "input.empty_candidate": "filen er tom; en kandidat trenger minst county, goal.trade og age",
    "input.unknown_county": "ukjent fylke {value!r}{hint}",
    "input.unknown_trade": "ukjent lærefag {value!r}{hint}",
    "input.unknown_programme": "ukjent utdanningsprogram eller programområde {value!r}{hint}",
    "input.unknown_fellesfag": "ukjent fellesfag {value!r}{hint}",
    "input.yes_no_hint": '; YAML leste dette som ja/nei: sett det i anførselstegn, f.eks. "NO"',
    "input.programme_level": "{programme!r} er et {level}-program, ikke {expected}",
    "input.birth_date_age": "gir alderen {age} den {day}, utenfor 13–80; sjekk datoen",
    # sourced values in the rule files (models/facts.py)
    "fact.no_source": "en verdi trenger en kilde-URL (source: https://…); bare `value: unknown` kan stå uten",
    "fact.bad_source": "source må være en URL (https://…) eller doc:<id>, ikke {source!r}",
    "fact.no_checked": "en verdi med kilde trenger `checked: YYYY-MM-DD`, dagen kilden ble lest",
    "rules.planning_years_order": "planning_years: first ({first}) er etter last ({last})",
    "fact.date_order": "valid_from er etter valid_to",
    # the rule book (ruleset.py, rulecheck.py)
    "rules.not_a_rule_book": "ikke et regelverk: ingen index.yaml i denne mappen",
    "rules.two_folders": "to regelverksmapper: {folder} og --rules {rules}; oppgi én",
    "rules.not_found": "fant ikke regelverket; oppgi --rules MAPPE",
    "rules.no_folder_index": "mangler: hver mappe skal ha en index.yaml med en beskrivelse",
    "rules.file_name": "filnavnet må være en id med små ASCII-tegn, f.eks. {id}.yaml",
    "rules.unknown_document": "ukjent dokument {source!r}; før det opp under documents: i rules/index.yaml",
    "rules.checked_future": "checked-datoen {day} er fram i tid",
    "rules.no_programme": "fant ikke programmet {programme!r} i rules/programmes{hint}",
    "rules.unknown_programme": "fant ikke programmet {programme!r}{hint}",
    "rules.programme_level": "{programme!r} er et {level}-program, ikke {expected}",
    "rules.duplicate_number": "nummeret {number} tilhører også {county}",
    "rules.link_no_reference": (
        "en lenke for {ref!r}, som ikke står i legal.new, legal.new_unverified eller legal.old"
    ),
    "rules.no_county": "fant ikke fylket {county!r} i rules/counties",
    "rules.not_vg2": "{programme!r} er ikke et Vg2-programområde i rules/programmes",
    "rules.no_trade": "fant ikke lærefaget {trade!r} i rules/trades{hint}",
    "rules.county_count": "forventet de {expected} fylkene, fant {found}",
    "rules.no_scheme_file": "filen for ordningen mangler",
    "rules.unknown_scheme": "planleggeren har ingen logikk for ordningen {scheme!r}; ordningene er {schemes}",
    "rules.unknown_condition": "ukjent vilkårskode {code!r}{hint}",
    "rules.condition_missing": "vilkåret {code!r} sjekkes av planleggeren, men har ingen oppføring (tekst og kilde)",
    "rules.param_missing": "parameteren {name!r} mangler",
    "rules.unknown_alternatives_disagree": "{name} er ukjent: alternativene må være enige om én verdi"
    " (den lesningen planen bygger på til fylket bekrefter sin egen)",
    "rules.no_scheme": "fant ikke ordningen {scheme!r}{hint}",
    "rules.no_entity": "fant ingen ordning, fylke, lærefag eller program {entity!r}{hint}",
    # `pathway schema`
    "schema.unknown": "ukjent skjema {what!r}; velg ett av {choices}",
    "schema.title": "pathway-fil: {what}",
    # reasons and warnings from the conditions of the schemes
    "offered.unknown": "Det er ikke kjent om {county} fylkeskommune tilbyr {what}: avklar med fylkeskommunen.",
    "offered.no": "{county} fylkeskommune tilbyr ikke {what}.",
    "trade_listed.unknown": "Det er ikke kjent om {county} fylkeskommune tilbyr {what} i {trade}: avklar med "
    "fylkeskommunen.",
    "trade_listed.no": "{county} fylkeskommune tilbyr ikke {what} i {trade}.",
    "grunnskole.no": "{name} krever fullført grunnskole; {person} har ikke fullført den.",
    "place.unknown": "Krever formidling til en lærebedrift som vil inngå {contract}; ingen er funnet ennå.",
    "place.no": "Krever en lærebedrift som vil inngå {contract}; ingen har tilbudt læreplass ennå.",
    "levels.no": "{name} krever bestått {need} i {trade}; {person} har bestått {have}.",
    "levels.no_none": "{name} krever bestått {need} i {trade}; {person} har ikke bestått noen av dem.",
    "early.unknown": "Lærekontrakt uten skoleårene (0+4, 1+3) krever at {county} fylkeskommune godkjenner modellen: "
    "avklar med fylkeskommunen.",
    "early.no": "{county} fylkeskommune godkjenner ikke lærekontrakter rett etter grunnskolen eller Vg1.",
    "vg3_in_school.no": "{trade} har allerede Vg3 i skole ({model}).",
    "vg3_place.no": "Vg3 fagopplæring i skole er for dem som ikke får læreplass; en lærebedrift har tilbudt {person} "
    "lærekontrakt.",
    "vg3_place.unknown": "Vg3 fagopplæring i skole tilbys bare til dem som ikke får læreplass.",
    "completed_vg2.no": "Praksisbrev er for dem som ikke har bestått skoleårene i faget ({levels}); {person} har "
    "bestått dem og kan gå videre til lærekontrakt.",
    "fpj.no_job": "Fagbrev på jobb krever jobb i {trade}; {person} {where}.",
    "fpj.employed_in": "jobber i {other}",
    "fpj.jobless": "har ingen jobb",
    "fpj.position.unknown": "Det er ikke kjent hvor stor stilling {county} fylkeskommune krever: avklar med "
    "fylkeskommunen.",
    "fpj.position.no": "Fagbrev på jobb i {county} krever en stilling på minst {need} %; {person} har {have} %.",
    "fpj.experience.no": "Fagbrev på jobb krever minst {need} måneders relevant arbeidserfaring (deltid regnes om "
    "til heltid); {person} har {have} måneder.",
    "fpj.experience.unknown": "Det er ikke kjent hvor lang arbeidserfaring {county} fylkeskommune krever (12 måneder "
    "nasjonalt): avklar med fylkeskommunen.",
    "fpj.redirect.unknown": "Det er ikke kjent om {county} fylkeskommune sender erfarne arbeidstakere til "
    "praksiskandidatordningen i stedet: avklar med fylkeskommunen.",
    "fpj.redirect.no": "{county} fylkeskommune sender dem med mer enn {limit} måneders praksis til "
    "praksiskandidatordningen; {person} har {have} måneder.",
    "fpj.age.unknown": "Det er ikke kjent hvilken aldersgrense {county} fylkeskommune har for fagbrev på jobb: "
    "avklar med fylkeskommunen.",
    "fpj.age.min": "Fagbrev på jobb i {county} er for voksne fra {age} år{exceptions}; {person} er {have} år.",
    "fpj.age.exceptions": " (yngre bare i særlige tilfeller)",
    "fpj.age.year": "Fagbrev på jobb i {county} gjelder fra året personen fyller {age}; {person} fyller {have} i "
    "{year}.",
    "mfy.curriculum.unknown": "Det er ikke kjent om {trade} har en modulstrukturert læreplan: avklar med {county} "
    "fylkeskommune.",
    "mfy.curriculum.no": "{trade} har ingen modulstrukturert læreplan (MFY).",
    "mfy.too_young": "Modulstrukturert opplæring er åpen fra skoleåret personen fyller {age}; {person} fyller {have} "
    "i skoleåret som starter {start}: MFY åpner fra {opens}.",
    "praksiskandidat.no": "Praksiskandidat krever {need} måneders allsidig praksis i {trade}; {person} har {have} "
    "måneder og ingen jobb i faget som kan gi mer.",
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
    "step.school.opphenting": "{level} {programme} med yrkesfaglig opphenting",
    "step.laerling": "Lærling i {trade} ({model})",
    "step.laerling.early": "Lærling i {trade} rett etter {after} ({model}, fellesfag og teori i læretiden)",
    "step.laerling.upgrade": "Lærling i {trade} (opplæringskontrakten gjort om til lærekontrakt)",
    "step.laerling.after_praksisbrev": "Lærling i {trade} etter praksisbrevet (samme bedrift)",
    "step.after.grunnskole": "grunnskolen",
    "step.after.vg1": "Vg1",
    "step.vg3_skole": "Vg3 fagopplæring i skole i {trade} (om lag 80 % i praksis i bedrift)",
    "step.laerekandidat": "Lærekandidat i {trade} (opplæringskontrakt)",
    "step.laerekandidat.first": "Lærekandidat i {trade}, første år",
    "step.praksisbrev": "Praksisbrev i {trade} (4 dager i bedrift, 1 dag på skolen)",
    "step.fpj": "Fagbrev på jobb i {trade}",
    "step.fpj.wait": "Fortsett å jobbe i {trade} til fagbrev på jobb blir mulig",
    "step.praksiskandidat.wait": "Fortsett å jobbe i {trade} til praksisen er {months} måneder",
    "step.praksiskandidat": "Praksiskandidat i {trade}: oppmelding, skriftlig eksamen på Vg3, {prove}",
    "step.mfy": "Modulstrukturert opplæring (MFY) i {trade}",
    "step.fellesfag": "{subjects} {how}",
    "step.fellesfag.school_day": "på skolen én dag i uka i læretiden",
    "step.fellesfag.vg3": "på skolen i Vg3",
    "step.fellesfag.praksisbrev": "på skolen én dag i uka",
    "note.privatist": "eller ta dem som privatist (eksamen i mai–juni og november–desember; oppmelding innen 1. "
    "februar eller 15. september) og behold den vanlige læretiden",
    "note.fpj": "En realkompetansevurdering kan gi kortere kontrakt (minst 12 måneder).",
    "note.praksiskandidat": "Kandidaten melder seg opp hos fylkeskommunen og betaler prøveavgiften; den "
    "dokumenterte praksisen må dekke læreplanen for Vg3.",
    "exam.vg3": "skriftlig eksamen på Vg3",
    "exam.fagprove": "fagprøve",
    "exam.svenneprove": "svenneprøve",
    "exam.kompetanseprove": "kompetanseprøve",
    "exam.praksisbrevprove": "praksisbrevprøve",
    "exam.modules": "vurdering av modulene",
    "exam.fellesfag": "{subject} (fellesfag)",
    "warn.bt2_unknown": "Det er ikke kjent fra hvilken alder {county} fylkeskommune betaler basistilskudd II: avklar "
    "med fylkeskommunen.",
    "warn.upgrade": "{county} fylkeskommune må godkjenne at opplæringskontrakten gjøres om til lærekontrakt, og "
    "tiden som lærekandidat godskrives etter en individuell vurdering.",
    "warn.praksisbrev_credit": "{county} fylkeskommune vurderer hvor mye av praksisbrevtiden som teller i læretiden "
    "(0–24 måneder; planlagt med {months}).",
    "warn.praksisbrev_adult": "Ungdom med rett til videregående opplæring blir prioritert til praksisbrev.",
    "warn.mfy_length": "Modulstrukturert opplæring har ingen fast lengde: {county} fylkeskommune fastsetter den "
    "etter en realkompetansevurdering; her planlagt som resten av opplæringen i faget minus skoleår og praksis "
    "({months} måneder).",
    "warn.fpj_exceptions": "{county} fylkeskommune tar i særlige tilfeller inn yngre kandidater til fagbrev på jobb: "
    "en tidligere start kan være mulig.",
    "warn.age_estimated": "Alderen er oppgitt uten fødselsdato: alderen ved senere steg er anslått.",
    "reason.ranked_lower": "{name} er mulig, men rangeres lavere enn løpene som vises; se flere med --top.",
    "reason.no_route": "Ingen løp gjennom {name} blir ferdig innen planleggingsperioden.",
    # the terminal view
    "view.years": "{age} år",
    "view.age_given": "{age} år (oppgitt alder, ingen fødselsdato)",
    "view.goal": "mål: {trade} ({qualification})",
    "view.school": "skole: {years}",
    "view.school.no_grunnskole": "skole: grunnskolen ikke fullført",
    "view.school.none": "skole: ingen etter grunnskolen",
    "view.missing": "mangler: {subjects}",
    "view.experience": "{months} måneder relevant arbeidserfaring",
    "view.employed": "jobb: {job}",
    "view.place": "læreplass: {answer}",
    "view.yes": "ja",
    "view.no": "nei",
    "view.unknown": "ukjent",
    "view.planned": "planlagt {as_of} etter regelverket fra {version}",
    "view.no_route": "Fant ingen vei fram til fag-/svennebrev, kompetansebevis eller praksisbrev.",
    "view.route": "{qualification} etter {months}",
    "view.route_tail": " ({finish}, {age} år): {chain}",
    "view.columns": "fra|til|mnd.|alder\nved\nslutt|skole-\ndager\nper uke|steg",
    "view.facts": "på skolen {school} mnd. · i bedrift {company} mnd. · med lønn {paid} mnd. · tilskudd til "
    "lærebedriften: {grants}",
    "view.exams": "prøver og eksamener: {exams}",
    "view.followed": "oppfølging: {who}",
    "view.waiting": "venter fra {start} til {end} ({months}): {who} følger opp",
    "view.none": "ingen",
    "view.not_passed": "(ikke bestått)",
    "view.excluded": "Ordninger som faller bort:",
    "view.county_decides": "Fylkeskommunen avgjør: avklar hvert løp med fylkeskommunen før det blir lovet noe.",
    "n.csv_missing": "CSV mangler den påkrevde kolonnen {names}|CSV mangler de påkrevde kolonnene {names}",
    "n.months": "{n} måned|{n} måneder",
    "n.candidates": "{n} kandidat|{n} kandidater",
    "n.status.ok": "{n} med løp|{n} med løp",
    "n.status.no_route": "{n} uten løp|{n} uten løp",
    "n.status.invalid": "{n} ugyldig|{n} ugyldige",
    "n.problems": "{n} feil|{n} feil",
    "view.columns_left_out": (
        "med {width} kolonner utelater tabellen: {columns}; gjør terminalen bredere eller bruk --format {fmt}"
    ),
    "view.summary": "{candidates}: {status}; beste løp: {best}",
    "view.progress_rate": "{rate}/s",
    "view.progress": "planlegger",
    # many candidates
    "batch.worker_lost": "planleggingen av denne kandidaten stoppet arbeidsprosessen hver gang den ble prøvd; "
    "planlegg den alene (pathway plan) for å se hvorfor",
    "batch.no_candidates": "ingen kandidatfiler (*.yaml, *.yml, *.json, *.ndjson, *.jsonl, *.csv) i denne mappen",
    "batch.not_candidate": "ikke en kandidatfil, ikke planlagt: "
    "kandidatene i en mappe er *.yaml, *.yml, *.json, *.ndjson, *.jsonl og *.csv (store eller små bokstaver)",
    "batch.not_regular": "er ikke en vanlig fil (en FIFO, socket eller enhet), ikke lest",
    "batch.empty": "ingen kandidater i inndataene",
    "batch.symlink_loop": "løkke av symbolske lenker: denne mappen er allerede lest",
    "batch.csv_columns": "{missing}; kolonnene er {allowed}",
    "batch.csv_unknown_column": "ukjent CSV-kolonne; kolonnene er {allowed}",
    "candidate.empty": "kandidaten er tom; en kandidat trenger minst county, goal.trade og age",
    "barriers.columns": "fylke|ordning|barriere|berørt|utelukket|bedre løp uten regelen|fullt fag-/svennebrev uten "
    "regelen|måneder spart|snitt",
    "barriers.title": "Systembarrierer i kullet",
    "barriers.intro": "{candidates} ({invalid}, {no_route}). For hver fylkesregel: hvor "
    "mange kandidater den utelukker fra en ordning, og hvor mange som ville fått et bedre løp uten den (planlagt på "
    "nytt uten regelen).",
    "barriers.exclusions": "Utelukkelser etter ordning, grunn og {by}",
    "barriers.sources": "Kilder til reglene:",
    # routes side by side
    "compare.bad_routes": "ikke en liste med løpsnumre: {value!r}; skriv dem slik: 1,2,3",
    "compare.no_such_route": "det finnes ikke noe løp {rank}; løpene er {routes}",
    "compare.fellesfag": "{subjects}, bestått innen {by}",
    "compare.follow_up": "{start} til {end}: {who}",
    "compare.grant_bt1": "{name}: {amount} kr per opplæringsår (satsen for {year} publisert av {source}; hver "
    "fylkeskommune fastsetter egne satser, de fleste følger de felles satsene fra Udir/KS)",
    "compare.grant_bt2": "{name}: {amount} kr per år (satsen for {year} publisert av {source}; hver fylkeskommune "
    "fastsetter egne satser, de fleste følger de felles satsene fra Udir/KS)",
    "compare.grant_unknown": "{name}: beløpet er ukjent (regelverket har ingen sats for {day}); spør fylkeskommunen",
    "compare.route": "Løp {rank}",
    "compare.row.schemes": "ordninger",
    "compare.row.qualification": "sluttkompetanse",
    "compare.row.months": "måneder til fullført",
    "compare.row.finish": "fullført",
    "compare.row.age": "alder ved fullført",
    "compare.row.school_company": "måneder i skole / bedrift",
    "compare.row.days": "skoledager per uke (maks.)",
    "compare.row.paid": "måneder med / uten lønn",
    "compare.row.grant": "tilskudd til lærebedriften",
    "compare.row.fellesfag": "fellesfag som må bestås",
    "compare.row.exams": "prøver og eksamener",
    "compare.row.follow_up": "hvem som følger opp",
    "compare.row.transitions": "kritiske overganger",
    "compare.row.warnings": "må avklares",
    "compare.title": "Løp for {candidate}, planlagt {as_of}",
    "transition.waiting": "venter til {start}: {who} følger opp (OT og Nav overfører ikke saken automatisk)",
    "transition.school_ends": "skoleplassen tar slutt: {who} følger opp til {start} (OT overfører ikke saken "
    "automatisk til Nav)",
    "transition.contract_signed": "Kontrakten er inngått: lærebedriften og opplæringskontoret overtar oppfølgingen; "
    "Nav avslutter sin oppfølging (personen er ikke lenger registrert som arbeidssøker).",
    "transition.contract_changed": "kontrakten gjøres om, med godkjenning fra fylkeskommunen; samme lærebedrift",
    "transition.school_starts": "skolen starter: skolen følger opp",
    "transition.qualification": "Fag-/svenneprøven er bestått: fag-/svennebrevet (eller kompetansebeviset) utstedes.",
    # the timeline
    "timeline.legend": "█ skole  ▆ bedrift  ▁ prøve eller arbeid  ▒ fellesfag ved siden av  · venter",
    # the printable report
    "report.title": "Veien til fag-/svennebrev, kompetansebevis eller praksisbrev: {candidate}",
    "report.candidate": "Kandidaten",
    "report.routes": "Løpene",
    "report.comparison": "Side om side",
    "report.excluded": "Ordninger som faller bort, og hvorfor",
    "report.sources": "Kilder",
    "report.rules": "Planlagt {as_of} etter regelverket fra {version}.",
    # --- hvem en vei er for (status), tidspunkter og fellesfag ------------------------------------
    "standing.ordinary": "{name} er den vanlige veien for {who}: {group}",
    "standing.alternative": "{name} er mulig for {who}, men personen er ikke hovedmålgruppen: {group}",
    "standing.approval": "{name} krever godkjenning fra {county} for {who}: {group}",
    "standing.fallback": "{name} er bare for når den vanlige veien ikke går: {group}",
    "standing.early": "en lærekontrakt i en annen modell ({model}) enn fagets egen må godkjennes av {county}",
    "standing.adult_contract": "lærekontrakt for en voksen uten skoleårene: {county} godkjenner kontrakten og "
    "godskriver det personen allerede kan (realkompetanse)",
    "standing.upgrade": "å gjøre om en opplæringskontrakt til lærekontrakt krever samtykke fra {county}",
    "standing.fpj_exception": "{county} tar bare unntaksvis inn personer under aldersgrensen til fagbrev på jobb",
    "who.young": "en ungdom",
    "who.young_adult": "en ung voksen (19–24 år)",
    "who.adult": "en voksen",
    "who.special_needs": "en person med særskilte behov",
    "target.skole": "skoleårene er laget for ungdom fra grunnskolen; voksne (25 år og eldre) får vanligvis "
    "opplæring organisert for voksne",
    "target.laerling": "laget for dem som tar skoleårene i faget først",
    "target.vg3_skole": "laget for den som ikke får læreplass (fylkeskommunen må tilby det)",
    "target.laerekandidat": "laget for den som trenger et tilpasset mål; uten særskilte behov kan det koste et fullt "
    "fagbrev",
    "target.praksisbrev": "laget for elever fra grunnskolen med svake karakterer eller høyt fravær som lærer best i en "
    "bedrift",
    "target.fagbrev_paa_jobb": "laget for voksne som er ansatt i faget og har minst ett års praksis",
    "target.praksiskandidat": "laget for personer med lang praksis i faget, som oftest voksne",
    "target.mfy": "laget for voksne: opplæring organisert for dem, fra skoleåret de fyller 19",
    "step.school.name": "skoleårene",
    "step.school.adult": "{level} {programme} (et skoleår for ungdom)",
    "step.school.opphenting.adult": "{level} {programme} med yrkesfaglig opphenting (et skoleår for ungdom)",
    "step.laerling.sarlop": "Lærling i {trade} (særløp {model}: fellesfag fra Vg2 og teori i læretiden)",
    "step.laerling.adult": "Lærekontrakt som voksen i {trade} (uten skoleårene; {model} minus det som godskrives)",
    "step.after.other_school": "{level} {programme}",
    "step.fellesfag.sarlop": "undervist i læretiden i særløpet",
    "exam.sarlop": "obligatorisk eksamen i særløp",
    "note.fellesfag_before_test": "Høyst {limit} fellesfag kan mangle ved fag-/svenneprøven: minst {need} av dem må "
    "bestås før prøven, resten innen {months} måneder etter.",
    "note.fellesfag_after_test": "{subjects} kan bestås inntil {months} måneder etter fag-/svenneprøven.",
    "note.extension_option": "Læretiden kan forlenges etter avtale hvis skoledagen tar for mye av den; "
    "fylkeskommunen godkjenner kontrakten.",
    "note.fellesfag_variant": "{subjects} bestått på et annet utdanningsprogram: godskrevet her, men faget har en "
    "annen variant: avklar med {county}.",
    "note.praksiskandidat_credit": "{months} av de {required} månedene godskrives for bestått Vg1/Vg2 i faget "
    "(fylkeskommunen vurderer godskrivingen).",
    "warn.vg3_in_school_grant": "hvilket tilskudd {county} gir for et fag med Vg3 i skole (bare verdiskaping igjen i "
    "bedriften), er ikke kjent: avklar med {county}",
    "warn.old_act": (
        "planlagt før {day}: den gamle opplæringsloven gjelder der regelverket har daterte verdier; den "
        "gamle ungdomsretten (3 år innen 5, 6 med læretid, til skoleåret man fyller 24; voksne fra 25) og "
        "andre deler er bare modellert etter den nye loven: avklar med fylkeskommunen"
    ),
    "warn.vg2_not_offered": (
        "Vg2 {programme} tilbys ikke i {county}: nærmeste tilbud er i {nearest}; søk som gjesteelev eller flytt"
    ),
    "warn.vg2_not_offered_anywhere": (
        "Vg2 {programme} tilbys ikke i {county}: vi kjenner ikke til tilbud i et annet fylke (se "
        "vilbli.no); søk som gjesteelev eller flytt"
    ),
    "warn.late_admission": "skoleåret har begynt: om en sen start i år er mulig, avgjør skolen og fylkeskommunen "
    "(avklar med {county}); planlagt fra neste skoleår",
    "vg3_sarlop.no": "{trade} er et særløpsfag ({model}) uten Vg2: ingen kilde beskriver Vg3 i skole rett etter Vg1 "
    "som fører fram til fagbrev; avklar med {county} hva som tilbys uten læreplass",
    "view.group.approval": "Krever godkjenning fra fylkeskommunen",
    "view.group.fallback": "Hvis du ikke får læreplass",
    "view.group.partial": "Delkompetanse (kompetansebevis, praksisbrev)",
    "view.group.routes": "Veier",
    "view.standing.ordinary": "   vanlig vei: {reason}",
    "view.standing.alternative": "   alternativ: {reason}",
    "view.standing.approval": "   krever godkjenning: {reason}",
    "view.standing.fallback": "   reserveløsning: {reason}",
    "view.more_routes": "Flere veier (vis dem med --top {top}):",
    "step.fpj.exception": "Fagbrev på jobb i {trade} før aldersgrensen (unntak som {county} godkjenner)",
    # the candidate file: history, dates as typed, YAML hints, plausibility (reader)
    "date.year_range": "{value!r} er ikke en sannsynlig dato: året må være mellom {first} og {last}",
    "date.invalid": "ikke en dato: {value!r}; skriv den som DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD, f.eks. 14.05.2008 eller "
    "2008-05-14",
    "date.month_invalid": "ikke en måned eller en dato: {value!r}; skriv den som ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, "
    "f.eks. 2025-06",
    "date.month_number": "et tall ({value}) for YAML, ikke en måned; skriv måneden som ÅÅÅÅ-MM, f.eks. 2021-01, eller "
    "sett den i anførselstegn",
    "date.short_year": "{value!r} har tosifret årstall; skriv hele året, f.eks. 14.05.2008",
    "candidate.id_control": "id inneholder et kontrolltegn (som tabulator eller linjeskift); bruk et enkelt pseudonym, "
    "f.eks. k-017",
    "candidate.country": "ikke en landkode: {value!r}; bruk to bokstaver, f.eks. no, se, pl",
    "candidate.to_before_from": "to er før from",
    "candidate.months_span": "{months} måneder får ikke plass mellom from og to ({span} måneder)",
    "candidate.months_missing": "oppgi months, eller både from og to",
    "candidate.trade_needed": "et {kind} gjelder et lærefag; oppgi lærefaget (trade)",
    "candidate.trade_not_for": "{kind} gjelder ikke et lærefag; ta bort trade",
    "candidate.elev_needs": "for kind: elev, oppgi {key} for skoleåret eleven går nå",
    "candidate.event_needs": "for event: {event}, oppgi {key}",
    "candidate.event_not": "{key} gjelder ikke event: {event}; ta det bort",
    "input.missing_and_passed": "{subject!r} står både som manglende og som bestått",
    "input.date_future": "{day} er etter planleggingsdatoen {as_of}; denne delen av filen gjelder det som allerede har "
    "skjedd",
    "input.work_future": "{day} er etter planleggingsdatoen {as_of}; work gjelder arbeid som er utført (en jobb man "
    "har nå, føres under employment)",
    "input.file_name_national_id": "filnavnet ser ut som et fødselsnummer; legg til en id med et pseudonym, f.eks. "
    "k-017",
    "privacy.withheld": "en verdi som ikke vises her, fordi den ser ut som {like}",
    "privacy.national_id": "et fødselsnummer",
    "privacy.name": "et personnavn",
    "input.private_county": "er ikke en fylkes-id, et fylkesnavn eller et fylkesnummer; verdien vises ikke, fordi den "
    "ser ut som {like}",
    "input.private_trade": "er ikke id-en eller navnet på et lærefag; verdien vises ikke, fordi den ser ut som {like}; "
    "alle lærefag: `pathway rules list trades`",
    "input.private_programme": "er ikke id-en eller navnet på et utdanningsprogram eller programområde; verdien vises "
    "ikke, fordi den ser ut som {like}",
    "input.private_fellesfag": "er ikke id-en eller navnet på et fellesfag; verdien vises ikke, fordi den ser ut som "
    "{like}",
    "input.foreign_character": "inneholder et tegn som ingen id eller navn har ({char}); skriv id-en, med små "
    "ASCII-bokstaver som {example}, eller det norske navnet",
    "input.county_number": '{value!r} er ikke et fylkesnummer: fylkesnumre har to sifre, f.eks. "42" (Agder) eller '
    '"03" (Oslo)',
    "input.county_split": "{value!r} ble delt 1. januar 2024; velg fylket der personen er folkeregistrert nå: "
    "{choices}",
    "warn.school_duplicate": "{level} {programme} står to ganger, første gang som bestått; sjekk skoleårene",
    "warn.school_order": "{level} står før {below}; før opp skoleårene i den rekkefølgen de ble tatt",
    "warn.school_gap": "{level} står uten {below}; sjekk skoleårene",
    "warn.below_not_passed": "{level} står oppført, men {below} bare som ikke bestått; {level} krever bestått "
    "{below}: sjekk skoleårene",
    "warn.vg3_skole_without_vg2": "personen går Vg3 i skole nå, som krever bestått Vg2, men school har ingen bestått "
    "Vg2; sjekk skoleårene",
    "warn.missing_not_taken": "fellesfag.missing har {subject}, et fag på {levels}, som ikke står under school; før "
    "bare opp fag fra år som er tatt (fag fra år som gjenstår, er en del av veien)",
    "warn.studiekompetanse_missing": "studiekompetanse krever at alle fellesfag er bestått, men fellesfag.missing har "
    "{subjects}; sjekk filen",
    "warn.no_grunnskole": "grunnskole er false, men filen har videregående skoleår eller studiekompetanse, som kommer "
    "etter grunnskolen; sjekk grunnskole",
    "warn.work_months": "{months} måneder arbeid er mer enn de {possible} månedene siden personen fylte {age}; sjekk "
    "arbeidsperiodene",
    "yaml.tab": "her er det brukt tabulator til innrykk; YAML rykker inn bare med mellomrom",
    "yaml.flow_comma": "ukjent nøkkel {key!r}: et komma uten anførselstegn mellom krøllparentesene avslutter "
    "verdien; sett verdien i anførselstegn, f.eks. {example}",
    "yaml.tag": "YAML-taggen {tag} er ikke tillatt i pathway-filer; skriv verdien slik den er",
    "yaml.merge_key": "flettenøkkelen << er ikke tillatt i pathway-filer; skriv nøklene ut",
    "yaml.big_number": "et tall med {digits} sifre; ingen felt tar et så langt tall",
    # --- kandidatens historie: hva personen har, er i, eller ikke fullførte ------------------------
    "credit.studiekompetanse": "generell studiekompetanse: fellesfagene godskrives (fylkeskommunen bekrefter "
    "godskrivingen)",
    "credit.other_trade_school": "{levels} bestått til {kind} i {trade}: også skoleår i dette faget, "
    "godskrives",
    "credit.other_trade": "{kind} i {trade}: fellesfagene godskrives, og retten til én ny yrkesfaglig "
    "sluttkompetanse gjelder (yrkesfaglig rekvalifisering; tidligere opplæring godskrives etter fylkeskommunens "
    "vurdering)",
    "credit.rule.full_time": "{percent} % eller mer regnes som heltid",
    "credit.rule.pro_rata": "en stilling under {percent} % regnes forholdsmessig",
    "credit.rule.full_time_confirm": "{percent} % eller mer regnes som heltid; avklar med {county}",
    "credit.rule.pro_rata_confirm": "en stilling under {percent} % regnes forholdsmessig; avklar med {county}",
    "credit.part_time": "arbeid: {months} måneder i {percent} % stilling = {fte} måneder heltid ({rule})",
    "credit.short_period": "en arbeidsperiode på {months} måneder telles ikke: perioder på minst {need} måneder teller",
    "credit.year_cap": "{year}: {months} måneder arbeid i ett kalenderår teller som {cap}",
    "credit.recent": "mindre enn {share} % av praksisen er fra de siste {years} årene: fylkeskommunen godtar kanskje "
    "ikke alt",
    "credit.school": "{months} måneder praksis godskrevet for bestått Vg1/Vg2 i faget, som praksiskandidat og i "
    "fagbrev på jobb (fylkeskommunen vurderer det)",
    "credit.served": "{months} måneder siden {since}: planen er resten av den samme kontrakten",
    "history.praksisbrev_held": "har praksisbrev i {trade}: lærekontrakten etterpå godskriver praksisbrevtiden",
    "history.test_failed": "prøven i {trade} ble ikke bestått ({date}): ny prøve, lengre kontrakt eller "
    "lærekandidatkontrakt",
    "history.contract_ended": "lærekontrakten i {trade} ble avsluttet ({date}): en ny kontrakt kan godskrive tiden "
    "(vurderes av {county}); med bestått Vg2: Vg3 i skole hvis det ikke blir ny læreplass",
    "history.since_unknown": "starten på kontrakten personen er i nå, er ikke oppgitt (current.since): tiden telles "
    "ikke med",
    "history.holds_goal": "har allerede {qualification} i {trade}: det er ingenting å planlegge fram mot",
    "standing.current": "fortsetter kontrakten eller skoleåret personen er i nå",
    "standing.retake": "ny prøve etter en som ikke ble bestått; fylkeskommunen dekker {attempts} forsøk",
    "standing.extension": "lengre læretid etter en prøve som ikke ble bestått, er ikke en rettighet: "
    "bedriften må si ja "
    "og {county} godkjenne kontrakten",
    "standing.change_contract": "å gjøre om lærekontrakten til en lærekandidatkontrakt krever samtykke fra {county}",
    "step.laerling.overdue": "Lærling i {trade}: læretiden på {full} måneder siden {since} endte i {ended}; "
    "fag- eller svenneprøven er det som gjenstår",
    "warn.laerling.overdue": "en læretid på {full} måneder ville ha endt i {ended}: avklar med {county} om "
    "kontrakten er forlenget (deltid, permisjon, en prøve som ikke ble bestått) eller om prøven skal tas nå",
    "step.laerling.current": "Lærling i {trade}: resten av lærekontrakten (siden {since}, {served} måneder "
    "gjennomført)",
    "step.retake": "Ny {prove} i {trade} (fylkeskommunen dekker {attempts} forsøk)",
    "step.retake.extended": "Lærling i {trade}: {months} måneder mer opplæring, så ny {prove}",
    "step.laerekandidat.current": "Lærekandidat i {trade}: resten av opplæringskontrakten (siden {since}, {served} "
    "måneder gjennomført)",
    "step.laerling.from_laerekandidat": "Lærling i {trade}: opplæringskontrakten gjøres om til lærekontrakt nå "
    "({served} måneder som lærekandidat godskrives etter fylkeskommunens vurdering)",
    "step.laerekandidat.after_failed": "Lærekandidat i {trade} i stedet (opplæringskontrakt fram mot kompetanseprøve)",
    "step.praksisbrev.current": "Praksisbrev i {trade}: resten av de to årene (siden {since})",
    "step.vg3_skole.current": "Vg3 i skole i {trade}: resten av skoleåret (siden {since})",
    "step.fpj.current": "Fagbrev på jobb i {trade}: resten av kontrakten (siden {since})",
    "step.school.current": "{level} {programme} (året personen går nå)",
    "warn.retake_time": "ingen kilde sier når en ny prøve kan holdes: avklar datoen med {county}",
    "warn.extension_not_right": "lengre læretid er ikke en rettighet: bedriften må si ja og {county} godkjenne den",
    "note.special_needs_extra": "Med spesialundervisning kan opplæringstiden forlenges med inntil {months} måneder "
    "etter en vurdering fra PPT.",
    "step.laerling.praksisbrev_held": "Lærling i {trade} med praksisbrevet godskrevet ({months} måneder igjen av "
    "løpet)",
    "step.laerling.early_no_school": "Lærling i {trade} uten skoleårene i faget ({model}, fellesfag og teori i "
    "læretiden)",
    "praksisbrev_held.no": "{person} har allerede praksisbrev i {trade}: neste steg er en lærekontrakt",
    "view.credited": "Godskrevet:",
    # lærefag: finne et lærefag, veier inn i faget (sak 9)
    "hint.nearest_trades": "; nærmeste: {names}; alle lærefag: `pathway rules list trades`",
    "hint.list_trades": "; alle lærefag: `pathway rules list trades`",
    "name.qualification.unknown": "fag- eller svennebrev, ikke bekreftet",
    "name.route.kryssloep": "kryssløp",
    "name.route.grep_only": "bare i Grep",
    "rules.shared_name": "{name!r} er også navnet på {other}: et navn eller alias kan bare vise til én ting",
    "warn.date_young": "filen har en dato ({day}) fra før personen fylte {age}; sjekk datoene",
    "warn.current_done": "personen går {level} {programme} nå, som står som bestått under school; sjekk skoleårene",
    "warn.since_future": "current.since {day} er etter planleggingsdatoen {as_of}; tiden som allerede er gjennomført, "
    "regnes fra da",
    # --- hardening: output destinations, cohort reading, CSV cells, the rule book ---
    "output.encoding": "tegnkodingen {encoding} for utdata kan ikke vise {char};"
    " sett PYTHONIOENCODING=utf-8 eller bruk --output FIL",
    "output.write_failed": "kan ikke skrive: {reason}; ingenting ble skrevet",
    "output.closed": "standard utdata er lukket; bruk --output FIL",
    "output.dangling_link": "er en symbolsk lenke til en fil som ikke finnes; oppgi selve filen",
    "output.no_folder": "mappen {folder} finnes ikke",
    "output.is_folder": "er en mappe; oppgi en fil å skrive til",
    "output.is_input": "er også inndata ({input}): resultatene ville erstattet den; oppgi en annen fil",
    "output.not_regular": "er ikke en vanlig fil (en enhet eller en socket); oppgi en fil å skrive til",
    "output.shared_link": "er en symbolsk lenke i fellesmappen {folder} som tilhører en annen ({link});"
    " oppgi selve filen",
    "output.hard_links": "advarsel: {path} hadde {links} harde lenker; bare dette navnet ble erstattet,"
    " de andre navnene har fortsatt det gamle innholdet",
    "batch.dangling_link": "er en symbolsk lenke til en fil som ikke finnes",
    "batch.line_too_big": "linjen er lengre enn {limit} byte; én kandidat er noen hundre",
    "batch.csv_syntax": "CSV-raden kan ikke leses: {problem}",
    "batch.csv_extra_cells": "flere celler enn de {columns} kolonnene i overskriftsraden",
    "batch.csv_integer": "{value!r} er ikke et heltall; skriv bare sifre, for eksempel 60",
    "batch.csv_range": "{value} er utenfor {low}–{high}",
    "batch.csv_boolean": "{value!r} er verken ja eller nei;"
    " skriv true/false, yes/no, ja/nei eller 1/0 (la cellen stå tom når det er ukjent)",
    "batch.csv_entry": "{value!r} kan ikke leses som {form}",
    "batch.csv_needs": "krever at kolonnen {column} er fylt ut på samme rad",
    "batch.huge_number": "et tall med {digits} sifre; ingen verdi for en kandidat er så stor",
    "batch.unreadable": "denne kandidaten kan ikke leses ({kind}); sjekk linjen",
    "fact.empty_list": "en tom liste med daterte verdier; oppgi minst én verdi med kilde",
    "fact.overlap": "de daterte verdiene {first} og {second} gjelder begge {day};"
    " valid_from/valid_to kan ikke overlappe",
    "rules.age_rule": "kind {kind} og age hører sammen: oppgi age for min_age og year_turning, og ingen for none",
    "rules.cache_skipped": "advarsel: regelbufferen {path} hoppes over ({reason}); reglene leses fra filene",
    "rules.duplicate_condition": "vilkåret {code!r} står to ganger",
    "rules.unknown_subject": "fellesfaget {subject!r} finnes ikke i rules/subjects.yaml{hint}",
    "rules.subject_name": "fellesfaget {subject!r} mangler navn under names:",
    "rules.leads_to_level": "{programme!r} er et {level}-program; et {from_level}-program fører til {expected}",
    "rules.continuation_self": "en ordning kan ikke fortsette i seg selv",
    # the adviser's language, screen and paper (issue 10)
    "word.months": "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
    "word.months_short": "jan.|feb.|mars|apr.|mai|juni|juli|aug.|sep.|okt.|nov.|des.",
    "word.then": ", deretter ",
    "word.alongside": ", ",
    "name.via.skole": "{levels} i skole",
    "name.via.laerling": "som lærling",
    "name.via.vg3_skole": "Vg3 fagopplæring i skole",
    "name.via.laerekandidat": "som lærekandidat",
    "name.via.praksisbrev": "med praksisbrev",
    "name.via.fagbrev_paa_jobb": "fagbrev på jobb",
    "name.via.mfy": "modulstrukturert opplæring (MFY)",
    "name.via.praksiskandidat": "som praksiskandidat",
    "name.via.fellesfag": "med fellesfag ved siden av",
    "name.status.ok": "med løp",
    "name.status.no_route": "uten løp",
    "name.status.invalid": "ugyldig",
    "name.condition.age_rule": "aldersgrense",
    "name.condition.completed_vg2": "har allerede bestått skoleårene",
    "name.condition.early_contract_not_offered": "ingen lærekontrakt rett etter grunnskolen eller Vg1",
    "name.condition.experience_above_redirect": "for mye praksis (henvises til praksiskandidat)",
    "name.condition.grunnskole_missing": "mangler fullført grunnskole",
    "name.condition.has_apprenticeship_place": "har læreplass",
    "name.condition.no_apprenticeship_place": "ingen læreplass",
    "name.condition.no_modular_curriculum": "ingen modulstrukturert læreplan",
    "name.condition.not_employed_in_trade": "ikke ansatt i faget",
    "name.condition.not_offered_in_county": "tilbys ikke i fylket",
    "name.condition.position_too_small": "for liten stilling",
    "name.condition.practice_too_short": "for kort praksis",
    "name.condition.school_levels_missing": "mangler skoleår",
    "name.condition.too_little_experience": "for lite arbeidserfaring",
    "name.condition.too_young": "for ung",
    "name.condition.trade_not_offered_in_county": "faget tilbys ikke i fylket",
    "name.condition.sarlop_no_vg2": "særløpsfag uten Vg2",
    "name.condition.vg3_already_in_school": "faget har allerede Vg3 i skole",
    "name.condition.ranked_lower": "rangeres lavere",
    "name.condition.no_route": "ingen løp innen perioden",
    "view.more_detail": "Vilkårskoder og kilder: legg til --verbose. Alt på papir: pathway report.",
    "view.source": "kilde: {source}",
    "check.columns": "id|kilde|status|ordninger|sluttkompetanse|mnd.|ferdig|løp|feil|godskrevet",
    "barriers.exclusion_columns": "ordning|grunn|{by}|kandidater",
    "summary.title": (
        "Verdier med lav sikkerhet (confidence: low) blant kildebelagte verdier i bruk, etter type regelfil"
    ),
    "summary.by_field": "Etter felt",
    "summary.columns": "type|verdier|lav|andel|ukjent",
    "summary.all": "hele regelverket",
    "summary.kind.counties": "fylker",
    "summary.kind.schemes": "ordninger",
    "summary.kind.trades": "lærefag",
    "summary.kind.programmes": "programmer",
    "summary.kind.book": "felles filer",
    "help.rules_check.summary": "Vis også andelen verdier med lav sikkerhet, etter type regelfil og felt.",
    "offer.confirm": "sjekk på vilbli.no",
    "offer.yes": "tilbys",
    "offer.no": "tilbys ikke",
    "offer.unknown": "ukjent",
    "offer.low": "lav sikkerhet",
    "input.county_programmes_only": "--county hører bare til `rules list programmes`",
    "help.rules_list.county": "Bare programmer: Vg2-programområdene og om fylket tilbyr hvert av dem.",
    "rules.ok": "ok: {files} regelfiler i {root}",
    "rules.problems": "{count} i regelverket i {root}",
    "validation.max": "må være høyst {limit}",
    "validation.min": "må være minst {limit}",
    "validation.choice": "må være én av {expected}",
    "validation.too_short": "er for kort",
    "validation.too_long": "er for lang",
    "validation.number": "forventet et tall, fikk {value!r}",
    "validation.text": "forventet tekst, fikk {value!r}",
    "yaml.colon": "et kolon (:) der YAML ikke venter et; sett verdien i anførselstegn eller begynn på en ny linje",
    "yaml.unclosed": "en parentes eller et anførselstegn er ikke lukket",
    "yaml.bad_character": "et tegn som ikke kan begynne en verdi; sett verdien i anførselstegn",
    "yaml.indent": "innrykket stemmer ikke; sjekk mellomrommene først på linjen",
    "yaml.what.flow_sequence": "listen i hakeparentes",
    "yaml.what.flow_mapping": "samlingen i krøllparentes",
    "yaml.what.quoted_scalar": "teksten i anførselstegn",
    "report.summary": "Kort fortalt",
    "report.summary_best": "Det beste løpet: {route}.",
    "report.for.ordinary": "Den vanlige veien.",
    "report.for.alternative": "En annen vei.",
    "report.for.approval": "Bare med godkjenning fra fylkeskommunen.",
    "report.for.fallback": "Bare for den som ikke får læreplass.",
    "report.ranked_lower": "{name} er mulig, men rangeres lavere enn løpene på dette arket; rådgiveren kan vise det",
    "report.who": "{name} er {group}.",
    "report.summary_other": "Løp {rank}: {route}.",
    "report.summary_route": "{qualification} etter {months} ({finish}, {age} år), {chain}",
    "report.first": "Dette må skje først",
    "report.first_step": "Fra {start}: {step}.",
    "report.details": "Detaljene",
    "report.chart_alt": "Tidslinje for løpene: {routes}.",
    "report.chart_route": "løp {rank} går fra {start} til {end}: {parts}",
    "report.chart_part": "{kind} fra {start} til {end}",
    "report.footer": "{candidate} · planlagt {as_of}",
    "report.document": "{title} (ikke på nett; spør rådgiveren)",
    "name.kind.school": "skole",
    "name.kind.company": "bedrift",
    "name.kind.other": "prøve eller arbeid",
    "name.kind.waiting": "venter",
    "yaml.general": "sjekk innrykk, kolon og anførselstegn på denne linjen",
    "report.page": "side {page} av {pages}",
    "name.group.county": "fylke",
    "name.group.trade": "lærefag",
    "name.group.age_band": "aldersgruppe",
    "word.or": " eller ",
    "help.pathway": "Veier til fag-/svennebrev, kompetansebevis eller praksisbrev, planlagt etter regelverket i YAML.",
    "help.option.version": "Skriv ut versjonen av programmet og regelverket.",
    "help.option.quiet": "Bare resultatene: ingen hint, ingen fremdriftsindikator, ingen ok-linje.",
    "help.option.verbose": "Vis også vilkårskodene og kilden til hver grunn.",
    "help.option.no_color": "Ingen farger (som med miljøvariabelen NO_COLOR).",
    "help.option.traceback": "Vis Python-tracebacken ved feil.",
    "help.option.lang": (
        "Språket i utdataene: en (engelsk), nb (bokmål) eller nn (nynorsk); standard fra $LANG (nb_NO, "
        "nn_NO), ellers en."
    ),
    "help.option.install_completion": "Installer tab-fullføring for skallet du bruker.",
    "help.option.show_completion": "Vis tab-fullføringen for skallet du bruker, for å kopiere eller tilpasse den.",
    "help.plan": (
        "Planlegg løpene for én kandidat, og si hvorfor hver av de andre ordningene faller bort.\n"
        "\n"
        "Eksempel: `pathway plan examples/elkem-kjemiprosess.yaml --as-of 2026-11-26`\n"
        "\n"
        "Kandidatfila (YAML eller JSON; bare county, goal og birth_date eller age er påkrevd):\n"
        "\n"
        "\b\n"
        "id: k-017                 et pseudonym, aldri et navn eller et fødselsnummer\n"
        "birth_date: 2008-05-14    eller 14.05.2008 (eller age: når datoen er ukjent)\n"
        "age: 18                   når fødselsdatoen ikke er kjent\n"
        'county: agder             fylket kandidaten bor i (id, navn eller "42")\n'
        "grunnskole: true          fullført grunnskole (standard: true)\n"
        "goal: {trade: kokkfaget}  lærefaget (se pathway rules list trades)\n"
        "school: [{level: vg1, programme: restaurant-og-matfag}]  fullførte år\n"
        "fellesfag: {missing: \\[norsk]}  fag fra de årene som ikke er bestått\n"
        "work: [{trade: kokkfaget, months: 14, percent: 100}]  relevant arbeid\n"
        "employment: {trade: kokkfaget, percent: 80}  nåværende jobb, om noen\n"
        "apprenticeship_place: true  en lærebedrift har tilbudt kontrakt\n"
        "qualifications: [{kind: praksisbrev, trade: kokkfaget, date: 2025-06}]  har\n"
        "current: {kind: laerling, trade: kokkfaget, since: 2025-08}  er i nå\n"
        "history: [{event: test_failed, test: fagprove, trade: kokkfaget, date: 2026-06}]\n"
        "special_needs: true       sakkyndig vurdering eller individuell plan\n"
        'notes: "tre samtaler"     fritekst, vises aldri i resultatet\n'
        "\n"
        "Alle nøklene: docs/nb/kandidatfil.md; i en editor fullfører schemas/candidate.schema.json dem."
    ),
    "help.option.file": "Kandidatfil (YAML eller JSON), eller - for stdin.",
    "help.plan.top": "Hvor mange løp som skal vises.",
    "help.plan.fmt": "table for mennesker, json for skript, dot for hele løpsgrafen (Graphviz).",
    "help.plan.as_of": "Planlegg per denne datoen (ÅÅÅÅ-MM-DD); standard er i dag.",
    "help.option.rules": "Mappen med regelverket (standard: $PATHWAY_RULES, ellers regelverket som er installert).",
    "help.check": (
        "Planlegg mange kandidater: én rad for hver (id, kilde, status, beste løp), i samme rekkefølge som "
        "inndataene.\n"
        "\n"
        "CSV-kolonner: `id, age, birth_date, county, trade, levels, missing, work_months, work_percent,\n"
        "employed, apprenticeship_place, grunnskole` (levels som `vg1 vg2` eller `vg1:teknologi-og-industrifag`;\n"
        "lister skilt med mellomrom eller `|`; filer fra Excel med `;` og BOM leses også).\n"
        "\n"
        "Eksempel: `pathway check kull.csv --format ndjson --jobs 2 --output rader.ndjson`"
    ),
    "help.option.paths": "Kandidatfiler, mapper, NDJSON- eller CSV-filer, eller - for stdin.",
    "help.check.fmt": "table, ndjson (strømmet), csv eller json.",
    "help.check.output": "Skriv til FIL, hel eller ikke i det hele tatt.",
    "help.check.excel": "CSV for regneark: UTF-8 med BOM og ; som skilletegn.",
    "help.option.jobs": "Antall arbeidsprosesser.",
    "help.check.redact": "Erstatt id-ene med en stabil kort hash.",
    "help.option.as_of": "Planlegg per denne datoen (ÅÅÅÅ-MM-DD).",
    "help.barriers": (
        "Systembarrierene i kullet: for hver ordning, hvem som faller utenfor og hvorfor; for hver fylkesregel,\n"
        "hvor mange som ville fått et bedre løp uten regelen (planlagt på nytt uten den).\n"
        "\n"
        "Eksempel: `pathway barriers kull.csv --format markdown > barrierer.md`"
    ),
    "help.barriers.fmt": "table, json eller markdown.",
    "help.barriers.by": "Grupper utelukkelsene etter fylke (county), lærefag (trade) eller aldersgruppe (age-band).",
    "help.compare": (
        "Løp side om side: måneder, skole og bedrift, lønn, tilskudd, prøver, hvem som følger opp, overganger.\n"
        "\n"
        "Eksempel: `pathway compare examples/elkem-kjemiprosess.yaml --routes 1,3 --format markdown`"
    ),
    "help.compare.routes": "Hvilke løp, f.eks. 1,2,3 (standard: de tre beste).",
    "help.compare.fmt": "table, json eller markdown.",
    "help.report": (
        "En HTML-side til utskrift, helt selvstendig (ingen skript, ingenting hentes fra nettet), til å "
        "skrive ut eller sende.\n"
        "\n"
        "Eksempel: `pathway report examples/elkem-kjemiprosess.yaml --output k-017.html`"
    ),
    "help.report.output": "HTML-filen som skal skrives (hel eller ikke i det hele tatt).",
    "help.report.top": (
        "Hvor mange løp som skal planlegges, som i plan (arket viser de tre første i detalj og nevner resten)."
    ),
    "help.schema": (
        "Skriv ut JSON Schema for kandidatfila eller en regelfil (for editorer).\n"
        "\n"
        "Eksempel: `pathway schema candidate > schemas/candidate.schema.json`"
    ),
    "help.schema.what": "candidate, county, trade, programme eller scheme.",
    "help.rules": "Sjekk, list opp og vis regelverket.",
    "help.rules_check": (
        "Sjekk regelverket: skjema, kryssreferanser, kilder og datoer.\n"
        "\n"
        "Hver feil skrives som `FIL:LINJE:KOLONNE: melding`. Eksempel: `pathway rules check rules/`"
    ),
    "help.rules_check.folder": "Mappen med regelverket (standard: regelverket som brukes).",
    "help.rules_list": (
        "List opp id-ene og navnene på ordninger, fylker, lærefag eller programmer.\n"
        "\n"
        "Eksempel: `pathway rules list counties`"
    ),
    "help.rules_list.kind": "Hva som skal listes opp.",
    "help.rules_show": (
        "Vis én regelfil slik den lastes (YAML), med stien.\n\nEksempel: `pathway rules show praksisbrev`"
    ),
    "help.rules_show.entity": "En id (eller et navn) på en ordning, et fylke, et lærefag eller et program.",
    "help.option.help": "Vis denne hjelpen og avslutt.",
    "help.usage": "Bruk: ",
    "help.arguments": "Argumenter",
    "help.options": "Valg",
    "help.commands": "Kommandoer",
    "help.default": "[standard: {value}]",
    "help.required": "[påkrevd]",
    "validation.goal": "skriv lærefaget på en egen linje under goal, med innrykk: trade: {value}",
    "help.options_metavar": "[VALG]",
    "help.subcommand_metavar": "KOMMANDO [ARGUMENTER]...",
    "help.rules_list.fmt": "table for mennesker, json for skript.",
    "help.rules_list.vg1": "Bare lærefag: de man når fra dette Vg1-programmet.",
    "help.rules_list.vg2": "Bare lærefag: de man når fra dette Vg2-programområdet.",
    "name.condition.no_route_in_horizon": "ingen løp innen perioden",
    "name.condition.already_held": "har det allerede",
    "name.condition.goal_held": "målet er allerede nådd",
    "help.option.output": "Skriv til FIL, hel eller ikke i det hele tatt (- for standard utdata).",
    # rules stale: verdiene som bør leses på nytt
    "stale.bad_age": "ikke en alder: {value!r}; skriv den som 180d, 26w, 6m eller 1y",
    "stale.title": "Regelverdier som bør leses på nytt",
    "stale.intro": "{count} verdier sjekket før {cutoff} (mer enn {days} dager før {as_of}), i {groups} filer.",
    "stale.columns": "verdi|lyder|sjekket|dager siden|kilde",
    "stale.kind.county": "Fylke",
    "stale.kind.scheme": "Ordning",
    "stale.kind.trade": "Lærefag",
    "stale.kind.programme": "Program",
    "stale.kind.book": "Fil i regelverket",
    "help.rules_stale": (
        "Regelverdiene der kilden sist ble lest for mer enn en gitt tid siden, etter fylke, ordning, lærefag\n"
        "og program: det som bør leses på nytt.\n\nEksempel: `pathway rules stale --older-than 180d --format markdown`"
    ),
    "help.rules_stale.older_than": (
        "Hvor gammel en sjekk kan være: dager (180d), uker (26w), måneder (6m) eller år (1y)."
    ),
    "help.rules_stale.fmt": "table, json eller markdown.",
    # whatif: planen før og etter en endring
    "whatif.bad_set": (
        "ikke en endring: {value!r}; skriv den som NØKKEL=VERDI med en nøkkel fra kandidatfila, f.eks. "
        "county=vestfold eller fellesfag.missing=[]"
    ),
    "whatif.no_such_place": "det finnes ikke noe slikt sted i kandidatfila (lista har ikke noe element der)",
    "whatif.absent": "(ikke oppgitt)",
    "whatif.route": "{chain}: {qualification}, {finish}",
    "whatif.change": "{key}: {old} → {new}",
    "whatif.title": "Hva om, for {candidate}",
    "whatif.before": "Slik fila er ({day})",
    "whatif.after": "Med endringen ({day})",
    "whatif.what_changed": "Hva som endres",
    "whatif.none": "ingen løp",
    "whatif.now_a_route": "Et løp åpner seg der det ikke var noe: {route}.",
    "whatif.no_route_after": "Det er ikke noe løp igjen (før: {route}).",
    "whatif.qualification": "Det beste løpet ender nå med {after} (før: {before}).",
    "whatif.months_saved": "Det beste løpet blir ferdig {months} måneder tidligere: {after} i stedet for {before}.",
    "whatif.months_later": "Det beste løpet blir ferdig {months} måneder senere: {after} i stedet for {before}.",
    "whatif.same_best": "Det beste løpet er det samme og blir ferdig {finish}.",
    "whatif.same_finish": "Et annet beste løp, ferdig samme måned ({finish}).",
    "whatif.gained": "Nytt løp: {route}.",
    "whatif.lost": "Løp som ikke lenger vises: {route}.",
    "whatif.moved": "{chain}: {after} i stedet for {before}.",
    "whatif.opened": "Ordninger som nå er med i et løp: {schemes}.",
    "whatif.closed": "Ordninger som ikke lenger er med i noe løp: {schemes}.",
    "whatif.nothing": "Ingenting endres i løpene som vises.",
    "help.whatif": (
        "Planen slik kandidatfila er og med noen av nøklene endret, side om side, og hva som endres:\n"
        "løp som kommer til og faller bort, måneder spart, sluttkompetansen.\n\n"
        "Eksempel: `pathway whatif k.yaml --set county=vestfold --set fellesfag.missing=[] --set "
        "apprenticeship_place=true`"
    ),
    "help.whatif.file": "Kandidatfil (YAML eller JSON), eller - for standard inndata.",
    "help.whatif.sets": (
        "NØKKEL=VERDI: en nøkkel i kandidatfila (med punktum, f.eks. fellesfag.missing) og den nye verdien."
    ),
    "help.whatif.then": "Planlegg den endrede fila per denne datoen (standard: datoen i --as-of).",
    "help.whatif.fmt": "table, json eller markdown.",
    "help.whatif.top": "Hvor mange løp som skal vises.",
    # unlocks: det som kan åpne et bedre løp
    "unlock.heading": "Dette kan åpne en bedre vei",
    "unlock.place": "En bedrift tilbyr lærekontrakt: {route} starter {opens}, ferdig {finish}{gain}.",
    "unlock.fellesfag": "Bestå {subjects}: {route} trenger ikke fellesfag ved siden av, ferdig {finish}{gain}.",
    "unlock.employment": "En jobb i faget ({percent} %): {route} kan starte {opens}, ferdig {finish}{gain}.",
    "unlock.work": "{scheme} etter {months} måneder til med arbeid i faget ({opens}): {route}, ferdig {finish}{gain}.",
    "unlock.age": "{scheme} åpner {opens}, ved {age} år: {route}, ferdig {finish}{gain}.",
    "unlock.time": "{scheme} åpner {opens}: {route}, ferdig {finish}{gain}.",
    "unlock.county": "Ved flytting til {county}: {scheme} tilbys der: {route}, start {opens}, ferdig {finish}{gain}.",
    "unlock.sooner": " ({months} måneder tidligere)",
    "unlock.stronger": " (fullt {qualification})",
    "unlock.rule": "regel: {rule}; {sources}",
    "name.condition.fellesfag": "fellesfag ikke bestått",
    "help.plan.unlocks": "Søk også etter det som kan åpne et bedre løp (på som standard).",
    "unlock.fewer_days": " (ingen skoledag i uka ved siden av kontrakten)",
    "dot.title": "Løpsgraf for {candidate}: {trade}, planlagt {as_of}",
    "dot.start": "i dag",
    "dot.month": "fra {month}",
    "dot.levels": "bestått: {levels}",
    "dot.missing": "fellesfag ikke bestått: {subjects}",
    "dot.held": "har {qualification}",
    "dot.goal": "slutten av et løp",
    "dot.step": "{title} ({months} måneder)",
    "dot.routes": "løp {ranks}",
    "rank.only": "den eneste veien som ble funnet",
    "rank.first": "først: {why}",
    "rank.after": "etter vei {n}: {why}",
    "rank.why.equal": "lik naboen på alle punktene i rangeringen",
    "rank.why.first.qualification": "den fører til fullt {qualification}",
    "rank.why.after.qualification": "den ender i {qualification}, ikke fullt fag- eller svennebrev",
    "rank.why.first.in_hand.offer": "den begynner med kontrakten bedriften har tilbudt",
    "rank.why.first.in_hand.job": "den bygger på jobben personen har i faget",
    "rank.why.after.in_hand.offer": "den bruker ikke tilbudet fra bedriften",
    "rank.why.after.in_hand.job": "den bygger ikke på jobben personen har i faget",
    "rank.why.first.standing": "den er {standing} for denne personen; den neste er {other}",
    "rank.why.after.standing": "den er {standing} for denne personen; veien over er {other}",
    "rank.standing.ordinary": "den vanlige veien",
    "rank.standing.alternative": "et alternativ",
    "rank.standing.approval": "avhengig av godkjenning fra fylkeskommunen",
    "rank.standing.fallback": "bare for den som ikke får læreplass",
    "rank.why.first.months": "den er ferdig før: etter {months} måneder, den neste etter {other}",
    "rank.why.after.months": "den er ferdig senere: etter {months} måneder, veien over etter {other}",
    "rank.why.first.certainty": "den hviler på færre regler å avklare med fylkeskommunen ({n}, den neste {other})",
    "rank.why.after.certainty": "den hviler på flere regler å avklare med fylkeskommunen ({n}, veien over {other})",
    "rank.why.first.school_days": "færre skoledager i uka ({days}, den neste {other})",
    "rank.why.after.school_days": "flere skoledager i uka ({days}, veien over {other})",
    "rank.why.first.steps": "færre trinn ({n}, den neste {other})",
    "rank.why.after.steps": "flere trinn ({n}, veien over {other})",
    "name.qualification.full": "fag- eller svennebrev",
    "view.rank": "   plass: {reason}",
    "view.waiting.place": "søker læreplass fra {start} til {end} ({months}): {who} følger opp",
    "ranking.standing_order": "`order` skal ha ordinary, alternative, approval og fallback én gang hver",
    "ranking.in_hand_params": "in_hand trenger `offer_schemes` og `offer_starts_within_months`",
    "ranking.criteria": "hvert punkt én gang: mangler {missing}; to ganger {twice}",
    "rank.why.after.in_hand.other_contract": "tilbudet fra bedriften er planlagt først "
    "som lærekontrakt, ikke som denne kontrakten",
    "rank.why.first.unfit": "færre av trinnene er utenom det vanlige for denne personen ({n}, den neste {other})",
    "rank.why.after.unfit": "flere av trinnene er utenom det vanlige for denne personen ({n}, veien over {other})",
    "compare.row.standing": "for denne personen",
    "compare.row.place": "hvorfor denne plassen",
    "rank.why.first.in_hand.ready": "den trenger ikke noe nytt for å begynne: personen kan melde seg opp nå",
    "rank.why.after.in_hand.ready": "veien over trenger ikke noe nytt for å begynne",
    # readings: andre lesninger av en regel som planen bygger på
    "reading.bad_form": (
        "ikke NØKKEL=VERDI: {value!r}; skriv f.eks. --reading praksisbrev.credit_toward_laerling_months=0"
    ),
    "reading.bad_entity": (
        "ingen fylkeskommune, ordning eller lærefag heter {name!r}; skriv FYLKE_ELLER_ORDNING.NØKKEL=VERDI"
    ),
    "reading.bad_key": "{key} har ingen verdi {part!r}",
    "reading.not_a_fact": "{key} er ikke en verdi med kilde; oppgi en av verdiene under den",
    "reading.no_fact_on": "ingen verdi gjelder {day}",
    "reading.planned_on": "Planlagt etter en annen lesning: {key} = {value} (regelverket bruker {uses}).",
    "reading.heading": "Lesninger dette løpet bygger på (kildene er uenige):",
    "reading.route": "{key} leses som {uses}{low}; med lesningen {reading}: {effect}.",
    "reading.excluded": "{scheme}: med lesningen {key} = {reading} er ordningen med i et løp: {effect}.",
    "reading.low": " (lav sikkerhet)",
    "reading.lost": "løpet er ikke mulig",
    "reading.longer": "{months} måneder lenger, ferdig {finish}",
    "reading.shorter": "{months} måneder tidligere, ferdig {finish}",
    "reading.same_months": "like mange måneder, ferdig {finish}",
    "reading.standing": "{effect}; status {standing}",
    "reading.source": "annen lesning: {source}",
    "help.option.reading": (
        "FYLKE_ELLER_ORDNING.NØKKEL=VERDI: planlegg etter en annen lesning av "
        "en regel (f.eks. agder.praksisbrev.offered=true)."
    ),
    "help.plan.readings": (
        "Planlegg også etter hver annen lesning regelverket har, og si hva den endrer (på som standard)."
    ),
    "reading.unknown_county_only": "unknown kan bare gis for en fylkeskommunes verdi; oppgi en verdi her",
    "help.check.unlocks": "Også det som kan åpne et bedre løp, i hver rad (tregere).",
    "studiekompetanse.no": "Praksisbrev er for elever som kommer fra grunnskolen; {person} har generell "
    "studiekompetanse.",
    "fpj.position.soft": "Hovedregelen i {county} for fagbrev på jobb er en stilling på {need} % («{quote}»); "
    "{person} har {have} %: avklar med fylkeskommunen.",
    "standing.soft_rule": "{county} skriver regelen som en hovedregel med unntak («{quote}»): veien krever "
    "godkjenning fra {county} fylkeskommune",
    "reason.in_current_place": "{name} ble ikke vurdert: {person} er {current} nå, og planen fortsetter den plassen "
    "og overgangene reglene åpner for derfra; planlegg på nytt om plassen tar slutt.",
    "current.kind.elev": "elev",
    "current.kind.laerling": "lærling",
    "current.kind.laerekandidat": "lærekandidat",
    "current.kind.praksisbrevkandidat": "praksisbrevkandidat",
    "current.kind.fagbrev_paa_jobb": "i en kontrakt med fagbrev på jobb",
    "current.kind.vg3_skole": "i Vg3 i skole",
    "step.laerling.from_vg3": "Lærling i {trade}, overgang fra Vg3 i skole etter {months} måneder ({credit} "
    "godskrevet)",
    "step.vg3_skole.until_switch": "Vg3 i skole i {trade} (siden {since}) til en bedrift tar inn eleven",
    "offered.unknown_near": "Det er ikke kjent om {county} fylkeskommune tilbyr {what}: avklar med fylkeskommunen (av "
    "nabofylkene tilbyr ikke {near} det).",
    "early.unknown_near": "Lærekontrakt uten skoleårene i faget (0+4, eller 1+3 etter Vg1) krever at {county} "
    "fylkeskommune godkjenner opplæringsmodellen: avklar med fylkeskommunen (av nabofylkene godkjenner ikke {near} "
    "slike kontrakter).",
    "offered.low": "At {county} fylkeskommune tilbyr {what}, bygger på en kilde som er merket usikker i regelverket: "
    "avklar med fylkeskommunen.",
    "trade_listed.low": "At {county} fylkeskommune har {trade} som {what}, bygger på en kilde som er merket usikker i "
    "regelverket: avklar med fylkeskommunen.",
    "early.low": "At {county} fylkeskommune godkjenner lærekontrakt uten skoleårene i faget, bygger på en kilde som "
    "er merket usikker i regelverket: avklar med fylkeskommunen.",
    "trade_needs_school.no": "{trade} kan ikke ta skoleårene i bedrift ({what}): opplæringen må først gis av en "
    "godkjent skole.",
    "what.early_contract": "lærekontrakt uten skoleårene",
    "praksiskandidat.norway": "{county} fylkeskommune krever minst {need} måneder av praksisen fra Norge; {have} er "
    "fra Norge, så veien samler resten her før oppmelding.",
    "praksiskandidat.norway_no": "Praksiskandidat i {county} krever minst {need} måneder av praksisen fra Norge; "
    "{person} har {have} og ingen jobb i faget å samle mer i.",
    "step.praksiskandidat.wait_norway": "Fortsett å jobbe i {trade} i Norge til {months} måneder av praksisen er fra "
    "Norge",
    "name.condition.in_current_place": "er i en plass nå",
    "name.condition.has_studiekompetanse": "har studiekompetanse",
    "name.condition.trade_needs_school": "faget krever skoleårene",
    "rank.why.first.in_county": "færre av skoleårene er utenfor fylket ({n}, den neste {other})",
    "rank.why.after.in_county": "flere av skoleårene er utenfor fylket ({n}, veien over {other})",
}
