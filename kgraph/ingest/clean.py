"""Clean raw article text: str -> str functions, no I/O.

Feed exports arrive hard-wrapped, with photo captions, credits, bylines, promos
and tag lines mixed into the prose. Cleaning joins wrapped lines back into
paragraphs and drops the boilerplate, so that photographers and agencies never
become actors. docs/input.md lists what is dropped and why.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pycountry
from nameparser.config.titles import TITLES

from . import markup

from ..words import INVISIBLE

__all__ = [
    "normalise",
    "paragraphs",
    "wrap_width",
    "is_boilerplate",
    "boilerplate_rule",
    "BOILERPLATE_RULES",
    "Rule",
    "HEADLINE_RULES",
    "is_unfinished",
    "is_tag_line",
    "is_heading",
    "is_timestamp",
    "is_title_case",
    "is_list_line",
    "is_live_entry",
    "figure_row",
    "headline",
    "strip_credits",
    "naming_text",
    "url_words",
    "without_numbering",
    "without_glued_number",
    "ends_sentence",
    "DATELINE",
]

# Control characters other than tab and newline: invalid in XML, meaningless in prose; and the
# invisible format characters, which can make one name look like another (kgraph.words.INVISIBLE).
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{INVISIBLE}\\ufffe\\uffff]")
# Runs of spaces that are not already one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# (typographic, plain) pairs: curly quotes, guillemets and Unicode line and paragraph separators.
_QUOTES = tuple({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                 "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                 "\u00ab": '"', "\u00bb": '"', "\u2028": "\n", "\u2029": "\n\n"}.items())

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "March 3, 2025", "3 March 2025", "Jan. 7" (a dateline's date may leave out the year).
_DAY_MONTH = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)")
# Capitals before a colon that label a line rather than place it: "BREAKING: ...", "UPDATE: ...".
_NOT_PLACE = r"(?!(?:BREAKING|UPDATE[SD]?|EXCLUSIVE|WATCH|ANALYSIS|OPINION|LIVE|FLASH|URGENT|ALERT|EDITOR'?S NOTE|" \
             r"CORRECTION|NOTE|PHOTOS?|VIDEO|READ MORE|ALSO READ|RELATED|FACTBOX|EXPLAINER|COMMENT)\s*:)"
# "KYIV —", "LIMA - ", "WASHINGTON, D.C. –", "LONDON (Reuters) -", "GAZA CITY, Gaza Strip (AP) —",
# "LONDON, Jan 7 (Reuters) -", "NEW DELHI: ": a place in capitals, maybe its country, a date and an agency,
# then a dash or a colon.
DATELINE = re.compile(
    rf"^{_NOT_PLACE}(?P<place>[A-Z][A-Z.'\- ]{{1,40}}[A-Z.])(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)?"
    rf"(?:,?\s*(?P<date>{_DAY_MONTH}))?"
    r"\s*(?:\((?P<agency>[^)]{1,30})\))?\s*(?:[\u2014\u2013-]{1,2}\s+|:\s+(?=[A-Z\"']))"
)
# A wire's dateline with a date and no place, as its briefs open: "June 23 (Reuters) - Novo Nordisk A/S" (section 42).
DATED_AGENCY = re.compile(rf"^{_DAY_MONTH}\s*\([^)]{{1,30}}\)\s*[\u2014\u2013-]{{1,2}}\s+(?=\S)")
# A line that only dates the article: "Published January 7, 2026 4:00 am CET", "Updated: 7 Jan 2026, 10:00 GMT".
_TIMESTAMP = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)\s*(?:on|at)?\s*:?\s*)?"
    r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:,|at|-|\|)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?"
    r"(?:\s*[|,;]?\s*(?:(?:last\s+)?(?:updated|modified)\b.{0,60}))?$",
    re.IGNORECASE,
)
# A date written in Spanish, Portuguese, French, Italian or German, as an outlet's page head prints it: "Miércoles, 04 de
# febrero de 2026 Mié 04/02/2026", "Mercredi 4 février 2026", "Quarta-feira, 4 de fevereiro de 2026", "Mittwoch, 4. Februar
# 2026" (issue 15, ninth pass: the weekday became a node). A weekday or a year with the day and month; after them only
# numbers and words of four letters at most (the weekday's short form, a time zone).
_WEEKDAYS_ABROAD = (r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|"
                    r"samedi|dimanche|(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|luned[iì]|marted[iì]|"
                    r"mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|"
                    r"samstag|sonnabend|sonntag)")
_MONTHS_ABROAD = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|janvier|"
                  r"f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|janeiro|"
                  r"fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|"
                  r"maggio|giugno|luglio|settembre|ottobre|dicembre|j[aä]nner|januar|februar|m[aä]rz|april|juni|juli|"
                  r"august|september|oktober|november|dezember)")
_DATE_ABROAD = re.compile(
    rf"^(?:(?P<weekday>{_WEEKDAYS_ABROAD}),?\s+)?\d{{1,2}}(?:\.|º|er)?\s+(?:de\s+)?{_MONTHS_ABROAD}"
    r"(?:,?\s+(?:de\s+)?(?P<year>\d{4}))?(?P<rest>.*)$", re.IGNORECASE)
_SHORT_WORDS_ONLY = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,4}\b\.?[\W\d_]*)*$")
# A widget still loading when the page was saved: "Cargando datos de mercados...", "Loading...", "Chargement en
# cours…" (issue 15, ninth pass: "Cargando" became an organisation); three words at most after the verb.
_LOADING = re.compile(r"^(?:loading|cargando|carregando|chargement|caricamento|wird geladen|laden)(?:\s+\S+){0,3}\s*(?:\.{3}|…)$",
                      re.IGNORECASE)


# Words a photo or agency credit is made of: "Pool photo by Jason Alden/EPA".
_CREDIT_WORD = (r"photos?|images?|getty|afp|epa|reuters|ap|pool|via|courtesy|shutterstock|alamy|bloomberg|"
                r"xinhua|tass|dpa")
# "Text of the caption. | Pool photo by Jason Alden/EPA": everything after the bar is a credit.
_CAPTION = re.compile(r"\s\|\s*(?P<credit>[^|]{2,120})$")
_CREDIT = re.compile(rf"/|\b({_CREDIT_WORD})\b", re.IGNORECASE)
# "... in Brasilia, Brazil February 1, 2023. REUTERS/Ton Molina": after a caption's last sentence, an agency
# in capitals, a slash and the photographer; or "Photo: Jairus Mmutle/GCIS", the photographer and the agency;
# or those two glued to the full stop by a scraper ("... in 2013.David Zalubowski/Associated Press").
_CREDITED = r"[A-Z][\w'.\-]*(?:\s[A-Z][\w'.\-]*){0,3}"
_AGENCY_CREDIT = re.compile(
    rf"(?<=[.!?\"'])\s+(?:[A-Z]{{2,}}(?:\s[A-Z]{{2,}})?|(?i:photo|picture|image)s?(?:\s+by)?\s*:?\s*{_CREDITED})/{_CREDITED}$"
    rf"|(?<=[a-z\d][.!?])[A-Z][a-z]+(?:\s[A-Z][\w'.\-]*){{1,3}}/{_CREDITED}$")
# The first word of a line that carries on a credit wrapped at the margin: "Pizzoferrato/Middle", "Images".
_CREDIT_GOES_ON = re.compile(rf"^(\S*/|({_CREDIT_WORD})\b)", re.IGNORECASE)
# Who wrote, reported or edited a story, as its wire copy credits them: "Reporting by Jane Doe; Editing by Tom Roe".
_STAFF_CREDIT = r"(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|produced)\s+by\b"
# What an agency gave a story: "(With inputs from PTI)", "With agency inputs", "With AFP" (South Asian papers).
_INPUTS_CREDIT = r"with\s+(?:(?:additional\s+)?inputs?\s+from|agency\s+inputs|agencies\b)"
# A factbox's role and the name that holds it: "Coach: Jose Peserio", "Captain: Babar Azam" (a wire profile of a
# team or party); not a byline's or a credit's label ("Author:", "Photo:"), which no role here is.
_ROLE_LINE = re.compile(r"^(?:Coach|Head [Cc]oach|Manager|Captain|Skipper|Key [Pp]layer|Star [Pp]layer|Referee|"
                        r"Umpire|Chairman|Chairwoman|President|Leader|Party leader|Candidate):\s+"
                        r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|da|van|von|bin|al)){1,4}\.?$")
# "(1) Ahmed Shehzad, (2) Asad Shafiq": a list's item numbers, at the line's start or after a comma or semicolon.
_ITEM_NUMBER = re.compile(r"(?:(?<=^)|(?<=[,;:] ))\((\d{1,3})\)\s+")
_NUMBERED_ITEMS = 3
# A team list's item with its number glued on: "1.Ethan de Groot (8)", "2.Samisoni Taukei'aho (15)" (issue 15, dev7):
# the recogniser reads "1.Ethan" as one token and misses the name.
# A recurring feature's label in capitals opening a line: "QUOTE OF THE DAY:", "STAT OF THE WEEK:" (a rubric of the
# outlet's, no name).
_FEATURE_LABEL = re.compile(
    r"^[A-Z]+(?:\s[A-Z]+){0,2}\sOF\sTHE\s(?:DAY|WEEK|MONTH|YEAR|MATCH|GAME|NIGHT|RACE|ROUND|TOURNAMENT|SEASON)\s*:\s+")
_GLUED_NUMBER = re.compile(r"^\d{1,3}\.(?=[A-Z][a-z])")
# A site's cookie notice: "We use cookies on our website to give you a better experience ... our Cookie Policy".
_COOKIE_NOTICE = re.compile(r"^\W*(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b", re.IGNORECASE)
# A caption's credit after its sentence, opening with "Courtesy of": "... taken in November 2015. Courtesy of the
# Philippines' Department of Foreign Affairs" (the joins "of the" keep it from the capitalised-tail test).
_COURTESY_TAIL = re.compile(r"^(?i:courtesy)\s+of\s+(?:the\s+)?[A-Z]")
# A doubled caption is no shorter than this: an image's alt text and title run together.
_DOUBLED_SHORTEST = 8
# "(COMBO) This combination of pictures ...": an agency's caption label, a word in capitals in brackets.
_CAPTION_LABEL = re.compile(r"^\([A-Z]{4,}\)\s+")
# "(AP Photo/Efrem Lukatsky)", "(Photo: Reuters)", "(Reporting by Jane Doe)": a credit inside a paragraph.
_INLINE_CREDIT = re.compile(rf"\s*\((?:[^()]{{0,40}}\b(?:{_CREDIT_WORD})\b[^()]{{0,60}}|{_STAFF_CREDIT}[^()]{{1,200}}|{_INPUTS_CREDIT}[^()]{{0,100}})\)"
                            r"(?=[\s)]|$)", re.IGNORECASE)  # "((Reporting by Jane Doe))", a wire's double brackets
# "Jane Doe contributed to this report.", "... and Tom Roe contributed reporting.": a paragraph's end.
_CONTRIBUTED = (r"\bcontributed\s+(?:additional\s+)?(?:reporting\s*)?(?:from\s+[A-Z][\w\-]*(?:,?\s[A-Z][\w\-]*){0,3}\s*)?"
                r"(?:(?:to|for)\s+this\s+(?:report|story|article))?\.?$")
# What a paragraph's end may credit after its last sentence (issue 15: such credits became nodes): "... in
# Lahore. — PCB", "... on Monday. - AFP/File", "... 2018. / Reuters", "... in Kyiv. Photo: Jane Doe", "... in May. AFP via Getty Images",
# "... in 2017. Reporting by Jane Doe; Editing by Tom Roe", "... to Kyiv. Jane Doe contributed to this report."
_TAIL = re.compile(r"(?<=[.!?\"'])\s+(?P<tail>[^.!?]{1,100}\.?)$")
_TAIL_DASH = re.compile(r"^(?:[\u2014\u2013-]{1,2}|/)\s*")  # a slash too: a caption's "... May 6, 2018. / Reuters"
# More openings of a caption's credit after its sentence (issue 15, ninth pass: each left its photographer a node):
# "... on Monday. © Jane Doe", "Pic: Jane Doe", "Foto: Jane Doe", "Photograph: Jane Doe/The Guardian", "Photo courtesy
# Jane Doe", "Image via Jane Doe", "Credit: Jane Doe for The Daily Star", "Source: Jane Doe".
_OTHER_CREDIT_OPENING = (r"^(?:\u00a9|\(c\)\s|(?i:pics?|fotos?|photographs?|photographer)\s*:|"
                         r"(?i:photo|picture|image)s?\s+(?i:courtesy|via|supplied|provided|submitted)\b|"
                         r"(?i:credits?|source)\s*:\s*[A-Z]|"
                         # "Video: Jane Doe", "Photographs by ...", "Photo illustration by ...", "Mandatory Credit:
                         # Jane Doe-USA TODAY Sports", "PHOTO | JANE DOE",
                         # "Additional reporting: Jane Doe", and a bare byline after the story's last sentence
                         r"(?i:video|graphics?|illustrations?|photo illustration|infographic|screen ?grab|screenshot|"
                         r"photographs?|pictures?|cartoon)\s*(?i:by\b|:)|(?i:mandatory credit)\b|"
                         r"(?i:photo|picture|image)s?\s*\|\s*[A-Z]|(?i:additional reporting)\s*:|"
                         r"By\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){1,3}\.?$)")
_TAIL_CREDIT = re.compile(
    rf"^(?:(?i:photo|picture|image|file photo)s?\s*(?:by\b|credit\b|:)|(?i:{_STAFF_CREDIT})\s+[A-Z]|(?i:{_INPUTS_CREDIT}))"
    rf"|{_CONTRIBUTED}|{_OTHER_CREDIT_OPENING}")
# A tail of at most this many words, all capitalised but for "via", "by", "and": a credit only when it has a
# credit word or a slash, or, after a dash, an agency's capitals ("— PCB", "— APP"; a quote's "— Ama Owusu" stays).
_TAIL_WORDS = 8
# A caption scraped without its punctuation still ends with its credit: "... Vasto and Melfi on May 8 2023 Photo by
# Jane Doe AFP Photo by JANE DOEAFP via Getty Images" (every word after "Photo by" capitalised but the joins).
_PHOTO_TAIL = re.compile(r"\s(?P<tail>(?:Photo|PHOTO|Picture|Image)s?\s+(?:by|BY|credit)\s[^.!?]{1,120})$")
_TAIL_JOINS = frozenset("via by and of".split())
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,6}(?:/\w+)?$")
# A credit line: how it opens (matched at the start only) ...
_CREDIT_OPENING = re.compile(
    r"^(photo|image|picture|video|graphic|illustration)s?(\s+(credit|by))?\s*[:\-\u2013\u2014]|"
    r"^(credit|source|copyright)\s*:|^(\u00a9|\(c\)|copyright\b)|"
    r"^(\(?(reporting|additional reporting|writing|editing|compiled)\s+by\b)|"
    # "Image source, Getty Images" (a page's caption credit); "(With inputs from PTI)"; "This article was first
    # published by ...", "This story was produced by ...": whose copy it is.
    r"^(photo|image|picture)s?\s+(source|credit)s?\s*,|^\(?\s*with\s+((additional\s+)?inputs?\s+from|agency\s+inputs|"
    r"agencies\b)|^this (article|story|report|piece|post) (was|is|has been|first|originally)\b.{0,60}\b(published|"
    r"appeared|produced|written|republished|syndicated)\b|"
    # "Our Standards: The Thomson Reuters Trust Principles.", "Our editorial standards: ...", "Our ethics policy":
    # the outlet pointing to its own rules (a wire's footer), never the story's.
    r"^our\s+(?:(?:editorial|journalistic|reporting)\s+)?(?:standards|ethics policy|code of ethics|corrections? policy)"
    r"\s*[:.\-\u2013\u2014]",
    re.IGNORECASE,
)
# ... or a phrase anywhere in it: "All rights reserved." at its end; whose copy a syndicated or wire story is:
# "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
# "This story has been published from a wire agency feed without modifications to the text", "This material may not
# be published, broadcast, rewritten or redistributed" (the agency's own line).
_CREDIT_PHRASE = re.compile(
    r"\bha(?:s|ve) not been edited by\b[^.]{0,60}\bstaff\b|\b(?:auto-?generated|published|taken|sourced|generated) (?:from|via|through) "
    r"(?:a|an|the) (?:syndicated|wire|news agency|agency)\b[\w ]{0,20}\bfeed\b|\bwithout modifications? to the text\b|"
    r"all rights reserved\.?$|\bmay not be (?:published|reproduced|copied),? broadcast,? rewritten\b",
    re.IGNORECASE,
)
# A piece each phrase of _CREDIT_PHRASE holds, as casefold() writes it: searching every paragraph for the phrases
# cost more than most other rules together, so only a paragraph holding one of these is searched. (No "i" among
# them: the pattern's case-folding also takes "ı" and "İ" for it, which casefold() keeps apart; "ſ" it folds to "s".)
_CREDIT_PHRASE_WORDS = ("reserved", "not been ", "feed", " to the text", "broadcast")
# ... and the whole line, one sentence: "Associated Press writer Jane Q. Doe in Kyiv contributed to this report."
# (a sentence ends in a word of two lower-case letters or more: "Monday. Jane"; not "Jane Q. Doe", "Mr. Roe").
_CONTRIBUTED_LINE = re.compile(_CONTRIBUTED)
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z\"]")
# An author's box: "Jane Doe can be reached at jane.doe@globe.com", "Email: jdoe@x.com", "Follow her on X": the
# outlet presenting its staff, never the story.
_SOCIAL = r"(?i:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok)\b"
_AUTHOR_BOX = re.compile(
    r"\b(?i:reached|contacted|emailed|written to)\s+(?:at|via|on)\s+\S+@\S+|^\W*(?i:e-?mail|contact)(?:\s+\w+)?\s*:\s*\S+@|"
    rf"\b(?i:follow (?:him|her|them) on) {_SOCIAL}|^\W*(?i:follow)\s+(?:[A-Z][\w.'\-]*\s+){{1,3}}on\s+{_SOCIAL}")
# A bio, in the present: "Jane Doe is a senior reporter for The Globe covering courts", or in the first person under
# "About the Author" ("I am a Broadcast Journalist and a Business reporter!"); not a story's sentence about a
# journalist ("... who was detained in March", "..., she said").
_BIO = re.compile(
    r"^(?:[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){1,3} is|I am|I'm) (?:an?|the|[\w.]+'s) (?:[\w\-']+\s){0,6}(?i:reporter|correspondent|"
    r"writer|journalist|columnist|editor|photographer|contributor|producer)(?:\s(?:for|at|with|on|in|covering|based|who|and)"
    r"\b|[.!]?$)")
# More of a journalist's own line at a story's foot (issue 15, ninth pass: each made its journalist a node of invented
# articles), led by the name and with no story's verb (``_STORY_VERB``): "Jane Doe covers energy for the Daily Star",
# "Jane Doe writes about trade", "Jane Doe reports on East Africa for X", "Jane Doe is Tarvex Radio's business
# editor", "(Jane Doe is a Daily Star correspondent based in Lamu.)", "Jane Doe and Tom Roe are reporters at X"; and
# lines about the author or the reporting: "About the author: ...", "The author, Jane Doe, is a ...", "This story
# was reported by ...", "With additional reporting from ...", "Email Jane Doe at jdoe@x.com".
_WRITER = r"\(?[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){1,3}"
_JOURNALIST_BIO = re.compile(
    rf"^{_WRITER}\s(?:covers\s.{{1,60}}\s(?:for|at)\s|writes\s(?:about|on|for)\s|reports\s(?:on|from)\s.{{1,60}}\sfor\s|"
    rf"is\s(?:[A-Z][\w.'\-]*\s){{1,3}}(?:['\u2019]s\s|)(?:[\w\-]+\s){{0,3}}(?i:reporter|correspondent|writer|journalist|"
    rf"columnist|editor|photographer)\b|is\san?\s(?:[\w\-']+\s){{0,6}}(?i:reporter|correspondent|writer|journalist|columnist|"
    rf"editor|photographer)\b)|^{_WRITER}\sand\s{_WRITER}\sare\s(?:[\w\-]+\s){{0,3}}(?i:reporters|correspondents|writers|"
    rf"journalists|editors|photographers)\b")
_BIO_LONGEST = 160  # a foot's line: a review's paragraph on what an author "writes about" is longer
_JOURNALIST_CREDIT = re.compile(
    r"^(?:about\s+the\s+(?:authors?|writers?)\b|the\s+(?:authors?|writers?)(?:,\s[A-Z][^,]{1,40},)?\s(?:is|are)\s(?:an?|the)\s|"
    r"(?:this\s+)?(?:story|article|report)\s+(?:was\s+)?(?:reported|written|produced)\s+by\s+[A-Z]|"
    r"with\s+(?:additional\s+)?reporting\s+(?:from|by)\s+[A-Z]|(?:e-?mail|contact|reach|write\s+to)\s+.{1,60}?\S+@\S+\.\w)",
    re.IGNORECASE)
_STORY_VERB = re.compile(r"\b(?:was|were|had|has been|said|says|told)\b")
_TAG_LINE = re.compile(r"^(tags?|topics?|filed under|categories|keywords)\s*[-\u2013\u2014:]\s*\S", re.IGNORECASE)
_PROMO = re.compile(
    r"^\W*(also read|read more|read also|read next|more from|more on this( story)?|related( articles?| stories| "
    r"coverage| content)?|recommended( for you)?|see also|sign up|subscribe|advertisement|sponsored( content)?|"
    r"follow us|click here|continue reading|story continues( below)?( advertisement)?|skip (to|past) [\w ]+|"
    r"share (this|on)( \w+)?|most (read|popular|viewed)|trending( now)?|don'?t miss|you (may|might) also like|"
    r"listen to this article|watch( now| live)?|download (the|our) app)\s*([:\-\u2013\u2014>\u00bb|]|$)",
    re.IGNORECASE,
)
# "Advertisement Shopping: best deals", "Advertisement - scroll to continue": an ad slot's label and its text.
_AD = re.compile(r"^(?i:advertisement|sponsored|promoted|paid (?:post|content))\b(?!\s+[a-z])")
# "Sign up for our daily newsletter", "Get the Brussels Playbook newsletter in your inbox".
_SIGN_UP = re.compile(
    r"^\W*(sign up|subscribe|get|receive|join|register|enter your e-?mail)\b.{0,150}"
    r"\b(newsletters?|inbox|e-?mail alerts?|briefing)\b", re.IGNORECASE)
# The outlet speaking to its reader: "For the latest headlines, follow our Google News channel", "Follow us
# on X", "Join our WhatsApp channel", "Support independent journalism"; and a short line about its paywall
# ("We Hate Paywalls Too!"). A story reports what others say; it never asks its reader to follow "our" page.
_APPEAL = re.compile(
    r"\b(?:follow us\b|(?:follow|join|subscribe to|like) our\b[\w ]{0,40}\b(?:channel|page|feed|account|"
    r"newsletter)s?\b|support (?:our|independent|quality) journalism\b)", re.IGNORECASE)
# The outlet's call to action: "Get exclusive pro wrestling content on Fightful Select, our premium news service!
# Click here to learn more." (dev9): "click here" and the outlet's "our" in one short paragraph.
# The outlet's own note to its reader, which names the outlet, its pages and platforms (issue 15, ninth pass: each
# made nodes of invented articles: "Nation Africa", "Google News", "Live Mint", "The Conversation"): whose copy it
# republishes, a disclaimer, where to read more, download its app, follow or support it; and a reporter who
# "contributed to this report from Lamu" (the order ``_CONTRIBUTED`` does not take).
_OUTLET_NOTE = re.compile(
    r"^(?:republished|reprinted|reproduced)\s+(?:with|by|under|from)\b|^disclaimer\s*:|"
    r"\bviews\s+expressed\b.{0,80}\b(?:authors?|writers?|contributors?)(?:'s?)?\b|"
    r"^download\s+(?:the|our)\b.{0,40}\bapps?\b|^for\s+(?:more|the\s+latest)\s+(?:news|updates|stories)\b.{0,60}\b(?:visit|follow|"
    r"download|subscribe|go\s+to|log\s+on)\b|^read\s+the\s+(?:full|whole|original|complete)\s+(?:story|article|report|interview)\b|"
    r"^join\s+the\s+conversation\b|^stay\s+(?:up\s+to\s+date|updated|informed|connected)\s+with\b|^(?:tap|click)\s+here\b|"
    r"^support\s+.{1,60}\bby\s+(?:becoming|subscribing|donating|joining)\b|^catch\s+all\s+the\b.{0,120}\bon\b|"
    r"\bcontributed\s+(?:reporting\s+)?(?:to|for)\s+this\s+(?:report|story|article)\s+from\s+[A-Z][\w\-]*(?:,?\s[A-Z][\w\-]*){0,3}\.?$",
    re.IGNORECASE)
_CALL_TO_ACTION = re.compile(r"\bclick here (?:to|for)\b|\bclick here[.!]?$", re.IGNORECASE)
_OUR = re.compile(r"\bour\b", re.IGNORECASE)
_PAYWALL_LINE = re.compile(r"\bpaywalls?\b", re.IGNORECASE)
_PAYWALL_LINE_LONGEST = 60
# A word of a byline's name: "Jane", "Q", "Q.", "O'Neill", "JANE".
_NAME = r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}"
# "By Jane Doe and John Smith", "By Jane Q Doe, Reuters", "Written by JANE DOE in Kyiv | March 3, 2025".
_BYLINE = re.compile(
    rf"^(?i:(?:written |story |words |text |reporting |posted |published |edited |compiled |photos? |video )?by)"
    rf"\s+{_NAME}((,\s*|\s+(?:and|&)\s+){_NAME})*"
    rf"(\s+in\s+{_NAME})?(\s*[,|\-\u2013\u2014]\s*{_NAME})?"
    rf"(\s*[,|\-\u2013\u2014]\s*(?i:(?:published|updated)\s*)?{_DAY_MONTH}.{{0,30}})?\.?$"
)
# "— Emmanuel Macron (@EmmanuelMacron) March 3, 2025": the signature of an embedded post; its picture link.
_TWEET = re.compile(r"^[\u2014\u2013-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)|\bpic\.twitter\.com/|"
                    r"\b(?:twitter|x)\.com/\w+/status/")
# "MarketsPREMIUM", "WorldExclusive": a paywall or section label glued to a link's text.
_PAYWALL = re.compile(r"[a-z](?:PREMIUM|Premium|EXCLUSIVE|SUBSCRIBER|Subscriber only|PAID|PLUS)\b")
# "Home > World > Europe", "News / World / Africa": a breadcrumb trail.
_BREADCRUMB = re.compile(r"^[\w'&.\- ]{1,30}(?:\s+(?:>|\u00bb|\u203a|/|\|)\s+[\w'&.\- ]{1,30}){1,6}$")
# A trail from the home page is one whatever its parts and last character ("HOME | Short Court Reports.").
_HOME_TRAIL = re.compile(r"^home(?:\s*(?:>|\u00bb|\u203a|/|\|)\s*[^|>\u00bb\u203a/]{1,60}){1,6}$", re.IGNORECASE)
# Words a Title Case headline leaves in lower case.
_MINOR_WORDS = frozenset("""
a an the and or nor but of in on at to for from by with as into onto over under upon via vs v per than
is are be was were s
""".split())
_TITLE_CASE_WORDS = 14
# What stands around a title's word (quotes, brackets, punctuation) and its possessive ending.
_WORD_EDGES = "\"'([{-\u2013\u2014:;,.?!"
_POSSESSIVE_END = re.compile(r"'s$")
# A title's last part after a bar or a spaced dash, when it is the page's: an outlet or section ("| World",
# "- The Irish Times"); after a dash, only a short name with every word capitalised, as a story's words are not.
_TITLE_TAIL = re.compile(r"\s+(?:(?P<bar>\|)|[\u2014\u2013-])\s+(?P<tail>(?(bar)[^|]{1,80}|(?:\S+\s?){1,5}))$")
# A wire desk's slug before a title: "BRIEF-Novo Nordisk: ...", "UPDATE 2-Oil falls ...", "EXCLUSIVE-...".
_TITLE_SLUG = re.compile(r"^[A-Z]{4,}(?:\s\d{1,2})?-(?=[A-Z\"'])")
# Words of the shortest and longest title read as a headline: fewer are a label ("Home", "World News").
_HEADLINE_WORDS = (3, 30)
# "Dane Coles (Wellington/Hurricanes, 49)", "Ricardo Goss (SuperSport United), Veli Mothwa (AmaZulu)": names, each
# with its club, party or country in brackets: a squad or line-up, which is content, not a headline. The last
# bracket may be cut off with the text ("Grant Kekana (Mamelodi Sun").
_LISTED = r"\(?[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){1,3}\s+\([^()]{1,60}(?:\)|$)"
# The line may open with its role's label: "Goalkeepers: Stanley Nwabili (Chippa United), Olorunleke Ojo (Enyimba)".
_LIST_LABEL = r"(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,2}:\s+)?"
_LIST_LINE = re.compile(rf"^{_LIST_LABEL}{_LISTED}(?:\s*[,;]\s*{_LISTED})*[,;]?$")
# An entry of a live blog is headed by what happened and when: "Hornets trade Mason Plumlee to Clippers — 2:45
# p.m.", "10:05 GMT: Talks resume in Geneva". The clock (with a.m./p.m. or a time zone, not a video's "01:06")
# dates the line within the story: it is the story's own news, whatever its case.
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,4}\b)?|[A-Z]{2,4}\b)"
# A row of a market table or list: a name, then its figures: "- Tech Mahindra: 3.13 per cent", "• Brent crude: $78.20
# (-1.3%)", "Acme Systems 412.5p +2.1%". The name is the story's (which companies rose) though the line is short and
# ends no sentence. One figure at least carries a unit, a currency or a sign, as a price or a change does (not a
# year, a score or a shirt number); a row of figures only ("8,433.76", "+52.41 (+0.63%)") has no name to keep.
_CURRENCY = r"(?:[$\u00a3\u20ac\u00a5\u20b9]|Rs\.?\s?|US\$)"
_UNIT = r"(?:\s?%|p\b|\s(?i:per\s?cent|percent|points?|pts|bps|basis\s+points)\b)"
_ROW_FIGURE = rf"\(?[+\-\u2212]?{_CURRENCY}?\d[\d,]*(?:\.\d+)?{_UNIT}?\)?"
_FIGURE_ROW = re.compile(
    r"^(?:[-*\u2022\u2013\u2014\u00b7]\s*)?(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:[A-Z&][\w&.'\-]*|of|and|de)){0,4})"
    rf"\s*[:\u2013\u2014-]?\s+(?P<figures>{_ROW_FIGURE}(?:\s+{_ROW_FIGURE}){{0,3}})$")
_FIGURE_ROW_LONGEST = 120
_MARKED_FIGURE = re.compile(rf"(?:^|\s)\(?[+\-\u2212]|{_CURRENCY}|\d{_UNIT}")
_LIVE_ENTRY = re.compile(rf"\S\s+[\u2014\u2013-]\s*{_CLOCK}$|^{_CLOCK}\s*[\u2014\u2013:|-]?\s+[\"'A-Z]")
# A bracket that credits a photo or names an outlet or handle makes a byline or caption, not a list:
# "Jane Doe (Reuters)", "Jane Doe (@janedoe)".
_NOT_LISTED = re.compile(r"@|\.(?:com|org|net|ph|ng|za)\b|\b(?:" + _CREDIT_WORD + r")\b", re.IGNORECASE)
# A line of at most this many words that does not end a sentence is no story paragraph,
# unless it shows signs of one that headlines do not have.
_UNFINISHED_WORDS = 16
_DATA_NUMBERS = 2  # numbers in a line that make it a row of data
_SENTENCE_SIGNS = re.compile(r'^"|, (?:which|who|whose|where) |\b(?:said|told)\b')
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,2}|\b_{1,2})(?=\S)([^*_\n]+?)(?<=\S)\1")
# Abbreviations that end with a full stop without ending the sentence: "U.S.", "Jan.", "Mr.".
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Rev|Prof|Jr|Sr|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc)\.)$"
)
_ABBREVIATION_CHARS = string.ascii_letters + "."


# A date with its year: "March 3, 2025", "3 March 2025", "2025-03-03", "03/03/2025".
_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
                   r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\b", re.IGNORECASE)
# "{{ad}}", "{related-1}", "{embed:video}": a template tag a scraper left in the text.
_TEMPLATE = re.compile(r"\{\{?\s*[A-Za-z_][\w.:\-]{0,40}(?:\s+[\w.:=\-\"']{1,40}){0,4}\s*\}\}?")


def normalise(text: str) -> str:
    """Unicode NFC, straight quotes, no control characters, character references, template tags or
    Markdown emphasis and links, one kind of line end and space."""
    text = markup.unescape(text)  # before the quotes and spaces: "&#8217;", "&nbsp;"
    if "{" in text:
        text = _TEMPLATE.sub("", text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # One replace per quote that occurs: far faster than str.translate on non-ASCII text.
    for typographic, plain in _QUOTES:
        if typographic in text:
            text = text.replace(typographic, plain)
    text = _CONTROL.sub("", text)
    # Markdown is rare in feeds: its patterns (slow to scan for) run only where its characters are.
    if "[" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\2", text)
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n"))


def paragraphs(text: str, *, width: int | None = None) -> list[str]:
    """Join hard-wrapped lines of normalised text back into paragraphs.

    A wrapped line ends early only when the next word would not fit, so a line
    that had room for the next line's first word ended its paragraph on purpose.
    A line that ends a sentence outside a quotation and was full anyway is
    ambiguous; it is read as a paragraph end, because news paragraphs are short
    and a false break costs nothing while a missed one can hide an article start.
    A photo caption ends with its credit. Text that is not hard-wrapped keeps
    one paragraph per line, except that a line broken mid-sentence (the next
    starts in lower case) goes on.

    ``width`` is the column the text is wrapped at (0: not wrapped), when it is
    one section of a larger text; by default it is found from ``text`` (wrap_width).
    """
    lines = text.split("\n")
    if width is None:
        width = wrap_width(Counter(len(line) for line in lines if line))
    result: list[str] = []
    current: list[str] = []
    quotes = 0  # quotation marks in ``current``, kept as lines come rather than counted again
    for line, following in zip(lines, [*lines[1:], ""]):
        if line:
            current.append(line)
            quotes += line.count('"')
        if not line or not following or _ends_paragraph(current, following, width, quoting=quotes % 2 == 1):
            _flush(current, result)
            quotes = 0
    _flush(current, result)
    return result


def ends_sentence(text: str) -> bool:
    """Does ``text`` end with a full stop, question or exclamation mark (not "U.S.")?"""
    text = text.rstrip("\"')]")
    # An abbreviation is letters and dots: look for one only in the run of them that ends the text.
    return text.endswith(("?", "!")) or (
        text.endswith(".") and not _ABBREVIATION.search(text, len(text.rstrip(_ABBREVIATION_CHARS))))


def is_tag_line(paragraph: str) -> bool:
    """'Tag - Drones': the end of an article in feed exports."""
    return bool(_TAG_LINE.match(paragraph)) and len(paragraph) < 160


def is_heading(paragraph: str) -> bool:
    """A Markdown heading, or a subhead such as "WHAT HAPPENS IF RUSSIA ACTUALLY ATTACKS?"."""
    if _MARKDOWN_HEADING.match(paragraph):
        return True
    if len(paragraph) >= 120:
        return False
    letters = [c for c in paragraph if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def is_title_case(paragraph: str) -> bool:
    """A headline or subhead in Title Case: "What Comes Next for Europe", "World News".

    Short, not ending a sentence with a full stop, and every word capitalised but the small ones.
    """
    words = paragraph.split()
    if not 2 <= len(words) <= _TITLE_CASE_WORDS or paragraph.endswith((",", ";", ":")):
        return False
    if ends_sentence(paragraph) and not paragraph.rstrip("\"')").endswith("?"):  # a headline may ask
        return False
    return _capitalised(words) and not _is_content(paragraph)


def _capitalised(words: list[str], *, least: int = 2) -> bool:
    """Every word capitalised but the small ones, and at least ``least``: "What Comes Next for Europe"."""
    capitalised = 0
    for word in words:
        bare = word.strip("\"'([{-\u2013\u2014:;,.?!")
        if not bare or not bare[0].isalpha():
            continue
        if bare[0].isupper():
            capitalised += 1
        elif bare.lower() not in _MINOR_WORDS:
            return False
    return capitalised >= least


def is_live_entry(paragraph: str) -> bool:
    """The heading of a live blog's entry, with its time: "Payton Pritchard stays put — 3:20 p.m."."""
    return any(c.isdigit() for c in paragraph) and bool(_LIVE_ENTRY.search(paragraph))


