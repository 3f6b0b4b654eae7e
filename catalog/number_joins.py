"""Numbers said in parts, or otherwise than the titles write them, read as the number a title
has, for :class:`catalog.index.TextIndex` (it knows which numbers its titles have, and
together with what):

- **hundreds without "hundred"** ("one sixteen links" for 116 links), in English, when the
  catalog has the whole number and not the second part alone;
- **decimals without their mark**, as trades say sizes: a tyre's "twenty nine two four"
  (29 x 2.4), « vingt-six deux dix » (26 x 2,10), "twenty seven and a half too twenty five"
  (27.5 x 2.25), a rod's « canne carpe 3 60 » (3,60 m): a digit (or a word heard for one)
  and the number said after it are the units and decimals of a number the catalog has,
  beside the other side of its dimension said before it, or with the words said;
- **digits said one by one** ("forty five one oh five" for the gauges 45-105, « cinquante
  un un zéro » for 50-110, « cl cinq quatre six » for CL 546): where the catalog has the
  number they spell beside the number said before them, or with the words said;
- **hundredths said as a whole number**, as a trade says a gauge ("nylon picks seventy one"
  for 0.71 mm): a number of two digits no title has, where a title has its hundredths with
  every catalog word said.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from catalog.folding import language
from catalog.normalise import Token
from catalog.number_words import NUMBER_HOMOPHONES, NUMBERS, PREPOSITIONS, lang_table
from catalog.units import COUNT_UNITS, DIMENSION_MARKS, MEASURE_UNITS
from catalog.vocabulary import MAX_CANDIDATE_DOCS
from catalog.word_record import canonical_number

if TYPE_CHECKING:
    from catalog.index import TextIndex

__all__ = [
    "join_decimals",
    "join_digit_groups",
    "join_digits",
    "join_hundreds",
    "join_said_numbers",
    "read_hundredths",
]


def join_said_numbers(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with numbers said in parts (see the module doc) read as the numbers the
    catalog has."""
    joined = join_hundreds(index, join_digit_groups(index, tokens))
    joined = join_digits(index, join_decimals(index, joined))
    return read_hundredths(index, joined)


