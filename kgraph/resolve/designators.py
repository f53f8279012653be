"""Names whose form says "organisation": designator words, legal suffixes, clubs and teams.

"Acme Systems", "Norvik Holdings", "Hobby Lobby Stores, Inc.", "Volkswagen AG",
"FC Porto", "Manchester United", "Boston Celtics": two or three capitalised
words look like a person's name, and the recogniser often says PERSON. The
words in them say otherwise. Legal suffixes come from cleanco's list of
company-type terms of many countries (MIT); the designator words are general
English usage (docs/entities.md).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain

from cleanco.termdata import terms_by_type

from ..words import INSTITUTION_WORDS
from . import countries
from .names import is_acronym, is_title
from .places import in_gazetteer, starts_with_place

__all__ = ["designated", "not_a_person", "team_shaped", "generic", "lone_common_word", "disease", "office", "event", "legal_suffix", "DESIGNATOR_WORDS"]

# Words that end or fill an organisation's name and hardly ever a person's (lower case): companies,
# institutions, parties, media, sport; in English, then the same kinds in languages news quotes
# names in ("Partido", "Gaceta", "Zeitung", "Tehreek"). Not "court", "hall", "house", "post" (kgraph/words.py has those
# for other uses): Margaret Court, Stuart Hall, Emily Post.
DESIGNATOR_WORDS = frozenset("""
academy administration agency airline airlines airways alliance army assembly associates association authority
bancorp bancshares bank board brands broadcasting bureau capital cartel chamber channel chronicle club coalition
college commission committee communications community company conference congress consortium cooperative corporation
corps council democrats department enterprises entertainment exchange federation fighters financial foods forum
foundation front fund gazette government group guard herald holding holdings hospital hotels industries institute
insurance international invest investment investments journal laboratories labs league limited logistics magazine media ministry
mission monitor motors movement network networks news office organisation organization parliament partners
partnership party
petroleum pharma pharmaceuticals pictures police press products radio railway railways realty records republicans
reserve resources restaurants review school securities semiconductor senate service services society software
solutions
sports stores studios systems technologies technology telecom telegraph television times tribune trust union
united university ventures weekly
fc afc cf sc ac
daily express mail
management consulting advisory aerospace engineering construction properties shipping ports healthcare biosciences
therapeutics electronics chemicals mining minerals metals energy renewables solar wind oil gas
battalion brigade regiment militia force forces
biology chemistry physics medicine genetics ecology neuroscience physiology zoology botany geology astronomy
science sciences
racing motorsport revolution renovation
asamblea abogados asociados banco comision comisión congreso consejo corriere corte diario folha frente fundacion fundación
fundacao fundação gaceta gazzetta grupo instituto jornal liga lega ministerio ministério movimiento movimento
partido partito parti partei partij prensa sociedad sociedade stiftung tribunal universidad universidade zeitung
jamaat kazhagam morcha sangh tehreek tehrik
""".split())
# First words of clubs' and companies' names: "Real Madrid", "Atletico Madrid", "Inter Milan", "FC Porto".
_OPENERS = frozenset("real atletico athletic inter olympique sporting dynamo dinamo fc afc ac as sc cf team".split())
# A small letter, then a capital: 'OpenAI', 'AstraZeneca', 'PayPal'.
_CAMEL = re.compile(r"[a-z][A-Z]")
# ... which surnames have after these: 'McConnell', 'MacArthur', 'DeSantis', 'LeBron', 'DiCaprio', "O'Neill".
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z]")
# Words that may end a city's or a state's name as well as a club's, a team's or a group's ("Manchester City",
# "Da Lat City", "Plateau State", "Golden State", "Islamic State"): a place or an organisation, never a person.
_NOT_PERSON_WORDS = frozenset("city county town state".split())
# A letter hyphenated to a word opens a product's, a tax's or a brand's name, not a person's.
_COINED = re.compile(r"^[A-Za-z]-[A-Z]")
# Legal suffixes that are also common words or name parts in other languages: they count only
# written in capitals or with dots ("DA", "S.A.").
_CASE_SENSITIVE_MIN = 3


@cache
def _legal_terms() -> frozenset[str]:
    """cleanco's company-type terms ('inc.', 'ltd', 'plc', 'gmbh', 's.a.', 'pty ltd'), lower case, dots kept."""
    return frozenset(term.strip().casefold() for term in chain.from_iterable(terms_by_type.values()))


