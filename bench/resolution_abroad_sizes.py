"""Sizes and variant values as the abroad half's shoppers say them: digits or words, units
spelled out or clipped, and the trade's own ways (« 75 cl », "a quarter inch", "fifty mil")."""

from __future__ import annotations

import random
import re

from bench.resolution_abroad_numbers import say, say_decimal

# How a unit of a label may be said, per language (the label's own spelling is always one way).
UNITS: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "ml": ("millilitres", "millilitre", "ml"),
        "L": ("litres", "litre", "l"),
        "g": ("grammes", "gramme", "g"),
        "kg": ("kilos", "kilogrammes", "kg", "kilo"),
        "mm": ("millimètres", "mm", "millimètre"),
        "cm": ("centimètres", "cm", "centimètre"),
        "m": ("mètres", "mètre"),
        "m²": ("mètres carrés", "m2", "mètre carré"),
        "Go": ("gigas", "giga", "go", "gigaoctets"),
        "mAh": ("milliampères", "milliampères heure", "mah"),
        "W": ("watts", "watt", "w"),
    },
    {
        "fl oz": ("ounce", "ounces", "fluid ounce", "oz", "fl oz"),
        "oz": ("ounce", "ounces", "oz"),
        "lb": ("pound", "pounds", "lbs", "lb"),
        "gal": ("gallon",),
        "qt": ("quart",),
        "L": ("liter", "liters", "l"),
        "g": ("grams", "gram", "g"),
        "mm": ("millimeter", "mil", "mm", "millimeters"),
        "cm": ("centimeters", "centimeter", "cm", "centimeter"),
        "in": ("inch", "inches", "in"),
        "ft": ("foot", "feet", "ft"),
        "sq ft": ("square feet", "square foot", "sq ft"),
        "GB": ("gig", "gigs", "gigabyte", "gigabytes", "gb"),
        "mAh": ("milliamp", "milliamp hours", "mah"),
        "W": ("watt", "watts", "w"),
    },
)

# The trade's own ways of saying one label, beside digits-and-unit.
TRADE: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "250 ml": ("25 cl", "vingt-cinq centilitres", "un quart de litre"),
        "500 ml": ("50 cl", "un demi-litre", "cinquante centilitres"),
        "750 ml": ("75 cl", "soixante-quinze centilitres"),
        "150 ml": ("15 cl", "quinze centilitres"),
        "5 L": ("un bidon de cinq litres", "le bidon de 5 litres"),
        "25 kg": ("le sac de 25 kilos", "un sac de vingt-cinq kilos"),
        "150 cm": ("un mètre cinquante", "1 m 50"),
        "170 cm": ("un mètre soixante-dix", "1 m 70"),
        "2,4 m": ("deux mètres quarante", "2 m 40", "deux virgule quatre mètres"),
        "7,5 x 15 cm": ("sept et demi par quinze", "7,5 sur 15"),
        "taille M": ("taille médium", "en M", "taille emme"),
        "taille L": ("taille large", "en L", "taille elle"),
        "taille S": ("taille small", "en S", "taille esse"),
        "taille XL": ("taille extra large", "en XL", "taille ixe elle"),
        "junior": ("enfant", "pour enfant"),
        "39-42": ("du 39 au 42", "trente-neuf quarante-deux", "pointure 39 42"),
        "43-46": ("du 43 au 46", "quarante-trois quarante-six", "pointure 43 46"),
        "10 sachets": ("une boîte de dix sachets", "lot de 10"),
        "20 sachets": ("une boîte de vingt sachets", "lot de 20"),
        "NG 60": ("nombre guide soixante", "n g soixante"),
        "NG 45": ("nombre guide quarante-cinq", "n g quarante cinq"),
        "dents 6 mm": ("dents de 6", "denture six millimètres"),
        "dents 10 mm": ("dents de 10", "denture dix millimètres"),
    },
    {
        "16 fl oz": ("sixteen ounce", "a pint"),
        "32 fl oz": ("thirty-two ounce", "a quart"),
        "1 gal": ("a gallon", "the gallon jug"),
        "50 lb": ("a fifty pound bag", "the fifty pound bag"),
        "1/16 in": ("a sixteenth inch", "one sixteenth inch", "sixteenth of an inch"),
        "1/8 in": ("an eighth inch", "one eighth inch", "eighth of an inch"),
        "3/16 in": ("three sixteenths inch", "three sixteenths"),
        "1/4 in notch": ("quarter inch notch", "a quarter inch", "one quarter inch square notch"),
        "3/8 in notch": ("three eighths inch notch", "three eighths inch", "three eighths"),
        "4 x 4 in": ("four by four", "4 by 4 inch"),
        "8 x 8 in": ("eight by eight", "8 by 8 inch"),
        "3 x 6 in": ("three by six", "3 by 6 subway"),
        "size M": ("medium", "size medium", "a medium"),
        "size L": ("large", "size large", "a large"),
        "size S": ("small", "size small", "a small"),
        "size XL": ("extra large", "size extra large", "an xl"),
        "youth": ("kids", "kids size"),
        "10 packets": ("a ten pack", "pack of ten", "10 count"),
        "20 packets": ("a twenty pack", "pack of twenty", "20 count"),
        "10 swabs": ("ten pack of swabs", "10 count"),
        "GN 60": ("guide number sixty", "g n sixty"),
        "GN 45": ("guide number forty-five", "g n forty five"),
        "170 cm": ("one seventy", "a hundred seventy centimeter"),
        "185 cm": ("one eighty-five", "one eighty five centimeter"),
        "100 sq ft": ("a hundred square feet",),
    },
)

