"""The remote half's baby-and-nursery shop: bottles and teats, nappies by size (the feed writes
the weight range and the count too; a parent says « taille trois »), wipes, dummies by age,
formula by stage, bibs and baby wash, from six makers of its own."""

from __future__ import annotations

from bench.resolution_remote_model import Maker, Term, Trade, Ware, term


def _sized(size: int, kilos: str, pounds: str, count: int) -> Term:
    """A nappy size as the feeds write it (weight range and count); a parent says the size."""
    fr, en = f"taille {size} ({kilos}) x {count}", f"Size {size} ({pounds}) {count} ct"
    return term(fr, en, (f"taille {size}",), (f"size {size}",))


_PACKS = (
    term("lot de 2", "2-Pack", ("lot de 2", "par 2"), ("2 pack", "pack of 2")),
    term("lot de 4", "4-Pack", ("lot de 4", "par 4"), ("4 pack", "pack of 4")),
)

WARES = (
    Ware(
        "bottle",
        term(
            "biberon",
            "Baby Bottle",
            ("biberon", "biberons"),
            ("baby bottle", "bottle", "feeding bottle"),
        ),
        "color",
        (term("transparent", "Clear"), term("rose", "Pink"), term("bleu", "Blue")),
        (term("150 ml", "5 oz"), term("260 ml", "9 oz"), term("330 ml", "11 oz")),
        890,
        ("Anti-colique, sans BPA.", "Anti-colic, BPA free."),
        scaled=True,
        unmade_sizes=(term("120 ml", "4 oz"),),
        unmade_values=(term("vert", "Green"),),
    ),
    Ware(
        "teats",
        term(
            "tétines de biberon",
            "Bottle Nipples",
            ("tétines de biberon", "tétines pour biberon"),
            ("bottle nipples", "nipples for bottles", "bottle teats"),
        ),
        "flow",
        (
            term("débit lent", "Slow Flow"),
            term("débit moyen", "Medium Flow"),
            term("débit rapide", "Fast Flow"),
        ),
        _PACKS,
        590,
        ("Silicone souple.", "Soft silicone."),
        scaled=True,
    ),
    Ware(
        "nappies",
        term(
            "couches bébé",
            "Baby Diapers",
            ("couches", "couches bébé", "couches pour bébé"),
            ("diapers", "baby diapers"),
        ),
        "",
        (),
        (
            _sized(1, "2-5 kg", "8-14 lb", 44),
            _sized(2, "3-6 kg", "12-18 lb", 62),
            _sized(3, "4-9 kg", "16-28 lb", 52),
            _sized(4, "7-18 kg", "22-37 lb", 46),
            _sized(5, "11-25 kg", "27+ lb", 40),
        ),
        1190,
        ("Jusqu'à 12 h au sec.", "Up to 12 hours dry."),
        unmade_sizes=(_sized(6, "15 kg+", "35+ lb", 36),),
    ),
    Ware(
        "pants",
        term(
            "culottes d'apprentissage",
            "Training Pants",
            ("culottes d'apprentissage", "culottes pour apprendre la propreté"),
            ("training pants", "potty training pants"),
        ),
        "",
        (),
        (
            _sized(4, "8-15 kg", "17-34 lb", 24),
            _sized(5, "12-17 kg", "26-40 lb", 22),
            _sized(6, "16 kg+", "35+ lb", 20),
        ),
        1290,
        ("S'enfilent comme une culotte.", "Pull on like underwear."),
    ),
    Ware(
        "wipes",
        term(
            "lingettes bébé",
            "Baby Wipes",
            ("lingettes", "lingettes bébé", "lingettes pour bébé"),
            ("baby wipes", "wipes"),
        ),
        "scent",
        (
            term("sans parfum", "Unscented", (), ("unscented", "fragrance free")),
            term("aloe vera", "Aloe Vera"),
            term("camomille", "Chamomile"),
        ),
        (
            term(
                "paquet de 64", "64 ct", ("paquet de 64", "64 lingettes"), ("64 count", "64 wipes")
            ),
            term("lot de 3 x 64", "3 x 64 ct", ("lot de 3", "3 paquets"), ("3 pack", "3 packs")),
        ),
        290,
        ("Eau purifiée à 99 %.", "99% purified water."),
        scaled=True,
    ),
    Ware(
        "dummies",
        term(
            "sucettes", "Pacifiers", ("sucette", "sucettes"), ("pacifier", "pacifiers", "soother")
        ),
        "material",
        (term("silicone", "Silicone"), term("caoutchouc naturel", "Natural Rubber")),
        (
            term(
                "0-6 mois",
                "0-6 Months",
                ("0 à 6 mois", "de 0 à 6 mois"),
                ("0 to 6 months", "0 6 months"),
            ),
            term("6-18 mois", "6-18 Months", ("6 à 18 mois", "6 18 mois"), ("6 to 18 months",)),
            term(
                "18 mois+",
                "18+ Months",
                ("18 mois et plus", "plus de 18 mois"),
                ("18 months plus", "18 months and up"),
            ),
        ),
        690,
        ("Tétine symétrique.", "Symmetrical nipple."),
        pack=("lot de 2", "2-Pack"),
        link=("en|", ""),
        unmade_sizes=(term("36 mois+", "36+ Months", ("36 mois",), ("36 months",)),),
    ),
    Ware(
        "rash_cream",
        term(
            "crème pour le change",
            "Diaper Rash Cream",
            ("crème pour le change", "crème de change"),
            ("diaper cream", "diaper rash cream"),
        ),
        "",
        (),
        (term("50 ml", "1.7 oz"), term("100 ml", "3.4 oz")),
        590,
        ("À l'oxyde de zinc.", "With zinc oxide."),
        scaled=True,
    ),
    Ware(
        "formula",
        term(
            "lait infantile",
            "Infant Formula",
            ("lait infantile", "lait bébé", "lait en poudre"),
            ("infant formula", "baby formula", "formula"),
        ),
        "stage",
        (
            term("1er âge", "Stage 1", ("premier âge", "1er âge"), ("stage 1",)),
            term("2e âge", "Stage 2", ("deuxième âge", "2e âge", "second âge"), ("stage 2",)),
            term("croissance", "Toddler", ("croissance", "de croissance"), ("toddler",)),
        ),
        (term("400 g", "14 oz"), term("800 g", "28 oz")),
        1490,
        ("Lait en poudre, fabriqué en France.", "Powder, made in France."),
        scaled=True,
        unmade_values=(term("3e âge", "Stage 3", ("troisième âge",), ("stage 3",)),),
    ),
    Ware(
        "bibs",
        term("bavoirs", "Bibs", ("bavoirs", "bavoir"), ("bibs", "baby bibs")),
        "color",
        (
            term("blanc", "White"),
            term(
                "jaune moutarde",
                "Mustard Yellow",
                ("jaune moutarde", "moutarde"),
                ("mustard", "mustard yellow"),
            ),
            term("vert sauge", "Sage Green", ("vert sauge", "sauge"), ("sage", "sage green")),
        ),
        (
            term("lot de 2", "2-Pack", ("lot de 2", "2 bavoirs"), ("2 pack",)),
            term("lot de 5", "5-Pack", ("lot de 5", "5 bavoirs"), ("5 pack",)),
        ),
        990,
        ("Coton bio, pression.", "Organic cotton, snap closure."),
        scaled=True,
    ),
    Ware(
        "baby_wash",
        term(
            "gel lavant bébé",
            "Baby Wash",
            ("gel lavant", "gel lavant bébé", "gel douche bébé"),
            ("baby wash", "baby body wash"),
        ),
        "scent",
        (
            term("sans parfum", "Unscented", (), ("unscented", "fragrance free")),
            term("calendula", "Calendula"),
            term("fleur d'oranger", "Orange Blossom"),
        ),
        (term("200 ml", "6.8 oz"), term("500 ml", "16.9 oz")),
        690,
        ("Corps et cheveux, sans larmes.", "Hair and body, tear-free."),
        scaled=True,
    ),
)