@lru_cache(maxsize=1 << 16)  # asked for every mention's name, by the repeated-names pass, the linker and observing
def legal_suffix(name: str) -> bool:
    """Ends in a company-type term: 'Volkswagen AG', 'Hobby Lobby Stores, Inc.', 'Sandler O'Neill & Partners LP'.

    A short term counts only as written for a company (capitals or dots:
    'SA', 'S.A.'), not as a word of a name ('Sa', 'Da').
    """
    parts = name.replace(",", " ").split()
    if len(parts) < 2:
        return False
    terms = _legal_terms()
    last = parts[-1]
    if (last.casefold() in terms or last.casefold().rstrip(".") in terms) and (
            len(last.rstrip(".")) >= _CASE_SENSITIVE_MIN and last[0].isupper() or last.isupper() or "." in last):
        return True
    return " ".join(parts[-2:]).casefold() in terms


@lru_cache(maxsize=1 << 16)  # asked for every distinct name
def designated(name: str) -> bool:
    """Its words say it is an organisation: a designator word, a legal suffix, a club's opener;
    one word, a brand's inner capital ('OpenAI', 'AstraZeneca', 'SoftBank')."""
    parts = name.split()
    if len(parts) < 2:
        return _CAMEL.search(name) is not None and not _SURNAME_PREFIX.match(name) and not in_gazetteer(name)
    words = [part.strip(".,").casefold() for part in parts]
    return any(word in DESIGNATOR_WORDS for part in words for word in part.split("-")) or words[0] in _OPENERS \
        or legal_suffix(name)


def not_a_person(name: str) -> bool:
    """Designated, ending in a word of towns and clubs alike ('Manchester City', 'Da Lat City', 'Plateau State'),
    a coinage of a letter and a word ('E-Levy', 'T-Mobile', 'K-Pop'), or ending in a country's short form in
    capitals (``_country_unit``)."""
    return designated(name) or name.split()[-1].casefold() in _NOT_PERSON_WORDS or _COINED.match(name) is not None \
        or _country_unit(name) or capitals_only(name)


def capitals_only(name: str) -> bool:
    """'UDI', 'STAN', 'KDU-ČSL': one word of three or more capitals, a body's short form; a person called by
    initials ('AMLO') is written so only beside the full name, which then labels the entity."""
    letters = name.replace("-", "")
    return " " not in name and len(letters) >= 3 and letters.isalpha() and letters.isupper()


def _country_unit(name: str) -> bool:
    """'Telefonica U.K.', 'Hutchison UK', 'Amazon US': a company's unit in a country, named by the country's
    short form in capitals after the company's name; no person's name ends so (a country's full name may: Michael
    Jordan)."""
    parts = name.split()
    last = parts[-1].replace(".", "")
    return len(parts) > 1 and last.isupper() and len(last) <= 3 and bool(countries.lookup(parts[-1]))


@lru_cache(maxsize=1 << 16)
def team_shaped(name: str) -> bool:
    """A place and a plural: 'Boston Celtics', 'Mumbai Indians', 'Denver Nuggets'.

    No proof ('Charlotte Edwards' is a person's name too): it only takes away
    the bonus of looking like a person's name, so the recogniser's labels decide.
    """
    last = name.split()[-1]
    return last.endswith("s") and not last.endswith("ss") and starts_with_place(name)


