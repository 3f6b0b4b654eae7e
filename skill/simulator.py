"""The text simulator: type what you would say, get what Alexa would answer.

Text becomes an intent offline, from the interaction model's own sample utterances (slot capture,
synonym → id entity resolution as Alexa does it, AMAZON.FallbackIntent when nothing fits); the
simulator then builds real Alexa envelopes and sends them through the same skill and store as the
web service.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from skill import envelopes
from skill.app import EchoppeSkill, invoke_json
from skill.interaction_model import load_template, model_path, normalise
from skill.speech import plain

_DIGITS = {
    "zero": "0", "zéro": "0", "oh": "0", "one": "1", "un": "1", "une": "1", "two": "2", "deux": "2",
    "three": "3", "trois": "3", "four": "4", "quatre": "4", "five": "5", "cinq": "5", "six": "6",
    "seven": "7", "sept": "7", "eight": "8", "huit": "8", "nine": "9", "neuf": "9",
}  # fmt: skip
_LAUNCH_RE = {
    "fr-FR": re.compile(r"^(ouvre|lance|demarre|parle a|ouvrir|lancer)\b"),
    "en-US": re.compile(r"^(open|launch|start|talk to|ask)\b"),
}


@dataclass(frozen=True)
class Understood:
    intent: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class _Sample:
    intent: str
    pattern: re.Pattern
    greedy: re.Pattern
    """The same sample with its first slot taking the most words: "change the quantity of
    {product} to {quantity}" said of a product whose name has "to" in it."""
    slots: dict[str, str]
    literal: int