def is_list_line(paragraph: str) -> bool:
    """A line-up, not a headline: "Nyiko Mobbie (Sekhukhune United)", "Siyabonga Ngezana (FCSB, Romania)"."""
    return "(" in paragraph and bool(_LIST_LINE.match(paragraph)) and not _NOT_LISTED.search(paragraph)


def figure_row(paragraph: str) -> str:
    """A market table's row as the recogniser reads a name: "- Tech Mahindra: 3.13 per cent" -> "Tech Mahindra (3.13
    per cent)" (with its bullet and colon, the small model finds no name in it); '' when the line is no such row."""
    row = _FIGURE_ROW.match(paragraph) if len(paragraph) <= _FIGURE_ROW_LONGEST and any(
        c.isdigit() for c in paragraph) else None
    if row is None or not _MARKED_FIGURE.search(row["figures"]):
        return ""
    return f"{row['name']} ({row['figures']})"


# The row as ``figure_row`` writes it: "Tech Mahindra (3.13 per cent)".
_WRITTEN_ROW = re.compile(
    r"^(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:[A-Z&][\w&.'\-]*|of|and|de)){0,4})"
    rf" \((?P<figures>{_ROW_FIGURE}(?:\s+{_ROW_FIGURE}){{0,3}})\)$")


def row_name(sentence: str) -> str:
    """The name of a market table's row as ``figure_row`` wrote it ("Tech Mahindra (3.13 per cent)" -> "Tech
    Mahindra"); '' for any other sentence."""
    row = _WRITTEN_ROW.match(sentence) if len(sentence) <= _FIGURE_ROW_LONGEST + 3 and sentence.endswith(")") else None
    return row["name"] if row and _MARKED_FIGURE.search(row["figures"]) else ""


