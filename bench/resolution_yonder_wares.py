"""What the candle shop and the plumbing-supplies shop of the *yonder* half sell
(:mod:`bench.resolution_yonder`), every shop's goods by kind, and what shoppers ask the shops for
that none of them sells: things of other trades, and things of the shop's own trade it happens not
to stock (« côte de bœuf » at a butcher without it)."""

from __future__ import annotations

from bench.resolution_yonder_goods import BAGAGERIE, BOUCHERIE, Kind, Pair, kind, values

SCENTS = values(
    "figue | fig",
    "fleur d'oranger | orange blossom",
    "bois de santal; santal | sandalwood",
    "ambre | amber",
    "Fresh Linen; linge frais | fresh linen; clean linen",
    "Sea Salt; sel marin | sea salt",
    "vanille bourbon; vanille | bourbon vanilla; vanilla",
    "feu de bois | Feu de Bois; wood fire; fireside",
)

BOUGIE = (
    kind(
        "bougie parfumée; bougie; bougie en verre | scented candle; candle; jar candle",
        SCENTS,
        "180 g | 6.3 oz; 300 g | 10.6 oz; 600 g, 3 mèches | 21 oz 3-wick",
        axis="scent",
        extra="cire de soja, mèche coton | soy wax, cotton wick",
        measured=True,
    ),
    kind(
        "bougie mèche bois; bougie; bougie qui crépite; bougie à mèche en bois | wooden wick "
        "candle; candle; wood wick candle; crackling candle",
        SCENTS[2:],
        "220 g | 7.8 oz; 400 g | 14 oz",
        axis="scent",
        extra="cire végétale | coconut wax",
        measured=True,
    ),
    kind(
        "bougies chauffe-plat; chauffe-plats; chauffe-plat | tealight candles; tealights; tea lights",
        values("non parfumées; sans parfum | unscented", "vanille | vanilla"),
        "boîte de 30 | 30-pack; boîte de 100 | 100-pack",
        axis="scent",
        counted=True,
    ),
    kind(
        "diffuseur à bâtons; diffuseur; bâtons parfumés; diffuseur de parfum | reed diffuser; "
        "diffuser; reed sticks",
        SCENTS,
        "100 ml | 3.4 fl oz; 200 ml | 6.8 fl oz",
        axis="scent",
        extra="bâtons en rotin | rattan reeds",
        measured=True,
    ),
    kind(
        "recharge pour diffuseur; recharge; recharge diffuseur | diffuser refill; refill; reed diffuser refill",
        SCENTS[:6],
        "250 ml | 8.5 fl oz; 500 ml | 16.9 fl oz",
        axis="scent",
        measured=True,
    ),
    kind(
        "fondants parfumés; fondants; cire à fondre | wax melts; melts; wax cubes",
        SCENTS,
        "6 cubes (80 g) | 6 cubes (2.8 oz)",
        axis="scent",
        container="sachet | bag",
    ),
    kind(
        "brûle-parfum; réchaud à fondants | wax warmer; melt warmer; warmer",
        values(
            "céramique | ceramic",
            "verre soufflé; verre | blown glass; glass",
            "électrique | electric; plug-in",
        ),
        "Ø 12 cm | 4.7 in",
        axis="material",
    ),
    kind(
        "brume d'intérieur; brume; spray d'ambiance; vaporisateur | room spray; room mist; "
        "home spray",
        SCENTS[:5],
        "100 ml | 3.4 fl oz",
        axis="scent",
    ),
    kind(
        "éteignoir; éteignoir à bougie; cloche | candle snuffer; snuffer; wick snuffer",
        values("laiton | brass", "noir mat | matte black"),
        "taille unique | one size",
        axis="color",
    ),
)

FITTING_METALS = values(
    "laiton | brass",
    "galvanisé; acier galvanisé | galvanized; galvanized steel",
    "inox; acier inoxydable | stainless steel; stainless",
)
FITTING_SIZES = "1/2 pouce (15x21) | 1/2 in; 3/4 pouce (20x27) | 3/4 in; 1 pouce (26x34) | 1 in"

