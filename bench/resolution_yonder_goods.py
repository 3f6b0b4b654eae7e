"""What the butcher's and the luggage shop of the *yonder* half sell (:mod:`bench.resolution_yonder`),
and the notation every yonder shop's goods are written in.

A kind of product is written ``"feed noun; other name; ... | feed noun; other name; ..."`` (French
then English): the first name of each language is the feed's, the others are what shoppers call
it. A name may be listed on several kinds (« jambon » on both hams, "suitcase" on both suitcases):
a shopper saying it means all of them. Values (a cut, a colour, a scent, a material) are written
the same way; a value marked ``!`` is also said alone, for the product (« des merguez »). Sizes are
``"French label | English label"`` pairs, separated by ``;``; how each is said is
:mod:`bench.resolution_yonder_say`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Value:
    fr: tuple[str, ...]  # the feed's word first, then what shoppers say
    en: tuple[str, ...]
    alone: bool = False  # said alone for the product: « des merguez », "a Morteau"

    def names(self, lang: int) -> tuple[str, ...]:
        return (self.fr, self.en)[lang]


@dataclass(frozen=True)
class Kind:
    fr: tuple[str, ...]  # the feed's noun first, then what shoppers say
    en: tuple[str, ...]
    values: tuple[Value, ...]
    sizes: tuple[Pair, ...]
    axis: str = ""  # the feed attribute the value goes in: color, material, scent...
    container: Pair = ("", "")  # « deux barquettes de », "two packs of"
    extra: Pair = ("", "")  # words the feed's title adds that shoppers never say
    value_first: bool = True  # English: "smoked cooked ham", not "cooked ham smoked"
    counted: bool = False  # sizes are counts (« lot de 2 »): no bare number as a quantity
    measured: bool = False  # sizes are amounts: « le plus grand » means the largest

    def names(self, lang: int) -> tuple[str, ...]:
        return (self.fr, self.en)[lang]


def _split(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    fr, _, en = text.partition("|")
    return (
        tuple(n.strip() for n in fr.split(";") if n.strip()),
        tuple(n.strip() for n in en.split(";") if n.strip()),
    )


def values(*written: str) -> tuple[Value, ...]:
    found = []
    for text in written:
        alone = text.startswith("!")
        fr, en = _split(text.lstrip("!"))
        found.append(Value(fr, en, alone))
    return tuple(found)


def sizes(text: str) -> tuple[Pair, ...]:
    pairs = []
    for pair in text.split(";"):
        fr, _, en = pair.partition("|")
        pairs.append((fr.strip(), en.strip()))
    return tuple(pairs)


def pair(text: str) -> Pair:
    fr, _, en = text.partition("|")
    return (fr.strip(), en.strip())


def kind(names: str, vals: tuple[Value, ...], size_text: str, **more: object) -> Kind:
    fr, en = _split(names)
    for key in ("container", "extra"):
        if isinstance(more.get(key), str):
            more[key] = pair(str(more[key]))
    return Kind(fr, en, vals, sizes(size_text), **more)  # type: ignore[arg-type]


BOUCHERIE = (
    kind(
        "jambon blanc; jambon; jambon cuit; jambon de Paris | cooked ham; ham; sliced ham; deli ham",
        values(
            "supérieur | premium",
            "à l'os | bone-in; on the bone",
            "aux herbes; aux fines herbes | herb; herbed",
            "fumé | smoked",
        ),
        "2 tranches | 2 slices; 4 tranches | 4 slices; 6 tranches | 6 slices",
        axis="style",
        container="barquette | pack",
        extra="découenné | rindless",
        counted=True,
    ),
    kind(
        "jambon sec; jambon cru; jambon | dry-cured ham; cured ham; ham",
        values(
            "!de Bayonne; Bayonne | Bayonne",
            "de montagne; montagne | mountain",
            "affiné 18 mois; 18 mois | 18-month aged; aged 18 months",
        ),
        "4 tranches | 4 slices; 8 tranches | 8 slices",
        axis="style",
        container="barquette | pack",
        counted=True,
    ),
    kind(
        "saucisson sec; saucisson | saucisson; dry sausage; French salami; salami",
        values(
            "nature | plain; classic",
            "aux noisettes; noisette | hazelnut",
            "au poivre; poivre | black pepper; pepper",
            "au beaufort; beaufort | Beaufort cheese; Beaufort",
            "à la figue; figue | fig",
        ),
        "250 g | 9 oz; 400 g | 14 oz",
        axis="flavor",
        container="| stick",
        extra="pur porc | pure pork",
        measured=True,
    ),
    kind(
        "saucisses; saucisse; saucisses fraîches | sausages; sausage; fresh sausages; links",
        values(
            "de Toulouse; Toulouse | Toulouse",
            "!de Morteau; Morteau | Morteau",
            "!merguez | merguez; lamb merguez",
            "!chipolatas; chipolata; chipos | chipolata; chipolatas",
        ),
        "x4 | 4-pack; x6 | 6-pack; 1 kg | 2 lb",
        axis="flavor",
        container="barquette | pack",
        counted=True,
    ),
    kind(
        "rôti | roast; roast joint",
        values(
            "de porc; porc | pork",
            "de bœuf; bœuf | beef",
            "de veau; veau | veal",
            "de dinde; dinde | turkey",
        ),
        "800 g | 1.75 lb; 1,2 kg | 2.5 lb; 1,5 kg | 3.25 lb",
        axis="meat",
        extra="ficelé | tied",
        measured=True,
    ),
    kind(
        "steak haché; steaks hachés; steak; hachés | ground beef patties; patties; burger patties; "
        "hamburger patties",
        values(
            "5 % MG; 5 %; cinq pour cent | 95% lean; 95 percent lean; ninety five percent lean",
            "15 % MG; 15 %; quinze pour cent | 85% lean; 85/15; eighty five fifteen",
            "20 % MG; 20 %; vingt pour cent | 80% lean; 80/20; eighty twenty",
        ),
        "2 x 125 g | 2 x 1/4 lb; 4 x 125 g | 4 x 1/4 lb; 10 x 100 g | 10 x 3.5 oz",
        axis="fat",
        container="barquette | box",
        extra="pur bœuf | 100% beef",
        counted=True,
    ),
    kind(
        "terrine; pâté | pâté; terrine",
        values(
            "de campagne; campagne | country; country-style",
            "au poivre vert | green peppercorn; green pepper",
            "de canard; canard | duck",
            "de sanglier; sanglier | wild boar; boar",
        ),
        "180 g | 6.3 oz; 350 g | 12.3 oz",
        axis="flavor",
        container="bocal | jar",
        measured=True,
    ),
    kind(
        "rillettes | rillettes; rillette",
        values("pur porc; de porc; porc | pork", "d'oie; oie | goose", "de canard; canard | duck"),
        "220 g | 7.8 oz",
        axis="flavor",
        container="pot | jar",
        extra="recette artisanale | small batch",
    ),
    kind(
        "lardons; lardon | bacon lardons; lardons; diced bacon",
        values("fumés; fumé | smoked", "nature | unsmoked; plain"),
        "2 x 100 g | 2 x 3.5 oz; 250 g | 9 oz",
        axis="style",
        container="barquette | pack",
        counted=True,
    ),
)

BAG_COLOURS = values(
    "noir | black",
    "bleu nuit | midnight blue; navy",
    "vert sauge; sauge | sage green; sage",
    "terracotta | terracotta",
    "argent; argenté | silver",
    "sable | sand; beige",
)
MATERIALS = values(
    "cuir | leather", "toile cirée; toile | waxed canvas; canvas", "nylon recyclé; nylon | recycled nylon; nylon"
)  # fmt: skip
SUITCASE_SIZES = "55 cm cabine | 21 in carry-on; 68 cm | 25 in; 77 cm | 28 in"

BAGAGERIE = (
    kind(
        "valise rigide; valise; valise coque; valise à roulettes; valise trolley | hardside spinner; "
        "suitcase; spinner; hardside suitcase; hard shell suitcase; rolling suitcase",
        BAG_COLOURS,
        SUITCASE_SIZES,
        axis="color",
        extra="polycarbonate, 4 roues doubles | polycarbonate, 8 wheels",
        measured=True,
    ),
    kind(
        "valise souple; valise; valise en tissu; valise à roulettes; valise trolley | softside "
        "spinner; suitcase; spinner; softside suitcase; soft suitcase; rolling suitcase",
        BAG_COLOURS[:4],
        SUITCASE_SIZES,
        axis="color",
        extra="extensible | expandable",
        measured=True,
    ),
    kind(
        "sac de voyage; sac polochon; sac week-end; sac | duffel bag; duffel; duffle bag; "
        "weekender; bag",
        MATERIALS,
        "40 l | 40 l; 60 l | 60 l; 90 l | 90 l",
        axis="material",
        measured=True,
    ),
    kind(
        "sac à dos de voyage; sac à dos; sac | travel backpack; backpack; bag",
        values("noir | black", "kaki | khaki; olive", "gris chiné; gris | heather gray; gray"),
        "30 l | 30 l; 40 l | 40 l",
        axis="color",
        extra="compartiment ordinateur | laptop sleeve",
        measured=True,
    ),
    kind(
        "trousse de toilette; trousse | toiletry bag; dopp kit; wash bag",
        MATERIALS,
        "4 l | 4 l",
        axis="material",
    ),
    kind(
        "cadenas TSA; cadenas; cadenas de valise | TSA lock; lock; luggage lock; padlock",
        values("à code; à combinaison | combination; combo", "à clé; à clef | keyed; with key"),
        "à l'unité | single; lot de 2 | 2-pack; lot de 4 | 4-pack",
        axis="style",
        counted=True,
    ),
    kind(
        "coussin de voyage; coussin cervical; oreiller de voyage; coussin | travel pillow; neck "
        "pillow; pillow",
        values(
            "mémoire de forme | memory foam",
            "gonflable | inflatable",
            "microbilles | microbead; micro bead",
        ),
        "taille unique | one size",
        axis="material",
    ),
    kind(
        "housse de valise; housse; protège-valise | luggage cover; suitcase cover; cover",
        values(
            "carte du monde | world map", "uni noir | solid black", "rayures | stripes; striped"
        ),
        "S (18-22 pouces) | S (18-22 in); M (22-26 pouces) | M (22-26 in); "
        "L (26-30 pouces) | L (26-30 in)",
        axis="pattern",
    ),
    kind(
        "cubes de rangement; cubes; organiseurs de valise | packing cubes; cubes; packing cube set",
        values("gris | gray", "bleu pétrole | petrol blue; teal", "moutarde | mustard"),
        "set de 3 | set of 3; set de 5 | set of 5",
        axis="color",
        counted=True,
    ),
)