def _is_content(paragraph: str) -> bool:
    """A short line the headline rules would take that is the story's own: a line-up, a live entry's heading, a
    market table's row, a factbox's role and its holder."""
    return is_list_line(paragraph) or is_live_entry(paragraph) or bool(figure_row(paragraph)) \
        or bool(_ROLE_LINE.match(paragraph)) or is_line_up(paragraph)


# A line-up written as names alone: six or more, each of one to four capitalised words (maybe with "(capt)"), parted
# by commas and semicolons: "Onana; Dalot, Casemiro, Evans, Wan-Bissaka; Amrabat, McTominay, Mainoo; …", "Subs:
# Bayindir, Amass, Kambwala, Ogunneye, Collyer" (issue 15, dev11: both lines dropped as title-case headlines).
_LINE_UP_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}(?:\s+\([\w.]{1,5}\))?"
_LINE_UP_LINE = re.compile(rf"^(?P<label>[A-Z][\w\-]*(?:\s+[\w\-]+){{0,2}}:\s+)?{_LINE_UP_NAME}"
                           rf"(?:\s*[,;]\s*{_LINE_UP_NAME}){{5,}}\.?$")
# The labels of a line-up's lines of names: the bench, the replacements.
_LINE_UP_LABEL = re.compile(r"^(?:Subs|Substitutes|Replacements|Reserves|Bench|Starting XI|Starting line-up):",
                            re.IGNORECASE)


