"""Pydantic models: the rule book and the candidate file. No typer, no rich."""
