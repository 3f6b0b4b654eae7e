"""Units as catalogs write them and people say them.

Every spoken or written form of a unit maps to one canonical form (:data:`UNIT_CANON`:
"millilitres", "milliliters" → ``ml``); measure units (:data:`MEASURE_UNITS`) are told apart
from the count nouns that follow a number in a size (:data:`COUNT_UNITS`: "48 capsules").
:mod:`catalog.numbers` reads units in what was said, :mod:`catalog.sizes` and
:mod:`catalog.variants` read sizes with them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from catalog.folding import singular

if TYPE_CHECKING:
    from catalog.numbers import Word

__all__ = [
    "CLIPPED_UNITS",
    "COUNT_UNITS",
    "CUBED_AFTER",
    "CUBED_BEFORE",
    "DIMENSION_MARKS",
    "LENGTH_UNITS",
    "MEASURE_UNITS",
    "ONLY_AFTER_NUMBERS",
    "PERCENT",
    "PER_UNITS",
    "SQUARED_AFTER",
    "SQUARED_BEFORE",
    "TITLE_LETTER_UNITS",
    "UNITS_SAID_FOR",
    "UNIT_CANON",
    "as_unit",
    "is_measure",
    "is_unit",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Units, in their canonical written form. Both languages share them: a feed in one language
# and a query in the other still meet.
_UNIT_FORMS = {
    "ml": "ml millilitre millilitres milliliter milliliters mls mils milli",
    "cl": "cl centilitre centilitres centiliter centiliters centi",
    "l": "l litre litres liter liters lt ltr",
    "g": "g gr gramme grammes gram grams grs",
    "kg": "kg kilo kilos kilogramme kilogrammes kilogram kilograms kgs",
    "mg": "mg milligramme milligrammes milligram milligrams",
    "oz": "oz ounce ounces",
    "lb": "lb lbs pound pounds",
    "livre": "livre livres",  # « une livre de mimolette »: the French pound, 500 g
    "cm": "cm centimetre centimetres centimeter centimeters",
    "mm": "mm millimetre millimetres millimeter millimeters",
    "m": "metre metres meter meters",
    "in": "in inch inches pouce pouces",  # « 1 pouce », « 3/4 de pouce »
    "ft": "ft foot feet footer footers",  # "a seven footer"
    "yd": "yd yard yards yds",
    "deg": "deg degs degre degres degree degrees",  # either scale: "-5 °C", "20 °F" are "deg"
    "gal": "gal gallon gallons gals",
    "qt": "qt quart quarts qts",
    "pt": "pint pints",
    "w": "w watt watts",
    "kw": "kw kilowatt kilowatts",
    "v": "v volt volts",
    # Electric current and charge: a title's "10 A", "30 mA" (catalog.numbers._units), "2200
    # mAh"; said "ten amps", « trente milliampères ».
    "amp": "amp amps ampere amperes",
    "milliamp": "milliamp milliamps milliampere milliamperes",
    "mah": "mah",
    "lumen": "lm lumen lumens",
    "hertz": "hz hertz",
    # Areas, as a title's "mm²", "m²" fold; said ones are read by catalog.numbers._areas.
    "mm2": "mm2",
    "cm2": "cm2",
    "m2": "m2",
    "in2": "in2",
    "ft2": "ft2",
    "yd2": "yd2",
    # Volumes, as "m³", "ft³" fold and "cu ft", « mètres cubes » are read (catalog.numbers).
    "mm3": "mm3",
    "cm3": "cm3",
    "m3": "m3",
    "in3": "in3",
    "ft3": "ft3",
    "yd3": "yd3",
}
# Unit words the recogniser cut short: spelt as the first unit above ("centi" is cl), and read
# as whichever of these the catalog has the amount in ("quinze centi" is 15 cm in a shop of
# shower heads; catalog.size_readings.convert_sizes).
CLIPPED_UNITS = {"centi": ("cl", "cm"), "milli": ("ml", "mm")}
# A unit said for another the catalog writes: a battery's "2200 mAh" said "twenty two hundred
# milliamps" (catalog.size_readings.convert_sizes, where no product has the size as said).
UNITS_SAID_FOR: dict[str, tuple[str, ...]] = {"milliamp": ("mah",)}
# Units a title writes as a letter that is a word too ("10 A", "30 mA": « à », « ma »): units
# only in a title, right after a number and written without an accent.
TITLE_LETTER_UNITS = {"a": "amp", "ma": "milliamp"}
# What a rate is per ("400 l/h", « 400 litres heure », "liters an hour"): spelt one way, yet
# no measure of its own ("an hour" is no "1 h", "h 4" is a bulb).
_PER_FORMS = {"h": "heure heures hour hours hr hrs"}
PER_UNITS = frozenset(_PER_FORMS)
# A share, written "%" and said « pour cent », "percent" (catalog.normalise): spelt one way,
# yet no size of a product ("noir 85 %" is a chocolate, its size is "100 g").
PERCENT = "pct"
_PERCENT_FORMS = {PERCENT: "pct percent pourcent"}
UNIT_CANON = {
    form: canon
    for canon, forms in (*_UNIT_FORMS.items(), *_PER_FORMS.items(), *_PERCENT_FORMS.items())
    for form in forms.split()
}
# Lengths made areas by a word after them (« seize millimètres carrés ») or before them
# ("sixty square feet", "50 sq ft"): read as the title writes them, "mm²" folded to "mm2".
LENGTH_UNITS = frozenset({"mm", "cm", "m", "in", "ft", "yd"})
SQUARED_AFTER = {"fr": frozenset({"carre", "carres", "carree", "carrees"})}
SQUARED_BEFORE = {"en": frozenset({"square", "sq"})}
# Lengths made volumes the same way (« trois mètres cubes », "eighty cubic feet", "80 cu ft").
CUBED_AFTER = {"fr": frozenset({"cube", "cubes"})}
CUBED_BEFORE = {"en": frozenset({"cubic", "cu"})}
# What stands between the two sides of a dimension ("four x five", "nine by twelve", « 10 sur
# 15 », « 4 par 5 »).
DIMENSION_MARKS = {
    "fr": frozenset({"x", "×", "sur", "par", "fois"}),  # « des jumelles quinze fois soixante-dix »
    "en": frozenset({"x", "×", "by"}),
}
# Units that are everyday words too ("in", "foot", « livre »): units only right after a
# number.
ONLY_AFTER_NUMBERS = frozenset({"in", "ft", "livre"})
MEASURE_UNITS = frozenset(_UNIT_FORMS)
# Count nouns that follow a number in a size ("48 capsules", "pack of 6" is handled apart).
COUNT_UNITS = _words(
    "capsule pod lingette wipe piece roll rouleau sachet tablet tablette pastille dose "
    "unite unit feuille sheet paire pair sac bag bouteille bottle batterie battery pouch "
    "canette can boite box paquet packet carton jug bucket seau jerrican jerrycan "
    "gelule comprime pilule pill softgel caplet gummy gummie lozenge"
)

# Containers, counted only before "de"/"of" ("quatre pots de baume", "two jars of honey"):
# elsewhere the word may be another one misheard ("laundry pots" for "pods").
CONTAINERS = _words("pot flacon bocal tube jar tin tub bidon barquette brique")
CONTAINER_OF = {"fr": frozenset({"de", "d", "du", "des"}), "en": frozenset({"of"})}


def as_unit(word: Word) -> Word:
    """``word`` spelt as its unit ("inch" → ``in``) where it is a unit's word, else itself:
    for a unit met after a number read late (a part: "three quarter inch")."""
    canon = UNIT_CANON.get(word.plain)
    if canon is None or word.number is not None or word.stop:
        return word
    return replace(word, plain=canon)


def is_measure(word: Word | None) -> bool:
    """A measure unit ("kg", "litre"), not a count noun."""
    return (
        word is not None and word.number is None and not word.stop and word.plain in MEASURE_UNITS
    )


def is_unit(word: Word | None) -> bool:
    """A unit word, a measure ("kg") or a count noun ("capsules")."""
    if word is None or word.number is not None or word.stop:
        return False  # an elision is no unit: "de l'huile" is not "2 l huile"
    return word.plain in MEASURE_UNITS or singular(word.plain) in COUNT_UNITS
