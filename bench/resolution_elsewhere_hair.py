"""The elsewhere half's hairdressing-supplies shop: shampoos, conditioners, permanent colours
by shade number, cream developers by volume, combs, sectioning clips, masks and hairsprays."""

from __future__ import annotations

from bench.resolution_elsewhere_model import Axis, Maker, Trade, Value, Ware, sizes, v
from bench.resolution_elsewhere_numbers import en_words, fr_words

# A shade: its level and reflect, then its name in French and in English.
SHADES = (
    (3, 0, "Châtain foncé", "Dark Brown"),
    (4, 5, "Châtain acajou", "Mahogany Brown"),
    (5, 0, "Châtain clair", "Light Brown"),
    (6, 1, "Blond foncé cendré", "Dark Ash Blonde"),
    (6, 4, "Blond foncé cuivré", "Dark Copper Blonde"),
    (7, 3, "Blond doré", "Golden Blonde"),
    (8, 1, "Blond clair cendré", "Light Ash Blonde"),
    (9, 0, "Blond très clair", "Very Light Blonde"),
)


def shade(level: int, reflect: int, fr: str, en: str) -> Value:
    """« six un blond foncé cendré », « la 6.1 », "six point one dark ash blonde"."""
    code = f"{level}.{reflect}"
    fr_num = [
        f"{fr_words(level)} {fr_words(reflect)}",
        f"{fr_words(level)} point {fr_words(reflect)}",
        code,
    ]
    en_num = [
        f"{en_words(level)} point {en_words(reflect)}",
        f"{en_words(level)} {en_words(reflect)}",
        code,
    ]
    if reflect == 0:
        en_num[1] = f"{en_words(level)} oh"
    fr_said = (
        f"{fr_num[0]} {fr.lower()}",
        fr.lower(),
        fr_num[1],
        f"{code} {fr.lower()}",
        fr_num[0],
    )
    en_said = (
        f"{en_num[0]} {en.lower()}",
        en.lower(),
        en_num[1],
        f"{code} {en.lower()}",
        en_num[0],
    )
    return v(f"{code} {fr}", f"{code} {en}", fr_said, en_said)


def strength(volumes: int) -> Value:
    """A developer: « vingt volumes », « 6 pour cent », "twenty volume", "6 percent"."""
    percent = volumes * 3 // 10
    fr_said = (
        f"{fr_words(volumes)} volumes",
        f"{volumes} volumes",
        f"{volumes} vol",
        f"{fr_words(percent)} pour cent",
    )
    en_said = (
        f"{en_words(volumes)} volume",
        f"{volumes} volume",
        f"{volumes} vol",
        f"{en_words(percent)} percent",
    )
    return v(f"{volumes} vol. ({percent} %)", f"{volumes} Volume ({percent}%)", fr_said, en_said)


