"""What the watch-parts shop and the marine chandlery of the *afield* half sell
(:mod:`bench.resolution_afield`), and the things a shopper may ask any afield shop for that it
does not sell: wares of its own trade it does not stock, and wares of other trades.

Straps, buckles and spring bars go by the lug width in millimetres in both languages, movements
by the « ligne » (11 ½ lignes), cells by their code (SR626SW); a chandlery sells line and chain by
the millimetre in France and by the fraction of an inch in the United States, anchors by the kilo
or the pound, life jackets by their buoyancy in newtons.
"""

from __future__ import annotations

from bench.resolution_afield_wares import CLIMBING, POTTERY, Pair, Ware, both

WATCH = (
    Ware("bracelet cuir", "leather strap | leather watch band", "color",
         (("noir", "black"), ("havane | marron", "tan | brown"), ("bordeaux", "burgundy"),
          ("bleu nuit", "navy | navy blue")),
         both("18 mm", "20 mm", "22 mm")),
    Ware("bracelet NATO | NATO", "NATO strap | nylon strap", "color",
         (("kaki", "olive | khaki"), ("noir", "black"), ("rayé bleu rouge", "blue red stripe"),
          ("gris", "grey | gray")),
         both("20 mm", "22 mm")),
    Ware("bracelet milanais | milanais", "mesh bracelet | milanese mesh", "finish",
         (("acier", "steel | silver"), ("doré", "gold | gold tone"), ("noir", "black")),
         both("18 mm", "20 mm", "22 mm")),
    Ware("pile bouton | pile de montre", "button cell | watch battery", "model",
         (("SR626SW", "SR626SW"), ("SR621SW", "SR621SW"), ("SR920SW", "SR920SW"),
          ("CR2016", "CR2016"), ("CR2032", "CR2032")),
         (("à l'unité", "single"), ("lot de 5", "pack of 5"), ("lot de 10", "pack of 10"))),
    Ware("verre saphir", "sapphire crystal | sapphire glass", "shape",
         (("plat", "flat"), ("bombé", "domed")),
         (("30 mm", "30 mm"), ("32,5 mm", "32.5 mm"), ("35 mm", "35 mm"))),
    Ware("barrettes à ressort | pompes", "spring bars | spring pins", "shoulder",
         (("simple épaulement", "single shoulder"), ("double épaulement", "double shoulder"),
          ("à dégagement rapide", "quick release")),
         both("18 mm", "20 mm", "22 mm")),
    Ware("boucle ardillon | boucle", "pin buckle | tang buckle", "finish",
         (("acier brossé", "brushed steel"), ("acier poli", "polished steel"),
          ("or rose", "rose gold"), ("noir PVD", "black PVD")),
         both("16 mm", "18 mm", "20 mm")),
    Ware("ouvre-boîtier | clé de fond", "case opener | case back wrench", "grip",
         (("à trois griffes", "three-jaw"), ("à boule", "friction ball"),
          ("à couteau", "case knife"))),
    Ware("mouvement", "movement | watch movement", "winding",
         (("automatique", "automatic"), ("quartz", "quartz"),
          ("remontage manuel | manuel", "hand-wound | manual wind")),
         (("8 ¾ lignes", "8 3/4 ligne"), ("11 ½ lignes", "11 1/2 ligne"), ("13 lignes", "13 ligne"))),
    Ware("couronne de remontoir | couronne", "winding crown | crown", "finish",
         (("acier", "steel"), ("dorée", "gold tone")),
         both("5 mm", "6 mm", "7 mm")),
)  # fmt: skip