# Portfolios and bodies of government named by a common noun: alone, or with titles ("Cabinet
# Secretary", "Finance"), they name a role or a beat, not an actor.
_GENERIC_WORDS = frozenset("""
affairs agriculture cabinet caretaker culture defence defense economy education energy environment finance foreign
health housing immigration infrastructure interior justice labor labour security tourism trade transport treasury
commerce exchequer staff managing head elect
administrative communications information science technology innovation industry mining fisheries irrigation
production construction sanitation planning development water lands works welfare employment sport sports youth
women children family gender equality
digital telecommunications aviation cooperatives
""".split())
# Portfolio words that alone, capitalised, are a party's name: "Labour" in the UK, Ireland, New Zealand, Norway,
# Israel..., "Labor" in Australia ("between Labor and the Coalition"); the portfolio is "Labour Minister",
# "Minister of Labour", never the word alone.
_PARTIES_BY_PORTFOLIO = frozenset({"labour", "labor"})
# Small words that join a role's words ("Secretary of State", "Minister for Health"): no role alone.
_ROLE_JOINERS = frozenset("of for the and".split())


@lru_cache(maxsize=1 << 16)
def generic(name: str) -> bool:
    """Only titles, roles and portfolio words: 'Caretaker', 'Treasury', 'Cabinet Secretary', 'Energy Minister',
    'Secretary of State', 'Chief of Staff', 'Director-General', 'President-elect'."""
    if name.casefold() in _PARTIES_BY_PORTFOLIO:
        return False
    words = [word for part in name.split() for word in part.split("-") if word]
    roles = [word for word in words if word.casefold() not in _ROLE_JOINERS]
    return bool(roles) and words[0] is roles[0] and all(word.casefold() in _GENERIC_WORDS or _title_or_titles(word)
                                                          for word in roles) and not _national_body(name)


def _title_or_titles(word: str) -> bool:
    """A title or its plural: 'Secretary', 'Secretaries', 'Ministers'."""
    folded = word.casefold()
    return is_title(word) or folded.endswith("ies") and is_title(folded[:-3] + "y") \
        or folded.endswith("s") and is_title(folded[:-1])


# Words that name no actor when they stand alone as a whole name (issue 15, junk nodes; docs/entities.md §29):
# a greeting opening a live blog ("Buongiorno and welcome"), the head word of many institutions' names cut
# off from them ("the Court heard", "Court One", "the House", "the Commission approved the budget" of a town's
# commission: section 42), a court's or a newsroom's papers capitalised as a defined term ("the Application dated
# 18/07/2024", "the Petition", "Report": section 42), and nouns of technology and medicine that news
# capitalises ("Ransomware group ...", "EV battery suppliers", "Cholera prone areas"). Congress, Senate and
# Parliament are not here: one country has one of each, and news names it so.
_LONE_COMMON_WORDS = frozenset("""
hello hi hey welcome goodbye greetings bonjour bonsoir salut buongiorno buonasera ciao hola hallo namaste aloha
court house committee council board ministry department agency office bureau government authority company commission
group firm nations states
application petition affidavit summons writ judgment judgement indictment subpoena memorandum report
ai iot ev evs ransomware malware spyware cybersecurity blockchain crypto digital internet broadband
cholera malaria measles polio dengue tuberculosis ebola mpox covid coronavirus flu influenza
meningitis hepatitis pneumonia typhoid diphtheria anthrax rabies leprosy hiv aids sars mers
ipo ipos esop esops fir firs gdp eps etf etfs suv suvs bev bevs phev hpc cpu gpu gpus lng lpg esg nft nfts vpn api
saas ppe icu ebitda cagr fdi mou pil kyc ngo ngos csr atm atms sms gst vat cctv dna rna pcr mri ott uav uavs
""".split())
# What a disease's name ends in, or opens with before its strain ("Yellow Fever", "Cerebrospinal
# Meningitis", "Meningitis C", "Hepatitis B"): an illness, no actor (issue 15, dev5 noise).
_DISEASE_HEADS = frozenset("""
cholera malaria measles polio dengue tuberculosis ebola mpox covid coronavirus flu influenza meningitis hepatitis
pneumonia typhoid diphtheria anthrax rabies leprosy fever virus syndrome disease
""".split())
_STRAIN = re.compile(r"^(?:[A-Z]|[0-9]+|[A-Z][0-9]+(?:[A-Z][0-9]+)?)$")