def join_digit_groups(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a number a recogniser wrote in the groups it was said in read whole
    where the catalog has it and not the last group alone: "50 7 mm" (fifty-seven), "20 5
    cm", « 2 100 75 newtons » (deux cent soixante-quinze), "1 100 newtons" (one hundred)."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        run = 1
        while at + run < len(tokens) and run < MAX_GROUPS and _digits(tokens[at + run]):
            run += 1
        whole, used = None, 1
        if _digits(tokens[at]):
            for size in range(run, 1, -1):
                groups = tokens[at : at + size]
                total = _groups_total([int(t.text) for t in groups])
                last = groups[-1].text
                if total is not None and _groups_meant(index, total, last, tokens):
                    whole = replace(
                        groups[-1],
                        text=total,
                        keys=(total,),
                        surface=" ".join(t.surface for t in groups),
                        stop=False,
                    )
                    used = size
                    break
        out.append(tokens[at] if whole is None else whole)
        at += used
    return out


def _groups_meant(index: TextIndex, joined: str, last: str, tokens: list[Token]) -> bool:
    """The catalog has ``joined`` ("57") and not ``last`` ("7") alone, or has it with more of
    the words said ("single block 50 7": 57 mm blocks, 7 mm shackles)."""
    joined_id, last_id = index.word_id(joined), index.word_id(last)
    if joined_id is None:
        return False
    if last_id is None or joined_id == last_id:
        return True
    words = _content_ids(index, tokens)
    with_joined = sum(index.together(joined_id, w) for w in words)
    return with_joined > sum(index.together(last_id, w) for w in words)


MAX_GROUPS = 3  # groups one number may be said in: « deux / cent / soixante-quinze »


def _groups_total(groups: list[int]) -> str | None:
    """The number groups said in a row make, each pair as :func:`_group_sum` reads it."""
    total = groups[0]
    for group in groups[1:]:
        joined = _group_sum(total, group)
        if joined is None:
            return None
        total = int(joined)
    return str(total)


def _digits(token: Token) -> bool:
    return bool(token.number) and token.text.isdigit()


def _group_sum(first: int, second: int) -> str | None:
    """The number two groups said in a row make: tens and units (50, 7), a digit and
    "hundred" (2, 100), hundreds and what follows them (200, 75); ``None`` for any other
    pair ("2 5" is two of five)."""
    if 20 <= first <= 90 and first % 10 == 0 and 1 <= second <= 9:
        return str(first + second)
    if 1 <= first <= 9 and second == 100:
        return str(first * 100)
    if 100 <= first <= 900 and first % 100 == 0 and 1 <= second <= 99:
        return str(first + second)
    return None


def join_hundreds(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a digit and a number of two digits said in a row read as one number
    when the catalog has it and not the second alone ("one sixteen links" is 116 links, as
    "two fifty grams" is 250 g): English says hundreds so without "hundred"."""
    if language(index.locale) != "en":
        return tokens
    out: list[Token] = []
    for token in tokens:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.number
            and token.number
            and previous.text.isdigit()
            and token.text.isdigit()
            and 1 <= int(previous.text) <= 9
            and 10 <= int(token.text) <= 99
        ):
            joined = str(int(previous.text) * 100 + int(token.text))
            if _hundreds_meant(index, joined, token.text, tokens):
                out[-1] = replace(
                    token,
                    text=joined,
                    keys=(joined,),
                    surface=f"{previous.surface} {token.surface}",
                    stop=False,
                )
                continue
        out.append(token)
    return out


def _hundreds_meant(index: TextIndex, joined: str, second: str, tokens: list[Token]) -> bool:
    """The catalog has ``joined`` ("250") and not ``second`` ("50") alone, or has it with
    a word of the query where it has not the second ("bottle two fifty": a 250 ml bottle,
    though some diapers come 50 to a pack)."""
    joined_id, second_id = index.word_id(joined), index.word_id(second)
    if joined_id is None:
        return False
    if second_id is None:
        return True
    words = _content_ids(index, tokens)
    return any(index.together(joined_id, w) for w in words) and not any(
        index.together(second_id, w) for w in words
    )


def _content_ids(index: TextIndex, tokens: list[Token]) -> list[int]:
    """The catalog words said, numbers and stop words aside."""
    return [
        wid
        for wid in (index.word_id(t.text) for t in tokens if not t.stop and not t.number)
        if wid is not None
    ]


def join_decimals(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a digit and the whole number said right after it read as one decimal
    ("two four" 2.4, « deux dix » 2,10, "two twenty five" 2.25, "3 60" 3,60) where the
    catalog has that decimal and the two numbers as said fit worse: the number said before
    them (the other side of a dimension: "29 by two four") stands with the decimal in some
    title and never with the second number; or, with no number before, some title has the
    decimal and every catalog word said (« canne carpe opaline 3 60 »: an Opaline carp rod
    of 3,60 m). Not before a unit or a count ("2 10 ml", "2 10 packs": a size of its own)."""
    lang = language(index.locale)
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        nxt = tokens[at + 1] if at + 1 < len(tokens) else None
        then = tokens[at + 2] if at + 2 < len(tokens) else None
        joined = None if nxt is None else _decimal(index, token, nxt, then, lang)
        if joined is not None and nxt is not None and _decimal_meant(index, tokens, at, joined):
            out.append(
                replace(
                    nxt,
                    text=joined,
                    keys=(joined,),
                    surface=f"{token.surface} {nxt.surface}",
                    number=True,
                    stop=False,
                )
            )
            at += 2
            continue
        out.append(token)
        at += 1
    return out


def _decimal(
    index: TextIndex, units: Token, decimals: Token, then: Token | None, lang: str
) -> str | None:
    """The decimal ``units`` and ``decimals`` say as one number, if the catalog has it
    (``then``: the token said after them)."""
    if decimals.text == "0" and _digit_said(decimals) and units.number and _digit_said(units):
        if then is not None and _digit_said(then):
            return None  # « trois zéro quatre »: a code's digits (join_digits)
        return _point_zero(index, units.text)
    if not decimals.number or not decimals.text.isdigit() or not 0 < int(decimals.text) < 100:
        return None
    if units.number:
        if not units.text.isdigit() or int(units.text) > 9:
            return None
        value = int(units.text)
    else:
        heard = lang_table(NUMBER_HOMOPHONES, lang).get(units.text)
        if heard is None or heard > 9 or units.text in PREPOSITIONS:
            return None
        value = heard  # "too twenty five": a digit heard as another word
    joined = canonical_number(Decimal(f"{value}.{decimals.text}"))
    return joined if "." in joined and index.word_id(joined) is not None else None


def _point_zero(index: TextIndex, units: str) -> str | None:
    """« cinq zéro », "five oh" for a shade 5.0 (a title's "5.0" is read 5): the digit, where
    the catalog has it and not the number the two digits spell (50)."""
    if index.word_id(units) is None or index.word_id(units + "0") is not None:
        return None
    return units


def _decimal_meant(index: TextIndex, tokens: list[Token], at: int, joined: str) -> bool:
    """The decimal ``joined`` (said at ``at`` and ``at + 1``) fits what was said better than
    the two numbers as said (see :func:`join_decimals`)."""
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    if after is not None and (
        after.text in MEASURE_UNITS or after.text in COUNT_UNITS or after.role == "count"
    ):
        return False
    joined_id = index.word_id(joined)
    second_id = index.word_id(tokens[at + 1].text)
    if joined_id is None:
        return False
    side = _other_side(tokens, at, language(index.locale))
    if side is not None:
        side_id = index.word_id(side.text)
        return (
            side_id is not None
            and index.together(side_id, joined_id)
            and (second_id is None or not index.together(side_id, second_id))
        )
    if not tokens[at].number:
        return False  # a word heard for a digit, with no dimension to tell
    words = _content_ids(index, tokens)
    return bool(words) and _in_one_name(index, [joined_id, *words])


def _in_one_name(index: TextIndex, wids: list[int]) -> bool:
    """Some document has every one of ``wids`` (as far as the first documents of the rarest
    tell)."""
    postings, positions = index.tables.postings, index.tables.positions
    rarest = min(wids, key=lambda wid: len(postings[wid]))
    wanted = set(wids)
    return any(wanted <= set(positions[doc]) for doc in postings[rarest][:MAX_CANDIDATE_DOCS])


def _other_side(tokens: list[Token], at: int, lang: str) -> Token | None:
    """The number said right before ``at``, a dimension mark between them or not ("29 by",
    "vingt-six")."""
    before = at - 1
    if before >= 0 and tokens[before].text in lang_table(DIMENSION_MARKS, lang):
        before -= 1
    if before >= 0 and tokens[before].number:
        return tokens[before]
    return None


MIN_DIGITS = 2  # digits said one by one that may spell a number


def _digit_said(token: Token) -> bool:
    """A digit said as a word ("five", « zéro »), not written."""
    return (
        token.number
        and len(token.text) == 1
        and token.text.isdigit()
        and " " not in token.surface
        and not token.surface[:1].isdigit()
    )


def join_digits(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with digits said one by one read as the number they spell ("one oh five"
    105), where the catalog has it: beside the number said before them (the other end of
    "forty five one oh five", 45-105; the units of « cinquante un » then said with the
    digits, « un un zéro », for 50-110), or in a title with every catalog word said (« cl
    cinq quatre six »: CL 546). Not from a zero ("oh seven" may be a code's)."""
    out: list[Token] = []
    at = 0
    while at < len(tokens):
        end = at
        while end < len(tokens) and _digit_said(tokens[end]):
            end += 1
        if end - at < MIN_DIGITS or tokens[at].text == "0":
            if end - at >= MIN_DIGITS - 1 and out and _borrowed_units(index, out, tokens[at:end]):
                at = end
                continue
            out.append(tokens[at])
            at += 1
            continue
        digits = tokens[at:end]
        joined = "".join(t.text for t in digits)
        wid = index.word_id(joined)
        before = out[-1] if out and out[-1].number else None
        before_id = index.word_id(before.text) if before is not None else None
        fits = wid is not None and (
            (before_id is not None and index.together(before_id, wid))
            or (before is None and _in_one_name(index, [wid, *_content_ids(index, tokens)]))
        )
        if not fits:
            if out and _borrowed_units(index, out, digits):
                at = end
                continue
            out.append(tokens[at])
            at += 1
            continue
        out.append(_spelt(digits, joined))
        at = end
    return out


def _spelt(digits: list[Token], joined: str) -> Token:
    surface = " ".join(t.surface for t in digits)
    return replace(digits[-1], text=joined, keys=(joined,), surface=surface, stop=False)


def _borrowed_units(index: TextIndex, out: list[Token], digits: list[Token]) -> bool:
    """« cinquante un un zéro »: the units said last of the number before (read 51) begin
    the digits said after it (1 1 0), where the catalog has both numbers so, together
    (50-110). ``out`` ends with the number before; both are read anew in it."""
    before = out[-1]
    words = before.surface.split()
    if not before.number or not before.text.isdigit() or len(words) < 2 or not digits:
        return False
    units = lang_table(NUMBERS, language(index.locale)).get(words[-1])
    if units is None or not 0 < units < 10:
        return False
    tens = int(before.text) - units
    joined = str(units) + "".join(t.text for t in digits)
    tens_id, joined_id = index.word_id(str(tens)), index.word_id(joined)
    if tens < 10 or tens_id is None or joined_id is None or not index.together(tens_id, joined_id):
        return False
    rest = " ".join(words[:-1])
    out[-1] = replace(before, text=str(tens), keys=(str(tens),), surface=rest)
    out.append(_spelt(digits, joined))
    return True


def read_hundredths(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a whole number of two digits that no title has read as its hundredths
    ("seventy one" as 0.71) where some title has those with every catalog word said."""
    out = list(tokens)
    words: list[int] | None = None
    for position, token in enumerate(out):
        if not token.number or not token.text.isdigit() or not 10 <= int(token.text) <= 99:
            continue
        if index.word_id(token.text) is not None:
            continue
        hundredths = canonical_number(Decimal(token.text) / 100)
        wid = index.word_id(hundredths)
        if wid is None:
            continue
        words = _content_ids(index, tokens) if words is None else words
        if words and _in_one_name(index, [wid, *words]):
            out[position] = replace(token, text=hundredths, keys=(hundredths,), stop=False)
    return out
