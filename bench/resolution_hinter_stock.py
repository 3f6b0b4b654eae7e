"""What the home-brewing shop and the chocolate shop of the *hinter* half sell
(:mod:`bench.resolution_hinter`), and the shape every hinter ware is written in.

A :class:`Ware` is one kind of product. ``fr`` starts with the grammatical gender and number of
its French names (``m``, ``f``, ``mp``, ``fp``), ``en`` with how its English names are counted
(``c`` one of a thing, ``p`` a plural, ``u`` a mass noun); then come the names, the merchant's
own first, then the ones shoppers use. Each value is a pair of name tuples (French, English),
the merchant's word first, already agreeing with the French noun. Sizes are (French label,
English label) pairs, smallest first when ``ordered``: an American shop sells by the ounce, the
pound and the gallon where a French one sells by the gram, the kilo and the litre.
"""

from __future__ import annotations

from dataclasses import dataclass

Names = tuple[str, ...]


@dataclass(frozen=True)
class Ware:
    fr: Names
    en: Names
    values: tuple[tuple[Names, Names], ...] = ()
    sizes: tuple[tuple[str, str], ...] = (("", ""),)
    ordered: bool = True  # « le plus grand » means the last size
    axis: str = ""  # the feed column the value goes in (color, material), if any
    extra: tuple[str, str] = ("", "")  # words the merchant adds to a title

    def names(self, lang: int) -> Names:
        return (self.fr, self.en)[lang][1:]

    def grammar(self, lang: int) -> str:
        return (self.fr, self.en)[lang][0]

    def value_names(self, value: int, lang: int) -> Names:
        return self.values[value][lang]


def _v(*pairs: tuple[Names, Names]) -> tuple[tuple[Names, Names], ...]:
    return tuple(pairs)


BREWING = (
    Ware(
        ("m", "malt d'orge", "malt", "malt de brasserie"),
        ("u", "barley malt", "malt", "brewing malt"),
        _v(
            (("Pilsen", "pils", "pilsen"), ("Pilsner", "pils", "pilsner")),
            (("Munich",), ("Munich",)),
            (("caramel", "cara"), ("Crystal", "crystal malt", "caramel")),
            (("chocolat", "torréfié chocolat"), ("Chocolate", "chocolate")),
        ),
        (("1 kg", "1 lb"), ("5 kg", "10 lb"), ("25 kg", "55 lb")),
        extra=("grain entier", "whole kernel"),
    ),
    Ware(
        ("mp", "houblons en pellets", "houblon", "pellets de houblon", "houblons"),
        ("p", "hop pellets", "hops", "pellet hops"),
        _v(
            (("Cascade",), ("Cascade",)),
            (("Saaz",), ("Saaz",)),
            (("Citra",), ("Citra",)),
            (("Strisselspalt", "strissel"), ("Strisselspalt",)),
        ),
        (("100 g", "1 oz"), ("500 g", "8 oz"), ("1 kg", "1 lb")),
        extra=("récolte 2023", "2023 harvest"),
    ),
    Ware(
        ("f", "levure de brassage", "levure", "levure sèche"),
        ("u", "brewing yeast", "yeast", "dry yeast"),
        _v(
            (("ale", "haute fermentation"), ("Ale", "ale")),
            (("lager", "basse fermentation"), ("Lager", "lager")),
            (("saison",), ("Saison", "farmhouse")),
            (("blanche", "bière blanche"), ("Wheat", "hefeweizen", "wheat beer")),
        ),
        (("11,5 g", "11.5 g"), ("500 g", "500 g")),
        extra=("sachet sous atmosphère", "vacuum packed"),
    ),
    Ware(
        ("m", "fermenteur", "seau de fermentation", "cuve de fermentation"),
        ("c", "fermenter", "fermenting bucket", "fermentation bucket"),
        _v(
            (("plastique", "en plastique"), ("Plastic", "plastic")),
            (("inox", "en inox"), ("Stainless Steel", "stainless", "stainless steel")),
        ),
        (("15 L", "3 gal"), ("30 L", "6.5 gal"), ("60 L", "14 gal")),
        axis="material",
        extra=("avec robinet et barboteur", "with spigot and airlock"),
    ),
    Ware(
        ("fp", "capsules couronne", "capsules", "bouchons couronne"),
        ("p", "bottle caps", "crown caps", "caps"),
        _v(
            (("dorées", "or"), ("Gold", "gold")),
            (("noires",), ("Black", "black")),
            (("rouges",), ("Red", "red")),
        ),
        (("lot de 100", "100 ct"), ("lot de 500", "500 ct"), ("lot de 1000", "1000 ct")),
        axis="color",
        extra=("26 mm", "26 mm"),
    ),
    Ware(
        ("fp", "bouteilles à bière", "bouteilles", "bouteilles de bière"),
        ("p", "beer bottles", "bottles", "brown bottles"),
        _v(
            (("ambrées", "brunes"), ("Amber", "amber")),
            (("vertes",), ("Green", "green")),
            (("transparentes", "claires"), ("Clear", "clear", "flint")),
        ),
        (("33 cl", "12 oz"), ("75 cl", "22 oz")),
        axis="color",
        extra=("carton de 24", "case of 24"),
    ),
)