CHANDLERY = (
    Ware("bout tressé | drisse", "double braid line | double braid", "color",
         (("blanc", "white"), ("bleu", "blue"), ("rouge", "red"), ("blanc moucheté", "white fleck")),
         (("6 mm", "1/4 in"), ("8 mm", "5/16 in"), ("10 mm", "3/8 in"), ("12 mm", "1/2 in"))),
    Ware("manille", "shackle", "shape",
         (("droite", "D | dee"), ("lyre", "bow"), ("imperdable", "captive pin")),
         (("5 mm", "3/16 in"), ("6 mm", "1/4 in"), ("8 mm", "5/16 in"), ("10 mm", "3/8 in"))),
    Ware("taquet", "cleat", "material",
         (("aluminium | alu", "aluminum"), ("inox", "stainless"), ("nylon", "nylon")),
         (("10 cm", "4 in"), ("15 cm", "6 in"), ("20 cm", "8 in"))),
    Ware("pare-battage | défense", "fender | boat fender", "color",
         (("blanc", "white"), ("bleu marine", "navy"), ("noir", "black"), ("gris", "grey")),
         (("15 x 45 cm", "6 x 18 in"), ("20 x 60 cm", "8 x 24 in"), ("25 x 75 cm", "10 x 30 in"))),
    Ware("gilet de sauvetage | gilet", "life jacket | life vest", "inflation",
         (("gonflage automatique | automatique", "automatic | auto inflate"),
          ("gonflage manuel | manuel", "manual"), ("mousse", "foam")),
         both("100 N", "150 N", "275 N")),
    Ware("ancre", "anchor", "shape",
         (("soc de charrue | soc", "plow | plough"), ("grappin", "grapnel | folding"),
          ("à bascule | plate", "fluke")),
         (("5 kg", "11 lb"), ("10 kg", "22 lb"), ("15 kg", "33 lb"), ("20 kg", "44 lb"))),
    Ware("chaîne galvanisée | chaîne de mouillage", "galvanized chain | anchor chain", "", (),
         (("6 mm", "1/4 in"), ("8 mm", "5/16 in"), ("10 mm", "3/8 in"))),
    Ware("manivelle de winch | manivelle", "winch handle", "grip",
         (("flottante", "floating"), ("à verrouillage", "locking | lock-in")),
         (("20 cm", "8 in"), ("25 cm", "10 in"))),
    Ware("feu de navigation | feu de bord", "navigation light | nav light", "position",
         (("bâbord", "port"), ("tribord", "starboard"), ("tête de mât", "masthead"),
          ("de poupe", "stern"), ("bicolore", "bicolor"))),
    Ware("poulie", "block | pulley", "sheaves",
         (("simple", "single"), ("double", "double"), ("violon", "fiddle"),
          ("à ringot", "with becket | becket")),
         both("40 mm", "57 mm", "75 mm")),
)  # fmt: skip

TRADES: dict[str, tuple[Ware, ...]] = {
    "escalade": CLIMBING,
    "poterie": POTTERY,
    "horlogerie": WATCH,
    "accastillage": CHANDLERY,
}

# Wares of each trade its shop has none of (a shopper may still ask for them).
UNSTOCKED: dict[str, tuple[Pair, ...]] = {
    "escalade": (("un crash pad", "a crash pad"), ("un système d'assurage", "a belay device"),
                 ("des coinceurs mécaniques", "cams"), ("une broche à glace", "an ice screw"),
                 ("des prises d'escalade", "climbing holds"), ("une poulie-bloqueur", "a progress capture pulley")),
    "poterie": (("un tour de potier", "a pottery wheel"), ("un four électrique", "an electric kiln"),
                ("une croûteuse", "a slab roller"), ("une girelle", "a banding wheel"),
                ("une extrudeuse à argile", "a clay extruder"), ("des moules en plâtre", "plaster molds")),
    "horlogerie": (("un remonteur de montre", "a watch winder"), ("une loupe d'horloger", "a jeweler's loupe"),
                   ("un écrin à montres", "a watch box"), ("une lunette tournante", "a rotating bezel"),
                   ("un cadran", "a dial"), ("des aiguilles de montre", "watch hands")),
    "accastillage": (("une annexe gonflable", "an inflatable dinghy"), ("un compas de relèvement", "a hand bearing compass"),
                     ("une gaffe", "a boat hook"), ("une corne de brume", "an air horn"),
                     ("une écope", "a bailer"), ("une bouée fer à cheval", "a horseshoe buoy")),
}  # fmt: skip

# Things of trades no afield shop has.
OFF_TRADE: tuple[Pair, ...] = (
    ("un aspirateur balai", "a stick vacuum"), ("une tondeuse à gazon", "a lawn mower"),
    ("un rouleau de papier peint", "a roll of wallpaper"), ("une guitare électrique", "an electric guitar"),
    ("un fer à repasser", "a steam iron"), ("un grille-pain", "a toaster"),
    ("un matelas en latex", "a latex mattress"), ("une perceuse visseuse", "a cordless drill"),
    ("une trottinette", "a kick scooter"), ("un oreiller", "a pillow"),
    ("des lunettes de soleil", "sunglasses"), ("une cafetière italienne", "a moka pot"),
    ("un jeu de société", "a board game"), ("une housse de couette", "a duvet cover"),
)  # fmt: skip
