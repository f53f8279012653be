"""The kgraph command line: a thin layer over the Python API.

Each command lives in its own module and only parses arguments, calls the
library and prints; library errors become a message and exit code 1.
"""

from __future__ import annotations

import logging
import sys
from importlib import import_module

import click

from .. import heap
from ..errors import KGraphError

__all__ = ["main", "cli"]

# command -> the module defining it (a function of the same name), imported only when
# the command runs or help lists it: `kgraph neighbours` then loads neither spaCy nor networkx.
COMMANDS = {
    "build": ".build",
    "neighbours": ".neighbours",
    "path": ".path",
    "ego": ".ego",
    "info": ".info",
}


class _LazyGroup(click.Group):
    """A click group whose commands are imported on first use (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            self.add_command(getattr(import_module(COMMANDS[name], __name__), name))
        return super().get_command(ctx, name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def cli() -> None:
    """Turn news articles into a knowledge graph of who is mentioned with whom.

    \b
    kgraph build                   build seeds/ into graphs/
    kgraph neighbours Zelenskyy    who is mentioned with Zelenskyy
    kgraph path Macron Malyuk      the strongest chain between two entities
    kgraph ego Putin --out p.html  the graph around an entity
    kgraph info                    counts, top entities, communities
    """


class _WarningFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"kgraph: {record.levelname.lower()}: {record.getMessage()}"


def main(argv: list[str] | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_WarningFormatter())
    logger = logging.getLogger("kgraph")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        with heap.fewer_collections():  # model loading and graph parsing make millions of objects
            cli.main(args=argv, prog_name="kgraph", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.Abort:
        click.echo("kgraph: aborted", err=True)
        sys.exit(130)
    except KGraphError as err:
        click.echo(f"kgraph: error: {err}", err=True)
        sys.exit(1)
    finally:
        logger.removeHandler(handler)
