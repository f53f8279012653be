"""What one entity did to another, read off a sentence's dependency parse.

For two mentions of one sentence, the predicate linking them is the verb
they are both arguments of ("Hamas attacked Israel": attack, Hamas -> Israel),
with its particle, negation and the preposition that takes the object ("pull
out of", "not allow", "negotiate with"); a passive is turned around ("X was
fouled by Y": foul, Y -> X). Two further shapes count: a speaker and the
subject of what is said ("X said Y agreed": say, X -> Y), and a verb in the
clause of another ("X suggested he will retain Y", "X promised to invest in
Y", "X, who nominated Y", "Y, backed by X", "after speaking with Y, X"), a
light verb with its noun ("X held talks with Y", "X imposed sanctions on Y"), a
subject raised by a passive or an adjective ("X is expected to meet Y", "X is
likely to meet Y"), a name in apposition to an argument ("X thanked his ally,
Y") and a source ("according to X, Y ...": say). Lists,
appositions, possessives and nested noun phrases give no predicate rather than
a wrong one; co-subjects ("X and Y signed", "X and Y are trying to reach a
deal") are linked only by a joint action, both ways. docs/relations.md
describes the rules and their measured precision.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..contract import relation_nouns
from ..types import Mention, Relation

__all__ = ["relations", "RELATION_LABELS", "RULES"]

# The version of the rules below, part of the extraction cache's fingerprint (recognise.fingerprint): a
# cache filled by other rules is not reused. Raise it with any change to what the rules read.
RULES = 2

# Labels of the mentions worth linking by a verb (countries named by a demonym are left out).
RELATION_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SUBJECT = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
_OBJECT = frozenset({"dobj", "dative"})
# Dependencies by which one clause hangs from another's verb and shares its subject when it brings
# none of its own: complements ("wants to meet"), participles ("..., accusing Moscow"), verbs joined
# by "and" ("thanked X and urged Y"); and "by doing" (below).
_CLAUSE = frozenset({"xcomp", "ccomp", "advcl", "conj"})
# How what is said hangs from the verb of saying: "X said (that) Y agreed", "Y agreed, X said".
_SAID = frozenset({"ccomp", "parataxis"})
# Verbs whose object is what was said: the speaker is linked to the subject of the saying.
_SPEECH = frozenset("""
say tell announce add stress claim insist state confirm report warn argue note reveal deny declare
accuse urge explain write tweet predict believe think estimate
""".split())
# Actions two subjects take together: "X and Y met" links them; "X and Y attended" does not.
_JOINT = frozenset("""
meet negotiate talk agree sign reach discuss play draw combine clash fight merge partner cooperate
collaborate compete ally unite
""".split())
# Verbs and adjectives that say what hangs from them did not happen: "X and Y failed to reach a deal",
# "X refused to meet Y", "X was unable to help Y" link them by nothing.
_NOT_DONE = frozenset("fail refuse decline reject unable unwilling unlikely reluctant".split())
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Who acts for a country named by its demonym: "Russian forces attacked Kyiv" is Russia attacking;
# "Mexican cartels", "Chinese ships", "an Israeli initiative" are not the country.
_STATE_NOUNS = frozenset("""
forces force troops army military navy soldiers government administration officials official authorities
ministry police diplomats diplomat negotiators delegation leader leaders president minister envoy embassy
regime warplanes jets drones missiles intelligence prosecutors court courts parliament lawmakers ambassador
spokesman spokeswoman spokesperson
""".split())
# Prepositions of a gerund whose doer is the clause's subject: "after speaking with Y, X said ...".
_GERUND = frozenset({"by", "after", "before", "upon", "while", "since"})
# Prepositions by which the object of a verb's noun is a party to the action: "held talks with Y",
# "imposed sanctions on Y", "took action against Y", "sent aid to Y", "sought support from Y"
# ("of" and "for" are left out: "the head of Y", "support for Y" say whose, not who). Only nouns of
# actions between parties count (contract.relation_nouns): "made two changes with Y coming in" does not.
_NOUN_PARTY = frozenset({"with", "against", "on", "to", "toward", "towards", "from"})
# Prepositions that give a place, a time or company, not a party to the action: "met in Paris",
# "alongside X, Y scored"; "by" too unless it marks a passive's agent (parsed as "agent", not "prep"):
# "spoke by telephone", "by 2030", a byline ("By reporter Y") run into the next sentence.
_NOT_A_PARTY = frozenset("""
in at on near inside outside across throughout during before after alongside beside among amid amidst
despite like unlike via per than besides except within behind above below under by
""".split())


class _Argument(NamedTuple):
    verb: object  # spaCy Token
    role: str  # "subject" or "object"
    preposition: str  # the preposition that takes an object ("with" in "met with"), else ""
    coordinated: object  # the list's first item, when the mention is a later one; else None


def relations(doc, mentions: Sequence[Mention], lemma) -> tuple[Relation, ...]:
    """The predicate of every pair of ``mentions`` that has one, in a parsed ``doc`` of their sentence.

    ``lemma(token)`` gives a verb's lemma (spaCy's rule lemmatizer). Mention
    offsets are into the sentence, which is ``doc``'s text.
    """
    heads = [_head(doc, m) for m in mentions]
    found = []
    for i, j in _pairs(mentions):
        if heads[i] is None or heads[j] is None or heads[i] == heads[j]:
            continue
        relation = _relation(heads[i], heads[j], lemma)
        if relation is not None:
            subject_first, predicate, mutual = relation
            source, target = (i, j) if subject_first else (j, i)
            found.append(Relation(source, target, predicate, mutual))
    return tuple(found)


def _pairs(mentions: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    linked = [i for i, m in enumerate(mentions) if m.label in RELATION_LABELS]
    return ((a, b) for n, a in enumerate(linked) for b in linked[n + 1:])


def _head(doc, mention: Mention):
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or _bare_possessive(span):
        return None
    return span.root


def _bare_possessive(span) -> bool:
    """Whether a name ending in "s" takes a bare apostrophe: "the Philippines’ ally", which the parser can
    misread as "the Philippines" with an apostrophe after it; a possessive is no party to the verb."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.text in ("\u2019", "'") and span[-1].lower_.endswith("s")