PLOMBERIE = (
    kind(
        "coude femelle 90°; coude; coude femelle; coude à 90 degrés; raccord | 90° female elbow; "
        "elbow; 90 degree elbow; female elbow; fitting",
        FITTING_METALS,
        FITTING_SIZES,
        axis="material",
        extra="à visser | FIP threaded",
    ),
    kind(
        "té égal femelle; té; té égal; té femelle; raccord | female tee; tee; equal tee; "
        "tee fitting; fitting",
        FITTING_METALS,
        FITTING_SIZES,
        axis="material",
        extra="à visser | FIP threaded",
    ),
    kind(
        "manchon femelle; manchon; raccord | female coupling; coupling; threaded coupling; fitting",
        FITTING_METALS,
        FITTING_SIZES,
        axis="material",
    ),
    kind(
        "vanne à sphère; vanne; vanne quart de tour; robinet d'arrêt | ball valve; valve; "
        "shut-off valve; quarter turn valve",
        values(
            "poignée papillon; papillon | butterfly handle; butterfly",
            "poignée levier; levier | lever handle; lever",
        ),
        "DN 15 | 1/2 in; DN 20 | 3/4 in; DN 25 | 1 in",
        axis="style",
        extra="passage intégral | full port",
    ),
    kind(
        "tube cuivre; tube en cuivre; tuyau cuivre; cuivre | copper pipe; copper tube; "
        "copper tubing; copper",
        (),
        "Ø 12 mm - 1 m | 3/8 in x 5 ft; Ø 14 mm - 1 m | 1/2 in x 5 ft; "
        "Ø 22 mm - 1 m | 3/4 in x 5 ft",
        extra="écroui | type M",
    ),
    kind(
        "tube PER; PER; tuyau PER | PEX tubing; PEX; PEX pipe",
        values("rouge | red", "bleu | blue"),
        "Ø 16 mm - couronne 25 m | 1/2 in x 100 ft; Ø 20 mm - couronne 25 m | 3/4 in x 100 ft",
        axis="color",
        container="couronne | coil",
    ),
    kind(
        "flexible inox tressé; flexible; flexible sanitaire | braided supply line; supply line; "
        "braided hose",
        values(
            "femelle-femelle | female-female; female to female",
            "mâle-femelle | male-female; male to female",
        ),
        "30 cm | 12 in; 50 cm | 20 in",
        axis="style",
        extra="15x21 | 1/2 FIP",
        measured=True,
    ),
    kind(
        "siphon; siphon bouteille | P-trap; trap; sink trap",
        values(
            "lavabo; de lavabo | bathroom sink; bathroom", "évier; d'évier | kitchen sink; kitchen"
        ),
        "Ø 32 mm | 1 1/4 in; Ø 40 mm | 1 1/2 in",
        axis="style",
        extra="PVC | PVC",
        measured=True,
    ),
    kind(
        "ruban PTFE; téflon; ruban téflon | PTFE tape; teflon tape; plumber's tape",
        (),
        "12 m x 12 mm | 1/2 in x 43 ft",
        container="rouleau | roll",
    ),
)

GOODS: dict[str, tuple[Kind, ...]] = {
    "boucherie": BOUCHERIE,
    "bagagerie": BAGAGERIE,
    "bougie": BOUGIE,
    "plomberie": PLOMBERIE,
}

# Things of other trades none of the four shops sells.
OFF_GOODS: tuple[Pair, ...] = (
    ("tapis de yoga", "yoga mat"),
    ("casque audio", "headphones"),
    ("pneus neige", "snow tires"),
    ("lessive", "laundry detergent"),
    ("litière pour chat", "cat litter"),
    ("chargeur de téléphone", "phone charger"),
    ("crème solaire", "sunscreen"),
    ("farine de blé", "all-purpose flour"),
    ("carnet de timbres", "book of stamps"),
    ("mascara", "mascara"),
    ("ballon de foot", "soccer ball"),
    ("stylo plume", "fountain pen"),
    ("raquette de tennis", "tennis racket"),
    ("jeu de cartes", "deck of cards"),
)

# Things of each shop's own trade that it does not stock: a shopper may well ask for them.
NEAR_MISSES: dict[str, tuple[Pair, ...]] = {
    "boucherie": (
        ("côte de bœuf", "ribeye steak"),
        ("magret de canard", "duck breast"),
        ("andouillette", "andouillette"),
        ("boudin noir", "blood pudding"),
        ("foie gras", "foie gras"),
        ("chorizo", "chorizo"),
        ("poulet fermier", "whole chicken"),
        ("gigot d'agneau", "leg of lamb"),
    ),
    "bagagerie": (
        ("sac banane", "fanny pack"),
        ("porte-costume", "garment bag"),
        ("pèse-bagage", "luggage scale"),
        ("adaptateur de voyage", "travel adapter"),
        ("porte-passeport", "passport holder"),
        ("malle en osier", "wicker trunk"),
        ("parapluie pliant", "compact umbrella"),
    ),
    "bougie": (
        ("bâtonnets d'encens", "incense sticks"),
        ("bougies d'anniversaire", "birthday candles"),
        ("photophore", "hurricane lantern"),
        ("galet en céramique parfumé", "scented sachet"),
        ("allumettes longues", "long matches"),
        ("guirlande lumineuse", "string lights"),
        ("pot-pourri", "potpourri"),
    ),
    "plomberie": (
        ("mitigeur de douche", "shower faucet"),
        ("chauffe-eau", "water heater"),
        ("abattant WC", "toilet seat"),
        ("pompe de relevage", "sump pump"),
        ("furet déboucheur", "drain snake"),
        ("ventouse", "plunger"),
        ("colle PVC", "PVC cement"),
    ),
}

FEMININE = {"barquette", "couronne"}
PLURALS = {"barquette": "barquettes", "bocal": "bocaux", "pot": "pots", "sachet": "sachets",
           "couronne": "couronnes", "rouleau": "rouleaux", "pack": "packs", "stick": "sticks",
           "box": "boxes", "jar": "jars", "bag": "bags", "coil": "coils", "roll": "rolls"}  # fmt: skip
