"""Outlet furniture, ninth pass (issue 15, docs/entities.md section 46).

Each case is of the shape that became a noise node on a study set before these rules, and fails without them (but
the cases that show what is kept).
"""

from __future__ import annotations

from kgraph.ingest import clean


def test_a_date_line_in_another_language_is_dropped():
    """A Spanish page's head dated the page: "Miércoles" became an organisation."""
    for line in ("Miércoles, 04 de febrero de 2026 Mié 04/02/2026", "Mercredi 4 février 2026",
                 "Quarta-feira, 4 de fevereiro de 2026", "Mittwoch, 4. Februar 2026, 12:30 Uhr"):
        assert clean.boilerplate_rule(line) == "date in another language"
    assert clean.boilerplate_rule("4 de febrero de 2026 el ministro dijo que no") != "date in another language"


def test_a_loading_widgets_text_is_dropped():
    """"Cargando datos de mercados..." (a markets widget still loading) made a "Cargando" organisation."""
    for line in ("Cargando datos de mercados...", "Loading...", "Chargement en cours…"):
        assert clean.boilerplate_rule(line) == "loading widget"
    assert clean.boilerplate_rule("Loading the ships took three whole days...") is None
