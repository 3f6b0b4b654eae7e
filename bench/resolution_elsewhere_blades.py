"""The elsewhere half's knives-and-cutlery shop: chef's, paring, bread and santoku knives by
blade length, whetstones by grit, flatware sets by piece count, steak knives and honing steels."""

from __future__ import annotations

from bench.resolution_elsewhere_model import Axis, Maker, Trade, Ware, sizes, v

INOX = v(
    "Inox",
    "Stainless Steel",
    ("inox", "acier inoxydable", "en inox"),
    ("stainless", "stainless steel"),
)
DAMAS = v(
    "Damas", "Damascus", ("damas", "acier damassé", "en damas"), ("damascus", "damascus steel")
)
CARBONE = v("Carbone", "Carbon Steel", ("carbone", "acier carbone"), ("carbon steel", "carbon"))
HANDLES = Axis(
    "handle",
    (
        v("Manche bois", "Wood Handle", ("manche bois", "manche en bois"),
          ("wood handle", "wooden handle")),
        v("Manche noir", "Black Handle", ("manche noir", "au manche noir"), ("black handle",)),
        v("Manche olivier", "Olive Wood Handle", ("manche olivier", "manche en olivier"),
          ("olive wood handle", "olive wood")),
    ),
)  # fmt: skip
KNIFE = ("couteau", "knife")
WARES = (
    Ware(
        "chef",
        ("Couteau de chef", "Chef's Knife"),
        (("couteau de chef", "couteau de cuisinier", "couteau chef"),
         ("chef's knife", "chef knife", "cook's knife")),
        "m",
        (Axis("steel", (INOX, DAMAS, CARBONE)),),
        sizes("cm", 15, 20, 25, en_unit="in", en=(6, 8, 10)),
        generic=KNIFE,
        price=4900,
        size_before=True,
    ),
    Ware(
        "paring",
        ("Couteau d'office", "Paring Knife"),
        (("couteau d'office", "couteau d'office de cuisine"), ("paring knife", "paring")),
        "m",
        (HANDLES,),
        sizes("cm", 8, 10, en_unit="in", en=(3, 4)),
        generic=KNIFE,
        price=1900,
        size_before=True,
    ),
    Ware(
        "bread",
        ("Couteau à pain", "Bread Knife"),
        (("couteau à pain", "couteau à pain cranté"), ("bread knife", "serrated bread knife")),
        "m",
        (Axis("steel", (INOX, DAMAS)),),
        sizes("cm", 20, 23, en_unit="in", en=(8, 9)),
        generic=KNIFE,
        price=3900,
        size_before=True,
    ),
    Ware(
        "santoku",
        ("Couteau santoku", "Santoku Knife"),
        (("couteau santoku", "santoku", "couteau japonais santoku"), ("santoku knife", "santoku")),
        "m",
        (Axis("steel", (INOX, DAMAS, CARBONE)),),
        sizes("cm", 14, 18, en_unit="in", en=(5.5, 7)),
        generic=KNIFE,
        price=5900,
        size_before=True,
    ),
    Ware(
        "stone",
        ("Pierre à aiguiser", "Whetstone"),
        (("pierre à aiguiser", "pierre à affûter"), ("whetstone", "sharpening stone")),
        "f",
        (Axis("stone", (
            v("Céramique", "Ceramic", ("céramique", "en céramique"), ("ceramic",)),
            v("Naturelle", "Natural", ("naturelle", "en pierre naturelle"), ("natural",)),
            v("Diamant", "Diamond", ("diamant", "au diamant"), ("diamond",)),
        )),),
        sizes("grit", 400, 1000, 3000, 6000),
        ranked=False,
        price=2900,
        size_before=True,
    ),
    Ware(
        "flatware",
        ("Ménagère", "Flatware Set"),
        (("ménagère", "ménagère de couverts", "ménagère complète"),
         ("flatware set", "silverware set", "cutlery set")),
        "f",
        (Axis("finish", (
            v("Inox poli", "Polished", ("inox poli", "polie", "brillante"), ("polished", "shiny")),
            v("Inox brossé", "Brushed", ("inox brossé", "brossée"), ("brushed", "brushed steel")),
            v("Noir mat", "Matte Black", ("noir mat", "noire"), ("matte black", "black")),
            v("Doré", "Gold", ("doré", "dorée"), ("gold", "gold tone")),
        )),),
        sizes("piece", 16, 24, 48),
        (("coffret", "coffrets"), ("box", "boxes")),
        price=5900,
    ),
    Ware(
        "steak",
        ("Couteaux à steak", "Steak Knives"),
        (("couteaux à steak", "couteaux à viande", "couteaux steak"),
         ("steak knives", "steak knife set")),
        "p",
        (HANDLES,),
        sizes("set", 4, 6),
        (("boîte", "boîtes"), ("box", "boxes")),
        price=2900,
    ),
    Ware(
        "honing",
        ("Fusil à aiguiser", "Honing Steel"),
        (("fusil à aiguiser", "fusil d'affûtage", "fusil"), ("honing steel", "honing rod", "sharpening steel")),
        "m",
        (Axis("coating", (
            v("Diamanté", "Diamond", ("diamanté",), ("diamond",)),
            v("Céramique", "Ceramic", ("céramique", "en céramique"), ("ceramic",)),
            v("Acier strié", "Grooved Steel", ("acier strié", "strié"), ("grooved steel", "grooved")),
        )),),
        sizes("cm", 20, 25, 30, en_unit="in", en=(8, 10, 12)),
        price=2500,
        size_before=True,
    ),
)  # fmt: skip

MAKERS = (
    Maker("Morvaine", "fr", "first", ("chef", "paring", "bread", "steak", "honing"),
          {"fr": ("mort veine", "morvène", "mor vaine"), "en": ("more vain", "morvane", "more vein")}),
    Maker("Aiglemont", "fr", "noun-brand", ("flatware", "steak", "paring"),
          {"fr": ("aigle mont", "aiglemon", "aigle mon"), "en": ("eagle mont", "egg le mont", "aglamont")}),
    Maker("Kirimaru", "en", "values-first", ("santoku", "chef", "stone", "paring"),
          {"en": ("kiri maru", "carry maru", "kiri marue"), "fr": ("kiri marou", "kirimarou", "quiri maru")}),
    Maker("Ironbrook", "en", "comma", ("chef", "bread", "honing", "steak"),
          {"en": ("iron brook", "irons brook", "ironbrooke"), "fr": ("aïronne brouk", "iron brouque", "airon brook")}),
    Maker("Sheffold", "en", "caps-dash", ("flatware", "steak", "bread"),
          {"en": ("sheffield", "shef fold", "chef fold"), "fr": ("chèfe folde", "chef fold", "cheffold")}),
    Maker("Chantefer", "fr", "brand-last", ("stone", "honing", "chef", "santoku"),
          {"fr": ("chante fer", "chantefère", "chant fer"), "en": ("shaunt fair", "shont fur", "chante fair")}),
)  # fmt: skip

BLADES = Trade(
    kind="knives-and-cutlery",
    code="blades",
    wares=WARES,
    makers=MAKERS,
    unsold=("Edgecombe", "Lamefort", "Tranchard"),
    not_stocked=(
        ("planche à découper", "cutting board"),
        ("ciseaux de cuisine", "kitchen shears"),
        ("mandoline", "mandoline slicer"),
        ("bloc à couteaux", "knife block"),
        ("éplucheur", "vegetable peeler"),
        ("aiguiseur électrique", "electric knife sharpener"),
    ),
)
