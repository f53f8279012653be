"""Parties by the plural their members go by: "Social Democrats" for the Social Democratic Party.

News writes a party as its members: "the Social Democrats" (SPD), "her
Christian Democrats" (CDU), "Republicans", "Conservatives", "Greens". The
plural comes from the party's own name: the adjective before "Party" (or a
"-ic" adjective before "Union") in the plural, "-ic" dropped ("Democratic"
-> "Democrats"). "European Union" gives nothing: "Europeans" are no party.
"""

from __future__ import annotations

__all__ = ["members"]

_PARTY = "party"
_UNION = "union"


def members(name: str) -> str | None:
    """The plural a party's members go by, from its name ('Christian Democratic Union of Germany' ->
    'Christian Democrats'); None when the name is no party's of that shape."""
    words = name.split()
    for index in range(1, len(words)):
        head = words[index].casefold()
        if head not in (_PARTY, _UNION) or index + 1 < len(words) and words[index + 1] != "of":
            continue
        adjective = words[index - 1]
        if not (adjective.isalpha() and adjective[0].isupper()) or head == _UNION and not adjective.endswith("ic"):
            return None
        plural = adjective[:-2] + "s" if adjective.endswith("ic") else adjective + "s"
        return " ".join((*words[:index - 1], plural))
    return None
