"""The command line: options, input, exit codes. The only package that knows typer.

- `help`: --help in the reader's language;
- `base`: the app, every shared option defined once (`FileArg`, `AsOfOpt`, ...), the frame of a
  command (`guarded`: language, errors, exit codes) and `main`;
- `person`: plan, compare, report, whatif; `cohort`: check, barriers; `rules`: rules …, schema.

Module-level imports stay light (typer and the stdlib) so that `pathway --help` and TAB completion
never load pydantic or networkx; each command imports the core when it runs.
"""

import gc

# A command makes a few hundred thousand objects while it starts (typer, pydantic, the rule book) and
# frees almost none: with the default thresholds Python scans them all two or three times on the way,
# about a tenth of a plan's time. Young objects are still collected, less often.
gc.set_threshold(100_000, 20, 20)

from pathway.cli import cohort, person, rules  # noqa: E402 - each registers its commands on the app
from pathway.cli.base import app, main  # noqa: E402

__all__ = ["app", "cohort", "main", "person", "rules"]