# Values said another way than the title's (spelled-out codes are the ear's business).
VALUES: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "f/1,8": ("f 1,8", "f un virgule huit", "ouvert à 1,8", "f1,8"),
        "f/1,4": ("f 1,4", "f un virgule quatre", "ouvert à 1,4", "f1,4"),
        "polarisant circulaire": ("polarisant", "polariseur circulaire"),
        "microSDXC": ("micro sd", "micro sdxc"),
        "SDXC": ("sd", "sd xc"),
        "laine mérinos": ("mérinos", "en mérinos"),
    },
    {
        "f/1.8": ("f 1.8", "f one point eight", "f1.8", "one point eight"),
        "f/1.4": ("f 1.4", "f one point four", "f1.4", "one point four"),
        "circular polarizer": ("polarizer", "cpl", "circular polarizing"),
        "microSDXC": ("micro sd", "micro sdxc"),
        "SDXC": ("sd", "sd xc", "full size sd"),
        "all temp": ("all temperature", "universal"),
        "merino wool": ("merino",),
        "carbon fiber": ("carbon",),
    },
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def say_size(label: str, lang: int, rng: random.Random, plain: bool) -> tuple[str, list[str]]:
    """How a shopper says the size ``label`` and what was done (tags); ``plain``: as written."""
    if plain or not label:
        return label, []
    ways = TRADE[lang].get(label, ())
    if ways and rng.random() < 0.35:
        return rng.choice(ways), ["size_trade"]
    tags: list[str] = []
    text = re.sub(r"(\d)(mm|GB)\b", r"\1 \2", label)
    units = UNITS[lang]
    for unit in sorted(units, key=len, reverse=True):
        pattern = rf"(?<=\d) {re.escape(unit)}(?!\w)"
        if re.search(pattern, text):
            spoken = rng.choice(units[unit]) if rng.random() < 0.6 else unit
            if spoken != unit:
                text = re.sub(pattern, " " + spoken, text, count=1)
                tags.append("unit_words")
            break
    if rng.random() < 0.55 and "/" not in text:

        def spell(match: re.Match[str]) -> str:
            number = match.group(0)
            if "," in number or "." in number:
                return say_decimal(number, lang, rng)
            return say(int(number), lang, rng)

        spelled = _NUMBER.sub(spell, re.sub(r"(\d)-(\d)", r"\1 \2", text))
        if spelled != text:
            text = spelled
            tags.append("size_words")
    if " x " in text and rng.random() < 0.6:
        text = text.replace(" x ", rng.choice(((" par ", " sur "), (" by ", " by "))[lang]))
        tags.append("size_trade")
    return text, tags


def say_value(label: str, lang: int, rng: random.Random, plain: bool) -> tuple[str, list[str]]:
    ways = VALUES[lang].get(label, ())
    if plain or not ways or rng.random() < 0.4:
        return label, []
    return rng.choice(ways), ["value_said"]