@lru_cache(maxsize=1 << 16)
def lone_common_word(name: str) -> bool:
    """A whole name of one common word that is no actor's name alone: 'Buongiorno', 'Court', 'Ransomware'."""
    return " " not in name and name.casefold() in _LONE_COMMON_WORDS


# A level of government before "Government": with no place named, no one government ("the State Government").
_GOVERNMENT_LEVELS = frozenset("state federal national central provincial regional local city county".split())


def government_level(name: str) -> bool:
    """'State Government', 'Federal Government': a level of government and the word alone, which names no one
    government (the place is not said); 'Lagos State Government', 'Government of Canada' name one."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in _GOVERNMENT_LEVELS and words[1] == "government"


@lru_cache(maxsize=1 << 16)
def disease(name: str) -> bool:
    """An illness's name of two or three words: 'Cerebrospinal Meningitis', 'Yellow Fever', 'Meningitis C'.

    Not a body named for one ("Centers for Disease Control", "Global Fund for Malaria": a designator or a
    small word), nor a team named after a town ("Indiana Fever": the first word is a gazetteer place)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            or designated(name) or in_gazetteer(words[0]):
        return False
    return words[-1].casefold() in _DISEASE_HEADS \
        or words[0].casefold() in _DISEASE_HEADS and all(_STRAIN.match(w) for w in words[1:])


def _national_body(name: str) -> bool:
    """'British Army', 'British Transport Police': a country's name or adjective (which nameparser lists
    as a title: "British", "UK") before a designator is whose body it is, not a role ("British Foreign
    Secretary", no designator, stays one)."""
    return " " in name and bool(countries.lookup(name.split()[0])) and designated(name)


# Titles of rank, nobility and the church: "the Prince of Wales", "the Archbishop of Canterbury" is how
# news names one person, not an office any holder fills.
_PERSONAL_TITLES = frozenset("""
prince princess king queen emperor empress sultan emir sheikh duke duchess earl countess count lord lady baron
baroness marquess viscount archbishop bishop cardinal pope patriarch imam ayatollah
""".split())


@lru_cache(maxsize=1 << 16)
def office(name: str) -> bool:
    """An office named by its role and what it serves: 'Accountant-General of the Federation', 'Governor of
    Lagos State', 'Commissioner of Police', 'Speaker of the House' (issue 15: such roles became organisations).

    The words before "of" are titles or portfolio words, or one "-General" office ("Auditor-General"); not a
    rank of nobility or the church ("Prince of Wales"), nor a country's name ("State of Palestine").
    """
    head, of, _ = name.partition(" of ")
    if not of or not head or countries.lookup(name):
        return False
    first = head.split()[0].split("-")[0].casefold()
    if first in _PERSONAL_TITLES:
        return False
    if " " not in head and head.casefold().endswith("-general"):
        return True  # Attorney-, Accountant-, Auditor-, Inspector-, Surveyor-General
    words = [word for part in head.split() for word in part.split("-") if word]
    return all(word.casefold() in _GENERIC_WORDS or is_title(word) for word in words)


# Last words of a measure's name: "Capital Adequacy Ratio", "Cost of Risk", "Monetary Policy Rate" (issue 15, dev7:
# a bank's results made organisations of its ratios and their short forms).
MEASURE_HEADS = frozenset("ratio ratios rate rates risk".split())


@lru_cache(maxsize=1 << 16)
def measure(name: str) -> bool:
    """A measure or ratio by the form of its name, two words or more ending in a measure's word: 'Capital Adequacy
    Ratio' (a designator word in it or not), 'Cost of Risk'; no actor ("Control Risks", a company, ends in a plural that
    is no measure's)."""
    parts = name.split()
    return len(parts) >= 2 and parts[-1].casefold() in MEASURE_HEADS


# What a local government's office opens with: "City Clerk", "County Treasurer", "Town Manager".
_MUNICIPAL_WORDS = frozenset("city county town village borough municipal".split())


