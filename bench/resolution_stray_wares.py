"""The herbalist's and the yarn shop's goods of the *stray* half (:mod:`bench.resolution_stray`),
and every shop's goods by kind (the épicerie's and the bicycle shop's are in
:mod:`bench.resolution_stray_goods`)."""

from __future__ import annotations

from bench.resolution_stray_goods import EPICERIE, VELO, Kind, _v

COLOURS = (
    _v("bleu canard", "teal", "canard||teal blue"),
    _v("gris chiné", "heather grey", "gris chine||heather gray"),
    _v("rouille", "rust"),
    _v("vert sapin", "forest green"),
    _v("écru", "natural", "||cream"),
    _v("jaune moutarde", "mustard yellow", "moutarde||mustard"),
    _v("rose poudré", "dusty rose", "vieux rose||dusty pink"),
    _v("bordeaux", "burgundy"),
    _v("bleu marine", "navy", "marine||navy blue"),
    _v("anthracite", "charcoal", "gris anthracite||charcoal grey"),
)

ESSENTIAL_PLANTS = (
    _v(
        "lavande vraie",
        "true lavender",
        "lavande fine|lavande||lavender",
        latin="Lavandula angustifolia",
    ),
    _v("menthe poivrée", "peppermint", "menthe poivree|menthe||mint", latin="Mentha piperita"),
    _v("tea tree", "tea tree", "arbre à thé|tea-tree||tea-tree", latin="Melaleuca alternifolia"),
    _v("ravintsara", "ravintsara", latin="Cinnamomum camphora"),
    _v(
        "eucalyptus radié",
        "eucalyptus radiata",
        "eucalyptus radie||eucalyptus",
        latin="Eucalyptus radiata",
    ),
    _v("citron", "lemon", latin="Citrus limon"),
    _v("ylang-ylang", "ylang ylang", "ylang ylang", latin="Cananga odorata"),
    _v(
        "hélichryse italienne",
        "helichrysum",
        "immortelle|helichryse||immortelle",
        latin="Helichrysum italicum",
    ),
    _v("gaulthérie", "wintergreen", "gaultherie|wintergreen", latin="Gaultheria procumbens"),
    _v(
        "romarin à cinéole", "rosemary", "romarin||rosemary cineole", latin="Rosmarinus officinalis"
    ),
)

HERBO = (
    Kind(
        "huile essentielle",
        "essential oil",
        ESSENTIAL_PLANTS,
        (("5 ml", "5 ml"), ("10 ml", "10 ml"), ("30 ml", "30 ml")),
        fr_forms=("he",),
        en_forms=("oil",),
        container=("flacon", "bottle"),
    ),
    Kind(
        "huile végétale",
        "carrier oil",
        (
            _v("d'argan", "argan", "argan"),
            _v("de jojoba", "jojoba", "jojoba"),
            _v("d'amande douce", "sweet almond", "amande douce||almond"),
            _v("de rose musquée", "rosehip seed", "rose musquée||rosehip"),
            _v("de calendula", "calendula", "calendula"),
        ),
        (("50 ml", "1.7 fl oz"), ("100 ml", "3.4 fl oz")),
        fr_forms=("huile vegetale",),
        en_forms=("oil",),
        container=("flacon", "bottle"),
    ),
    Kind(
        "hydrolat",
        "hydrosol",
        (
            _v("de rose de Damas", "Damask rose", "de rose||rose"),
            _v("de fleur d'oranger", "orange blossom", "fleur d'oranger||neroli"),
            _v("de bleuet", "cornflower", "bleuet"),
            _v("de camomille romaine", "Roman chamomile", "de camomille||chamomile"),
        ),
        (("100 ml", "3.4 fl oz"), ("200 ml", "6.8 fl oz")),
        fr_forms=("eau florale",),
        en_forms=("floral water",),
        container=("flacon", "bottle"),
    ),
    Kind(
        "infusion",
        "herbal tea",
        (
            _v("verveine", "lemon verbena", "verveine citronnée||verbena"),
            _v("tilleul", "linden", "||linden flower"),
            _v("ortie", "nettle", "||stinging nettle"),
            _v("mélisse", "lemon balm", "melisse"),
        ),
        (("20 sachets", "20 tea bags"), ("vrac 50 g", "loose leaf 1.8 oz")),
        fr_forms=("tisane",),
        en_forms=("tea",),
        container=("boîte", "box"),
        measured=False,
    ),
    Kind(
        "diffuseur",
        "diffuser",
        (
            _v("bois clair", "light wood", "bois||wood grain"),
            _v("céramique blanche", "white ceramic", "céramique||ceramic"),
            _v("verre soufflé", "blown glass", "verre||glass"),
        ),
        (("100 ml", "100 ml"),),
        fr_forms=("diffuseur d'huiles essentielles",),
        en_forms=("oil diffuser", "aroma diffuser"),
        measured=False,
    ),
    Kind(
        "roll-on",
        "roll-on",
        (
            _v("sommeil", "sleep", "||sleepy"),
            _v("respiration", "breathe", "respirer||breathe easy"),
            _v("tête légère", "head relief", "maux de tête||headache"),
            _v("zen", "calm", "anti-stress||stress relief"),
        ),
        (("5 ml", "5 ml"), ("10 ml", "10 ml")),
        fr_forms=("roller",),
        en_forms=("roller", "rollerball"),
    ),
    Kind(
        "baume",
        "balm",
        (
            _v("à l'arnica", "arnica", "arnica"),
            _v("au calendula", "calendula", "calendula"),
            _v("à la consoude", "comfrey", "consoude"),
        ),
        (("30 ml", "1 fl oz"), ("50 ml", "1.7 fl oz")),
        en_forms=("salve",),
        container=("pot", "jar"),
    ),
)