MAKERS = (
    Maker("Bébéloup", "fr", "lead", (("bébé loup", "bébés loups"), ("baby loop", "bebe loop"))),
    Maker("Lullamoon", "en", "tail", (("lula moune", "lulla moon"), ("lulla moon", "lula moon"))),
    Maker(
        "Berceau Plume",
        "fr",
        "dash",
        (("berce au plume", "berso plume"), ("bear so plume", "bersoh ploom")),
    ),
    Maker("Nidora", "fr", "caps", (("nid d'or a", "nid dora"), ("need aura", "nee dora"))),
    Maker(
        "SnugglePeak",
        "en",
        "bar",
        (("snugueule pic", "snuggle pique"), ("snuggle peak", "snuggle peek")),
    ),
    Maker(
        "Les Matinettes",
        "fr",
        "inner",
        (("les matinette", "lait matinettes"), ("lay mat in ets", "les matinets")),
    ),
)

NURSERY = Trade(
    "nursery",
    MAKERS,
    WARES,
    unsold=("Calinoue", "Minipousse", "Cradlebee", "Lunaberce", "Bambinelli", "Pitchoun Bio"),
    unstocked=(
        ("poussette", "stroller"),
        ("chauffe-biberon", "bottle warmer"),
        ("babyphone", "baby monitor"),
        ("gigoteuse", "sleep sack"),
        ("siège auto", "car seat"),
        ("chaise haute", "high chair"),
        ("stérilisateur à biberons", "bottle sterilizer"),
        ("thermomètre de bain", "bath thermometer"),
    ),
    grouped=False,
)
