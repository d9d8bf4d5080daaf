"""Shared vocabulary: the codes that the rule files, the rule-book linter and the planner's checks
all speak. This module imports nothing of pathway, so any layer may read it."""

from __future__ import annotations

# Every code a scheme's checks may report; each must have an entry (text, source) in the rule file.
CONDITION_CODES: dict[str, frozenset[str]] = {
    "laerling": frozenset(
        {
            "grunnskole_missing",
            "school_levels_missing",
            "no_apprenticeship_place",
            "early_contract_not_offered",
            "trade_needs_school",
        }
    ),
    "vg3_skole": frozenset(
        {"school_levels_missing", "has_apprenticeship_place", "vg3_already_in_school", "sarlop_no_vg2"}
    ),
    "laerekandidat": frozenset({"grunnskole_missing", "not_offered_in_county", "no_apprenticeship_place"}),
    "praksisbrev": frozenset(
        {
            "not_offered_in_county",
            "trade_not_offered_in_county",
            "grunnskole_missing",
            "completed_vg2",
            "has_studiekompetanse",
            "trade_needs_school",
            "no_apprenticeship_place",
            "already_held",
        }
    ),
    "fagbrev_paa_jobb": frozenset(
        {
            "not_offered_in_county",
            "grunnskole_missing",
            "not_employed_in_trade",
            "position_too_small",
            "too_little_experience",
            "age_rule",
            "experience_above_redirect",
        }
    ),
    "mfy": frozenset(
        {
            "not_offered_in_county",
            "no_modular_curriculum",
            "trade_not_offered_in_county",
            "grunnskole_missing",
            "too_young",
        }
    ),
    "praksiskandidat": frozenset({"practice_too_short"}),
}


# Conditions that are rules of a county or of the system (a barrier that policy could lift), as
# opposed to facts about the person (no job, too little practice, school years not passed).
SYSTEM_CODES = frozenset(
    {
        "not_offered_in_county",
        "trade_not_offered_in_county",
        "early_contract_not_offered",
        "age_rule",
        "experience_above_redirect",
        "position_too_small",
        "no_modular_curriculum",
        "too_young",
    }
)
