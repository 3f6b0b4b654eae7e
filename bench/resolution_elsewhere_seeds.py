"""The elsewhere half's seeds-and-bulbs shop: vegetable and herb seed packets by variety and
seed count, flower bulbs by variety and bulb count."""

from __future__ import annotations

from bench.resolution_elsewhere_model import Axis, Maker, Trade, Ware, sizes, v

PACKETS = (("sachet", "sachets"), ("packet", "packets"))
BAGS = (("filet", "filets"), ("bag", "bags"))
SEEDS = ("graines", "seeds")
BULBS = ("bulbes", "bulbs")
MIXED = v("Mélange", "Mixed", ("en mélange", "mélange", "mélangés"), ("mixed", "mix", "assorted"))
WARES = (
    Ware(
        "tomato",
        ("Graines de tomate", "Tomato Seeds"),
        (("graines de tomate", "graines de tomates", "semences de tomate"),
         ("tomato seeds", "tomato seed")),
        "p",
        (Axis("variety", (
            v("Cœur de bœuf", "Oxheart", ("cœur de bœuf",), ("oxheart", "ox heart")),
            v("Marmande", "Marmande"),
            v("Cerise", "Cherry", ("cerise", "tomate cerise"), ("cherry",)),
            v("Noire de Crimée", "Black Krim", ("noire de crimée",), ("black krim",)),
            v("Roma", "Roma"),
        )),),
        sizes("seed", 50, 100),
        PACKETS,
        SEEDS,
        price=290,
    ),
    Ware(
        "carrot",
        ("Graines de carotte", "Carrot Seeds"),
        (("graines de carotte", "graines de carottes", "semences de carotte"),
         ("carrot seeds", "carrot seed")),
        "p",
        (Axis("variety", (
            v("Nantaise", "Nantes", ("nantaise",), ("nantes",)),
            v("Chantenay", "Chantenay"),
            v("Touchon", "Touchon"),
        )),),
        sizes("seed", 500, 1000),
        PACKETS,
        SEEDS,
        price=250,
    ),
    Ware(
        "radish",
        ("Graines de radis", "Radish Seeds"),
        (("graines de radis", "semences de radis"), ("radish seeds", "radish seed")),
        "p",
        (Axis("variety", (
            v("De 18 jours", "French Breakfast", ("de dix-huit jours", "18 jours"), ("french breakfast",)),
            v("Cherry Belle", "Cherry Belle"),
            v("Noir long", "Black Spanish", ("noir long", "radis noir"), ("black spanish", "black radish")),
        )),),
        sizes("seed", 200, 500),
        PACKETS,
        SEEDS,
        price=220,
    ),
    Ware(
        "basil",
        ("Graines de basilic", "Basil Seeds"),
        (("graines de basilic", "semences de basilic"), ("basil seeds", "basil seed")),
        "p",
        (Axis("variety", (
            v("Génois", "Genovese", ("génois", "basilic génois"), ("genovese",)),
            v("Thaï", "Thai", ("thaï", "basilic thaï"), ("thai", "thai basil")),
            v("Pourpre", "Purple", ("pourpre", "violet"), ("purple",)),
            v("Citron", "Lemon", ("citron", "citronné"), ("lemon",)),
        )),),
        sizes("seed", 100, 300),
        PACKETS,
        SEEDS,
        price=260,
    ),
    Ware(
        "tulip",
        ("Bulbes de tulipe", "Tulip Bulbs"),
        (("bulbes de tulipe", "bulbes de tulipes", "oignons de tulipe"), ("tulip bulbs", "tulips")),
        "p",
        (Axis("variety", (
            v("Queen of Night", "Queen of Night", ("queen of night", "reine de la nuit"),
              ("queen of night", "queen of the night")),
            v("Apeldoorn", "Apeldoorn", ("apeldoorn", "apeldoorn rouge"), ("apeldoorn", "red apeldoorn")),
            v("Purissima", "Purissima", ("purissima", "purissima blanche"), ("purissima", "white purissima")),
            MIXED,
        )),),
        sizes("bulb", 10, 25, 50),
        BAGS,
        BULBS,
        price=590,
    ),
    Ware(
        "daffodil",
        ("Bulbes de narcisse", "Daffodil Bulbs"),
        (("bulbes de narcisse", "bulbes de jonquille", "oignons de narcisse"),
         ("daffodil bulbs", "daffodils", "narcissus bulbs")),
        "p",
        (Axis("variety", (
            v("Tête-à-tête", "Tete-a-Tete", ("tête-à-tête",), ("tete a tete",)),
            v("Carlton", "Carlton"),
            v("Ice Follies", "Ice Follies"),
        )),),
        sizes("bulb", 10, 25),
        BAGS,
        BULBS,
        price=490,
    ),
    Ware(
        "crocus",
        ("Bulbes de crocus", "Crocus Bulbs"),
        (("bulbes de crocus", "crocus", "oignons de crocus"), ("crocus bulbs", "crocuses")),
        "p",
        (Axis("variety", (
            v("Jeanne d'Arc", "Jeanne d'Arc", ("jeanne d'arc",), ("jeanne d'arc", "joan of arc")),
            v("Flower Record", "Flower Record"),
            MIXED,
        )),),
        sizes("bulb", 25, 50, 100),
        BAGS,
        BULBS,
        price=390,
    ),
    Ware(
        "allium",
        ("Bulbes d'allium", "Allium Bulbs"),
        (("bulbes d'allium", "alliums", "bulbes d'ail d'ornement"), ("allium bulbs", "alliums", "ornamental onion")),
        "p",
        (Axis("variety", (
            v("Purple Sensation", "Purple Sensation"),
            v("Globemaster", "Globemaster"),
            v("Mount Everest", "Mount Everest", ("mount everest", "mont everest")),
        )),),
        sizes("bulb", 5, 10, 20),
        BAGS,
        BULBS,
        price=690,
    ),
)  # fmt: skip

