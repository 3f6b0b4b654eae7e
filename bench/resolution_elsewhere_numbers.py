"""Numbers and sizes for the elsewhere half: as its suppliers' feeds write them and as its
shoppers say them in French and in American English (« deux litres et demi », "an eight
inch", « le sachet de cinquante »)."""

from __future__ import annotations

import random

FR_SMALL = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen")  # fmt: skip
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy"}
EN_TENS |= {8: "eighty", 9: "ninety"}


def fr_words(n: int) -> str:
    """A whole number in French words (1990 spelling aside: « vingt-cinq », « deux cents »)."""
    if n < 17:
        return FR_SMALL[n]
    if n < 20:
        return f"dix-{FR_SMALL[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return FR_TENS[tens]
        return f"{FR_TENS[tens]} et un" if unit == 1 else f"{FR_TENS[tens]}-{FR_SMALL[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{fr_words(n - 60)}"
    if n < 100:
        return "quatre-vingts" if n == 80 else f"quatre-vingt-{fr_words(n - 80)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{FR_SMALL[hundreds]} cent"
        if not rest:
            return head if hundreds == 1 else f"{head}s"
        return f"{head} {fr_words(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{fr_words(thousands)} mille"
    return f"{head} {fr_words(rest)}" if rest else head


def en_words(n: int) -> str:
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return EN_TENS[tens] if not unit else f"{EN_TENS[tens]} {EN_SMALL[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{EN_SMALL[hundreds]} hundred"
        return f"{head} {en_words(rest)}" if rest else head
    thousands, rest = divmod(n, 1000)
    head = f"{en_words(thousands)} thousand"
    return f"{head} {en_words(rest)}" if rest else head


def words(n: int, lang: int) -> str:
    return en_words(n) if lang else fr_words(n)


def digits(amount: float, lang: int) -> str:
    text = f"{amount:g}"
    return text if lang else text.replace(".", ",")


# --- as the feeds write them --------------------------------------------------------------
SHOWN = {  # unit → (French, English) as a catalog's size field writes it; {} is the number
    "l": ("{} L", "{} L"),
    "ml": ("{} ml", "{} ml"),
    "cm": ("{} cm", "{} cm"),
    "mm": ("{} mm", "{} mm"),
    "in": ("{} cm", "{} in"),
    "seed": ("{} graines", "{} seeds"),
    "bulb": ("{} bulbes", "{} bulbs"),
    "piece": ("{} pièces", "{} pcs"),
    "set": ("Lot de {}", "Set of {}"),
    "grit": ("Grain {}", "{} grit"),
}
COMPACT = {  # the same in a title written tight
    "l": ("{}L", "{}L"),
    "ml": ("{}ml", "{}ml"),
    "seed": ("x{}", "x{}"),
    "bulb": ("x{}", "x{}"),
    "piece": ("{} pcs", "{} pcs"),
    "set": ("x{}", "x{}"),
    "grit": ("#{}", "#{}"),
}


def size_text(amount: float, unit: str, lang: int) -> str:
    return SHOWN[unit][lang].format(digits(amount, lang))


def title_size(amount: float, unit: str, lang: int, style: str) -> str:
    """The size in a title: tight for makers whose feeds write « 2,5L », "x50", "#1000"."""
    if style in ("caps-dash", "values-first") and unit in COMPACT:
        return COMPACT[unit][lang].format(digits(amount, lang))
    return size_text(amount, unit, lang)


# --- as shoppers say them -----------------------------------------------------------------
def number(rng: random.Random, n: float, lang: int) -> str:
    """A number in words or in digits, as a recogniser may write it."""
    if n != int(n) or rng.random() < 0.45:
        return digits(n, lang)
    return words(int(n), lang)


FR_UNIT = {"l": "litres", "ml": "millilitres", "cm": "centimètres", "mm": "millimètres"}
FR_UNIT |= {"seed": "graines", "bulb": "bulbes", "piece": "pièces"}
EN_UNIT = {"l": "liter", "ml": "milliliter", "cm": "centimeter", "mm": "millimeter", "in": "inch"}
EN_UNIT |= {"seed": "seeds", "bulb": "bulbs", "piece": "piece"}