CARE = {
    "colour": v(
        "Cheveux colorés",
        "Color-Treated",
        ("cheveux colorés", "pour cheveux colorés", "protecteur de couleur"),
        ("color treated", "for color treated hair", "color safe"),
    ),
    "dry": v(
        "Cheveux secs",
        "Dry Hair",
        ("cheveux secs", "pour cheveux secs"),
        ("dry hair", "for dry hair"),
    ),
    "flakes": v(
        "Antipelliculaire",
        "Anti-Dandruff",
        ("antipelliculaire", "anti-pellicules"),
        ("anti dandruff", "dandruff"),
    ),
    "toner": v(
        "Déjaunisseur",
        "Purple",
        ("déjaunisseur", "violet", "anti-reflets jaunes"),
        ("purple", "silver", "purple toning"),
    ),
}
BOTTLES = (("flacon", "flacons"), ("bottle", "bottles"))
WARES = (
    Ware(
        "shampoo",
        ("Shampooing", "Shampoo"),
        (("shampooing", "shampooing professionnel"), ("shampoo", "salon shampoo")),
        "m",
        (Axis("care", tuple(CARE.values())),),
        sizes("ml", 250, 500, 1000),
        BOTTLES,
        price=890,
    ),
    Ware(
        "conditioner",
        ("Après-shampooing", "Conditioner"),
        (("après-shampooing", "après shampooing", "démêlant"), ("conditioner", "hair conditioner")),
        "m",
        (Axis("care", (CARE["colour"], CARE["dry"], CARE["toner"])),),
        sizes("ml", 200, 1000),
        BOTTLES,
        price=990,
    ),
    Ware(
        "color",
        ("Coloration permanente", "Permanent Hair Color"),
        (("coloration", "coloration permanente", "couleur"),
         ("hair color", "permanent hair color", "hair dye")),
        "f",
        (Axis("shade", tuple(shade(*s) for s in SHADES)),),
        sizes("ml", 60, 100),
        (("tube", "tubes"), ("tube", "tubes")),
        price=690,
    ),
    Ware(
        "developer",
        ("Oxydant crème", "Cream Developer"),
        (("oxydant", "oxydant crème", "révélateur"), ("developer", "cream developer", "peroxide")),
        "m",
        (Axis("strength", tuple(strength(n) for n in (10, 20, 30, 40))),),
        sizes("ml", 100, 1000),
        (("bouteille", "bouteilles"), ("bottle", "bottles")),
        price=390,
    ),
    Ware(
        "comb",
        ("Peigne", "Comb"),
        (("peigne",), ("comb",)),
        "m",
        (Axis("style", (
            v("à queue", "Rat-Tail", ("à queue", "queue de rat"), ("rat tail", "tail")),
            v("démêloir", "Wide-Tooth", ("démêloir", "à grosses dents"), ("wide tooth", "detangling")),
            v("de coupe", "Cutting", ("de coupe", "de coiffeur"), ("cutting", "barber")),
        )),),
        sizes("cm", 18, 22, en_unit="in", en=(7, 8.5)),
        price=350,
        size_before=True,
    ),
    Ware(
        "clips",
        ("Pinces de sectionnement", "Sectioning Clips"),
        (("pinces de sectionnement", "pinces crocodile", "pinces à cheveux"),
         ("sectioning clips", "hair clips", "section clips")),
        "p",
        (Axis("colour", (
            v("Noir", "Black", ("noir", "noires"), ("black",)),
            v("Rose", "Pink", ("rose", "roses"), ("pink",)),
            v("Transparent", "Clear", ("transparent", "transparentes"), ("clear", "see through")),
        )),),
        sizes("set", 6, 12),
        (("boîte", "boîtes"), ("pack", "packs")),
        price=450,
    ),
    Ware(
        "mask",
        ("Masque capillaire", "Hair Mask"),
        (("masque capillaire", "masque cheveux", "masque"), ("hair mask", "deep conditioning mask")),
        "m",
        (Axis("care", (
            v("Nutrition", "Nourishing", ("nutrition", "nourrissant"), ("nourishing",)),
            v("Réparateur", "Repair", ("réparateur", "réparation"), ("repair", "repairing")),
            v("Brillance", "Shine", ("brillance", "pour la brillance"), ("shine", "gloss")),
        )),),
        sizes("ml", 200, 500, 1000),
        (("pot", "pots"), ("jar", "jars")),
        price=1190,
    ),
    Ware(
        "spray",
        ("Laque", "Hairspray"),
        (("laque", "laque coiffante", "laque cheveux"), ("hairspray", "hair spray", "finishing spray")),
        "f",
        (Axis("hold", (
            v("Fixation normale", "Medium Hold", ("fixation normale", "normale"), ("medium hold",)),
            v("Fixation forte", "Strong Hold", ("fixation forte", "forte"), ("strong hold", "strong")),
            v("Fixation extra-forte", "Extra Strong Hold", ("fixation extra-forte", "extra-forte"),
              ("extra strong hold", "extra strong")),
        )),),
        sizes("ml", 300, 500),
        (("bombe", "bombes"), ("can", "cans")),
        price=790,
    ),
)  # fmt: skip

MAKERS = (
    Maker("Tressane", "fr", "first", ("shampoo", "conditioner", "mask", "spray"),
          {"fr": ("tresse ane", "très sane", "tressanne"), "en": ("tress ann", "trey sane", "tressan")}),
    Maker("Coiffelys", "fr", "caps-dash", ("color", "developer", "shampoo", "mask"),
          {"fr": ("coiffe lys", "coiffe lisse", "coiffelis"), "en": ("quaff lease", "kwa fleece", "coif lease")}),
    Maker("Maison Varenne", "fr", "brand-last", ("comb", "clips", "spray", "shampoo"),
          {"fr": ("maison varène", "maison va reine", "maisons varenne"),
           "en": ("mayson vah ren", "maze on varen", "may son for anne")}),
    Maker("Kinloch Pro", "en", "comma", ("color", "developer", "comb", "clips"),
          {"en": ("kin lock pro", "kinlock pro", "kin loch pro"), "fr": ("kine loque pro", "kinloc pro", "quine lock pro")}),
    Maker("Tamsin Rowe", "en", "values-first", ("shampoo", "conditioner", "spray", "clips"),
          {"en": ("tamsin row", "tam sin rowe", "tamson rowe"), "fr": ("tamsine rô", "tam sine rau", "tamsin rôt")}),
    Maker("Velmora", "en", "noun-brand", ("color", "developer", "mask", "conditioner"),
          {"en": ("vel mora", "bel mora", "velmore"), "fr": ("vel maura", "velle mora", "vèle mora")}),
)  # fmt: skip

HAIR = Trade(
    kind="hairdressing-supplies",
    code="hair",
    wares=WARES,
    makers=MAKERS,
    unsold=("Boucléa", "Silkhaven", "Cheveline"),
    not_stocked=(
        ("sèche-cheveux", "hair dryer"),
        ("fer à lisser", "flat iron"),
        ("bigoudis", "hair rollers"),
        ("tondeuse", "hair clippers"),
        ("cape de coupe", "cutting cape"),
        ("brosse ronde", "round brush"),
    ),
)
