"""The command line: options, input, exit codes. The only package that knows typer.

- `help`: --help in the reader's language;
- `base`: the app, every shared option defined once (`FileArg`, `AsOfOpt`, ...), the frame of a
  command (`guarded`: language, errors, exit codes) and `main`;
- `person`: plan, compare, report, whatif; `cohort`: check, barriers; `rules`: rules …, schema.

Module-level imports stay light (typer and the stdlib) so that `pathway --help` and TAB completion
never load pydantic or networkx; each command imports the core when it runs.
"""

import gc

# A command makes some 400,000 objects while it starts (typer, pydantic's schemas, the rule book) and
# frees almost none by cycles: the collector would scan every one of them on the way (about 30 ms of a
# plan) and find nothing. It is off for the command of one person; a cohort turns it on again once its
# rule book is loaded (pathway.cohort.pool.collect_from_now).
gc.disable()

from pathway.cli import cohort, person, rules  # noqa: E402 - each registers its commands on the app
from pathway.cli.base import app, main  # noqa: E402

__all__ = ["app", "cohort", "main", "person", "rules"]
