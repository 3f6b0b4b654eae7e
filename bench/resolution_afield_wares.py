"""What the climbing shop and the pottery-supplies shop of the *afield* half sell
(:mod:`bench.resolution_afield`), and the shape every afield ware is written in.

A :class:`Ware` is one kind of product. Its names in each language are written as one string,
alternatives apart with ``|``: the merchant's own word first, then what a shopper also calls it
(« chaussons | chaussons d'escalade », "ice axe | ice ax"). Each value is such a pair too (a
colour, a material, a grade, a model code, the diameter of a rope ...), with the ways a climber or
a potter says it ("9.8 mm | nine eight"). Sizes are (French label, American label) pairs in the
trade's own units: a French shop sells clay by the kilo and chalk by the gram, an American one by
the pound and the ounce; shoes are a « pointure » in one and a "size 9.5" in the other.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Ware:
    fr: str
    en: str
    axis: str = ""  # the feed column a value goes in: "color", "material", "model" ...
    values: tuple[Pair, ...] = ()
    sizes: tuple[Pair, ...] = (("", ""),)

    def names(self, lang: int) -> list[str]:
        """The merchant's name first, then the shoppers' ones."""
        return [n.strip() for n in (self.fr, self.en)[lang].split("|")]

    def value_names(self, value: int, lang: int) -> list[str]:
        return [n.strip() for n in self.values[value][lang].split("|")]

    def size_label(self, size: int, lang: int) -> str:
        return self.sizes[size][lang]


def both(*labels: str) -> tuple[Pair, ...]:
    """Sizes written alike in both shops (millimetres, lug widths, newtons)."""
    return tuple((label, label) for label in labels)


CLIMBING = (
    Ware("corde dynamique | corde à simple", "dynamic rope | single rope", "diameter",
         (("9,5 mm | neuf cinq | neuf et demi", "9.5 mm | nine five | nine and a half mil"),
          ("9,8 mm | neuf huit | neuf virgule huit", "9.8 mm | nine eight | nine point eight"),
          ("10,2 mm | dix deux | dix virgule deux", "10.2 mm | ten two | ten point two")),
         both("50 m", "60 m", "70 m", "80 m")),
    Ware("mousqueton | mousquif", "carabiner | biner | crab", "gate",
         (("à vis | à virole vissée", "screwgate | screw lock"),
          ("poire HMS | HMS", "HMS pear | pear shaped"),
          ("doigt droit", "straight gate"),
          ("doigt fil | fil", "wiregate | wire gate")),
         (("à l'unité", "single"), ("lot de 5", "5-pack"))),
    Ware("dégaine | dégaine express", "quickdraw | draw", "", (), both("11 cm", "17 cm", "22 cm")),
    Ware("chaussons d'escalade | chaussons | chaussons de grimpe", "climbing shoes | rock shoes",
         "closure",
         (("à lacets", "lace-up | laces"), ("à scratch | velcro", "velcro | hook and loop"),
          ("ballerine", "slipper")),
         (("pointure 39", "size 6.5"), ("pointure 40", "size 7.5"), ("pointure 41", "size 8"),
          ("pointure 42", "size 9"), ("pointure 43", "size 9.5"))),
    Ware("baudrier", "harness | climbing harness", "use",
         (("polyvalent | falaise", "all-round | sport"), ("alpinisme | alpi", "alpine"),
          ("enfant", "kids | youth")),
         both("S", "M", "L", "XL")),
    Ware("magnésie", "chalk | climbing chalk", "form",
         (("en poudre | poudre", "loose"), ("en boule | boule", "chalk ball | ball"),
          ("liquide", "liquid")),
         (("100 g", "3.5 oz"), ("250 g", "8 oz"), ("500 g", "1 lb"))),
    Ware("piolet", "ice axe | ice ax", "grade",
         (("technique", "technical"), ("randonnée glaciaire | rando", "glacier walking")),
         both("50 cm", "55 cm", "60 cm", "65 cm")),
    Ware("crampons", "crampons", "binding",
         (("automatiques | auto", "step-in | automatic"),
          ("semi-automatiques | semi-auto", "hybrid | semi-automatic"),
          ("à lanières | souples", "strap-on | strap"))),
    Ware("casque d'escalade | casque", "climbing helmet | helmet", "color",
         (("rouge", "red"), ("orange", "orange"), ("gris anthracite | gris", "charcoal | gray"),
          ("blanc", "white")),
         both("S/M", "M/L")),
    Ware("anneau de sangle | anneau cousu", "sewn sling | runner", "material",
         (("dyneema", "dyneema"), ("nylon", "nylon")),
         (("60 cm", "2 ft"), ("120 cm", "4 ft"), ("240 cm", "8 ft"))),
)  # fmt: skip

POTTERY = (
    Ware("argile | terre", "clay | clay body", "body",
         (("grès chamotté | grès", "grogged stoneware | stoneware"),
          ("porcelaine", "porcelain"), ("faïence rouge | terre rouge", "red earthenware"),
          ("faïence blanche | terre blanche", "white earthenware")),
         (("5 kg", "10 lb"), ("10 kg", "25 lb"), ("12,5 kg", "50 lb"))),
    Ware("émail | émail liquide", "glaze | dipping glaze", "color",
         (("céladon", "celadon"), ("tenmoku", "tenmoku"), ("bleu cobalt", "cobalt blue"),
          ("blanc mat", "matte white | satin white"), ("rouge de cuivre", "copper red")),
         (("250 ml", "1 pt"), ("500 ml", "1 qt"), ("1 l", "1 gal"))),
    Ware("engobe", "slip | engobe", "color",
         (("noir", "black"), ("blanc", "white"), ("ocre", "ochre")),
         (("500 g", "1 lb"), ("1 kg", "2 lb"))),
    Ware("cônes pyrométriques | cônes", "pyrometric cones | witness cones", "cone",
         (("cône 06 | cône zéro six", "cone 06 | cone oh six"),
          ("cône 04 | cône zéro quatre", "cone 04 | cone oh four"), ("cône 6", "cone 6"),
          ("cône 10", "cone 10")),
         (("boîte de 25", "box of 25"), ("boîte de 50", "box of 50"))),
    Ware("plaque d'enfournement | plaque de four", "kiln shelf", "material",
         (("cordiérite", "cordierite"), ("carbure de silicium", "silicon carbide")),
         (("30 x 30 cm", "12 x 12 in"), ("40 x 30 cm", "16 x 12 in"),
          ("50 x 40 cm", "20 x 16 in"))),
    Ware("tournassin", "trimming tool | trimmer", "shape",
         (("ruban", "ribbon"), ("boucle", "loop"), ("triangle", "triangle")),
         (("n° 3", "no. 3"), ("n° 5", "no. 5"))),
    Ware("estèque", "rib | potter's rib", "material",
         (("bois", "wood | wooden"), ("inox | métal", "stainless | steel"),
          ("caoutchouc | souple", "rubber | soft rubber")),
         (("8 cm", "3 in"), ("12 cm", "5 in"))),
    Ware("pinceau à émail | pinceau d'émaillage", "glaze brush | glazing brush", "shape",
         (("hake", "hake"), ("éventail", "fan"), ("rond | pointu", "round")),
         (("n° 6", "size 6"), ("n° 10", "size 10"), ("n° 14", "size 14"))),
    Ware("fil à couper | fil à découper", "cutting wire | clay cutter", "twist",
         (("torsadé", "twisted"), ("lisse", "plain")),
         (("45 cm", "18 in"), ("60 cm", "24 in"))),
    Ware("oxyde colorant | oxyde", "colorant oxide | oxide", "oxide",
         (("fer rouge", "red iron"), ("manganèse", "manganese"), ("vert de chrome", "chrome green"),
          ("rutile", "rutile")),
         (("100 g", "4 oz"), ("500 g", "1 lb"))),
)  # fmt: skip
