"""Many candidates at once: a cohort read from files, folders, NDJSON, CSV or stdin, and planned.

One bad candidate never stops the batch: it becomes an `invalid` row that names its file, line and
field. Work items are plain strings, so they can be sent to worker processes; each process keeps its
own rule book and plans each planning profile once.

- `item`: one candidate to plan, as read (where it comes from and its text);
- `sources`: reading the arguments (files, folders, NDJSON, CSV, stdin) into items, streamed;
- `csvmap`: the CSV columns and how a row becomes a candidate document;
- `documents`: an NDJSON line as a candidate document (fast JSON, YAML only to place errors);
- `planning`: an item planned into a row, each planning profile once;
- `row`: the row of the output, its id and its redaction;
- `pool`: planning in one or several worker processes, rows in input order.
"""