def is_line_up(paragraph: str) -> bool:
    """A line of a team's line-up, names alone: semicolons part its lines of players ("Onana; Dalot, Casemiro, …"),
    or a bench's label opens it ("Subs: Bayindir, Amass, …"); not a menu's or a tag list's words ("Politics,
    Business, Sport, …": no semicolon, no such label)."""
    return (";" in paragraph or bool(_LINE_UP_LABEL.match(paragraph))) and bool(_LINE_UP_LINE.match(paragraph))


def headline(title: str, text: str = "") -> str:
    """The words of an article's title that recognition reads as a sentence beside its text, or ''.

    A page's title ends with its outlet or section after a bar or a spaced dash ("... | Mail & Guardian",
    "... - BBC News"), and a wire story's may open with the desk's slug ("BRIEF-", "UPDATE 2-"): both are cut. A
    title in Title Case is put in sentence case by its article's ``text`` (``_recased``); one in capitals, or in
    Title Case with no text to tell names from words by, gives '' (the recogniser cannot tell them apart there),
    and so does a title too short or too long to be a headline (a label, a whole text given as the title).
    """
    line = _TITLE_SLUG.sub("", " ".join(normalise(title).split()))
    while (tail := _TITLE_TAIL.search(line)) and (tail["bar"] or _capitalised(tail["tail"].split(), least=1)):
        line = line[:tail.start()]
    words = line.split()
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or is_heading(line):
        return ""
    if text and _capitalised(words):
        words = _recased(words, text, keep=_country_words(line))
    return "" if _capitalised(words) else " ".join(words)


