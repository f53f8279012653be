"""Mentions -> observations: each mention's cleaned name and what its sentence says about it.

The recogniser's label is one vote among several: a title before a name, a
speech verb, a list of places or people it stands in, "the" before it, what
only an organisation has or does ("shares of X", "X's chief executive"). A
mention split in two by the recogniser ("MEP Manon" + "Aubry") is read whole.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


from ..ingest import clean
from ..types import HEADLINE, Extraction, Mention, Sentence
from ..words import STOP_WORDS
from . import countries, designators, names, outlets, places, teams
from .organisations import FORMALLY, HOLDER, TITLED_ALIAS, definitions, formal_short, titled_holder

__all__ = ["Observation", "Observed", "SentenceObserved", "observe", "observe_sentence", "observed", "observed_row",
           "observed_from_row"]

_new = tuple.__new__
_SPEECH_VERBS = frozenset("said says wrote writes added".split())
_SKIPPED_BEFORE = frozenset("to of the a an".split())
# Words that open a sentence and are no given name: English stop words ("But", "Meanwhile"), days, months, and
# the days named by their distance ("Yesterday").
_NOT_GIVEN_NAMES = frozenset(STOP_WORDS) | frozenset("yesterday today tomorrow tonight".split()) | frozenset(
    w.casefold() for w in (*calendar.day_name, *calendar.month_name) if w)
_ARTICLES = frozenset("the The a A an An".split())
# Title words that are also ordinary adjectives of organisations' names.
_NOT_TITLES = frozenset("united national royal special state central group army".split())
_JOIN_GAP = re.compile(r"^[\s()\[\]]*$")
_BRACKET_CHARS = re.compile(r"[()\[\]]")
# What lies between a bracketed given name and the surname after it: its closing bracket ("[Umar] Sadiq").
_CLOSED_GAP = re.compile(r"^[)\]]?\s+$")
# The last word before a bracket that defines a short form of an illness or a measure, not of a body: "Ebola virus
# disease (EVD)", "Nipah virus (NiV)", "Capital Adequacy Ratio (CAR)", "Cost of Risk (COR)" (issue 15, dev7).
_DEFINED_THING = re.compile(r"\b(?i:virus|disease|syndrome|fever|infection|ratio|rate|risk)\s*\($")
_SHORT_FORM = re.compile(r"^[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$")
# A person's mention opening with a middle initial: "Y Lee", "F. Kennedy".
_INITIAL_WORD = re.compile(r"^[A-Z]\.?\s+[A-Z]")
# A name run on into a bracket that holds a name: "Karabakh (Nagorno-Karabakh".
_RUN_ON_NAME = re.compile(r"^(?P<name>[^()]*\S)\s+\((?P<inner>[A-Z][^()]*?)\)?$")
# Words after a region's name that say what kind of region it is: the name without them is the same region.
_PROVINCE_WORDS = frozenset("Province Region Oblast Governorate Prefecture District".split())
# The capitalised word right before a mention, one space between: "Dangote" of "Dangote Fertiliser Limited".
_WORD_BEFORE = re.compile(r"(?<![\w'.\-])([A-Z][\w'\-]*) $")
# The capitalised rest of a hyphenated name right after a mention: "-Bissessar".
_HYPHENATED_REST = re.compile(r"-[A-Z][\w']*(?:-[A-Z][\w']*)*(?![\w-])")
# What joins the two halves of a country's name: "Trinidad and Tobago", "Antigua & Barbuda".
_COUNTRY_JOIN = re.compile(r"^\s+(?:and|&)\s+$")
# ... and an untagged second half after a mention: " e Principe", " and Tobago".
_COUNTRY_REST = re.compile(r"\s+(?:and|&|e)\s+[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?(?![\w'\-])")
# What str.isalnum() accepts: re's word characters without the underscore.
_ALPHANUMERIC = re.compile(r"[^\W_]")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Nouns that name a kind of company, party, team or outlet, right before its name: "carmaker Tesla".
_ORGANISATION_NOUNS = frozenset("""
airline automaker bank broadcaster carmaker carrier chipmaker club company conglomerate daily developer firm
giant insurer lender manufacturer miner newspaper outlet party regulator retailer side startup supplier tabloid
team
platform marketplace provider fintech unicorn app brand consultancy watchdog chain utility agency
union unions
affiliate subsidiary steelmaker shipbuilder drugmaker
""".split())
# Read by ``repeats`` too, where the recogniser tagged nothing after the noun ("budget hotel startup Oyo").
ORGANISATION_NOUNS = _ORGANISATION_NOUNS
# Of those, the ones no organisation's own name opens ("Club Brugge", "Team Sky", "Bank Leumi" and "Party" do), so
# that one opening a mention is the kind of company before its name: "Chipmaker TSMC", "Lender HSBC".
_KIND_OPENERS = frozenset("""
airline automaker broadcaster carmaker chipmaker conglomerate insurer lender miner regulator retailer startup
supplier tabloid watchdog fintech
""".split())
# ... and of two words: a maker of goods ("aluminium producer Norsk Hydro", "oil exporter X", not "film
# producer X"), an operator of a network or a facility ("mobile phone operator Telefonica", not "camera operator
# X") or a government's partner ("coalition partner Komeito").
_MAKERS = frozenset("""
producer producers maker exporter importer refiner miner manufacturer supplier trader operator operators
""".split())
_GOODS = frozenset("""
oil gas crude fuel steel aluminium aluminum copper iron ore coal gold silver nickel zinc lithium cobalt uranium
platinum cement chemicals fertiliser fertilizer sugar cocoa coffee palm rubber timber paper pulp power electricity
chip chips car cars truck trucks vehicle aircraft drug drugs vaccine beer tobacco food solar battery semiconductor
smartphone arms weapons
mobile phone network telecom telecoms telecommunications wireless cable broadband satellite grid pipeline port
airport rail railway casino
""".split())
class _AtEnd:
    """A pattern anchored at the end of the text (``$``) that ends in one of a few words, tried only where the
    text's last two characters may end it: re tries such a pattern at every position, and the context before
    most mentions ends in none of those words. Case is ignored in the check; a character past ASCII (which may
    match a letter under IGNORECASE) or a final line end (before which ``$`` also matches) tries the pattern."""

    __slots__ = ("pattern", "_tries")

    def __init__(self, pattern: re.Pattern[str], *endings: str):
        self.pattern = pattern
        # The ASCII tails (last two characters) it is tried after, found once: those ending in a line end, or in
        # one of the endings with case ignored. Only a character that ends one of those can end them.
        ascii_ = [chr(code) for code in range(128)]
        last = {"\n"} | {end for ending in endings for end in (ending[-1], ending[-1].upper())}
        tails = ["", *ascii_, *(first + end for first in ascii_ for end in last)]
        self._tries = frozenset(tail for tail in tails if tail.endswith("\n") or tail.lower().endswith(endings))

    def search(self, text: str) -> re.Match[str] | None:
        tail = text[-2:]
        if tail in self._tries or not tail.isascii():  # a set look-up in place of three string tests
            return self.pattern.search(text)
        return None


_DEFINED_THING = _AtEnd(_DEFINED_THING, "(")

# A platform one posts on ("wrote on Twitter", "posted on Facebook"), or whose account someone has ("on his
# Twitter account"): a company, whatever the label (not "said on", which also goes before places).
_POSTED_ON = _AtEnd(re.compile(r"\b(?:wrote|writes|writing|posted|posts|posting|tweeted|shared)\s+on$", re.IGNORECASE),
                    "on")
# "Wickremesinghe, 73, will face off", "Berri, 80, heads": an age set off by commas after a name is a person's.
_AGED_AFTER = re.compile(r"^,\s*(?:aged\s+)?\d{1,3},")
# "Diniz wanted his team's proposal", "Premadasa said that his party": the name's own clause goes on to a
# personal pronoun, words in lower case between (no other name); a body's would be "its" (not after "'s":
# "Apple's chief said his" is the chief's).
_HIS_AFTER = re.compile(r"(?:\s+[a-z][a-z'’\-]*){1,6}\s+(?:his|her|himself|herself)\b")
# "Cavani's head, but ...", "Osimhen's hamstring", "Marcos's wife": what only a person has (kin; a part of the
# body that news injures or scores with), after the name's possessive; "head" only where no word follows it ("the
# club's head coach", "Google's head of AI" are roles).
_BODILY_AFTER = re.compile(
    r"['’]s?\s+(?:(?:wife|husband|son|daughter|mother|father|brother|sister|widow|knee|ankle|hamstring|shoulder|"
    r"calf|groin|thigh|wrist|elbow|hip|foot|"
    # more kin, a player's stroke or blow, and what ends only a life (section 42)
    r"girlfriend|boyfriend|fianc[eé]e?|spouse|grandson|granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|"
    r"cousin|headbutt|header|volley|forehand|backhand|funeral|assassination)\b|"
    r"head(?=\s*[,.;:!?)]|\s+(?:and|but|or)\b))")
# A possessive right before a name: its owner, up to four capitalised words ("Aston Martin's ", "Haas' ").
_OWNER_BEFORE = re.compile(r"([A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})['’]s? $")
_OWNER_CHARS = 60
_POSSESSIVE_ENDINGS = tuple(f"{mark}{s} {end}" for mark in "'’" for s in ("s", "") for end in ("", "\n"))
_ACCOUNT_AFTER = re.compile(r"^\s+(?:account|accounts|page|feed|handle|channel|profile)\b", re.IGNORECASE)
# Where one has a job, or moves to work: "a placement with X", "a stint at X", "his move to X" (a company or a
# club; a town or a country after it is where one went, not an organisation).
_EMPLOYER_BEFORE = _AtEnd(re.compile(r"\b(?:placement|internship|apprenticeship|job|career|stint|spell|move|switch|"
                                     r"transfer)\s+(?:with|at|to)(?:\s+the)?$", re.IGNORECASE), "th", "at", "to", "he")
# Who works at a place of work: "analysts at Goldman Sachs", "an economist with Capital Economics", "a spokeswoman
# for Meta" (a company, a bank, a university; a town or a country after it is where they are, not an organisation).
_STAFF_AT = re.compile(r"\b(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|executives?|"
                       r"spokesperson|spokesman|spokeswoman|employees?|professor|lecturer|traders?|bankers?)"
                       r"\s+(?:at|with|for)(?:\s+the)?$", re.IGNORECASE)
# An adverb of degree: a capitalised word right after it is an adjective made of a name ("simply unacceptable and quite
# Orwellian", "very Shakespearean"), no name (section 42). Not "so" (also a conjunction: "so Modi decided").
_DEGREE_BEFORE = re.compile(r"(?:^|\s)(?:very|quite|rather|too|extremely|fairly|somewhat|increasingly|deeply|truly|utterly|"
                            r"thoroughly|highly)$")
_DEGREE_BEFORE = _AtEnd(_DEGREE_BEFORE, "ry", "te", "er", "oo", "ly", "at")  # the adverbs' last two letters
# An apposition whose head is a body's noun: "World Weather Attribution, a group of scientists", "Sequoia Capital, an
# American venture capital firm", "X, a non-public consortium" (section 42). Up to three words before the noun, no
# preposition or article among them ("Jane Doe, an analyst at the bank": the bank is hers); the noun ends the phrase
# or a clause opens after it ("a party leader": the noun is "leader").
_APPOSED_BODY = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:at|with|for|of|in|from|to|the|a|an|on|by|and|or)\s)[A-Za-z\-]+\s+){0,3}"
    r"(?:group|organi[sz]ation|body|coalition|network|alliance|charity|company|firm|union|party|agency|institute|"
    r"association|consortium|collective|foundation|think[ -]tank|non-?profit|NGO|start-?up|bank|lender|insurer|broker|"
    r"conglomerate|regulator|watchdog|movement|militia|federation|league)"
    r"(?=[,.;)]|\s+(?:of|that|which|based|founded|set|in|from|with|run|led|whose|owned|backed)\b)")
# An apposition headed by a noun only a person is: "Cvitkovič, a recipient of awards from the San Sebastian Film
# Festival, was declared the best director", "X, the actress who ...", "X, a former striker" (issue 15, ninth pass: a
# one-word surname the small model tagged ORG). As ``_APPOSED_BODY``: a comma, an article, up to three words that
# are no preposition or article, the noun ending the phrase or opening a clause.
_APPOSED_PERSON = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:at|with|for|of|in|from|to|the|a|an|on|by|and|or)\s)[A-Za-z\-]+\s+){0,3}"
    r"(?:recipient|native|graduate|actor|actress|singer|rapper|songwriter|poet|novelist|author|filmmaker|film-maker|"
    r"lawyer|attorney|doctor|surgeon|nurse|teacher|professor|lecturer|student|politician|lawmaker|legislator|"
    r"businessman|businesswoman|entrepreneur|billionaire|mother|father|son|daughter|wife|husband|widow|widower|"
    r"grandmother|grandfather|striker|midfielder|defender|goalkeeper|winger|batsman|batter|bowler|sprinter|"
    r"cyclist|boxer|golfer|jockey|swimmer)s?(?=[\s,.;)])")
# A player's shot or scoring feat before "from" and the name: "a timely three-pointer from Austin Reaves", "a header
# from Osimhen", "a hat-trick from Haaland" (section 42): a player's, never a team's ("from the Lakers" has "the").
_SHOT_FROM = re.compile(r"\b(?:three-pointer|3-pointer|layup|lay-up|dunk|jumper|header|volley|free[- ]kick|brace|"
                        r"hat-trick|hat trick|assist)s?\s+from$")
_SHOT_FROM = _AtEnd(_SHOT_FROM, "om")
# A match's result with its score after the name: "they defeated Anorthosis Famagusta 10-0", "lost to Boca 0-1" (section
# 42): a team, not a player, whose set scores are 6 or 7 games ("beat Nadal 6-4") or a bowler's figures (no verb).
_BEATEN_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeat|defeated|defeats|defeating|thrashed|routed|edged|hammered|"
                            r"crushed|stunned|downed|drew with|draw with|draws with|lost to|lose to|loses to|losing to)$")
_MATCH_SCORE_AFTER = re.compile(r"\s+(\d{1,2})[-\u2013](\d{1,2})(?![\d,(])(?!\s*\(|\s*,\s*\d|\s+\d)")
# A company-type term after a space: " A/S", " AG", " plc", " Inc." (section 42).
_SPACED_LEGAL_FORM = re.compile(r" ([A-Z][A-Za-z/]{0,4}\.?(?:[A-Z][a-z]?\.)*)(?![\w/-])")
# A relative clause of a person's: "Ancelotti, who ..." (section 42).
_WHO_AFTER = re.compile(r",\s+who\b")
# Who heads a body: "general secretary of Unison", "Secretary-General of the United Nations", "chairman of the
# TPP": a union's, party's, company's or body's head, not a minister's portfolio ("Secretary of State").
_HEADS_BODY = re.compile(r"\b(?:general[ -]secretary|secretary[ -]general|chair(?:man|woman|person))\s+of(?:\s+the)?$",
                         re.IGNORECASE)
_HEADS_BODY = _AtEnd(_HEADS_BODY, "of", "he")
_STAFF_AT = _AtEnd(_STAFF_AT, "at", "th", "or", "he")
_POSSESSIVES = frozenset("his her its their our my your".split())
_SHARES_OF = re.compile(r"\b(?:shares|stake|stakes) (?:of|in)$", re.IGNORECASE)
# After a name: what only an organisation has ("Tesla's stock") ...
_OWNED = re.compile(r"^['’]s\s+(?:chief executive|ceo|chairman|chairwoman|board|shares|stock|shareholders|"
                    r"subsidiary|subsidiaries|headquarters|employees|staff)\b", re.IGNORECASE)
# ... or is, right after it: "the Nikkei newspaper", "former Transnet board member".
_BODY_AFTER = re.compile(r"^\s+(?:newspaper|board|shareholders)\b")
# ... or employs, after "the"/"a": "the Labour leader", "a Robert W. Baird analyst".
_EMPLOYED = re.compile(r"^\s+(?:leader|leaders|analyst|analysts|economist|economists|strategist|strategists|"
                       r"researcher|researchers|lawmaker|lawmakers|chief executive|ceo|chairman|chairwoman|"
                       r"shareholders|employee|employees|staff)\b", re.IGNORECASE)
# A squad list's bracket: "(Canterbury/Crusaders, 19)", "(Hawke's Bay/Chiefs, 64)": province, team, caps.
_SQUAD_ENTRY = re.compile(r"\(([A-Z][^()/,]*)/([A-Z][^()/,]*), \d+\)")
# After a town's name, what makes it its club or team: "the Barcelona keeper", "his first Barcelona goal".
_CLUB_AFTER = re.compile(r"^\s+(?:keeper|goalkeeper|striker|forward|midfielder|defender|winger|coach|manager|boss|"
                         r"captain|skipper|fans|supporters|squad|players?|goal|goals|debut|shirt|academy|"
                         r"penalty area|dressing room|bench|lineup|line-up|starting xi|"
                         # basketball's, baseball's and American football's positions ("Denver center Nikola Jokic"),
                         # and a score right after the name ("after outscoring Denver 32-24")
                         r"center|centre|guard|point guard|shooting guard|quarterback|pitcher|catcher|"
                         r"\d{1,3}-\d{1,3}(?![\d-]))\b", re.IGNORECASE)
# After a name that is no town, a player's noun makes it a club: "former Atlético de Madrid player" (dev10); the
# nouns of ``_CLUB_AFTER`` that follow a person's name too ("a Messi goal", "Ronaldo fans") are left out.
_PLAYER_AFTER = re.compile(r"^\s+(?:players?|striker|midfielder|defender|goalkeeper|winger|forward|squad|academy)\b",
                           re.IGNORECASE)
# After a one-word name, a maker's goods in the plural: "Nvidia's new Blackwell GPUs", "Airbus jets" (dev10): the name
# of a maker or of its product line, never a person's.
_PRODUCT_AFTER = re.compile(r"^\s+(?:GPUs|CPUs|chips|processors|semiconductors|smartphones|handsets|laptops|jets|"
                            r"airliners|drones|satellites|vaccines|servers|vehicles|trucks|tablets)\b")
# After a name of two words or more, the kind of body it is: "Petro's Historic Pact coalition" (dev10); one word may
# be a leader's ("the Netanyahu coalition").
_BODY_KIND_AFTER = re.compile(r"^\s+(?:coalition|alliance|bloc|movement)\b")
# After a name, a head of it and the head's name make it an organisation: "Meta CEO Mark Zuckerberg",
# "Amazon boss Jeff Bezos".
_HEADED_BY = re.compile(r"^\s+(?:CEO|CFO|COO|CTO|MD|[Cc]hief [Ee]xecutive|(?:[Cc]o-)?[Ff]ounder|[Cc]hair(?:man|woman)|boss|"
                        r"head|[Pp]resident|[Dd]irector|[Mm]anaging [Dd]irector)\s+[A-Z]")
# After a name, a station's or an airport's noun makes it that place's name, whatever the label: "Manchester
# Victoria train station", "Kilimani police station", "Heathrow airport", "Jorge Chavez International Airport" (an
# airport named after a person); not a role in it ("station manager").
_STATION_AFTER = re.compile(r"\s+(?:(?:train|railway|rail|metro|tube|underground|subway|bus|police|fire|international)\s+)?"
                            r"(?:station|airport)\b(?!\s+(?:manager|master|chief|head|officer|commander|staff))",
                            re.IGNORECASE)
# ... and a venue's noun in lower case: "at Borg El Arab stadium", "the Eden Gardens ground" (issue 15, ninth pass: a
# stadium's name became a person); not the venue's people ("stadium staff"). In lower case only: "Cairo International
# Stadium" is a name of its own.
_VENUE_AFTER = re.compile(r"\s+(?:stadium|arena|racecourse|velodrome|speedway)\b(?!\s+(?:manager|staff|officials?|"
                          r"authority|authorities|security))")
# After a leader's name, the government named after the leader: "the Luiz Inácio Lula da Silva administration",
# "the Bola Tinubu presidency" (in lower case: "the Federal Aviation Administration" is a body's own name).
_LED_AFTER = re.compile(r"^\s+(?:administration|presidency)\b")
# A noun after a name that the "the" or "a" before the name goes with, the name its modifier: "the Tusk government",
# "a Nawrocki win" (issue 15, dev11: the article counted against the person, and the surnames made no node). Says
# nothing of the name's kind ("the Labour government"): only the article's vote is taken back.
_MODIFIED_NOUN_AFTER = re.compile(
    r"^\s+(?:government|administration|presidency|cabinet|camp|era|win|victory|defeat|campaign|regime|coalition)\b")
# A possessive between an organisation and the full name of its driver, player or member: "Alfa Romeo's
# Valtteri Bottas", "Labour's Rachel Reeves" (the possessive may close the mention or follow it).
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s)?\s+$")
# A party to a court case: "National Labor Relations Board v. Noel Canning", "Conestoga Wood v. Sebelius".
_CASE_AFTER = re.compile(r"^\s+v\.?\s+[A-Z]")
_CASE_BEFORE = _AtEnd(re.compile(r"(?:^|\s)v\.?$"), "v", "v.")
# A name's own initials in brackets right after it: "Janatha Vimukthi Peramuna (JVP)", "Sri Lanka Podujana Peramuna
# (SLPP)". News defines a short form so for a party, a company or a body, hardly ever for a person.
# Read from the mention's start: the recogniser may join the bracket to the name ("Peramuna (JVP", read whole).
_INITIALS_AFTER = re.compile(r"[^()\[\]]+?\s*[(\[]([A-Z][A-Z.&]*[A-Z]\.?)[)\]]")
# A stock ticker in brackets after a name: "Activision Blizzard (ATVI:US)", "Apple (NASDAQ: AAPL)", "(NYSE:GM)", "(LSE:
# BARC)": a listed company's.
_TICKER_AFTER = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]+)?\s*:\s*[A-Z0-9][A-Z0-9.-]{0,7}|"
                           r"[A-Z0-9][A-Z0-9.-]{0,7}\s*:\s*[A-Z]{2,4})\)")
# Characters after a mention read for the above and for a dateline.
_CONTEXT_AFTER = 24
# What follows the place of a dateline: a comma, a dash, a bracket.
_DATELINE_END = re.compile(r"^\s*(?:,|--|—|–|\()")
# What says "a place" before a name: a town, region or the division voters and councils are counted in ("city of X",
# "the electorates of Shortland", "the seat of Bennelong"), and the ground a match is played at ("Saturday's
# showdown at Twickenham"); not "win at", "defeat at" (the opponent's club: "a 2-1 win at Brentford").
_PLACE_CONTEXT = re.compile(r"\b(?:(?:city|cities|town|village|region|regions|province|oblast|electorate|electorates|"
                            r"constituency|seat|district|districts|county|counties|municipality|borough|suburb|"
                            r"suburbs|parish|prefecture|governorate) of|"
                            r"(?:showdown|clash|match|game|fixture|derby|encounter) at)$", re.IGNORECASE)
_PLACE_CONTEXT = _AtEnd(_PLACE_CONTEXT, "of", "at")
# A company's head before "of" and a name: "Dan Rosen, CEO of ARIA", "chairman of Altus Group" (not "president
# of", which a country has too).
_HEADS_OF = frozenset("ceo cfo coo cto executive chairman chairwoman chairperson founder co-founder".split())
# A place's noun in lower case right before a name, without "of": "Bosnia's eastern town Zvornik", "the village
# Kwale" (not "Cape Town", whose noun is capitalised).
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:town|village|municipality|commune)\s*$")
# "in" right before a name the recogniser labels a place: where something is ("the Circuit Paul Ricard in Le
# Castellet"), so a town too small for the gazetteer and shaped like a person's name stays a place; not the particle
# of a verb, whose object follows it ("swore in Alberto Otárola", "to bring in Modric", "roped in X").
_IN_BEFORE = re.compile(r"(?:^|\s)(?:in|near|outside)$")
_IN_PARTICLE = re.compile(r"\b(?:swear|swears|swore|sworn|swearing|bring|brings|brought|bringing|call|calls|called|"
                          r"calling|draft|drafts|drafted|drafting|rope|ropes|roped|roping|usher|ushers|ushered|send|"
                          r"sends|sent|sending|take|takes|took|taken|taking|let|lets|letting|hand|hands|handed|pull|"
                          r"pulls|pulled|wave|waves|waved|fill|fills|filled|check|checks|checked|throw|throws|threw|"
                          r"thrown|turn|turns|turned|sign|signs|signed|rush|rushed|draw|draws|drew|drawn)\s+in$",
                          re.IGNORECASE)
# Characters before a mention that can hold "photo by" or a _PLACE_CONTEXT phrase and the
# character before it: the rest of the sentence need not be read for each mention.
_CONTEXT_CHARS = 16
# Characters before a name read for a kinship noun (``_introduced_as_kin``): "younger brother — President ".
_KIN_CONTEXT = 48
# Characters before a mention read for the outlet that employs it: "The Boston Globe's senior correspondent".
_STAFF_CONTEXT = 48
# Units of measure written after a number ("100 Mbps", "the 300 MW Chongneng project"): no name, nor part of one.
_UNITS = frozenset("""
bps kbps mbps gbps tbps kb mb gb tb pb kw mw gw tw kwh mwh gwh twh kv mah hz khz mhz ghz km kg mg mm cm ml mph kph
kmh bpd boe mtpa mmt bcm tcf ppm
watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts terawatt terawatts kilowatt-hours megawatt-hours
gigawatt-hours volt volts kilovolt kilovolts hertz megahertz gigahertz megabit megabits gigabit gigabits megabyte
megabytes gigabyte gigabytes terabyte terabytes kilometre kilometres kilometer kilometers kilogram kilograms tonne
tonnes barrels hectare hectares acre acres
""".split())
# Sports' officiating and review systems and rules, in capitals: the video assistant referee, F1's drag reduction
# system and virtual safety car, rugby's television match official, cricket's Duckworth-Lewis-Stern method and
# leg before wicket. A technology or rule, no actor (issue 15, dev6: "the referee did not consult the VAR").
_OFFICIATING = frozenset("VAR DRS VSC TMO DLS LBW".split())
# The other side's code of a match written with codes: "IND vs PAK", "ENG v AUS" (``_sports_code``).
_CODE_AFTER_VS = re.compile(r"\s+vs?\.?\s+([A-Z]{3})(?![\w'’-])")
_CODE_BEFORE_VS = re.compile(r"(?<![\w'’-])([A-Z]{3})\s+vs?\.?\s+$")
# A short form in capitals in brackets (``_terms``), and the long-form key that marks it a term's in a sentence's
# definitions (``observe_sentence``; ``observed`` takes such pairs out).
_BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,6})\)")
_TERM = ""
# Two acronyms joined by a slash (``_slashed_pair``).
_SLASHED_ACRONYMS = re.compile(r"(?<![\w/])([A-Z]{2,6})/([A-Z]{2,6})(?![\w/])")
# What follows an agency named as a share of the copy: "(with PTI inputs)", "(With inputs from ...)" (issue 15, dev11).
_INPUTS_CREDIT = re.compile(r"\s+inputs?\b", re.IGNORECASE)
# Time zones written after a clock: "kick-off 1945 GMT", "10:00 UTC" (issue 15, dev11: "GMT" became an organisation).
_TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT IST JST KST WIB WITA AEST AEDT SAST EAT WAT".split())
# A plural acronym ("LPs", "NGOs", "IDPs") names a kind of thing, not one body (issue 15, dev5 noise); the
# long form it defines is dropped in the whole article by ``mend.organisations._plural_long_forms``.
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
# Who a copied text or a column is from, introducing it: "... is expected to heat the world overall. BBC reports:",
# "Jane Doe writes:": the origin of a blog's copy or the piece's author, page furniture, no actor of the story
# (issue 15, dev5 noise). "X reported." ending a sentence cites a source of a fact and stays.
_INTRODUCES_COPY = re.compile(r"^\s+(?:reports|reported|writes|wrote)\s*:")
# A brand's registered or trade mark: "Victoza®", "Victoza(®)", "Acme™": a product, no actor (issue 15).
_MARK_AFTER = re.compile(r"^(?:®|™|\(®\)|\(™\)|\(TM\))")
# The portfolio a minister holds ("Minister of Water Resources, Jane Doe"): a role's words, not a body.
_PORTFOLIO_BEFORE = re.compile(r"\b(?:minister|secretary|commissioner)s?\s+(?:of|for)$", re.IGNORECASE)
# A credit rating's grade: "Australia's AAA credit rating", "a BBB- rating", "an Aa3-rated bond".
_RATING = re.compile(r"^(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|CCC[+-]?|Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])$")
_RATED = re.compile(r"^(?:\s+(?:\w+\s+)?ratings?\b|-rated\b)", re.IGNORECASE)
# Initials joined or dotted, then a surname: "SS Shinde", "S.V. Raju", "S. V. Raju". Not shaped like a person's name
# by itself (an acronym opens it), but a person's after a title ("Justices SS Shinde and MS Karnik").
_INITIALLED = re.compile(r"^(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})\s*[A-Z][a-z][a-z'’-]*$")
# Words before a mention that the evidence reads: titles, speech verbs, a given name, "the".
_WORDS_BEFORE = 4
# Distinct surface forms whose reading is kept: a corpus repeats the same names thousands of times.
_SURFACES_KEPT = 1 << 16
# Items of a list: "Chernihiv, Kyiv, Ivano-Frankivsk, Poltava" (unrecognised items between); an item may
# carry short notes in brackets, as squads do ("Rishabh Pant (vice-captain) (wk), KS Bharat (wk), ...").
# A semicolon between two names and nothing else, as a line-up parts its lines: "Keylor Navas; Lucas Vazquez" (dev11).
_LINE_UP_GAP = re.compile(r"\s*;\s*$")
_LIST_GAP = re.compile(r"^(?:\s*\([^()]{1,20}\))*(?:\s*,\s*[A-Z][\w'’-]*(?:\s*\([^()]{1,20}\))*)*"
                       r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


# A comma, then "the" opening the next name ("Washington, the Supreme Court"), the mention holding it or not.
_THE_AFTER_COMMA = re.compile(r",\s*(?:the|The)\s+")
_COMMA_ONLY = re.compile(r",\s*")


class Observation(NamedTuple):
    """One mention as resolution reads it.

    A NamedTuple, not a dataclass: a build reads every observation back from
    the spill four times, and a tuple is rebuilt from its stored row in C.
    """

    name: str  # cleaned name; a person's without titles
    surface: str  # the mention as written, on one line
    label: str  # the recogniser's label
    titled: bool  # a title, role or speech verb says "a person"
    listed_with_place: bool  # stands in a list beside a place
    determiner: bool  # "the" (or "a") before the name
    initial: bool  # first words of its sentence
    listed_with_person: bool  # stands in a list beside a person ("Bhupesh Baghel, T S Singh Deo and ...")
    organisational: bool  # what is said around it fits only an organisation ("carmaker Tesla", "Tesla's stock")
    headline: bool = False  # in the article's headline (types.HEADLINE), whose labels are the recogniser's weakest
    station: bool = False  # a station's or airport's noun right after it ("X train station"): a place whatever its label
    state: bool = False  # a US state's name that is also a country's, in an article that says "Atlanta, Georgia"
    relative: bool = False  # named as someone's kin: "Mr Weld's son, Richard Weld" (``_introduced_as_kin``)


# One sentence's observations and the (short, long) names it defines.
SentenceObserved = tuple[tuple[Observation | None, ...], tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class Observed:
    """All resolution needs of one article, without its text."""

    article: str  # the article's id
    sentences: tuple[tuple[Observation | None, ...], ...]  # per mention; None: no actor's name
    definitions: tuple[tuple[str, str], ...]  # (short name as written, long form's organisation key) the article defines
    dropped: tuple[str, ...] = ()  # lines cleaning dropped that may name actors (ArticleInfo.dropped): aliases only


def observe(extraction: Extraction) -> Observed:
    """One observation (or None: no actor's name) per mention, aligned with the sentences."""
    outlet = outlets.own_names(extraction.info)
    return observed(extraction.info.id, [observe_sentence(sentence, outlet) for sentence in extraction.sentences],
                    dropped=extraction.info.dropped)


def observe_sentence(sentence: Sentence, outlet: frozenset[str]) -> SentenceObserved:
    """What ``observe`` reads in one sentence of an article whose own outlet is ``outlet``
    (``outlets.own_names``): its mentions' observations and the names it defines.

    It depends on nothing else, so a build may keep it for a sentence met again (``kgraph.pipeline``).
    """
    return _sentence(sentence, outlet), (*definitions((sentence,)).items(), *((short, _TERM) for short in _terms(sentence.text)))


def observed(article: str, sentences: Sequence[SentenceObserved], *, dropped: tuple[str, ...] = ()) -> Observed:
    """The article's Observed from what each of its sentences gave (``observe_sentence``), in order, with the
    lines cleaning dropped that may name actors (``ArticleInfo.dropped``)."""
    defined: dict[str, str] = {}
    terms = {short for _, pairs in sentences for short, long in pairs if long == _TERM}
    for _, pairs in sentences:
        pairs = tuple(pair for pair in pairs if pair[1] != _TERM)
        again = _defined_again(defined, pairs)
        defined.update(pairs)  # a later definition of a name wins, as in one pass over the article
        defined.update(again)
    found = tuple(seen for seen, _ in sentences)
    if terms:  # "employer national insurance contributions (NIC)": every "NIC" of the article is that term's
        found = tuple(tuple(None if seen and seen.name in terms else seen for seen in sentence) for sentence in found)
    # "Atlanta, Georgia" once: every "Georgia" of the article is the US state ("Georgia law"), not the country.
    states = {seen.name for sentence in found for seen in sentence if seen and seen.state}
    if states:
        found = tuple(tuple(seen._replace(state=True) if seen and seen.name in states else seen for seen in sentence)
                      for sentence in found)
    found = _with_province_word(found)
    for short in [short for short in defined if short.startswith(FORMALLY)]:
        long = defined.pop(short)
        named = formal_short(short[len(FORMALLY):], (seen.name for sentence in found for seen in sentence if seen))
        if named:
            defined.setdefault(named, long)  # "Petrobras": "Petroleo Brasileiro SA, as the company is formally known"
    if any(short.startswith((HOLDER, TITLED_ALIAS)) for short in defined):
        _office_aliases(defined)
    return Observed(article=article, sentences=found, definitions=tuple(defined.items()), dropped=dropped)


def _office_aliases(defined: dict[str, str]) -> None:
    """The names the article gives an office's holder ("the president, known as Jokowi") defined as that person's,
    where it names one person right after that office ("President Joko Widodo"); the office's definitions taken out."""
    holders = [(short, defined.pop(short)) for short in [short for short in defined if short.startswith(HOLDER)]]
    for short in [short for short in defined if short.startswith(TITLED_ALIAS)]:
        holder = titled_holder(defined.pop(short), holders)
        if holder:
            defined.setdefault(short[len(TITLED_ALIAS):], holder)


def _terms(text: str) -> list[str]:
    """The short forms ``text`` defines for a thing written in lower case, no body: "employer national insurance
    contributions (NIC)" (issue 15, dev11: "NIC" became an organisation). The bracket's capitals are the initials
    of the lower-case words right before it, in order."""
    found = []
    for bracket in _BRACKETED_CAPITALS.finditer(text):
        short = bracket[1]
        words = text[:bracket.start()].split()[-len(short):]
        if len(words) == len(short) and all(word.isalpha() and word.islower() for word in words) \
                and "".join(word[0] for word in words) == short.casefold():
            found.append(short)
    return found


def _defined_again(defined: Mapping[str, str], pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Where a sentence defines a short form of capitals the article gave another long form already, the later long
    form is the earlier body's other name (one body written in two languages: "Comision Federal de Electricidad
    (CFE)" ... "Federal Electricity Commission (CFE)"): both it and the short form go to the earlier long form."""
    again: dict[str, str] = {}
    for short, long in pairs:
        earlier = defined.get(short)
        if earlier is not None and earlier != long and short.isupper() and len(short) >= 3:
            again[long] = again[short] = earlier
    return again


def _with_province_word(found: tuple[tuple[Observation | None, ...], ...]) -> tuple[tuple[Observation | None, ...], ...]:
    """The article's observations, a region's name written once with its designator and once without it read as
    one name: "North Kivu Province" ... "North Kivu is among the most populated provinces" (issue 15, dev7: the
    bare name became a person). Only province-like words: "Washington State" is no "Washington"."""
    named = {seen.name for sentence in found for seen in sentence if seen}
    longer = {name: full for full in named if " " in full and (parts := full.rsplit(" ", 1))[1] in _PROVINCE_WORDS
              and (name := parts[0]) in named}
    if not longer:
        return found
    return tuple(tuple(seen._replace(name=longer[seen.name]) if seen and seen.name in longer else seen
                       for seen in sentence) for sentence in found)


def _sentence(sentence: Sentence, outlet: frozenset[str]) -> tuple[Observation | None, ...]:
    mentions = _after_bracketed_given_names(sentence.text, sentence.mentions)
    spans = _given_name_handed_back(sentence.text, mentions,
                                    _joined_country_halves(sentence.text, mentions, _joined_spans(sentence.text, mentions)))
    spans = _hyphenated_rest_taken(sentence.text, mentions, _company_opening_taken_back(sentence.text, mentions, spans))
    listed = _listed_with(sentence.text, mentions)
    found = tuple(
        _observation(sentence.text, mentions, index, *spans[index], listed[index], outlet=outlet)
        for index in range(len(mentions))
    )
    if sentence.paragraph == HEADLINE:
        return tuple(seen and seen._replace(headline=True) for seen in found)
    return found


def _after_bracketed_given_names(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, with a one-word name right after a given name in brackets, or after a nationality and a given
    name, read as that person's surname: '"[Umar] Sadiq has been in the team"' (an editor's insertion in a
    quotation; the small model tags "Umar]" a person and "Sadiq" a place), "(Vladimir) Putin", "Kenyan Faith"
    "Kipyegon" (a person and an organisation); ``_joined_spans`` then joins the two."""
    found = list(mentions)
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        gap = text[left.end:right.start]
        if left.label == "PERSON" and right.label != "PERSON" and " " not in right.text.strip() \
                and right.text[:1].isupper() and _CLOSED_GAP.match(gap) \
                and (text[:left.start].rstrip().endswith(("[", "(")) or gap == " " and _nationality_first(left.text)):
            found[i + 1] = Mention(right.text, "PERSON", right.start, right.end)
    return tuple(found) if found != list(mentions) else mentions


def _nationality_first(text: str) -> bool:
    """'Kenyan Faith': a nationality and a given name, the piece of "Kenyan Faith Kipyegon" before its surname."""
    words = text.split()
    return len(words) == 2 and names.demonym(words[0])


def _joined_spans(text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """Character spans, with neighbouring PERSON pieces ("(Vladimir) Putin") joined; a piece in brackets right after
    a name is said of that name, not part of it: "Bright Osayi-Samuel (Fenerbahce)" (a player's club) is two names,
    "Janatha Vimukthi Peramuna (JVP) Anura Kumara Dissanayake" (a party's acronym, then its candidate) two, not one."""
    spans = [(m.start, m.end) for m in mentions]
    joins = [mentions[i].label == mentions[i + 1].label == "PERSON"
             and _JOIN_GAP.match(text[mentions[i].end:mentions[i + 1].start]) is not None
             for i in range(len(mentions) - 1)]
    for i in range(len(joins)):
        if joins[i] and _in_brackets(text, mentions[i + 1]):
            # the name before the bracket keeps its own initials ("Ann Lee (AL)"), no other name ...
            joins[i] = _initials_of(mentions[i + 1].text, mentions[i].text)
            if i + 1 < len(joins):
                joins[i + 1] = False  # ... and the name after the bracket is another one
    for i, join in enumerate(joins):
        if join:
            spans[i] = spans[i + 1] = (spans[i][0], mentions[i + 1].end)
    return spans


def _joined_country_halves(text: str, mentions: tuple[Mention, ...], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with the two halves of a country's name the recogniser split at its "and" joined: "Trinidad" (a
    place) and "Tobago" (an organisation) are "Trinidad and Tobago" (issue 15, dev7); both mentions then name it."""
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        if spans[i] == (left.start, left.end) and spans[i + 1] == (right.start, right.end) \
                and _COUNTRY_JOIN.match(text[left.end:right.start]) and countries.lookup(text[left.start:right.end]):
            spans[i] = spans[i + 1] = (left.start, right.end)
    for i, mention in enumerate(mentions):
        # ... and a half the recogniser left untagged: "Sao Tome" of "Sao Tome e Principe" (issue 15, dev6)
        rest = _COUNTRY_REST.match(text, mention.end)
        if rest and spans[i] == (mention.start, mention.end) and (i + 1 == len(mentions)
                                                                   or mentions[i + 1].start >= rest.end()) \
                and countries.lookup(text[mention.start:rest.end()]):
            spans[i] = (mention.start, rest.end())
    return spans


def _given_name_handed_back(text: str, mentions: tuple[Mention, ...],
                            spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with the given name an organisation's mention took from the person after it handed back: "chairman
    of Samsung Electronics Jay Y Lee" is tagged "Samsung Electronics Jay" and "Y Lee" (issue 15, dev7). A person's
    mention that opens with a middle initial right after an organisation's of two words or more takes the
    organisation's last word, a capitalised word that is no designator's."""
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        words = left.text.split()
        if left.label == "ORG" and right.label == "PERSON" and text[left.end:right.start] == " " and len(words) >= 2 \
                and _INITIAL_WORD.match(right.text) and words[-1].isalpha() and words[-1][0].isupper() \
                and not words[-1].isupper() and words[-1].casefold() not in designators.DESIGNATOR_WORDS \
                and spans[i] == (left.start, left.end) and spans[i + 1] == (right.start, right.end):
            given = left.end - len(words[-1])
            spans[i], spans[i + 1] = (left.start, given - 1), (given, right.end)
    return spans


def _company_opening_taken_back(text: str, mentions: tuple[Mention, ...],
                                spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with a company's first word the recogniser left out taken back: "and Dangote Fertiliser Limited"
    is tagged "Fertiliser Limited" (a person; issue 15, dev7). A mention ending in a legal form (``designators.
    legal_suffix``) right after a capitalised word that is no stop word, no other mention's and opens no sentence."""
    for i, mention in enumerate(mentions):
        start, end = spans[i]
        if (start, end) != (mention.start, mention.end) or not designators.legal_suffix(mention.text):
            continue
        word = _WORD_BEFORE.search(text, 0, start)
        if word and word[1].casefold() not in STOP_WORDS and text[:word.start(1)].strip() \
                and (i == 0 or spans[i - 1][1] <= word.start(1)):
            spans[i] = (word.start(1), end)
    return spans


def _hyphenated_rest_taken(text: str, mentions: tuple[Mention, ...],
                           spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with the rest of a hyphenated name the recogniser cut at its hyphen taken: "Persad-Bissessar has
    fully supported ..." is tagged "Persad" (an organisation; issue 15, dev7)."""
    for i, mention in enumerate(mentions):
        if spans[i] == (mention.start, mention.end) and text.startswith("-", mention.end) \
                and (rest := _HYPHENATED_REST.match(text, mention.end)) \
                and (i + 1 == len(mentions) or mentions[i + 1].start >= rest.end()):
            spans[i] = (mention.start, rest.end())
    return spans


def _initials_of(short: str, name: str) -> bool:
    """'AL' for 'Ann Lee', 'JVP' for 'Janatha Vimukthi Peramuna': the name's own short form in its brackets, read
    with it as before (the reading drops or defines it)."""
    return short.isupper() and names.initials(name) == short


def _in_brackets(text: str, mention: Mention) -> bool:
    """Does a bracket open right before ``mention`` and close right after it ("... Peramuna (JVP) ...")?"""
    return text[:mention.start].rstrip().endswith(("(", "[")) and text[mention.end:].lstrip().startswith((")", "]"))


def _observation(text: str, mentions: tuple[Mention, ...], index: int, start: int, end: int,
                 listed: tuple[bool, bool], *, outlet: frozenset[str]) -> Observation | None:
    """What the sentence says of one mention; None: no actor's name (a credit, a role, the news's carrier).
    ``listed``: whether it stands in a list beside a place, and beside a person (``_listed_with``)."""
    mention = mentions[index]
    head = text[:start]  # sliced once: the characters and the words before the mention are read from it
    context = head.rstrip()[-_CONTEXT_CHARS:]
    if _is_credit(text, start, end, context) or _is_role(mention, text, end) \
            or _sports_code(text, mentions, index, start, end):
        return None
    surface = text[start:end]
    if _BRACKET_CHARS.search(surface):
        run_in = names.run_in_short(surface)  # "the Commission on Elections (Comelec": the long form, defined
        surface = _BRACKET_CHARS.sub("", run_in[0] if run_in else _before_other_name(surface))
    surface = _without_country_after_person(" ".join(surface.split()))
    after = text[end:end + _CONTEXT_AFTER]
    # Only a name capitalised to its end: "the Unite union" keeps section 33's reading (no node of its own).
    heads_body = surface.rsplit(" ", 1)[-1][:1].isupper() and _HEADS_BODY.search(head[-_STAFF_CONTEXT:].rstrip()) is not None
    if _not_a_name(surface, context, after) and not heads_body:
        return None
    first, _, rest = surface.partition(" ")
    if rest and first.casefold() in _UNITS and context[-1:].isdigit():
        surface = rest  # "300 MW Chongneng": the project, not its capacity
    kind = bool(rest) and first.casefold() in _KIND_OPENERS and rest[:1].isupper()
    if kind:
        surface = rest  # "Chipmaker TSMC said": the company's kind, capitalised as the sentence's first word
    plural_title = _plural_title(surface) or _held_role_before(surface)
    if plural_title:
        surface = surface[len(plural_title) + 1:]  # "Presidents Kassym-Jomart Tokayev and ...": the first of them
    read = _read(surface)
    if read is None:
        return None
    name, person, shaped, title_dropped = read
    title_dropped = title_dropped or bool(plural_title)
    if outlets.is_own(name, outlet) or outlets.wire_agency(name, context, after) or outlets.opening_credit(head, after) \
            or outlets.staff(text[max(0, start - _STAFF_CONTEXT):start], outlet):
        return None  # who carries the news, and who reports it, is no actor of it
    before = head.rsplit(maxsplit=_WORDS_BEFORE)[-_WORDS_BEFORE:]
    titled = False
    with_place, with_person = listed
    if mention.label == "PERSON":
        titled, name = title_dropped, _with_given_name(person, before, listed=with_person or after.startswith((" (", "(")))
    elif shaped and not _adjective_opened(name, person):
        titled, name = title_dropped, person
    initial = _ALPHANUMERIC.search(text, 0, start) is None
    # "The X administration": the "The" is the government's, and X names its leader, a person.
    led = _LED_AFTER.match(after) is not None and names.person_worded(name)
    determiner = not led and _MODIFIED_NOUN_AFTER.match(after) is None and (bool(before) and before[-1] in _ARTICLES
                              or surface.startswith(("the ", "The ")) and _article_of_name(surface, name))
    party = _case_party(context, after)
    organisational = kind or _organisational(before, context, after, determiner) or party and " " in name \
        or _CLUB_AFTER.match(after) is not None and places.in_gazetteer(name) \
        or _PLAYER_AFTER.match(after) is not None and " " in name and not names.person_shaped(name) \
        or _PRODUCT_AFTER.match(after) is not None and " " not in name \
        or _BODY_KIND_AFTER.match(after) is not None and " " in name \
        or (_EMPLOYER_BEFORE.search(context) is not None or _STAFF_AT.search(context) is not None or heads_body) \
        and not places.in_gazetteer(name) and not countries.lookup(name) \
        or mention.label == "ORG" and _owns_person(text, mentions, index, surface) \
        or mention.label == "ORG" and start == 0 and text.endswith(")") and clean.row_name(text) == surface \
        or mention.label not in _PLACE_LABELS and _initials_after(name, text, start) \
        or designators.leaning_party(text, start, end) or _TICKER_AFTER.match(text, end) is not None \
        or text.startswith(",", end) and _APPOSED_BODY.match(text, end) is not None \
        or _legal_form_after(text, end, surface) or _beaten_by_score(text, end, head)
    club_player = _club_in_brackets(text, end, name)
    organisational = organisational and not club_player  # "the national team Bento (Athletico Paranaense)": a player
    if text.startswith(("'s", "’s"), end) and _brand_possessive(text, end, head):
        surface, organisational = f"{surface}{text[end:end + 2]}", True
    return Observation(
        name,
        surface,
        mention.label,
        not organisational and (titled or led or _titled_context(before) or names.aged_after(text, end)
                                or _HIS_AFTER.match(text, end) is not None or _BODILY_AFTER.match(text, end) is not None
                                or _who_after(text, end, name) or _SHOT_FROM.search(head[-_CONTEXT_AFTER:].rstrip()) is not None
                                or text.startswith(",", end) and _APPOSED_PERSON.match(text, end) is not None
                                or _teams_player(text, start, name) or party and _surname_party(name)
                                or club_player),
        with_place or _PLACE_CONTEXT.search(context) is not None or _PLACE_NOUN_BEFORE.search(context) is not None
        or (initial and _dateline(surface, after))
        or _located_in(mention.label, context, surface, after) or _placed_by_what_follows(text, end, context),
        determiner,
        initial,
        with_person,
        organisational,
        station=_STATION_AFTER.match(text, end) is not None or _VENUE_AFTER.match(text, end) is not None,
        state=places.us_state_after_town(name, context),
        relative=mention.label == "PERSON" and " " in name and _introduced_as_kin(head),
    )


# A kinship noun, then a comma or dash, ending the text before a person's name: "Mr Weld's son, |Richard Weld", "the
# senator's younger brother — |President Bongbong Marcos" (``_introduced_as_kin``).
_KIN_BEFORE = re.compile(r"\b(?:son|daughter|wife|husband|brother|sister|father|mother|widow|widower|nephew|niece|"
                         r"cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother)(?:-in-law)?"
                         r"\s*[,—–]?\s*((?:[A-Z][\w.]*\s+){0,2})$")


def _introduced_as_kin(head: str) -> bool:
    """Whether the text before a person's name introduces the person as someone's kin, titles aside: the surname
    alone, in an article with a namesake, is then the namesake's (``link``)."""
    kin = _KIN_BEFORE.search(head, max(0, len(head) - _KIN_CONTEXT))
    return kin is not None and all(names.is_title(word) for word in kin[1].split())


def _located_in(label: str, context: str, surface: str, after: str) -> bool:
    """'in Le Castellet' labelled a place: a place, not a person's full name the label mistook (``places.unknown_place``);
    not a possessive ("in Tomas Berdych's career")."""
    return label in _PLACE_LABELS and _IN_BEFORE.search(context) is not None and _IN_PARTICLE.search(context) is None \
        and not surface.endswith(("'s", "’s")) and not after.startswith(("'", "’"))


# After "in X" (``_IN_BEFORE``), what says X is a place whatever its label: a relative "where" ("In Recoleta, where
# current Mayor Daniel Jadue was re-elected"), or the region or country it lies in ("in Villa de Reyes, San Luis Potosi
# state, Mexico"; issue 15, ninth pass: both were typed people). Not a possessive after the region ("a stake in Acme,
# Glencore's rival").
_IN_OPENING = re.compile(r"(?:^|\s)(?:[Ii]n|near|outside)$")  # "In Recoleta, where" opens a sentence
_PLACED_AFTER = re.compile(r",\s+(?:where\b|(?P<region>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
                           r"(?:\s+(?:state|province|region|department|county|district))?(?=[,.;]|$))")


def _placed_by_what_follows(text: str, end: int, context: str) -> bool:
    """'in Recoleta, where ...', 'in Villa de Reyes, San Luis Potosi state, Mexico': a place (``_PLACED_AFTER``); read
    only where a comma follows the name and "in" precedes it, not a verb's particle ("brought in Modric, Spain's ...")."""
    if not text.startswith(",", end) or _IN_OPENING.search(context) is None or _IN_PARTICLE.search(context) is not None:
        return False
    found = _PLACED_AFTER.match(text, end)
    return found is not None and (found["region"] is None or bool(countries.lookup(found["region"]))
                                  or places.in_gazetteer(found["region"]))


# A brand named with a possessive, the recogniser ending the name before it: "top brands including Levi's, Zara and
# H&M", "ed-tech giant Byju's, which is now valued ..." (issue 15, ninth pass: "Levi" became a person, "Byju" no form
# of the gold's "Byju's"). The "'s" owns nothing (a comma, "and", "or" or the end follows it), and a list or a
# company's kind comes before the name.
_OWNS_NOTHING = re.compile(r"['’]s(?=\s*[,;]|\s+(?:and|or)\s|\.?$)")
_BRAND_CUE_BEFORE = re.compile(r"(?:\b(?:including|like|such as|brands?|retailers?|chains?|giants?|firms?|companies|"
                               r"start-?ups?|restaurants?|stores?|labels?|makers?)|,)\s*$")


def _brand_possessive(text: str, end: int, head: str) -> bool:
    """"including Levi's, Zara": a name whose possessive owns nothing, after a list's comma or a company's kind, is a
    brand written with its "'s" (``_OWNS_NOTHING``, ``_BRAND_CUE_BEFORE``)."""
    return _OWNS_NOTHING.match(text, end) is not None and _BRAND_CUE_BEFORE.search(head[-_CONTEXT_AFTER:]) is not None


def _held_role_before(surface: str) -> str:
    """An office named by whose it is opening a mention before its holder's name, else '': "Nepal PM" of "Nepal PM
    Prachanda's floor test", "Haryana CM" of "Haryana CM Bhupinder Singh Hooda" (``designators.held_role``; issue 15,
    ninth pass: the whole became an organisation). Not before a body's name or word ("Nigeria Premier Football League",
    "Indian Premier League")."""
    words = surface.split()
    for cut in range(2, len(words)):
        if designators.held_role(" ".join(words[:cut])) and words[cut][:1].isupper() \
                and not designators.not_a_person(" ".join(words[cut:])) and not any(
                    word.casefold().removesuffix("'s") in designators.DESIGNATOR_WORDS for word in words[cut:]):
            return " ".join(words[:cut])
    return ""


def _plural_title(surface: str) -> str:
    """The plural title opening a mention of two or more capitalised words, else '': "Presidents" of "Presidents
    Kassym-Jomart Tokayev" (... "and Shavkat Mirziyoyev"), "Senators" of "Senators Ada Quorn" (issue 15, ninth pass: the
    title stayed in the person's name, a junk node beside the gold's). A singular title ("Ms", "Mrs") is
    ``names.strip_roles``' to drop; what follows must be shaped like a person's name ("Teachers Service Commission",
    "Presidents Cup" stay)."""
    first, _, rest = surface.partition(" ")
    if len(rest.split()) < 2 or not first.endswith("s") or names.is_title(first) or not names.person_shaped(rest):
        return ""
    folded = first.casefold()
    singular = folded[:-3] + "y" if folded.endswith("ies") else folded[:-1]
    return first if names.is_title(singular) else ""


def _legal_form_after(text: str, end: int, surface: str) -> bool:
    """"Novo Nordisk A/S" with "Novo Nordisk" tagged alone (a person): a company-type term written for a company
    (``designators.legal_suffix``: "A/S", "AG", "plc"; not "Sa") right after the name, which the recogniser left out
    of it, says "company" (section 42). Read where a space and a capital follow the name."""
    if not text.startswith(" ", end) or not text[end + 1:end + 2].isupper():
        return False
    form = _SPACED_LEGAL_FORM.match(text, end)
    return form is not None and designators.legal_suffix(f"{surface} {form[1]}")


def _beaten_by_score(text: str, end: int, head: str) -> bool:
    """"defeated Anorthosis Famagusta 10-0": a verb of a match's result before the name, a score after it (not a
    tennis set's: 6 or 7 games at most)."""
    score = _MATCH_SCORE_AFTER.match(text, end) if text[end + 1:end + 2].isdigit() else None
    return score is not None and max(int(score[1]), int(score[2])) not in (6, 7) \
        and _BEATEN_BEFORE.search(head[-_CONTEXT_AFTER:].rstrip()) is not None


def _who_after(text: str, end: int, name: str) -> bool:
    """"Ancelotti, who took over in 2021": a relative "who" after a one-word name is a person's (a body's is "which").
    Not a plural ("the Lakers, who"), a country or place ("Tobago, who") or a team of ``teams``' table ("Arsenal,
    who": British copy gives clubs "who")."""
    return _WHO_AFTER.match(text, end) is not None and " " not in name and not name.endswith("s") \
        and not countries.lookup(name) and not places.in_gazetteer(name) and not teams.teams(name)


def _teams_player(text: str, start: int, name: str) -> bool:
    """"Fluminense's Germán Cano scores", "Aston Martin's Lance Stroll": a name shaped like a person's right after
    a team's possessive (a team of ``teams``' table) is its player's; the small model tags such names organisations."""
    # The pattern ends with a possessive and one space (or a line end after them): most names have none before them.
    owner = _OWNER_BEFORE.search(text, max(0, start - _OWNER_CHARS), start) \
        if text.endswith(_POSSESSIVE_ENDINGS, 0, start) else None
    if owner is None or not names.person_shaped(name):
        return False
    words = owner[1].split()
    # the owner's own words end right before the 's: "As Fluminense's" is Fluminense's
    return any(teams.teams(" ".join(words[first:])) for first in range(len(words)))


# A bracket right after a name, holding another name: "Bento (Athletico Paranaense)" (``_club_in_brackets``).
_BRACKETED_NAME_AFTER = re.compile(r" ?\(([A-Z][^()]{1,40})\)")


def _club_in_brackets(text: str, end: int, name: str) -> bool:
    """"the goalkeeper Bento (Athletico Paranaense) and the side Caio Henrique (Monaco)": a name right before a team
    of ``teams``' table in brackets is its player's, as a politician's name is before a party's (issue 15, dev10: the
    small model tags such names organisations). The name is shaped like a person's, or one plain word that is no
    acronym, team, country or gazetteer place."""
    if not text.startswith(("(", " ("), end):
        return False
    bracket = _BRACKETED_NAME_AFTER.match(text, end)
    if bracket is None or not teams.teams(bracket[1]):
        return False
    return names.person_shaped(name) or " " not in name and name.isalpha() and not names.is_acronym(name) \
        and not teams.teams(name) and not countries.lookup(name) and not places.in_gazetteer(name)


def _without_country_after_person(surface: str) -> str:
    """A person's name run on into the country the sentence gives them: "Novak Djokovic of Serbia" (tagged one
    organisation; issue 15, dev7) is "Novak Djokovic". The words before "of" must all be a person's (``names.
    person_worded``): "Bank of England", "Prince of Wales" stay."""
    head, of, tail = surface.rpartition(" of ")
    return head if of and countries.lookup(tail) and names.person_worded(head) else surface


def _before_other_name(surface: str) -> str:
    """A mention run on into a bracket that holds another name of the same thing, its longer or local form:
    "Karabakh (Nagorno-Karabakh" is "Karabakh" (issue 15, dev7: the two were read as one person's name). The
    bracket's name must end with the first one's last word or open with its first; anything else stays."""
    found = _RUN_ON_NAME.match(surface)
    if not found:
        return surface
    first, inner = found["name"].split(), found["inner"].replace("-", " ").split()
    return found["name"] if inner and (inner[-1] == first[-1] or inner[0] == first[0]) else surface


def _not_a_name(surface: str, context: str, after: str) -> bool:
    """An adjective after an adverb of degree ("quite Orwellian"), a unit after a number ("100 Mbps") or a time
    zone after a clock ("1945 GMT"), a marked brand ("Victoza®"), a credit rating ("AAA credit
    rating"), a minister's portfolio ("Minister of Water Resources"), a sport's review system ("the referee
    did not consult the VAR"), a plural acronym ("NGOs") or who introduces a copied text ("BBC reports:"): words a
    recogniser takes for names that name no actor (issue 15: ads, business copy, roles, sport)."""
    return (surface.casefold() in _UNITS and context[-1:].isdigit() or "®" in surface or "™" in surface
            or surface in _TIME_ZONES and context[-1:].isdigit()
            or surface in _OFFICIATING
            or _PLURAL_ACRONYM.match(surface) is not None or _INTRODUCES_COPY.match(after) is not None
            or _MARK_AFTER.match(after) is not None or _RATING.match(surface) is not None and _RATED.match(after) is not None
            or _PORTFOLIO_BEFORE.search(context) is not None and not countries.lookup(surface)
            and not places.in_gazetteer(surface)
            or _DEFINED_THING.search(context) is not None and _SHORT_FORM.match(surface) is not None
            or " " not in surface and _DEGREE_BEFORE.search(context) is not None)


@lru_cache(maxsize=_SURFACES_KEPT)
def _read(surface: str) -> tuple[str, str, bool, bool] | None:
    """What a surface form says on its own, read once per distinct form.

    Its name, that name without titles and roles, whether that is shaped like
    a person's name, and whether a title was dropped; None: no actor's name.
    """
    head, comma, tail = surface.rpartition(", ")
    if comma and (designators.legal_suffix(f"{head} {tail}") or _comma_suffix(head, tail)):
        surface = f"{head} {tail}"  # "Hobby Lobby Stores, Inc.", "Ferdinand R. Marcos, Jr.": not a list
    name = names.clean(surface)
    if name is None:
        return None
    person = names.strip_roles(name)
    titled = any(names.is_title(w) for w in name.split()[: -len(person.split())])
    return name, person, names.person_shaped(person) or titled and _INITIALLED.match(person) is not None, titled


def _comma_suffix(head: str, tail: str) -> bool:
    """A person's generational suffix after a comma: "Ferdinand R. Marcos" ", " "Jr." (``mend.people._comma_suffixes``)."""
    return " " in head and tail.rstrip(".").casefold() in names.GENERATIONAL_SUFFIXES


def _is_credit(text: str, start: int, end: int, context: str) -> bool:
    """Photo credits: 'Jason Alden/EPA', 'Photo by ...', a caption's 'Picture: REUTERS', and a wire's share in the
    copy, '(with PTI inputs)' (issue 15, dev11) (``context``: the characters before the mention)."""
    around = text[max(0, start - 1):start] + text[end:end + 1]
    return "/" in around and not squad_entry(text, start) and not _slashed_pair(text, start, end) \
        or context.casefold().endswith(("photo by", "photo:", "picture:")) \
        or _INPUTS_CREDIT.match(text, end) is not None and context.casefold().endswith("(with")


def _sports_code(text: str, mentions: tuple[Mention, ...], index: int, start: int, end: int) -> bool:
    """A country's sports code (``countries.sports_code``) where sports copy writes one: in brackets right after a
    person's name, "Coach: Jupp Heynckes (GER)", or on either side of "vs", "IND vs PAK" (issue 15, dev11: the
    codes became organisations). The nationality or the match, not a body of its own."""
    code = text[start:end]
    if not countries.sports_code(code):
        return False
    before = mentions[index - 1] if index else None
    if before is not None and before.label == "PERSON" and text[before.end:start] == " (" and text.startswith(")", end):
        return True
    pair = _CODE_AFTER_VS.match(text, end) or _CODE_BEFORE_VS.search(text, 0, start)
    return pair is not None and countries.sports_code(pair[1])


def _slashed_pair(text: str, start: int, end: int) -> bool:
    """Two bodies' acronyms joined by a slash, an alliance: "CDU/CSU", "ANC/SACP" (issue 15, dev11), not a
    credit's photographer and agency ("EPA/EFE", "Pic/PTI": a wire service's short name on a side)."""
    pair = _SLASHED_ACRONYMS.search(text, max(0, start - 8), min(len(text), end + 8))
    return pair is not None and pair.start() <= start and end <= pair.end() \
        and not outlets.agency_short_name(pair[1]) and not outlets.agency_short_name(pair[2])


def squad_entry(text: str, position: int) -> re.Match | None:
    """The squad list's bracket around ``position``: "Codie Taylor (Canterbury/Crusaders, 19)", a player's
    province and team and his caps; a slash there joins two bodies, not a photographer and an agency."""
    opened = text.rfind("(", 0, position + 1)
    return _SQUAD_ENTRY.match(text, opened) if opened >= 0 else None


def _is_role(mention: Mention, text: str, end: int) -> bool:
    """'Indian External Affairs' in 'Indian External Affairs Minister X': a role, not an organisation.
    (The rest of the sentence is read for an organisation's mention only.)"""
    if mention.label != "ORG":
        return False
    following = text[end:].split(maxsplit=1)[:1]
    return bool(following) and names.is_title(following[0]) and bool(countries.lookup(mention.text.split()[0])) \
        and " " in mention.text.strip()  # "Wales captain Dan Biggar": the country alone stays the country


def _adjective_opened(name: str, person: str) -> bool:
    """'National Unity Front', 'National Dengue Control Unit' tagged as no person: the one word dropped
    as a title is an adjective of organisations' names, so the name is kept whole (not 'Unity Front')."""
    dropped = name.split()[: -len(person.split())]
    return len(dropped) == 1 and dropped[0].casefold() in _NOT_TITLES


def _titled_context(before: list[str]) -> bool:
    """A title or role right before the name ("Defense Secretary, John Healey"), or a speech verb."""
    words = before[::-1]
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if words and words[0] in ("of", "Of"):
        return False  # "former chair of the Federal Communications Commission": the role is held in it
    for word in words:
        says = _says_person(word)
        if says is not None:
            return says
    return False


@lru_cache(maxsize=_SURFACES_KEPT)
def _says_person(word: str) -> bool | None:
    """Whether a word before a name makes it a person's (a title, role, speech verb); None: look further back."""
    bare = word.strip(",;:\"“”'’").casefold()
    if bare in _SKIPPED_BEFORE or countries.lookup(bare) or names.is_acronym(word.strip(",")):
        return None
    return bare in _SPEECH_VERBS or bare in names.POSITIONS or (names.is_title(bare) and bare not in _NOT_TITLES)


def _with_given_name(name: str, before: list[str], *, listed: bool = False) -> str:
    """'Kyrylo Budanov' where the recogniser took only 'Budanov': a plain capitalised word before a surname.

    A word opening the sentence may be any word ("Enigmatic Malyuk"), so it is taken only where the surname
    stands in a list of people ("Vitor Saback and Bruno Moretti were ...") or before a note in brackets, as a
    squad's lines give a player ("Nyiko Mobbie (Sekhukhune United)"), and is no common word ("But", "Monday").
    """
    if " " in name or not before or len(before) < 2 and not listed:
        return name
    word = before[-1]
    if word.isalpha() and word[0].isupper() and not word.isupper() and not names.is_title(word) \
            and not countries.lookup(word) \
            and (word.casefold() not in _NOT_GIVEN_NAMES if len(before) < 2 or _bullet(before[-2])
                 else not before[-2].endswith((".", "!", "?", ":"))):
        return f"{word} {name}"
    return name


def _bullet(word: str) -> bool:
    """A list's mark opening a line ("- In Recoleta, where ...", "• At Wembley"): what follows it opens a sentence, so
    a common word there ("In") is no given name (issue 15, ninth pass: "In Recoleta" became a person)."""
    return not any(char.isalnum() for char in word)


def _listed_with(text: str, mentions: tuple[Mention, ...]) -> list[tuple[bool, bool]]:
    """For each mention, whether it stands in a list beside a place, and beside a person: a list holds one
    kind of thing.

    'Moscow, Buynaksk, and Volgodonsk'; 'Bhupesh Baghel, T S Singh Deo, Tamradhwaj
    Sahu'. Countries do not count: lists of countries and organisations are
    common ("the U.S., the EU and NATO"). A list is a run of mentions each joined to the next by a
    list's gap (``_LIST_GAP``); each gap is read once per sentence, not once per mention beside it.
    """
    found = [(False, False)] * len(mentions)
    first = 0
    for index in range(len(mentions)):
        if index + 1 < len(mentions):
            left, right = mentions[index], mentions[index + 1]
            if right.start < left.start:
                left, right = right, left
            if _LIST_GAP.match(text[left.end:right.start]) or _LINE_UP_GAP.match(text, left.end, right.start):
                continue  # the list goes on
        if index > first and not _comma_pair(text, mentions[first], mentions[index]):  # a list of two or more
            listed = mentions[first:index + 1]
            # A place in the list makes it one of places: a PERSON label in it is the recogniser's slip
            # ("Dnipro and Zaporizhzhia, Kyiv").
            at_place = [m.label in _PLACE_LABELS and not countries.lookup(m.text) and not _person_named_place(m.text)
                        for m in listed]
            people = [m.label == "PERSON" for m in listed]
            place_count, person_count = sum(at_place), sum(people)
            if _mostly_people(place_count, person_count):
                at_place, place_count = [False] * len(listed), 0
            for offset in range(len(listed)):
                with_place = place_count - at_place[offset] > 0
                found[first + offset] = (with_place, not with_place and person_count - people[offset] > 0)
        first = index + 1
    return found


def _mostly_people(place_count: int, person_count: int) -> bool:
    """A list of three people or more with a place's label on one in four of its names at most: a team's line-up
    ("Keylor Navas; Lucas Vazquez, Sergio Ramos, Raphael Varane, Marcelo", the two tagged places; issue 15, dev11).
    The place labels are the recogniser's slips there, and the list one of people."""
    return person_count >= 3 and place_count * 3 <= person_count


def _person_named_place(name: str) -> bool:
    """A place's label on what reads as a person's full name, known to no gazetteer ("Bajrang Punia" beside "Vinesh
    Phogat, Sakshi Malik"; dev9): it does not make its list one of places."""
    return places.unknown_place(name) and names.person_shaped(name)


def _comma_pair(text: str, first: Mention, last: Mention) -> bool:
    """Two names joined by a comma alone, the second with "the": "In Washington, the Supreme Court heard ...": an
    opening phrase and its sentence's subject, or a name and its apposition, not a list of places."""
    if last.start < first.start:
        first, last = last, first
    gap = text[first.end:last.start]
    return _THE_AFTER_COMMA.fullmatch(gap) is not None \
        or _COMMA_ONLY.fullmatch(gap) is not None and last.text.startswith(("the ", "The "))


def _article_of_name(surface: str, name: str) -> bool:
    """Is the "the" opening a mention the name's own, not a dropped word's ("the Republic Dina Boluarte": the
    office's "the", its "Republic" cut from the name by ``names.clean``)?"""
    return surface.split()[1].replace(".", "") in name.replace(".", "")


def _organisational(before: list[str], context: str, after: str, determiner: bool) -> bool:
    """A company's, party's or team's noun before the name ("carmaker Tesla"), "shares of" before it, a
    platform posted on or holding one's account ("wrote on Twitter", "his Twitter account"),
    what only an organisation has or is after it ("Tesla's stock", "the Nikkei newspaper"), or what it
    employs after "the"/"a"
    ("the Labour leader", "a Robert W. Baird analyst"), or a head's role and name after it ("Meta CEO Mark
    Zuckerberg": a town's name too, but the company here)."""
    last = list(map(str.casefold, before[-2:]))  # no comprehension: asked of every mention
    return (bool(last) and last[-1] in _ORGANISATION_NOUNS) or _SHARES_OF.search(context) is not None \
        or _POSTED_ON.search(context) is not None \
        or bool(last) and last[-1] in _POSSESSIVES and _ACCOUNT_AFTER.match(after) is not None \
        or len(last) == 2 and (last[1] in _MAKERS and last[0] in _GOODS or last == ["coalition", "partner"]) \
        or _OWNED.match(after) is not None or _BODY_AFTER.match(after) is not None or (determiner and _EMPLOYED.match(after) is not None) \
        or _HEADED_BY.match(after) is not None or len(last) == 2 and last[1] == "of" and last[0] in _HEADS_OF


def _owns_person(text: str, mentions: tuple[Mention, ...], index: int, surface: str) -> bool:
    """An ORG mention in the possessive right before a person's full name: "Alfa Romeo's Valtteri Bottas" (its
    driver), "Labour's Rachel Reeves". Only an ORG label is read so: "Manchester's Andy Burnham" is a town's
    mayor, and a person labelled so may be another's boss ("Joe Biden's Antony Blinken")."""
    if index + 1 >= len(mentions) or not surface.endswith(("'s", "’s")) and not text.startswith(("'s", "’s"), mentions[index].end):
        return False
    following = mentions[index + 1]
    if _POSSESSIVE_GAP.match(text[mentions[index].end:following.start]) is None:
        return False
    # The recogniser often labels the person ORG too, as part of the team ("Alfa Romeo's Valtteri Bottas"): the
    # shape of a person's name says it then, not a designated one ("Ancelotti's Real Madrid").
    owned = following.text.strip()
    return " " in owned and (following.label == "PERSON" or names.person_shaped(owned)) \
        and not designators.designated(owned)


def _initials_after(name: str, text: str, start: int) -> bool:
    """'Janatha Vimukthi Peramuna (JVP)': a name of two words or more whose initials follow it in brackets, a
    body's defined short form. A place labelled so ("Andhra Pradesh (AP)") is left to its label."""
    if " " not in name:
        return False
    defined = _INITIALS_AFTER.match(text, start, start + len(name) + _CONTEXT_AFTER)
    return defined is not None and names.initials(name) == defined[1].replace(".", "")


def _case_party(context: str, after: str) -> bool:
    """A party to a court case ("NLRB v. Noel Canning", "Conestoga Wood v. Sebelius"). A case's name gives a
    person by surname alone, so a party of two words or more is a company or a body, and a party of one word
    that is no acronym nor town is a person (``_surname_party``)."""
    return _CASE_AFTER.match(after) is not None or _CASE_BEFORE.search(context) is not None


def _surname_party(name: str) -> bool:
    """A one-word party to a court case read as a surname: 'Sebelius', not 'NLRB' nor 'Texas'."""
    return " " not in name and not names.is_acronym(name) and not places.in_gazetteer(name)


def _dateline(surface: str, after: str) -> bool:
    """'BOURNEMOUTH, United Kingdom:' or 'LOS ANGELES --' opening a sentence: where the story was filed."""
    return surface.isupper() and len(surface) > 3 and _DATELINE_END.match(after) is not None


def observed_row(observed: Observed) -> tuple:
    """As a plain row for the build's spill: the article id, per sentence each mention's observation
    as a tuple (None: no actor), the definitions, the dropped lines."""
    sentences = [[None if seen is None else tuple(seen) for seen in s] for s in observed.sentences]
    return observed.article, sentences, observed.definitions, observed.dropped


def observed_from_row(row: Sequence) -> Observed:
    article, sentences, definitions, dropped = row
    return Observed(
        article=article,
        # tuple.__new__ rebuilds each NamedTuple in C: a build reads every observation back four times.
        sentences=tuple(tuple(None if seen is None else _new(Observation, seen) for seen in s) for s in sentences),
        definitions=tuple((acronym, long_form) for acronym, long_form in definitions),
        dropped=tuple(dropped),
    )