def litres(rng: random.Random, amount: float, lang: int) -> list[str]:
    """A volume in litres (« un demi-litre », "two and a half liters", "a quart")."""
    whole, part = int(amount), amount - int(amount)
    if lang == 0:
        if amount == 0.5:
            return ["un demi-litre", "demi-litre", "cinquante centilitres", "50 cl", "0,5 litre"]
        if amount == 0.75:
            return ["soixante-quinze centilitres", "75 cl", "trois quarts de litre"]
        if amount == 0.25:
            return ["un quart de litre", "vingt-cinq centilitres", "25 cl"]
        if part == 0.5:
            head = fr_words(whole)
            return [f"{head} litres et demi", f"{head} litres cinq", f"{digits(amount, 0)} litres",
                    f"{head} virgule cinq litres", f"{digits(amount, 0)} l"]  # fmt: skip
        if whole == 1:
            return ["un litre", "1 litre", "1 l"]
        return [f"{number(rng, whole, 0)} litres", f"{whole} l"]
    if amount == 0.5:
        return ["half a liter", "half liter", "500 milliliter", "five hundred ml"]
    if amount == 0.75:
        return ["750 ml", "seven fifty ml", "three quarter liter"]
    if amount == 0.25:
        return ["quarter liter", "250 ml", "a quarter liter"]
    if part == 0.5:
        head = en_words(whole)
        return [f"{head} and a half liter", f"{head} and a half liters", f"{amount:g} liter",
                f"{head} point five liters", f"{amount:g} liters"]  # fmt: skip
    if whole == 1:
        return ["one liter", "a liter", "1 liter", "a quart"]
    return [f"{number(rng, whole, 1)} liter", f"{number(rng, whole, 1)} liters", f"{whole} l"]


BEFORE = {  # American English, the size said before the noun ("an eight inch chef's knife")
    "in": ("{n} inch", "{d} inch", "{n}-inch"),
    "mm": ("{n} millimeter", "{d} mm"),
    "cm": ("{n} centimeter", "{d} cm"),
    "piece": ("{n} piece", "{d} piece", "{n} pc"),
    "set": ("set of {n}", "{n} pack of", "{n} piece"),
    "grit": ("{n} grit", "{d} grit"),
    "ml": ("{n} milliliter", "{d} ml"),
}


def said_sizes(
    rng: random.Random, amount: float, unit: str, lang: int, before: bool = False
) -> list[str]:
    """Ways a shopper says one size, after the noun (or before it, in English); the first
    ones most often."""
    if before and lang and unit == "l":
        whole, head = int(amount), en_words(int(amount))
        if amount == 0.5:
            return ["half liter", "five hundred ml", "500 ml"]
        if amount != whole:
            return [f"{head} and a half liter", f"{amount:g} liter", f"{head} point five liter"]
        return (
            ["one liter", "1 liter", "quart"] if whole == 1 else [f"{head} liter", f"{whole} liter"]
        )
    if before and lang and unit in BEFORE:
        if unit == "in" and amount != int(amount):
            whole = en_words(int(amount))
            return [f"{whole} and a half inch", f"{amount:g} inch"]
        n, d = number(rng, amount, lang), f"{amount:g}"
        return [form.format(n=n, d=d) for form in BEFORE[unit]]
    if unit == "l":
        return litres(rng, amount, lang)
    if unit == "ml" and amount >= 1000:
        return [*litres(rng, amount / 1000, lang), f"{amount:g} ml"]
    n = number(rng, amount, lang)
    if unit == "ml":
        half = ["un demi-litre", "half a liter"][lang] if amount == 500 else ""
        spoken = [f"{n} {['millilitres', 'milliliter'][lang]}", f"{amount:g} ml", half]
        return [s for s in spoken if s]
    if unit in ("cm", "mm"):
        name = FR_UNIT[unit]
        return [f"{n} {name}", f"{digits(amount, 0)} {unit}", f"de {n}"]
    if unit == "in":
        if amount != int(amount):
            whole = en_words(int(amount))
            return [f"{whole} and a half inch", f"{amount:g} inch", f"{whole} and a half inches"]
        return [f"{n} inch", f"{n} inches", f"{n} in"]
    if unit == "seed":
        if lang:
            return [f"{n} seeds", f"pack of {n} seeds", f"{n} seed packet", f"{n} count"]
        return [f"{n} graines", f"sachet de {n} graines", f"le sachet de {n}", f"paquet de {n}"]
    if unit == "bulb":
        if lang:
            return [f"{n} bulbs", f"bag of {n} bulbs", f"{n} pack", f"{n} count bag"]
        return [f"{n} bulbes", f"lot de {n} bulbes", f"sac de {n}", f"filet de {n} bulbes"]
    if unit == "piece":
        if lang:
            return [f"{n} pieces", f"{n} piece", f"with {n} pieces"]
        return [f"{n} pièces", f"de {n} pièces", f"{digits(amount, 0)} pièces"]
    if unit == "set":
        if lang:
            return [f"set of {n}", f"{n} pack", f"pack of {n}"]
        return [f"lot de {n}", f"par {n}", f"boîte de {n}", f"coffret de {n}"]
    if unit == "grit":
        if lang:
            return [f"{n} grit", f"{amount:g} grit", f"grit {n}"]
        return [f"grain {n}", f"{n}", f"grain de {n}"]
    raise ValueError(unit)


def say_size(rng: random.Random, amount: float, unit: str, lang: int, before: bool = False) -> str:
    forms = said_sizes(rng, amount, unit, lang, before)
    weights = [len(forms) - i + 1 for i in range(len(forms))]
    return rng.choices(forms, weights)[0]