class Nlu:
    """Maps text to an intent with the model's samples, tolerant of case, accents and punctuation."""

    def __init__(self, model: dict, locale: str) -> None:
        self.locale = locale
        language = model["interactionModel"]["languageModel"]
        self.types = {
            t["name"]: {
                normalise(text): (v["id"], v["name"]["value"], text)
                for v in t["values"]
                for text in [v["name"]["value"], *v["name"].get("synonyms", [])]
            }
            for t in language["types"]
        }
        self.samples: list[_Sample] = []
        for intent in language["intents"]:
            types = {s["name"]: s["type"] for s in intent.get("slots", [])}
            for sample in intent["samples"]:
                for said in _spellings(sample):
                    self.samples.append(self._compile(intent["name"], said, types))
        template = load_template(locale)
        self.phrases = {
            normalise(said): name
            for name, phrases in template.get("simulator", {}).items()
            for phrase in phrases
            for said in _spellings(phrase)
        }
        self.courtesy = _Courtesy.of(template.get("courtesy") or {})
        self.vocabulary = {
            name: {word for said in values for word in said.split()}
            for name, values in self.types.items()
        }

    @staticmethod
    def _compile(intent: str, sample: str, types: dict[str, str]) -> _Sample:
        parts = re.split(r"(\{\w+\})", normalise(sample))
        regex, literal = "", 0
        for part in parts:
            if part.startswith("{"):
                regex += f"(?P<{part[1:-1]}>.+?)"
            else:
                regex += re.escape(part)
                literal += len(part.strip())
        greedy = regex.replace(".+?)", ".+)", 1)
        return _Sample(intent, re.compile(f"^{regex}$"), re.compile(f"^{greedy}$"), types, literal)

    def understand(self, text: str) -> Understood:
        """The intent and slots of ``text`` (:meth:`_meant`), a slot Alexa fills with the words
        it heard holding them as said: « c'est », « l'unicef », « je préfère » (their accents
        and apostrophes), never the folded form the samples are matched on."""
        return _as_heard(text, self._meant(text))

    def _meant(self, text: str) -> Understood:
        """The intent and slots of ``text``; read past courtesy ("bonjour, …", "… please") when
        the words as said fit no sample, or fit one only with the courtesy inside a slot, or
        fill a slot with words its type does not have while the request without them fits
        better (Alexa's model weighs the words it was given, it does not match them whole)."""
        said = typed(text, self.locale)
        understood = self._understood(said)
        bare = self.courtesy.without(said)
        if bare == said or not bare:
            return understood or Understood("AMAZON.FallbackIntent")
        plain = self._understood(bare)
        if understood is None or self._polluted(understood):
            return plain or understood or Understood("AMAZON.FallbackIntent")
        fit = self._fit(understood)
        if plain is not None and fit < 0.5 and self._fit(plain) > fit:
            return plain
        return understood

    def _polluted(self, understood: Understood) -> bool:
        """A slot that starts or ends with courtesy ("savon au fiel s il te plait")."""
        return any(
            "id" not in slot and self.courtesy.at_an_edge(normalise(str(slot["value"])))
            for slot in understood.slots.values()
        )

    def _fit(self, understood: Understood) -> float:
        """How well the slots' words fit their types: 1 for a known value or a built-in type,
        else the share of the value's words (three letters or more) that the type has."""
        fits = [1.0]
        for slot in understood.slots.values():
            slot_type = slot.get("type")
            if not slot_type or "id" in slot:
                continue
            words = [w for w in normalise(str(slot["value"])).split() if len(w) > 2]
            known = self.vocabulary.get(slot_type, set())
            fits.append(sum(w in known for w in words) / len(words) if words else 0.0)
        return min(fits)

    def _understood(self, said: str) -> Understood | None:
        if said in self.phrases:
            return Understood(self.phrases[said])
        best: tuple[tuple, Understood] | None = None
        for sample in self.samples:
            filled = self._filled(sample, sample.pattern.match(said))
            if filled is None and len(sample.pattern.groupindex) > 1:
                filled = self._filled(sample, sample.greedy.match(said))
            if filled is None:
                continue
            slots, known = filled
            if sample.literal == 0 and known < len(slots):
                continue
            found = Understood(sample.intent, slots)
            rank = (sample.literal, known, self._fit(found), -len(slots))
            if best is None or rank > best[0]:
                best = (rank, found)
        return best[1] if best else None

    def _filled(
        self, sample: _Sample, match: re.Match | None
    ) -> tuple[dict[str, dict[str, Any]], int] | None:
        """The slots of a match and how many hold a known value; None when one cannot be
        filled (a number slot with words that are no number)."""
        if match is None:
            return None
        slots, known = {}, 0
        for name, value in _widened(sample, match).items():
            slot, ok = self._slot(sample.slots[name], value.strip())
            if slot is None:
                return None
            known += ok
            slots[name] = slot
        return slots, known

    def _slot(self, slot_type: str, value: str) -> tuple[dict[str, Any] | None, int]:
        """The slot as Alexa would fill it, and 1 when the value is a known one (0 otherwise)."""
        if slot_type == "AMAZON.NUMBER":
            number = _number(value)
            return ({"value": number}, 1) if number is not None else (None, 0)
        if slot_type == "AMAZON.FOUR_DIGIT_NUMBER":
            digits = _digits(value)
            return ({"value": digits}, 1) if digits is not None else (None, 0)
        if slot_type.startswith("AMAZON."):
            return {"value": value}, 0
        known = self.types.get(slot_type, {}).get(normalise(value))
        if known:
            # Alexa sends the words as written in the model (accents and all), with the id.
            return {"value": known[2], "type": slot_type, "id": known[0], "name": known[1]}, 1
        return {"value": value, "type": slot_type}, 0


@dataclass(frozen=True)
class _Courtesy:
    """Words around a request that carry no intent: a greeting or a filler before it, "please"
    anywhere, "thanks" after it (the template's ``courtesy``), normalised."""

    leading: tuple[str, ...] = ()
    anywhere: tuple[str, ...] = ()
    trailing: tuple[str, ...] = ()

    @staticmethod
    def of(spec: dict[str, list[str]]) -> _Courtesy:
        def words(key: str) -> tuple[str, ...]:
            said = {normalise(w) for w in spec.get(key, [])}
            return tuple(sorted(said, key=len, reverse=True))  # the longest first

        return _Courtesy(words("leading"), words("anywhere"), words("trailing"))

    def without(self, said: str) -> str:
        """``said`` with its courtesy taken away (possibly nothing left)."""
        text = f" {said} "
        for phrase in self.anywhere:
            text = text.replace(f" {phrase} ", " ")
        text = text.strip()
        changed = True
        while changed and text:
            changed = False
            for phrase in self.leading:
                if text == phrase or text.startswith(f"{phrase} "):
                    text, changed = text[len(phrase) :].strip(), True
                    break
            for phrase in self.trailing:
                if text == phrase or text.endswith(f" {phrase}"):
                    text, changed = text[: -len(phrase)].strip(), True
                    break
        return text

    def at_an_edge(self, value: str) -> bool:
        return any(
            value == p or value.startswith(f"{p} ") or value.endswith(f" {p}")
            for p in (*self.leading, *self.anywhere, *self.trailing)
        )