TRICOT = (
    Kind(
        "pelote mérinos DK",
        "merino DK yarn",
        COLOURS,
        (("50 g", "50 g"), ("100 g", "100 g")),
        fr_forms=("mérinos dk", "laine mérinos"),
        en_forms=("merino yarn", "dk merino"),
        container=("pelote", "skein"),
    ),
    Kind(
        "laine alpaga aran",
        "alpaca aran yarn",
        COLOURS[:6],
        (("50 g", "50 g"), ("100 g", "100 g")),
        fr_forms=("alpaga aran", "laine alpaga"),
        en_forms=("aran alpaca", "alpaca yarn"),
        container=("pelote", "skein"),
    ),
    Kind(
        "fil chaussettes 4 fils",
        "4 ply sock yarn",
        COLOURS[2:],
        (("100 g", "100 g"),),
        fr_forms=("fil à chaussettes", "laine à chaussettes"),
        en_forms=("sock yarn",),
        container=("pelote", "skein"),
    ),
    Kind(
        "coton mercerisé",
        "mercerized cotton yarn",
        COLOURS[:8],
        (("50 g", "50 g"),),
        fr_forms=("coton", "fil de coton"),
        en_forms=("mercerized cotton", "cotton yarn"),
        container=("pelote", "ball"),
    ),
    Kind(
        "mohair soie",
        "mohair silk yarn",
        COLOURS[3:],
        (("25 g", "25 g"),),
        fr_forms=("kid mohair", "laine mohair"),
        en_forms=("kid mohair", "mohair"),
        container=("pelote", "ball"),
    ),
    Kind(
        "aiguilles droites",
        "straight needles",
        (
            _v("bambou", "bamboo"),
            _v("métal", "metal", "metal|alu||aluminum"),
            _v("bouleau", "birch", "bois||wood"),
        ),
        (
            ("3 mm", "US 2.5 - 3 mm"),
            ("3,5 mm", "US 4 - 3.5 mm"),
            ("4 mm", "US 6 - 4 mm"),
            ("4,5 mm", "US 7 - 4.5 mm"),
            ("5 mm", "US 8 - 5 mm"),
            ("6 mm", "US 10 - 6 mm"),
        ),
        fr_forms=("aiguilles à tricoter",),
        en_forms=("knitting needles",),
        container=("paire", "pair"),
        measured=False,
    ),
    Kind(
        "aiguilles circulaires",
        "circular needles",
        (
            _v("câble 40 cm", "16 in cable", "40 cm|quarante centimètres||16 inch|sixteen inch"),
            _v(
                "câble 80 cm",
                "32 in cable",
                "80 cm|quatre-vingts centimètres||32 inch|thirty two inch",
            ),
        ),
        (("3,5 mm", "US 4 - 3.5 mm"), ("4 mm", "US 6 - 4 mm"), ("5 mm", "US 8 - 5 mm")),
        fr_forms=("circulaire",),
        en_forms=("circulars",),
        en_value_first=False,
        measured=False,
    ),
    Kind(
        "crochet à laine",
        "yarn crochet hook",
        (
            _v("aluminium", "aluminum", "alu"),
            _v("ergonomique", "ergonomic", "||soft grip"),
        ),
        (
            ("3,5 mm", "E-4 (3.5 mm)"),
            ("4 mm", "G-6 (4 mm)"),
            ("5 mm", "H-8 (5 mm)"),
            ("5,5 mm", "I-9 (5.5 mm)"),
            ("6 mm", "J-10 (6 mm)"),
        ),
        fr_forms=("crochet",),
        en_forms=("crochet hook", "hook"),
        measured=False,
    ),
    Kind(
        "marqueurs de mailles",
        "stitch markers",
        (
            _v("anneaux", "ring", "||rings"),
            _v("à clip", "locking", "clips||clip-on"),
        ),
        (("lot de 20", "20-pack"), ("lot de 50", "50-pack")),
        fr_forms=("anneaux marqueurs",),
        en_forms=("markers",),
        container=("sachet", "pack"),
        measured=False,
    ),
)

GOODS = {"epicerie": EPICERIE, "velo": VELO, "herbo": HERBO, "tricot": TRICOT}