@lru_cache(maxsize=1 << 16)
def municipal_office(name: str) -> bool:
    """A local government's office: a municipal word, then only titles and portfolio words ("City Clerk", "City
    Manager", "County Treasurer"; issue 15, dev7: "City Clerk" became a person). Not "Manchester City", "City Hall"."""
    words = [word for part in name.split() for word in part.split("-") if word]
    return len(words) >= 2 and words[0].casefold() in _MUNICIPAL_WORDS and all(
        word.casefold() in _GENERIC_WORDS or _title_or_titles(word) for word in words[1:])


# Last words of events, contests and prizes, and first words of storms: what happens, not who acts
# ("Assembly Elections", "Border-Gavaskar Trophy", "Australian Open", "Nobel Prize", "Cyclone Freddy").
_EVENT_HEADS = frozenset("""
election elections polls poll referendum census cup trophy championship championships tournament series
olympics open derby clasico final finals finale prize award awards festival pandemic epidemic outbreak
""".split())
_EVENT_OPENERS = frozenset("hurricane typhoon cyclone storm".split())


# Last words of a column's or a rubric's name, newsroom usage: "Startup Digest: GlobalBees and Mamaearth turn
# unicorn", "the weekly Startup Digest wrap", "NBA Trade Tracker", "Factbox". A column is no actor.
_RUBRIC_HEADS = frozenset("""
digest roundup round-up wrap wrapup wrap-up briefing explainer factbox factcheck fact-check recap newsletter
tracker takeaways
""".split())


def rubric(name: str) -> bool:
    """A column's or a rubric's name by its last word: 'Startup Digest', 'Market Wrap', 'Factbox'."""
    return name.split()[-1].casefold() in _RUBRIC_HEADS


# A word of the political spectrum: "the leftist Economic Freedom Fighters", "the right-wing libertarians ACT", 'the
# left-wing "Historical Pact"'. The small model often tags nothing of a party so named, or calls it a person.
LEANING = re.compile(
    r"\b(?:(?:far-|centre-|center-|hard-)?(?:left|right)(?:-wing|ist)|(?:ultra)?nationalist|populist|libertarian|"
    r"communist|socialist|separatist|islamist)\b")
# What may stand between that word and the name: a plural noun of the party's members, a quote.
_LEANING_GAP = re.compile(r"(?:%s)(?:\s+[a-z]+s)?\s+[\"“]?$" % LEANING.pattern)
_LEANING_CHARS = 48


def may_lean(text: str) -> bool:
    """Whether ``text`` holds what every word of ``LEANING`` holds ("-wing", "ist" or "libertarian"): a test
    in C that spares most texts the pattern's search."""
    return "ist" in text or "-wing" in text or "libertarian" in text