_WORD = re.compile(r"\w+")
_FILLED_AS_HEARD = ("AMAZON.NUMBER", "AMAZON.FOUR_DIGIT_NUMBER")
"""Slot types whose value is what the words mean (digits), not the words."""


def _as_heard(text: str, understood: Understood) -> Understood:
    """``understood`` with each slot of free words (no entity matched, not a number) holding
    the words of ``text`` it was read from, lowercase as a recogniser writes them: the samples
    are matched on folded words (:func:`normalise`), but Alexa sends the words it heard."""
    slots = dict(understood.slots)
    tokens = [(m.start(), m.end(), normalise(m.group())) for m in _WORD.finditer(text)]
    folded = [word for _, _, word in tokens]
    for name, slot in understood.slots.items():
        if (
            "id" in slot
            or slot.get("type") in _FILLED_AS_HEARD
            or not isinstance(slot.get("value"), str)
        ):
            continue
        words = normalise(slot["value"]).split()
        count = len(words)
        at = next(
            (i for i in range(len(folded) - count + 1) if folded[i : i + count] == words), None
        )
        if count and at is not None:
            raw = text[tokens[at][0] : tokens[at + count - 1][1]].lower()
            slots[name] = {**slot, "value": raw}
    return Understood(understood.intent, slots)


def _widened(sample: _Sample, match: re.Match) -> dict[str, str]:
    """The slot values of a match, a number said in several words kept whole: the lazy pattern
    of "add {quantity} {product}" reads "one" and "hundred stain sticks"; Alexa hears 100."""
    values = match.groupdict()
    names = sorted(values, key=match.start)
    for name, after in pairwise(names):
        if sample.slots[name] != "AMAZON.NUMBER" or match.end(name) + 1 != match.start(after):
            continue
        words = values[after].split()
        for taken in range(min(3, len(words) - 1), 0, -1):
            longer = " ".join([values[name], *words[:taken]])
            if _number(longer) is not None:
                values[name], values[after] = longer, " ".join(words[taken:])
                break
    return values


def _spellings(sample: str) -> list[str]:
    """A sample as written, and without its apostrophes when it has some: a recogniser gives
    "whats in my cart" as often as "what's in my cart" (and « qu est-ce que »: the apostrophe
    as a space, which ``normalise`` already reads alike)."""
    bare = re.sub(r"['’]", "", sample)
    return [sample, bare] if bare != sample else [sample]


_SIGNED = re.compile(r"([$€])\s*(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s*([$€])")
_SIGN_WORDS = {"$": "dollars", "€": "euros"}
_DECIMAL = re.compile(r"(?<![\d.,])(\d+)([.,])(\d+)(?![\d.,])")
_THOUSANDS = {"en-US": ",", "fr-FR": "."}
"""The separator a locale writes between thousands ("1,500" in English, « 1.500 »)."""


def typed(text: str, locale: str) -> str:
    """``text`` folded as Alexa reads spoken words (:func:`normalise`), its typed amounts kept
    whole: "$1.50" is "1.50 dollars", « 1,50 € » "1.50 euros" (a decimal is one number, its
    separator a point: folding it away read 1.50 as 150), "1,500" one thousand five hundred.
    A recogniser writes no currency sign nor decimal separator; someone typing does."""
    text = _SIGNED.sub(lambda m: f" {m[2] or m[3]} {_SIGN_WORDS[m[1] or m[4]]} ", text)
    parts = _DECIMAL.split(text)
    out = []
    for at in range(0, len(parts), 4):
        out.append(normalise(parts[at]))
        if at + 3 < len(parts):
            whole, mark, rest = parts[at + 1 : at + 4]
            thousands = mark == _THOUSANDS.get(locale) and len(rest) == 3
            out.append(f"{whole}{rest}" if thousands else f"{whole}.{rest}")
    return " ".join(part for part in out if part)


