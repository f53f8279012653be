"""The kgraph command line: a thin layer over the Python API.

Each command lives in its own module and only parses arguments, calls the
library and prints. Every problem is said one way, on stderr:
``kgraph: error: MESSAGE`` then, where one exists, ``kgraph: hint: WHAT TO DO``;
the exit code is 2 for a usage error (a bad option or value, a missing
argument, an unknown command) and 1 for a failure (docs/cli.md).
"""

from __future__ import annotations

import difflib
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from importlib import import_module
from typing import Any, NoReturn

import click

from .. import heap
from ..errors import ArgumentError, KGraphError

__all__ = ["main", "cli"]

# command -> the module defining it (a function of the same name), imported only when the
# command runs, and the first line of its help, which `kgraph --help` lists without importing
# anything: `build` alone would load the exporters, pyvis and numpy (0.7 s). A test checks that
# each summary is the first line of its command's help.
COMMANDS = {
    "build": (".build", "Build a graph from INPUT files, folders, globs or '-' (stdin) [default: seeds/]."),
    "neighbours": (".neighbours", "The neighbours of NAME (a name, alias or close misspelling), strongest co-mention first."),
    "path": (".path", "The strongest chain from FIRST to SECOND, with the sentences behind each hop."),
    "ego": (".ego", "Write the entities within --depth hops of NAME, and their links: a page, GraphML, GEXF, JSON or CSV."),
    "info": (".info", "Counts, the most mentioned and most central entities, and the communities of a graph."),
    "changes": (".changes", "Ties and entities that appeared, grew, faded or vanished from one period to another."),
}
# Other spellings of a command.
ALIASES = {"neighbors": "neighbours"}
USAGE, FAILURE = 2, 1


class _LazyGroup(click.Group):
    """A click group whose commands are imported on first use (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        name = ALIASES.get(name, name)
        if name in COMMANDS and name not in self.commands:
            self.add_command(getattr(import_module(COMMANDS[name][0], __name__), name))
        return super().get_command(ctx, name)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        """The command ``args`` name; an unknown one is a usage error naming the closest command."""
        if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
            close = difflib.get_close_matches(args[0], [*self.list_commands(ctx), *ALIASES], n=1, cutoff=0.6)
            hint = f"; did you mean {ALIASES.get(close[0], close[0])!r}?" if close else ""
            raise click.UsageError(f"no such command {args[0]!r}{hint}", ctx)
        return super().resolve_command(ctx, args)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,  # type: ignore[override]
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> NoReturn:
        """Run the command line; every error is said the one kgraph way (see the module) and sets the exit code."""
        handler = logging.StreamHandler(sys.stderr)  # the stderr of this call (CliRunner swaps it)
        handler.setFormatter(_WarningFormatter())
        logger = logging.getLogger("kgraph")
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
        try:
            with heap.fewer_collections():  # model loading and graph parsing make millions of objects
                super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False,
                             **extra)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.exceptions.NoArgsIsHelpError as err:  # plain `kgraph`: the help, not an error
            click.echo(err.format_message())
            sys.exit(0)
        except click.UsageError as err:
            command = err.ctx.command_path if err.ctx else "kgraph"
            sys.exit(_error(err.format_message(), hint=f"see '{command} --help'", code=USAGE))
        except click.ClickException as err:
            sys.exit(_error(err.format_message(), code=FAILURE))
        except click.Abort:
            click.echo("kgraph: aborted", err=True)
            sys.exit(130)
        except ArgumentError as err:  # a value the options let through but the library refused
            sys.exit(_error(str(err), hint=err.hint, code=USAGE))
        except KGraphError as err:
            sys.exit(_error(str(err), hint=err.hint, code=FAILURE))
        finally:
            logger.removeHandler(handler)
            if main_thread:
                signal.signal(signal.SIGTERM, previous)
        sys.exit(0)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def cli() -> None:
    """Turn news articles into a knowledge graph of who is mentioned with whom.

    \b
    kgraph build                   build seeds/ into graphs/
    kgraph neighbours Zelenskyy    who is mentioned with Zelenskyy
    kgraph path Macron Malyuk      the strongest chain between two entities
    kgraph ego Putin               the graph around an entity, as a page and GraphML
    kgraph info                    counts, top entities, communities
    kgraph changes --last 1        ties that appeared, grew, faded in the last period

    Queries ask the graph the last 'kgraph build' wrote into graphs/, or --graph FILE.
    Errors: 'kgraph: error: ...' on stderr; exit 2 for usage, 1 for failures.
    """


class _WarningFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"kgraph: {record.levelname.lower()}: {record.getMessage()}"


def _terminated(signum, frame) -> None:
    """SIGTERM as Ctrl-C: the same clean-up runs (workers ended, temporary files removed, old outputs kept)."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """The ``kgraph`` command: run it with ``argv`` (default: the process's arguments), then exit."""
    cli.main(args=argv, prog_name="kgraph")


def _error(message: str, *, hint: str = "", code: int) -> int:
    """Say a problem the one kgraph way; returns the exit code."""
    if message[:1].isupper() and message[1:2].islower():  # click's sentences, in kgraph's lower case
        message = message[0].lower() + message[1:]
    click.echo(f"kgraph: error: {message.rstrip('.')}", err=True)
    if hint:
        click.echo(f"kgraph: hint: {hint}", err=True)
    return code