def _relation(a, b, lemma) -> tuple[bool, str, bool] | None:
    """(a is the subject, predicate, both ways) for two mention heads, or None."""
    first, second = _argument(a), _argument(b)
    for head, other, forward in ((a, second, True), (b, first, False)):
        if other is not None and _relative_clause_of(head, other):  # "Sin, who nominated Lee"
            return forward, _phrase(other.verb, lemma(other.verb), other.preposition), False
        if other is not None and _passive_modifier_of(head, other):  # "Hamas, backed by Iran"
            return not forward, _phrase(other.verb, lemma(other.verb), ""), False
        if other is not None and _according_to(head, other, lemma):  # "according to Reuters, Russia attacked Ukraine"
            return forward, "say", False
    if first is None or second is None:
        return None
    if first.verb == second.verb:
        if first.coordinated is not None or second.coordinated is not None:  # one list: "X and Y signed"
            joint = _joint_action(first.verb, lemma) if first.role == second.role == "subject" else None
            return None if joint is None else (True, _phrase(joint, lemma(joint), ""), True)
        if {first.role, second.role} != {"subject", "object"}:
            return None
        obj = second if first.role == "subject" else first
        return first.role == "subject", _phrase(first.verb, lemma(first.verb), obj.preposition), False
    for subject, other, forward in ((first, second, True), (second, first, False)):
        nested = _nested_predicate(subject, other, lemma)
        if nested is not None:
            return forward, nested, False
    return None


def _relative_clause_of(head, other: _Argument) -> bool:
    """Whether ``other`` is the object of a relative clause on ``head`` whose subject is "who", "which"."""
    verb = other.verb
    return verb.dep_ == "relcl" and verb.head == head and other.role == "object" and _relative_subject(verb)