def _digits(value: str) -> str | None:
    """AMAZON.FOUR_DIGIT_NUMBER: digits said one by one, or four digits said as a number
    ("four thousand eight hundred twenty six") or as two ("forty eight twenty six",
    « quarante-huit vingt-six »)."""
    words = value.replace("-", " ").split()
    out = []
    for word in words:
        if word.isdigit():
            out.append(word)
        elif word in _DIGITS:
            out.append(_DIGITS[word])
        else:
            return _four_digits(words)
    return "".join(out) or None


def _four_digits(words: list[str]) -> str | None:
    """A number said whole (as Alexa fills the slot: "twenty" is 20, a bare amount or count),
    or four digits said as two numbers."""
    whole = _number(" ".join(words))
    if whole is not None and whole.isdigit() and len(whole) <= 4:
        return whole
    if whole is not None and len(words) == 1 and "." in whole:
        return whole  # a bare amount typed with its decimals ("1.50"), never four digits
    for cut in range(1, len(words)):
        left, right = _number(" ".join(words[:cut])), _number(" ".join(words[cut:]))
        if left and right and len(left) == 2 == len(right) and left[0] != "0":
            return left + right
    return None


def _number(value: str) -> str | None:
    from catalog.normalise import normalise as spoken

    if value.isdigit():
        return value
    if re.fullmatch(r"\d+\.\d+", value):
        return value  # typed with its decimals ("1.50"): one number, never 150
    first, _, rest = value.partition(" ")
    if first in ("a", "an") and rest in ("hundred", "thousand", "million"):
        value = f"one {rest}"  # "a thousand", as Alexa fills a number slot
    for locale in ("fr-FR", "en-US"):
        text = spoken(value, locale, query=False)
        if re.fullmatch(r"\d+", text):
            return text
    return None


class Simulator:
    """One shopper talking to the skill: sessions open, carry attributes, and close as on a device."""

    def __init__(
        self,
        skill: EchoppeSkill,
        locale: str,
        *,
        user_id: str = "amzn1.ask.account.SIMULATOR",
        person_id: str | None = None,
        models_dir: Path | None = None,
        access_token: str | None = None,
    ) -> None:
        self.skill = skill
        self.locale = locale
        self.user_id = user_id
        self.person_id = person_id
        self.access_token = access_token
        """The linked account's token (account linking), sent with every request."""
        path = model_path(models_dir or skill.services.settings.models_dir, locale)
        self.nlu = Nlu(json.loads(path.read_text(encoding="utf-8")), locale)
        self.session_id: str | None = None
        self.attributes: dict[str, Any] = {}
        self.last: dict[str, Any] = {}

    def send(self, request: dict[str, Any]) -> dict[str, Any]:
        new = self.session_id is None
        if new:
            self.session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
            self.attributes = {}
        event = envelopes.envelope(
            request,
            user_id=self.user_id,
            session_id=self.session_id,
            new=new,
            attributes=self.attributes,
            person_id=self.person_id,
            access_token=self.access_token,
        )
        response = invoke_json(self.skill, event)
        self.attributes = response.get("sessionAttributes") or {}
        self.last = response
        body = response.get("response", {})
        hands_over = any(
            d.get("type") == "Connections.StartConnection" for d in body.get("directives") or []
        )
        if body.get("shouldEndSession", True) is not False and not hands_over:
            self.session_id = None
        return response

    def launch(self) -> str:
        return self.speech(self.send(envelopes.launch_request(self.locale)))

    def say(self, text: str) -> str:
        """Send what the shopper says; returns what Alexa would say back, as plain text."""
        if _LAUNCH_RE[self.locale].match(normalise(text)) and self.session_id is None:
            return self.launch()
        understood = self.nlu.understand(text)
        request = envelopes.intent_request(self.locale, understood.intent, understood.slots)
        return self.speech(self.send(request))

    def end(self, reason: str = "USER_INITIATED") -> None:
        if self.session_id is not None:
            self.send(envelopes.session_ended_request(self.locale, reason))
        self.session_id = None

    @property
    def ended(self) -> bool:
        return self.session_id is None

    @staticmethod
    def speech(response: dict[str, Any]) -> str:
        output = response.get("response", {}).get("outputSpeech") or {}
        return plain(output.get("ssml", "") or output.get("text", ""))

    @property
    def card(self) -> dict[str, Any] | None:
        return self.last.get("response", {}).get("card")
