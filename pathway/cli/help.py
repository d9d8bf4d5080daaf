"""--help in the reader's language, and typer's help made plain (no `<bool>` beside a flag).

Loaded with the command line; typer's rich help module only when help is shown.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperGroup

# Options that may stand anywhere on the command line (`pathway plan k.yaml --quiet`): they belong to
# the main command, so they are moved in front of the subcommand before parsing.
GLOBAL_FLAGS = {"-q", "--quiet", "--no-color", "-v", "--verbose"}


class Group(TyperGroup):
    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, standalone_mode: bool = True, **kwargs: Any
    ) -> Any:
        """As typer's, but a usage error is one line in the user's language (pathway.usage)."""
        import sys

        from typer import _click
        from typer.exceptions import Abort

        try:
            code = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except _click.exceptions.NoArgsIsHelpError as exc:
            if not standalone_mode:
                raise
            shown = exc.format_message().rstrip("\n")  # typer's rich help is printed already
            if shown:
                sys.stdout.write(shown + "\n")
            sys.exit(int(exc.exit_code))
        except _click.exceptions.UsageError as exc:
            if not standalone_mode:
                raise
            from pathway.usage import usage_line

            kinds = ("NoSuchOption", "MissingParameter", "BadParameter")
            kind = next((k for k in kinds if isinstance(exc, getattr(_click.exceptions, k))), type(exc).__name__)
            sys.stderr.write(usage_line(exc, kind) + "\n")
            sys.exit(int(exc.exit_code))
        except _click.exceptions.ClickException as exc:
            if not standalone_mode:
                raise
            exc.show()
            sys.exit(int(exc.exit_code))
        except Abort:
            if not standalone_mode:
                raise
            sys.stderr.write("interrupted\n")
            sys.exit(1)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:
            lang = _language_in(args)
            # Help and usage words in Norwegian; in English typer's own words stand, and a plain run
            # does not pay for loading typer's rich help module.
            if lang != "en" or not args or "--help" in args or "-h" in args:
                _localise_help(self, lang)
        if "--" in args:
            cut = args.index("--")
            head, tail = args[:cut], args[cut:]
        else:
            head, tail = args, []
        flags = [a for a in head if a in GLOBAL_FLAGS]
        rest = [a for a in head if a not in GLOBAL_FLAGS]
        return super().parse_args(ctx, flags + rest + tail)


def _language_in(args: list[str]) -> str:
    """The language asked for on the command line (`--lang nn`, `--lang=nn`), else from $LANG."""
    from pathway.messages import language_from_env

    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return language_from_env()


_TYPER_WORDS: dict[str, dict[str, str]] = {}


def _localise_help(group: Any, lang: str) -> None:
    """--help in the reader's language: the catalogue's `help.*` sentences replace the English ones of
    the commands and options (`help.<command>`, `help.<command>.<option>`, else `help.option.<option>`),
    and typer's own words (Usage, Options, [default: …]) are replaced too. English stays as written here."""
    from typer import rich_utils

    from pathway.messages import catalogue, set_language, text

    lang = set_language(lang)
    words = ("ARGUMENTS_PANEL_TITLE", "OPTIONS_PANEL_TITLE", "COMMANDS_PANEL_TITLE", "DEFAULT_STRING")
    english = _TYPER_WORDS.setdefault(
        "en", {name: getattr(rich_utils, name) for name in (*words, "REQUIRED_LONG_STRING")}
    )
    if lang == "en":
        for name, value in english.items():
            setattr(rich_utils, name, value)
        return
    said = catalogue(lang)
    rich_utils.ARGUMENTS_PANEL_TITLE = text("help.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = text("help.options")
    rich_utils.COMMANDS_PANEL_TITLE = text("help.commands")
    rich_utils.DEFAULT_STRING = text("help.default", value="{}")
    rich_utils.REQUIRED_LONG_STRING = text("help.required")

    def walk(command: Any, path: str) -> None:
        command.help = said.get(f"help.{path}", command.help)
        command.short_help = None
        command.options_metavar = said["help.options_metavar"]
        if hasattr(command, "subcommand_metavar"):
            command.subcommand_metavar = said["help.subcommand_metavar"]
        for param in command.params:
            for key in (f"help.{path}.{param.name}", f"help.option.{param.name}"):
                if key in said:
                    param.help = said[key]
                    break
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, name if path == "pathway" else f"{path}_{name}")

    walk(group, "pathway")


def _help_words() -> None:
    """`Usage:` and the help option's sentence in the current language (typer writes them in English)."""
    from typer import _click
    from typer.core import TyperCommand

    write_usage = _click.formatting.HelpFormatter.write_usage

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        from pathway.messages import current_language, text

        if prefix is None and current_language() != "en":
            prefix = text("help.usage")
        write_usage(self, prog, args, prefix)

    _click.formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]

    for cls in (TyperCommand, TyperGroup):
        get_help_option = cls.get_help_option

        def help_option(self: Any, ctx: Any, _get: Any = get_help_option) -> Any:
            from pathway.messages import current_language, text

            option = _get(self, ctx)
            if option is not None and current_language() != "en":
                option.help = text("help.option.help")
            return option

        cls.get_help_option = help_option  # type: ignore[method-assign]


def _no_bool_metavar() -> None:
    """typer shows `<bool>` beside every on/off flag in --help; a flag takes no value, so show none."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag and self.metavar is None else shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_help_words()
_no_bool_metavar()