@cache
def _country_names() -> tuple[str, ...]:
    """Every country's short and common English name ("Trinidad and Tobago", "Bahamas", "Bolivia")."""
    found = {name for country in pycountry.countries
             for name in (country.name, getattr(country, "common_name", None)) if name and "," not in name}
    return tuple(sorted(found))


def _country_words(line: str) -> frozenset[str]:
    """The words of the countries a title names ("Around the Region : Trinidad and Tobago, Jamaica, Bahamas"):
    a country's name is capitalised in any case, so ``_recased`` keeps them though the text never writes them."""
    return frozenset(word for name in _country_names() if name in line and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line)
                     for word in name.split())


def _recased(words: list[str], text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """A Title Case title in sentence case: "Steph Curry Drops 32, Leads Warriors" -> "Steph Curry drops 32, leads
    Warriors" (issue 15: its names were lost, or read with the verbs glued on, "Police Federation Confirms").

    A plain capitalised word after the first stays capitalised only where the article's text writes it so after a
    lower-case letter or a comma (inside a sentence, where only names are capitalised), and a title or role only
    before a word that stays capitalised ("Prince Harry", not "Georgia Sheriff charged"); acronyms and words with
    inner capitals ("FTC", "DirecTV") stay as they are. One search of the text per word of the title.
    """
    recased: list[str] = []
    for index in range(len(words) - 1, 0, -1):  # from the end: a title's case depends on the word after it
        word = words[index]
        bare = _POSSESSIVE_END.sub("", word.strip(_WORD_EDGES))
        if len(bare) > 1 and bare[0].isupper() and bare[1:].islower() and not word.endswith(".") and bare not in keep \
                and (
                not re.search(rf"[a-z,;)&] {re.escape(bare)}\b", text)
                or bare.casefold() in TITLES and not (recased and recased[-1][:1].isupper() and word == bare)):
            word = word.replace(bare, bare.lower(), 1)
        recased.append(word)
    return [words[0], *reversed(recased)]


def is_timestamp(paragraph: str) -> bool:
    """A line that only dates the article: "Published January 7, 2026 4:00 am CET"."""
    return len(paragraph) < 100 and bool(_TIMESTAMP.match(paragraph))


def _dated_abroad(paragraph: str) -> bool:
    """A line that only dates the page in another language (``_DATE_ABROAD``): a weekday or a year is written, and
    nothing after the date but numbers and short words."""
    found = _DATE_ABROAD.match(paragraph)
    return found is not None and bool(found["weekday"] or found["year"]) and _SHORT_WORDS_ONLY.match(found["rest"]) is not None


def is_unfinished(paragraph: str) -> bool:
    """A short line that is no sentence: a headline of another story, a label, a menu item ("Go to video").

    Story paragraphs end with a full stop, a question or exclamation mark, or lead into what follows
    (a colon, a quotation). A story sentence cut off (a feed's excerpt) is kept when it shows itself
    as one: an opened quotation, a relative clause, a reporting verb in the past, an ellipsis; and so
    is a row of data (a table's, a box score's: "BJP 109 165 41"), which headlines seldom are.
    """
    words = paragraph.split()
    return (len(words) <= _UNFINISHED_WORDS and not ends_sentence(paragraph)
            and not paragraph.endswith((":", '"', "'", ")", ",", "...", "\u2026"))
            and not _SENTENCE_SIGNS.search(paragraph)
            and sum(any(c.isdigit() for c in word) for word in _undated(paragraph).split()) < _DATA_NUMBERS
            and not ("/" in paragraph and ends_sentence(_AGENCY_CREDIT.sub("", paragraph)))  # a caption, credited
            and not _is_content(paragraph))


def _undated(paragraph: str) -> str:
    """The line without its dates: "Posted by Jane Doe on March 3, 2025" dates a byline, it is no row of data
    (issue 15: such lines were kept and their names became nodes)."""
    return _DATE.sub(" ", paragraph) if any(c.isdigit() for c in paragraph) else paragraph


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of boilerplate line: its name, its test, and how long a line it can take at most."""

    name: str
    test: Callable[[str], bool]
    longest: int = 1 << 62  # in characters: a longer paragraph is not even tested (most prose is)

    def __call__(self, paragraph: str) -> bool:
        return len(paragraph) <= self.longest and self.test(paragraph)


def _is_embedded_post(paragraph: str) -> bool:
    # Scanning for the links costs more than all other rules together: only lines with a handle or a link are.
    return ("(@" in paragraph or ".com/" in paragraph) and bool(_TWEET.search(paragraph))


def _is_credit_line(paragraph: str) -> bool:
    if _CREDIT_OPENING.match(paragraph):
        return True
    folded = paragraph.casefold()
    return any(piece in folded for piece in _CREDIT_PHRASE_WORDS) and bool(_CREDIT_PHRASE.search(paragraph))


def _is_author_box(paragraph: str) -> bool:
    # Every form of _AUTHOR_BOX holds an address's "@" or "follow" (in any case: no letter of it folds otherwise).
    return ("@" in paragraph or "follow" in paragraph.lower()) and bool(_AUTHOR_BOX.search(paragraph))


def _finds(pattern: re.Pattern) -> Callable[[str], bool]:
    return lambda paragraph: bool(pattern.search(paragraph))


# Each kind of boilerplate line, by name (docs/input.md): a paragraph any of them takes is dropped.
BOILERPLATE_RULES: tuple[Rule, ...] = (
    Rule("caption", lambda paragraph: _is_caption(paragraph)),  # defined below, beside the wrapping it also serves
    Rule("credit", lambda paragraph: _is_credit_line(paragraph) or bool(
        _CONTRIBUTED_LINE.search(paragraph)) and not _SENTENCE_BREAK.search(paragraph), 250),
    Rule("author box", lambda paragraph: _is_author_box(paragraph) or bool(_BIO.search(paragraph))
         and not _STORY_VERB.search(paragraph), 300),
    Rule("journalist's note", lambda paragraph: bool(_JOURNALIST_CREDIT.match(paragraph)) or len(paragraph) <= _BIO_LONGEST
         and bool(_JOURNALIST_BIO.match(paragraph)) and not _STORY_VERB.search(paragraph), 300),
    Rule("tag line", is_tag_line, 160),
    Rule("byline", _finds(_BYLINE), 300),
    Rule("timestamp", is_timestamp, 100),
    Rule("date in another language", lambda paragraph: _dated_abroad(paragraph), 100),
    Rule("loading widget", _finds(_LOADING), 80),
    Rule("promo", _finds(_PROMO), 200),
    Rule("advertisement", _finds(_AD), 200),
    Rule("newsletter sign-up", _finds(_SIGN_UP), 250),
    Rule("embedded post", _is_embedded_post, 300),
    Rule("paywall label", _finds(_PAYWALL), 200),
    Rule("reader appeal", lambda paragraph: bool(_APPEAL.search(paragraph)) or (
        len(paragraph) <= _PAYWALL_LINE_LONGEST and bool(_PAYWALL_LINE.search(paragraph))), 200),
    Rule("outlet's note", _finds(_OUTLET_NOTE), 300),
    Rule("call to action", lambda paragraph: bool(_CALL_TO_ACTION.search(paragraph) and _OUR.search(paragraph)), 250),
    Rule("breadcrumb", lambda paragraph: bool(_BREADCRUMB.match(paragraph)) and not ends_sentence(paragraph)
         or bool(_HOME_TRAIL.match(paragraph)), 250),
    Rule("cookie notice", _finds(_COOKIE_NOTICE), 400),
    Rule("doubled caption", lambda paragraph: _is_doubled(paragraph), 300),
    Rule("capitals subhead", is_heading),  # a Markdown heading may be long
    Rule("title case headline", is_title_case, 300),  # 14 words
    Rule("headline or label", is_unfinished, 400),  # 16 words
)
# The rules a headline falls under: a line they take may still be an article's title.
HEADLINE_RULES = ("title case headline", "headline or label")


def boilerplate_rule(paragraph: str) -> str | None:
    """The name of the first rule that takes ``paragraph`` for boilerplate, else None."""
    return next((rule.name for rule in BOILERPLATE_RULES if rule(paragraph)), None)


def is_boilerplate(paragraph: str) -> bool:
    """A caption, credit, tag line, byline, promo, subhead...: not reported prose (BOILERPLATE_RULES)."""
    return boilerplate_rule(paragraph) is not None


# The kinds of dropped line that may still name the story's actors: a photo's caption, a headline, a list of
# headlines, a wire's dateline line ("(Reuters) - Facebook Inc"). Credits, bylines, author boxes, promos and the
# like name the people who made or sell the page: never read (docs/entities.md section 41).
_NAMING_RULES = ("caption", "doubled caption", "capitals subhead", "title case headline", "headline or label")


def naming_text(paragraph: str, rule: str | None) -> str:
    """What of a line dropped under ``rule`` may name the story's actors: the line with its credits cut (a
    caption's "| Photo by ..." too); '' for a line of any other kind (a credit, a byline, a promo ...)."""
    if rule not in _NAMING_RULES:
        return ""
    if rule == "caption" and (caption := _CAPTION.search(paragraph)):
        paragraph = paragraph[:caption.start()]
    return strip_credits(paragraph)


def url_words(url: str) -> str:
    """The words of a page address's slug, capitalised, as a line of text: "https://nation.africa/kenya/business/
    blocked-ruto-never-ending-losing-streak-in-court-4696626" -> "Blocked Ruto Never Ending Losing Streak In Court";
    '' without a slug of two words or more. The slug names the story's actors as its headline does (a surname
    the text writes only in full), so it is read as a dropped line (docs/entities.md section 41)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    segments = [segment.rsplit(".", 1)[0] if "." in segment else segment for segment in path.split("/")[3:]]
    slug = max(segments, key=lambda segment: segment.count("-") + segment.count("_"), default="")
    words = [word for word in re.split(r"[-_]+", slug) if word.isalpha()]
    return " ".join(word[:1].upper() + word[1:] for word in words) if len(words) >= 2 else ""


def strip_credits(paragraph: str) -> str:
    """Remove credits set inside prose: "... Kyiv. (AP Photo/Efrem Lukatsky)", "... 2023. REUTERS/Ton Molina",
    "... in Lahore. — PCB", "... in 2017. (Reporting by Jane Doe)"; and a caption's label in capitals that opens
    it: "(COMBO) This combination of pictures ...", "(FILES) This file photo ..."."""
    if paragraph.startswith("("):
        paragraph = _CAPTION_LABEL.sub("", paragraph)
    if "/" in paragraph:
        paragraph = _AGENCY_CREDIT.sub("", paragraph)
    if "(" in paragraph:
        paragraph = _INLINE_CREDIT.sub("", paragraph)
    tail = _TAIL.search(paragraph, max(0, len(paragraph) - 110))
    if tail and _is_credit_tail(tail["tail"]):
        paragraph = paragraph[:tail.start()]
    elif (photo := _PHOTO_TAIL.search(paragraph, max(0, len(paragraph) - 130))) and all(
            word[0].isupper() or word in _TAIL_JOINS for word in photo["tail"].split()):
        paragraph = paragraph[:photo.start()]
    return paragraph.strip()


def without_numbering(paragraph: str) -> str:
    """A list run into one line without its item numbers: "(1) Ahmed Shehzad, (2) Asad Shafiq, (3) Azhar Ali" ->
    "Ahmed Shehzad, Asad Shafiq, Azhar Ali" (the recogniser misses names after a number and splits sentences at
    them); three numbers or more, each one more than the one before, at the line's start or after a comma,
    semicolon or colon."""
    if "(" not in paragraph:
        return paragraph
    numbers = _ITEM_NUMBER.findall(paragraph)
    if len(numbers) < _NUMBERED_ITEMS or any(int(b) != int(a) + 1 for a, b in zip(numbers, numbers[1:])):
        return paragraph
    return _ITEM_NUMBER.sub("", paragraph)


def without_feature_label(paragraph: str) -> str:
    """A line without the label in capitals of a recurring feature that opens it: "QUOTE OF THE DAY: "He ..."",
    "PLAYER OF THE MATCH: Jane Doe ..." (issue 15, section 42: the
    outlet's rubric, whose first word the recogniser tags an organisation). The line's own words stay."""
    return _FEATURE_LABEL.sub("", paragraph, count=1) if paragraph[:1].isupper() else paragraph


def without_glued_number(paragraph: str) -> str:
    """A list item without the number glued to its first word: "1.Ethan de Groot (8)" -> "Ethan de Groot (8)"."""
    return _GLUED_NUMBER.sub("", paragraph) if paragraph[:1].isdigit() else paragraph


def _is_doubled(paragraph: str) -> bool:
    """The same text twice, run together: "Luiz Fux - ministrosLuiz Fux - ministros" (a picture's alt text and
    title, issue 15, dev7): page furniture, never a sentence; it glues a name onto the word before it."""
    half, odd = divmod(len(paragraph), 2)
    return not odd and half >= _DOUBLED_SHORTEST and paragraph[:half] == paragraph[half:]


def _is_credit_tail(tail: str) -> bool:
    """Is what follows a paragraph's last sentence a credit ("— PCB", "AFP via Getty Images", "Photo: Jane Doe")?"""
    if _TAIL_CREDIT.search(tail) or _COURTESY_TAIL.match(tail):
        return True
    dash = _TAIL_DASH.match(tail)
    words = tail[dash.end() if dash else 0:].rstrip(".").split()
    if not 0 < len(words) <= _TAIL_WORDS or not all(w[0].isupper() or w in _TAIL_JOINS for w in words):
        return False
    return "/" in tail or any(_CREDIT.search(w) for w in words if w not in _TAIL_JOINS) or bool(
        dash and all(_ACRONYM_WORD.match(w) for w in words))


def _ends_paragraph(current: list[str], following: str, width: int, *, quoting: bool) -> bool:
    line = current[-1]
    if not width:  # lines are paragraphs, unless one was broken mid-sentence
        return ends_sentence(line) or not following[0].islower()
    if _is_caption(line):
        return not _CREDIT_GOES_ON.match(following)
    if len(line) + 1 + len(following.split(maxsplit=1)[0]) <= width:
        return True
    return ends_sentence(line) and not quoting


def _is_caption(text: str) -> bool:
    """Does ``text`` end with "| Pool photo by Jason Alden/EPA", a caption's credit?"""
    caption = _CAPTION.search(text) if "|" in text else None
    return bool(caption and _CREDIT.search(caption["credit"]))


def _flush(current: list[str], result: list[str]) -> None:
    """Join the lines gathered in ``current`` into one paragraph on ``result``, and empty ``current``."""
    if current:
        parts = [current[0]]
        end = current[0][-2:]  # the last two characters joined so far
        for line in current[1:]:
            # "medically-" + "deployable": a word broken at its hyphen stays one word.
            gap = "" if end.endswith("-") and end[:-1].isalpha() else " "
            parts += (gap, line)
            end = (end + gap + line)[-2:]
        result.append("".join(parts))
        current.clear()


def wrap_width(lengths: Counter[int]) -> int:
    """The column text was wrapped at, or 0 when its lines are whole paragraphs; from the count of
    its non-empty lines by length, so that a text read in sections is measured as one."""
    lines = lengths.total()
    if lines < 5:
        return 0
    width = max(lengths)
    if width > 200:
        return 0
    near_edge = sum(count for length, count in lengths.items() if length >= width - 15)
    return width if near_edge >= 0.5 * lines else 0