def leaning_party(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a party named after its place on the political spectrum
    (``LEANING``): in quotes, an acronym, or ending in a plural, as a person's name is not ("the leftist Gustavo
    Petro")."""
    if not may_lean(text[max(0, start - _LEANING_CHARS):start]) \
            or _LEANING_GAP.search(text, max(0, start - _LEANING_CHARS), start) is None:
        return False
    name = text[start:end]
    last = name.split()[-1] if name.strip() else ""
    quoted = start > 0 and text[start - 1] in "\"“" and text[end:end + 1] in ("\"", "”")
    return quoted or is_acronym(name) or " " in name and last.endswith("s") and not last.endswith(("ss", "'s", "’s"))


# Stock indices and cryptocurrencies, by the names markets copy gives them without their numbers (general knowledge):
# what prices move in, no actor ("the Hang Seng rose", "the CAC 40 gained", "Ethereum fell"). Not names that are
# also bodies': Nasdaq and the ASX are exchanges, Nikkei a newspaper, Dow Jones a publisher, FTSE an index company.
_TRADED_NAMES = frozenset(name.strip() for name in """
sensex | nifty | bankex | hang seng | cac | dax | mdax | tecdax | kospi | kosdaq | topix | stoxx | euro stoxx |
bovespa | ibovespa | merval | ibex | ftse mib | nasdaq composite | nikkei average |
shanghai composite | shenzhen component | dow jones industrial average | klci | psei | jakarta composite | taiex |
bitcoin | ethereum | dogecoin | litecoin | xrp
""".replace("\n", " ").split("|"))
# ... and names of bodies or people that name an index only with its number: "Nikkei 225", "FTSE 100", "Russell 2000",
# "S&P 500" (S&P alone is the ratings agency).
_TRADED_WITH_NUMBER = frozenset("nikkei ftse russell asx nasdaq dow nse s&p s&p/asx s&p/tsx".split())


def traded(name: str) -> bool:
    """A stock index or a cryptocurrency ('Hang Seng', 'CAC 40', 'Nikkei 225', 'Ethereum'): its name, numbers
    aside, is one of ``_TRADED_NAMES``, or of ``_TRADED_WITH_NUMBER`` with its number."""
    parts = name.casefold().split()
    words = " ".join(word for word in parts if not word.isdigit())
    return words in _TRADED_NAMES or words in _TRADED_WITH_NUMBER and len(words.split()) < len(parts)


# What joins a body to the matter it deals with: "Commission on Elections", "Committee for the Olympics".
_ON_MATTER = re.compile(r"^(?P<body>.+?)\s+(?:on|for|of)\s+", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def event(name: str) -> bool:
    """An event, contest, prize or storm by the form of its name: 'Assembly Elections', 'FA Cup', 'Cyclone Freddy';
    not a body named for the event it deals with ('Commission on Elections': its head is the commission)."""
    parts = name.split()
    if len(parts) < 2 or not (parts[-1].casefold() in _EVENT_HEADS or parts[0].casefold() in _EVENT_OPENERS):
        return False
    body = _ON_MATTER.match(name)
    return body is None or body["body"].split()[-1].casefold() not in INSTITUTION_WORDS


# A web page's section labels, menu items and emphasis words, which news sites print alone on a line or in capitals
# ("MERCADOS", "WORLD", "Trending", "Zoom", "A FREE subscription"), outlet usage (issue 15, ninth pass: "FREE" and
# "Snapshot" became nodes; every study set's forbidden list holds such words), English and the languages of sites
# news is scraped from. Not words that are also a title's, a party's or a club's name alone ("Time", "Sporting",
# "National", "Independent", "Globe", "Internacional").
_PAGE_WORDS = frozenset("""
news world politics business opinion analysis lifestyle entertainment travel weather markets market
home menu search login logout subscribe share comments comment archive archives category categories tags tag
posts featured trending popular recommended related latest upcoming results scores published updated
credit credits image images picture pictures photo photos video videos gallery zoom back top next previous more
free live update urgent breaking exclusive alert brief file combo snapshot winner region guest addition
contact support sections section editorial podcast podcasts newsletter newsletters sponsored
details source sources date facts audio pdf close refresh follow disclaimer autos navigation logo print email
download listen watch reply replies register privacy sitemap rss feed
noticias mercados deportes economía política opinión portada foto fotos editado suche inhalt
""".split())


@lru_cache(maxsize=1 << 16)
def page_label(name: str) -> bool:
    """A whole name of one word that labels a page's part or shouts a word: 'WORLD', 'Trending', 'FREE', 'Snapshot'."""
    return " " not in name and name.casefold() in _PAGE_WORDS


# Words of a creed, a regime or a law taken for names alone: "a former Maoist rebel chief", "the two former Soviet
# republics", "Shariah-compliant lender" (issue 15, ninth pass: each became a person); their followers are NORP.
_CREED_WORDS = frozenset("""
maoist marxist leninist trotskyist stalinist islamist jihadist salafist wahhabi zionist communist socialist fascist
nazi soviet bolshevik shariah sharia halal kosher
""".split())


def creed_word(name: str) -> bool:
    """A whole name of one word of a creed or a regime: 'Maoist', 'Soviet', 'Shariah'."""
    return " " not in name and name.casefold() in _CREED_WORDS


# Offices written after whose they are, and short forms of offices: "Haryana CM", "Nepal PM", "CSA Independent
# Selector", "Delta Governor" (issue 15, ninth pass: such roles became nodes). Not surnames ("Mayor", "King", "Bishop"
# end some people's names: the owner before them must be a place, a country or a body's short form).
_HELD_ROLES = frozenset("""
pm cm dcm mp mla mlc mep minister secretary president premier governor chancellor selector selectors spokesperson
spokesman spokeswoman ambassador envoy commissioner
""".split())
# Words between the owner and the role: "CSA Independent Selector", "Kenya Deputy President".
_ROLE_QUALIFIERS = frozenset("deputy acting interim shadow former vice chief independent junior senior".split())


@lru_cache(maxsize=1 << 16)
def held_role(name: str) -> bool:
    """An office by whose it is, and no holder's name: 'Haryana CM', 'Nepal PM', 'CSA Independent Selector'."""
    words = name.replace("-", " ").split()
    if len(words) < 2 or words[-1].casefold().strip(".") not in _HELD_ROLES:
        return False
    for cut in range(1, len(words)):
        owner = " ".join(words[:cut])
        if (is_acronym(owner) or countries.lookup(owner) or in_gazetteer(owner)) and all(
                word.casefold() in _GENERIC_WORDS or word.casefold() in _ROLE_QUALIFIERS or is_title(word)
                for word in words[cut:-1]):
            return True
    return False


# Codes of money, time and measure that business and sports copy writes in capitals: currencies (ISO 4217, the
# common ones; not those that are also a company's or body's short form: AMD, SAR, ALL, TOP), time zones, a year's
# quarters and halves, and indices ("AQI"). Issue 15, ninth pass: "AQI" and "VND" were forbidden nodes of dev9.
_UNIT_CODES = frozenset("""
usd eur gbp jpy cny rmb inr pkr bdt lkr npr idr myr php thb vnd krw twd hkd sgd aud nzd cad chf sek nok dkk pln czk
huf ron rub uah zar ngn kes ghs egp mad aed qar kwd omr bhd ils irr brl mxn ars clp cop pen uyu
gmt utc bst cet cest eet eest wet est edt cdt mst mdt pst pdt pkt wib wita jst kst hkt sgt aest aedt acst awst
nzst nzdt eat wat sast msk
q1 q2 q3 q4 h1 h2 fy ytd yoy qoq aqi cpi pmi ppi roe roi gnp gni nav aum arpu capex opex
""".split())
_CODE_NUMBER = re.compile(r"\d+$")


@lru_cache(maxsize=1 << 16)
def unit_code(name: str) -> bool:
    """A currency's, a time zone's, a quarter's or an index's code in capitals, maybe with a figure run on to it:
    'VND', 'VND1', 'WIB', 'CET', 'Q1', 'AQI'."""
    return " " not in name and name.isupper() and (
        name.casefold() in _UNIT_CODES or _CODE_NUMBER.sub("", name).casefold() in _UNIT_CODES)


# What markets copy and its price widgets name commodities by: "CRUDE OIL", "GOLD FUTURES", "Brent Crude", "Iron Ore"
# (issue 15, ninth pass: dev4's forbidden list holds a widget's; general knowledge). Two words or more, all of these.
_COMMODITY_WORDS = frozenset("""
crude oil brent wti gold silver copper platinum palladium natural gas futures spot price prices bullion nickel zinc
aluminium aluminum iron ore wheat corn soybeans soybean cocoa coffee sugar cotton lithium cobalt uranium
""".split())


@lru_cache(maxsize=1 << 16)
def commodity(name: str) -> bool:
    """A commodity or its futures by name, of two words or more: 'CRUDE OIL', 'Gold Futures', 'Brent Crude'."""
    words = name.casefold().split()
    return len(words) >= 2 and all(word in _COMMODITY_WORDS for word in words)