def _passive_modifier_of(head, other: _Argument) -> bool:
    """Whether ``other`` is the agent of a passive clause on ``head``: "Hamas, backed by Iran", "Kyiv, which
    was attacked by Russia"."""
    verb = other.verb
    if other.role != "subject" or verb.head != head or not any(child.dep_ == "agent" for child in verb.children):
        return False
    return (verb.dep_ == "acl" and verb.tag_ == "VBN") or (verb.dep_ == "relcl" and any(
        child.dep_ in _PASSIVE_SUBJECT and child.lower_ in _RELATIVE_PRONOUNS for child in verb.children))


def _according_to(source, other: _Argument, lemma) -> bool:
    """Whether ``source`` is the X of "according to X" on the clause of which ``other`` is the subject."""
    preposition = source.head
    if source.dep_ != "pobj" or preposition.lower_ != "to" or preposition.head.lower_ != "according":
        return False
    return other.role == "subject" and _hangs_from(other.verb, preposition.head.head, lemma)


def _joint_action(verb, lemma):
    """The joint action co-subjects take with ``verb``, itself or the verb it is about to do ("X and Y are
    trying to reach a deal": reach); None when there is none, when it did not happen ("failed to reach")
    or when it is between others ("X and Y are trying to reach a deal between Z and W")."""
    while lemma(verb) not in _JOINT:
        if lemma(verb) in _NOT_DONE:
            return None
        verb = next((child for child in verb.children if child.dep_ == "xcomp" and _is_verb(child)), None)
        if verb is None:
            return None
    between = any(grandchild.dep_ == "prep" and grandchild.lower_ == "between"
                  for child in verb.children if child.dep_ in _OBJECT for grandchild in child.children)
    return None if between else verb


def _nested_predicate(subject: _Argument, other: _Argument, lemma) -> str | None:
    """The predicate when ``other`` is an argument of a clause hanging from ``subject``'s verb."""
    if subject.role != "subject":
        return None
    if other.role == "subject":  # "X said Y agreed": the verb of saying, straight above Y's clause
        speech = other.verb.head
        if other.verb.dep_ in _SAID and _is_verb(speech) and lemma(speech) in _SPEECH and \
                _hangs_from(speech, subject.verb, lemma):
            return _phrase(speech, lemma(speech), "")
        return None
    if _hangs_from(other.verb, subject.verb, lemma):  # "X suggested he would retain Y", "X wants to meet Y"
        return _phrase(other.verb, lemma(other.verb), other.preposition)
    return None


