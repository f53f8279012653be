"""The kgraph command line: a thin layer over the Python API.

Each command lives in its own module and only parses arguments, calls the
library and prints; library errors become a message and exit code 1.
"""

from __future__ import annotations

import logging
import sys

import click

from ..errors import KGraphError
from .build import build
from .neighbours import neighbours

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def cli() -> None:
    """Turn news articles into a knowledge graph of who is mentioned with whom.

    \b
    kgraph build                   build seeds/ into graphs/
    kgraph neighbours Zelenskyy    who is mentioned with Zelenskyy
    """


cli.add_command(build)
cli.add_command(neighbours)


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
