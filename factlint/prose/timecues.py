"""Time cues around a figure: is it stated as an earlier figure, or as the latest one?

"Officials initially reported 12 dead", "up from 40", "the previous figure of
9", "had put the toll at six earlier that day" state an earlier figure: the
sentence is history, not a claim about now. "Update: seven dead", "has risen
to 14", "then revised it to 7.7", "now stands at 19" state the current figure,
which replaces any other the same article gave before.
"""
from __future__ import annotations

from enum import Enum

from factlint.prose.patterns import lazy_compile


class Cue(Enum):
    NONE = "none"
    PAST = "past"  # an earlier figure, told as history
    UPDATE = "update"  # the latest figure, replacing an earlier one
    AS_OF = "as of"  # a figure so far, before the count was complete ("so far", "as of 3 p.m.")


# Words just before the figure that make it an earlier one.
_PAST_BEFORE = lazy_compile(
    r"(?i)\b(?:initial(?:ly)?|originally|original|first\s+(?:reported|put|gave|said|estimated|counted)"
    r"|previous(?:ly)?|earlier|(?:up|down)\s+from"
    r"|had\s+(?:put|given|reported|said|estimated|counted|been)|was\s+(?:initially|first)"
    r"|before\s+(?:it|that)\s+(?:was|rose|fell))\W+(?:\w+\W+){0,5}$")
# "from" alone only counts after a verb of change or a figure: "rose to 52 from 44".
_FROM_AFTER_CHANGE = lazy_compile(
    r"(?i)\b(?:rose|risen|rises|climbed|jumped|increased|grew|fell|dropped|declined|revised|up|down|\d)\b"
    r"[^.;]{0,60}\bfrom\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,4}$")
# Words just after the figure that make it an earlier one: "at six earlier that day".
_PAST_AFTER = lazy_compile(
    r"(?i)^\W*(?:\w+\W+){0,4}?(?:earlier\s+(?:that|this|in\s+the)\s+\w+|previously|initially|at\s+first"
    r"|before\s+(?:it|that)\s+was\s+revised)")
_EARLIER_START = lazy_compile(r"(?i)^\W*earlier\b")
_UPDATE_BEFORE = lazy_compile(
    r"(?i)(?:\b(?:revised|corrected|updated|raised|lowered|adjusted)\s+(?:it\s+|that\s+|(?:the|its|their|this)\s+\w+\s+)?"
    r"(?:up\s+|down\s+|upward\s+|downward\s+)?to"
    r"|\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|grown|increased|jumped|fallen|dropped)\s+to"
    r"|\b(?:rose|climbed|increased|jumped|fell|dropped)\s+to|\bnow\s+(?:stands?|stood)\s+at|\bnow\s+at)"
    r"\s+(?:about\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?$")
# A count not yet complete: "four MPs so far", "as of 3 p.m.", "by 9am", "with 640 of 650 seats declared".
_AS_OF = lazy_compile(
    r"(?i)\b(?:so\s+far|as\s+of|currently|at\s+last\s+count|at\s+the\s+time\s+of\s+writing|to\s+date"
    r"|with\s+(?:\d[\d,]*\s+(?:of\s+\d[\d,]*\s+)?\w+\s+(?:declared|counted|reporting|in)"
    r"|only\s+a\s+(?:handful|few)\s+of\s+\w+\s+(?:still\s+)?(?:to|left\s+to)\s+(?:declare|count|report))"
    r"|by\s+(?:\d\d?(?:[.:]\d\d)?\s*[ap]\.?m\b|noon|midnight|(?:this|that|early|late)\s+(?:morning|afternoon|evening)))")
_UPDATE_START = lazy_compile(r"(?i)^\W*(?:update[ds]?|correction|latest|breaking)\b\W")


def cue(sentence: str, offset: int, end: int | None = None) -> Cue:
    """The time cue of the figure at sentence[offset:end]."""
    before = sentence[max(0, offset - 80):offset]
    after = sentence[end if end is not None else offset:][:60]
    if _UPDATE_BEFORE.search(before):
        return Cue.UPDATE
    told = _EARLIER_START.sub("", before, count=1) if offset < 80 else before
    if _PAST_BEFORE.search(told) or _FROM_AFTER_CHANGE.search(before) or _PAST_AFTER.search(after):
        return Cue.PAST
    if _UPDATE_START.match(sentence):
        return Cue.UPDATE
    if _AS_OF.search(sentence):
        return Cue.AS_OF
    return Cue.NONE