def _argument(token) -> _Argument | None:
    """The verb a mention (by its head token) is a subject or object of, if any."""
    coordinated, named = None, token
    if token.dep_ == "amod" and token.tag_ in ("JJ", "NNP", "NNPS"):  # "Russian forces attacked ..."
        if token.head.lower_ not in _STATE_NOUNS:  # "Trump labeled Mexican cartels ...": not Mexico
            return None
        token = token.head
    while token.dep_ == "compound":  # "the Trump administration pressured ..."
        token = token.head
    titled = token != named  # the name modifies a noun: "Russian forces", "CDU politician Adenauer"
    while token.dep_ == "conj":  # a later item of a list takes the role of the first
        token = coordinated = token.head
    # The name in apposition to a common noun takes its role ("met the Philippines' ally, the United States");
    # not a title's word ("invoked the chancellor, CDU politician Adenauer": not the CDU).
    if token.dep_ == "appos" and token.head.pos_ == "NOUN" and not titled:
        token = token.head
    dep, head = token.dep_, token.head
    if dep in _SUBJECT and _is_verb(head) and _infinitive(head) and head.dep_ in _CLAUSE and _is_verb(head.head):
        return _Argument(head.head, "object", "", coordinated)  # "allow China to flout": China is allowed
    if dep in _SUBJECT and _is_verb(head):
        return _Argument(head, "subject", "", coordinated)
    raised = _raised_to(token)
    if raised is not None:  # "X is expected to meet Y", "X is likely to meet Y": X meets
        return _Argument(raised, "subject", "", coordinated)
    if dep in _PASSIVE_SUBJECT and _is_verb(head):
        return _Argument(head, "object", "", coordinated)
    if dep in _OBJECT and _is_verb(head):
        return _Argument(head, "object", "", coordinated)
    if dep == "pobj":
        if head.dep_ == "agent" and _is_verb(head.head):  # "fouled by Tatum"
            return _Argument(head.head, "subject", "", coordinated)
        verb, preposition = head.head, head.lower_
        if verb.dep_ in ("prt", "advmod", "prep") and verb.pos_ in ("ADP", "ADV"):  # "pull out of Ukraine"
            preposition = preposition if verb.dep_ == "prt" else f"{verb.lower_} {preposition}"
            verb = verb.head
        if head.dep_ in ("prep", "dative") and _is_verb(verb) and head.lower_ not in _NOT_A_PARTY:
            return _Argument(verb, "object", preposition, coordinated)
        noun = head.head  # "held talks with Y": the verb's object noun goes into the predicate
        if head.dep_ == "prep" and head.lower_ in _NOUN_PARTY and noun.dep_ == "dobj" and not titled and \
                noun.lower_ in relation_nouns() and _is_verb(noun.head):  # not "a raid on his Telegram account"
            return _Argument(noun.head, "object", f"{noun.lower_} {head.lower_}", coordinated)
    return None


def _raised_to(subject):
    """The verb a passive or adjective raises its subject to, with no agent of its own: "X is expected to
    meet", "X is likely to meet"; else None."""
    if subject.dep_ in _PASSIVE_SUBJECT and _is_verb(subject.head):
        above = subject.head
        if any(child.dep_ == "agent" for child in above.children):  # "X was urged by Y to ...": Y urged X
            return None
    elif subject.dep_ in _SUBJECT and subject.head.pos_ == "AUX":
        above = next((child for child in subject.head.children if child.dep_ == "acomp"), None)
        if above is None or above.lower_ in _NOT_DONE:  # "X was unable to help Y"
            return None
    else:
        return None
    verb = next((child for child in above.children if child.dep_ == "xcomp" and _is_verb(child)), None)
    if verb is None or not _infinitive(verb) or any(child.dep_ == "auxpass" for child in verb.children):
        return None  # "X is expected to be appointed": X is no doer
    return verb


def _is_verb(token) -> bool:
    return token.pos_ == "VERB"


def _infinitive(verb) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _hangs_from(verb, ancestor, lemma) -> bool:
    """Whether ``verb``'s clause hangs from ``ancestor`` through complements (or "by doing", "after doing")
    that bring in no subject of their own: "X wants to meet Y", "X said he would retain Y", "by retaining Y, X"."""
    while verb != ancestor:
        if _own_subject(verb):
            return False
        if verb.dep_ in _CLAUSE:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ in _GERUND and verb.head.dep_ == "prep":
            verb = verb.head.head
        else:
            return False
        if lemma(verb) in _NOT_DONE:  # "X refused to meet Y": no meeting
            return False
    return True


def _own_subject(verb) -> bool:
    """Whether a verb has a subject of its own that is not a pronoun ("he will retain": no)."""
    return any(child.dep_ in _SUBJECT | _PASSIVE_SUBJECT and child.pos_ != "PRON" for child in verb.children)


def _relative_subject(verb) -> bool:
    return any(child.dep_ in _SUBJECT and child.lower_ in _RELATIVE_PRONOUNS for child in verb.children)


def _phrase(verb, lemma: str, preposition: str) -> str:
    """The predicate as people say it: negation, lemma, particle, preposition ("not pull out of")."""
    negated = any(child.dep_ == "neg" for child in verb.children)
    particle = " ".join(child.lower_ for child in verb.children if child.dep_ == "prt")
    return " ".join(part for part in ("not" if negated else "", lemma, particle, preposition) if part)
