"""What several commands share: options whose values are checked against a list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import click

__all__ = ["comma_list"]


Value = str | Sequence[str] | None  # one option value, or a repeated option's values


def comma_list(choices: Sequence[str]) -> Callable[[click.Context, click.Parameter, Value], tuple[str, ...]]:
    """A click callback reading 'a,b' (and repeated options) into ('a', 'b'), each one of ``choices``.

    Nothing given reads as nothing (the option's default applies); a value outside
    ``choices`` is a usage error that lists them.
    """

    def parse(ctx: click.Context, param: click.Parameter, value: Value) -> tuple[str, ...]:
        given = (value,) if isinstance(value, str) else tuple(value or ())
        items = tuple(dict.fromkeys(item.strip() for text in given for item in str(text).split(",") if item.strip()))
        unknown = [item for item in items if item not in choices]
        if unknown:
            raise click.BadParameter(f"{', '.join(map(repr, unknown))} is not one of {', '.join(choices)}")
        if not items and given:
            raise click.BadParameter(f"nothing given; choose from {', '.join(choices)}")
        return items

    return parse