MAKERS = (
    Maker("Clos Verdier", "fr", "first", ("tomato", "carrot", "radish", "basil"),
          {"fr": ("clos verdiers", "clo verdier", "clos vert dié"),
           "en": ("close verdy a", "clo vair dee ay", "close vardier")}),
    Maker("Potagine", "fr", "brand-last", ("tomato", "radish", "carrot", "basil"),
          {"fr": ("pota gine", "potagines", "pot à gine"), "en": ("pota jean", "potta jeanne", "pot a gene")}),
    Maker("Jardins Roumagne", "fr", "noun-brand", ("tulip", "daffodil", "crocus", "tomato"),
          {"fr": ("jardin roumagne", "jardins roumagnes", "jardins rou magne"),
           "en": ("jar dan roo man", "jardeen roomania", "jardins romania")}),
    Maker("Hollowfield", "en", "comma", ("basil", "tomato", "carrot", "allium"),
          {"en": ("hollow field", "hallow field", "hollowfields"), "fr": ("olo field", "hollo filde", "olofilde")}),
    Maker("Meadowhart", "en", "values-first", ("tulip", "crocus", "allium", "daffodil"),
          {"en": ("meadow heart", "meadow hart", "metal heart"), "fr": ("médo harte", "mé do arte", "meadow arte")}),
    Maker("Van Oosterbeek", "en", "caps-dash", ("tulip", "daffodil", "crocus", "allium"),
          {"en": ("van oyster beak", "van ooster beck", "van oosterbeck"),
           "fr": ("van oster bec", "vanne oster bèque", "van oostère bec")}),
)  # fmt: skip

GARDEN = Trade(
    kind="seeds-and-bulbs",
    code="seeds",
    wares=WARES,
    makers=MAKERS,
    unsold=("Semplin", "Bloomridge", "Germaflor"),
    not_stocked=(
        ("terreau", "potting soil"),
        ("arrosoir", "watering can"),
        ("sécateur", "pruning shears"),
        ("engrais", "fertilizer"),
        ("jardinière", "planter box"),
        ("plants de tomate", "tomato plants"),
    ),
)
