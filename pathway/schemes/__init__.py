"""One module per scheme, named like its rule file (`rules/schemes/praksisbrev.yaml` ↔
`pathway/schemes/praksisbrev.py`), plus `skole` (the school years, rules/school.yaml). Each module's
`edges(builder, state)` gives the steps its scheme offers from that state; `base` holds what they share.
"""