CHOCOLATE = (
    Ware(
        ("f", "tablette de chocolat", "tablette", "plaque de chocolat"),
        ("c", "chocolate bar", "bar", "bar of chocolate"),
        _v((("noir 70 %", "noir soixante-dix"), ("70% Dark", "seventy percent dark")),
           (("noir 85 %", "noir quatre-vingt-cinq", "extra noir"),
            ("85% Dark", "eighty five percent dark", "extra dark")),
           (("au lait", "lait"), ("Milk", "milk")),
           (("blanc", "chocolat blanc"), ("White", "white"))),
        (("80 g", "2.8 oz"), ("100 g", "3.5 oz"), ("200 g", "7 oz")),
        extra=("pur beurre de cacao", "single origin"),
    ),
    Ware(
        ("m", "ballotin de pralinés", "ballotin", "ballotin de chocolats", "boîte de pralinés"),
        ("c", "praline box", "box of pralines", "pralines", "box of chocolates"),
        _v((("assortiment", "assortis"), ("Assorted", "assorted", "mixed")),
           (("tout noir", "noir"), ("All Dark", "all dark", "dark")),
           (("tout lait", "au lait"), ("All Milk", "all milk", "milk"))),
        (("16 pièces", "16 pc"), ("32 pièces", "32 pc"), ("48 pièces", "48 pc")),
        extra=("fabrication artisanale", "handmade"),
    ),
    Ware(
        ("fp", "truffes au chocolat", "truffes", "truffes en chocolat"),
        ("p", "chocolate truffles", "truffles", "cocoa truffles"),
        _v((("nature", "au cacao"), ("Classic", "classic", "plain")),
           (("au champagne", "champagne"), ("Champagne", "champagne")),
           (("à l'orange", "orange"), ("Orange", "orange"))),
        (("125 g", "4.4 oz"), ("250 g", "8.8 oz")),
        extra=("boîte cadeau", "gift box"),
    ),
    Ware(
        ("m", "cacao en poudre", "cacao", "poudre de cacao"),
        ("u", "cocoa powder", "cocoa", "baking cocoa"),
        _v((("non sucré", "pur"), ("Unsweetened", "unsweetened", "pure")),
           (("sucré",), ("Sweetened", "sweetened"))),
        (("250 g", "8 oz"), ("500 g", "1 lb"), ("1 kg", "2 lb")),
        extra=("100 % cacao", "dutch process"),
    ),
    Ware(
        ("f", "pâte à tartiner", "pâte à tartiner au chocolat", "tartinade"),
        ("u", "chocolate spread", "spread", "spread for toast"),
        _v((("noisette", "aux noisettes"), ("Hazelnut", "hazelnut")),
           (("amande", "aux amandes"), ("Almond", "almond"))),
        (("220 g", "8 oz"), ("400 g", "14 oz"), ("750 g", "26 oz")),
        extra=("sans huile de palme", "no palm oil"),
    ),
    Ware(
        ("fp", "orangettes", "écorces d'orange confites", "orangettes au chocolat"),
        ("p", "orangettes", "candied orange peels", "chocolate orange peels"),
        _v((("chocolat noir", "noir"), ("Dark Chocolate", "dark")),
           (("chocolat au lait", "au lait"), ("Milk Chocolate", "milk"))),
        (("150 g", "5.3 oz"), ("300 g", "10.6 oz")),
        extra=("enrobées à la main", "hand dipped"),
    ),
    Ware(
        ("fp", "pistoles de couverture", "pistoles", "chocolat de couverture"),
        ("p", "couverture callets", "callets", "couverture chocolate"),
        _v((("noir 64 %", "noir soixante-quatre"), ("64% Dark", "sixty four percent dark")),
           (("lait 38 %", "lait trente-huit"), ("38% Milk", "thirty eight percent milk")),
           (("ivoire", "blanc"), ("Ivory", "white", "ivory"))),
        (("1 kg", "2.2 lb"), ("5 kg", "11 lb")),
        extra=("spécial pâtissier", "for pastry chefs"),
    ),
)  # fmt: skip
