"""The words of the *wide* half (:mod:`bench.resolution_wide`): four kinds of shop no other half
has (tea and coffee, bicycle parts, party and craft supplies, a pharmacy), brands of their own,
the homophones a recogniser writes for these shops' words, and the phrasings, pauses, brand
links, size words and respelling rules its queries are made with.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])``, as in
:mod:`bench.resolution_shops`. Nothing here is shared with the fresh half's lists (it must stay
unseen) nor read by the resolver.
"""

from __future__ import annotations

from bench.resolution_fresh import _sizes
from bench.resolution_shops import Pair, ProductType, _pairs

SINGLE = _sizes("1 pièce/1 piece")
METALLIC = _pairs("doré/gold, argenté/silver, turquoise/turquoise, lilas/lilac, fuchsia/fuchsia")

WIDE_SHOPS: dict[str, list[ProductType]] = {
    "tea": [
        ("thé en vrac", "loose leaf tea",
         _pairs("earl grey/earl grey, darjeeling/darjeeling, fumé/smoky, sencha/sencha"),
         _sizes("100 g/100 g; 250 g/250 g")),
        ("sachets de thé", "tea bags",
         _pairs("menthe poivrée/peppermint, verveine/verbena, rooibos/rooibos, "
                "gingembre citron/ginger lemon"),
         _sizes("boîte de 20/box of 20; boîte de 40/box of 40")),
        ("café en grains", "coffee beans", _pairs("arabica/arabica, robusta/robusta, moka/mocha"),
         _sizes("250 g/250 g; 500 g/500 g; 1 kg/1 kg")),
        ("dosettes de café", "coffee pods",
         _pairs("corsé/bold, léger/light roast, noisette/hazelnut"),
         _sizes("par 10/10 count; par 50/50 count")),
        ("filtres à café", "coffee filters", _pairs("blanchis/bleached, écrus/unbleached"),
         _sizes("boîte de 80/box of 80; boîte de 200/box of 200")),
        ("sirop pour café", "coffee syrup",
         _pairs("noisette/hazelnut, caramel salé/salted caramel, cannelle/cinnamon"),
         _sizes("25 cl/250 ml; 70 cl/700 ml")),
        ("théière", "teapot", _pairs("porcelaine/porcelain, terre cuite/terracotta"),
         _sizes("0,6 l/0.6 l; 1,2 l/1.2 l")),
    ],
    "bike": [
        ("chambre à air", "inner tube", _pairs("valve presta/presta valve, valve schrader/"
                                               "schrader valve"),
         _sizes("26 pouces/26 inch; 28 pouces/28 inch")),
        ("pneu", "tire", _pairs("route/road, tout-terrain/mountain, ville/city"),
         _sizes("26 pouces/26 inch; 28 pouces/28 inch")),
        ("huile pour chaîne", "chain oil",
         _pairs("temps sec/dry weather, temps humide/wet weather"),
         _sizes("50 ml/50 ml; 120 ml/120 ml")),
        ("chaîne", "chain", _pairs("8 vitesses/8 speed, 11 vitesses/11 speed"),
         _sizes("116 maillons/116 links")),
        ("patins de frein", "brake pads", _pairs("route/road, vtt/mtb"),
         _sizes("la paire/1 pair; 2 paires/2 pairs")),
        ("câble de frein", "brake cable", [], _sizes("1,7 m/1.7 m; 2 m/2 m")),
        ("antivol", "bike lock", _pairs("en u/u lock, pliant/folding, à câble/cable"), SINGLE),
        ("pompe à pied", "floor pump", [], SINGLE),
    ],
    "party": [
        ("ballons de baudruche", "party balloons", METALLIC,
         _sizes("sachet de 25/bag of 25; sachet de 50/bag of 50")),
        ("guirlande lumineuse", "string lights", _pairs("multicolore/multicolor, ambre/amber"),
         _sizes("5 m/5 m; 10 m/10 m")),
        ("bougies d'anniversaire", "birthday candles", METALLIC,
         _sizes("boîte de 12/box of 12; boîte de 24/box of 24")),
        ("papier crépon", "crepe paper", METALLIC, _sizes("2 m/2 m; 3 m/3 m")),
        ("pistolet à colle", "glue gun", [], SINGLE),
        ("bâtons de colle chaude", "hot glue sticks", [],
         _sizes("lot de 20/pack of 20; lot de 50/pack of 50")),
        ("paillettes", "glitter", METALLIC, _sizes("20 g/20 g; 50 g/50 g")),
        ("gobelets en carton", "paper cups", METALLIC, _sizes("lot de 20/pack of 20")),
    ],
    "pharmacy": [
        ("pansements", "bandages", _pairs("imperméables/waterproof, en tissu/fabric"),
         _sizes("boîte de 20/box of 20; boîte de 40/box of 40")),
        ("huile de massage", "massage oil",
         _pairs("arnica/arnica, romarin/rosemary, ylang-ylang/ylang ylang"),
         _sizes("100 ml/100 ml; 200 ml/200 ml")),
        ("balle de massage", "massage ball", [], _sizes("6 cm/6 cm; 8 cm/8 cm")),
        ("pastilles pour la gorge", "throat lozenges",
         _pairs("miel citron/honey lemon, réglisse/licorice, menthol/menthol"),
         _sizes("par 24/24 count; par 36/36 count")),
        ("sérum physiologique", "saline solution", [], _sizes("par 30/30 count")),
        ("bas de contention", "compression socks", _pairs("beige/beige, bleu marine/navy blue"),
         _sizes("taille S/size S; taille M/size M; taille L/size L")),
        ("gel hydroalcoolique", "hand sanitizer", [], _sizes("100 ml/100 ml; 500 ml/500 ml")),
        ("bouillotte", "hot water bottle", _pairs("velours/velvet, tricot/knitted"),
         _sizes("1 l/1 l; 2 l/2 l")),
    ],
}  # fmt: skip

# Things none of the wide shops (nor any other generated shop) sells, for "none" requests.
WIDE_OFF_CATALOG: list[Pair] = _pairs(
    "sèche-cheveux/hair dryer, ventilateur/desk fan, tabouret/bar stool, jumelles/binoculars, "
    "accordéon/accordion, barbecue/grill, cadre photo/picture frame, horloge murale/wall clock, "
    "hamac/hammock, fer à repasser/clothes iron, boussole/compass, bureau d'écolier/school desk"
)

# Syllables of made-up brand names, none of them a syllable of another half's brands.
WIDE_SYLLABLES = (
    "kov", "ami", "bru", "cel", "dun", "efa", "fro", "gam", "hap", "ivo", "jex", "kul", "lom",
    "mab", "nol", "ork", "pul", "quen", "ras", "sab", "tol", "uri", "vak", "wil", "yul", "zim",
    "bai", "cou", "dro", "esk", "fiz", "gru", "hov", "ilo", "jaq", "kip", "luv", "mov", "nim",
    "obi", "plu", "rav", "ska", "tip", "umb", "vit", "wob", "zed", "ani", "bok", "bu", "du",
    "gi", "hu", "ko", "ku", "lu", "mu", "nu", "po", "pu", "su", "tu", "vo", "xi", "zi", "be",
    "de", "fi", "ge",
)  # fmt: skip
# Words some made-up brands carry as a second word ("Kovu Lab").
WIDE_SUFFIXES = ("lab", "& cie", "studio", "atelier", "company")
# Brands made of ordinary words, as real brands often are (a few hold a number word).
PLAIN_BRANDS = (
    "Roc", "Sol Vita", "Le Petit Atelier", "Grand Large", "Bonne Route", "Vieux Port", "Cap Nord",
    "Terre Douce", "Pont Neuf", "Iron Goat", "Happy Fox", "Old Mill", "Brave Bee", "North Star",
    "Tin Drum", "Simple Life", "Good Harvest", "Beau Temps", "Plein Air", "Wild Oats",
    "Kind Hands", "Bel Été", "Fair Wind", "Cloud Nine", "Trois Pommes", "Quiet Owl", "Jolie Môme",
    "Hibou Sage", "Copper Kettle", "Sunday Ride",
)  # fmt: skip

# Whole words a recogniser writes for these shops' words.
HOMOPHONES = {
    "fr": {
        "thé": ["té", "tait"], "vrac": ["frac", "vraque"], "café": ["caffé", "cafés"],
        "grains": ["grain", "gré un"], "dosettes": ["dozettes", "dos zettes"],
        "théière": ["téière", "thé hier"], "filtres": ["filtre", "philtre"],
        "sirop": ["siro", "cirot"], "sachets": ["sachet", "sa chez"], "chambre": ["champ bre"],
        "air": ["aire", "ère", "hère"], "pneu": ["peneu", "pneus", "neu"], "huile": ["wil", "uile"],
        "chaîne": ["chêne", "chènes"], "frein": ["frain", "frains"], "patins": ["patin", "pas teint"],
        "antivol": ["anti vol", "antivolle"], "pompe": ["pompes", "pomp"], "pied": ["pié", "pieds"],
        "câble": ["kabl", "cab"], "ballons": ["ballon", "bas long"], "baudruche": ["beau druche"],
        "guirlande": ["guirlandes", "guire lande"], "bougies": ["bougie", "bout gît"],
        "crépon": ["crêpons", "crée pont"], "pistolet": ["pistolé", "piste au lait"],
        "colle": ["col", "khôl"], "paillettes": ["paillette", "pays yettes"],
        "gobelets": ["goblet", "gobelés"], "pansements": ["pansement", "pense ment"],
        "massage": ["massages", "ma sage"], "pastilles": ["pastille", "pas tilles"],
        "gorge": ["gorges", "gorj"], "sérum": ["sait rhum", "serum"], "bas": ["bah", "bat"],
        "contention": ["contension", "quand tension"], "bouillotte": ["bouillote", "bouille hotte"],
        "verveine": ["vers veine"], "fumé": ["fumer", "fumée"], "noisette": ["noix sète"],
        "doré": ["dorée", "dorer"], "argenté": ["argenter", "argent thé"], "réglisse": ["réglise"],
        "porcelaine": ["porcelène"], "route": ["routes", "rout"], "lilas": ["lila", "lit la"],
        "corsé": ["corset", "corser"], "balle": ["bâle"], "velours": ["velour", "vélo"],
    },
    "en": {
        "tea": ["tee", "t"], "leaf": ["leave", "lief"], "loose": ["lose", "lucy"],
        "beans": ["beens", "bins"], "pods": ["pads", "pawds"], "teapot": ["tea pot", "tipot"],
        "filters": ["filter", "philters"], "syrup": ["sirup", "sir up"], "bags": ["backs"],
        "inner": ["in her", "iner"], "tube": ["toob", "tub"], "tire": ["tyre", "tier"],
        "chain": ["chane", "chayn"], "oil": ["oils", "all"], "brake": ["break", "brakes"],
        "pads": ["pats", "pods"], "cable": ["cabble", "kay bull"], "lock": ["lok", "loch"],
        "pump": ["pomp", "pumps"], "floor": ["flour", "flaw"], "balloons": ["baloons", "ballons"],
        "lights": ["lites", "likes"], "string": ["strin", "sting"], "candles": ["candels", "can dolls"],
        "crepe": ["crape", "creep"], "glue": ["glew", "clue"], "gun": ["gum", "gone"],
        "glitter": ["glider", "gliter"], "cups": ["cubs", "cops"], "bandages": ["band ages"],
        "massage": ["message", "masage"], "lozenges": ["lozenge", "losenges"],
        "throat": ["throte", "thrown"], "saline": ["say lean", "salene"], "sticks": ["stix"],
        "compression": ["compresion", "come pression"], "socks": ["sacks", "sock"],
        "sanitizer": ["sanitiser", "sanity zer"], "hot": ["hut", "hawt"], "ball": ["bol", "balls"],
        "peppermint": ["pepper mint"], "verbena": ["verbina"], "hazelnut": ["hazel nut"],
        "mocha": ["mocka", "moka"], "gold": ["goal", "golds"], "silver": ["silva"],
        "lilac": ["lie lack"], "road": ["rode", "rowed"], "presta": ["presto"],
        "licorice": ["liquorice"], "navy": ["navie"], "amber": ["ember"], "bold": ["bowled"],
    },
}  # fmt: skip

# --- the noise: what shoppers say around a product name, and how they say sizes ---------
CARRIERS = {
    "fr": {
        "pre": [
            "tu me prendras", "rajoute-moi vite fait", "faudrait qu'on achète", "t'as encore",
            "il nous reste plus de", "on est à court de", "tu penses à prendre",
            "garde-moi de côté", "je me ferais bien", "on n'a plus de", "tu pourras me ramener",
            "ça me dirait bien", "je passerais bien commande de", "glisse dans le caddie",
            "je suis en manque de", "dépanne-moi avec", "tu saurais me dégoter", "vous vendriez",
            "faudrait me racheter", "allez hop", "prévois-moi", "embarque-moi",
            "je crois qu'on manque de", "ce qui me ferait plaisir c'est", "réserve-moi",
        ],
        "post": ["quand t'as le temps", "c'est urgent", "pour la semaine", "avant samedi",
                 "si y en a", "d'avance merci", "vite fait", "pour mamie", "on en manque",
                 "je compte sur toi"],
    },
    "en": {
        "pre": [
            "we ran out of", "stick in", "chuck in", "i'm running low on", "we're low on",
            "would you mind adding", "any chance you have", "i've been meaning to buy", "restock",
            "send me", "hook me up with", "i'd go for", "sort me out with", "we could use",
            "line up", "ring up", "bag me", "slip in", "i'm thinking", "rustle up", "i'll need",
            "queue up", "make sure we have", "let's stock up on", "is there any",
        ],
        "post": ["when you get a chance", "asap", "before friday", "for grandma", "no rush",
                 "cheers", "if there's any left", "for the trip", "much appreciated",
                 "on the double"],
    },
}  # fmt: skip
POLITE = {
    "fr": ["sois gentil", "si ça t'embête pas", "par hasard", "je t'en prie"],
    "en": ["if you would", "kindly", "pretty please", "if you don't mind"],
}
PAUSES = {"fr": ["hum", "bah", "enfin", "attends"], "en": ["er", "hmm", "you know", "i mean"]}
REPEATED = {"fr": ["le", "la", "les", "du", "des", "de"], "en": ["the", "some", "a", "of"]}
QUANTITY = {
    "fr": ["{n} paquets de", "{n} exemplaires de", "{n} unités de", "{n} fois"],
    "en": ["{n} of the", "{n} bags of", "{n} of those", "{n} units of"],
}
QUANTITY_AFTER = {"fr": ["en {n} exemplaires", "fois {n}"], "en": ["times {n}", "{n} of them"]}
BRAND_LINKS = {
    "fr": ["de la maison", "signé", "estampillé", "fabriqué par", "version"],
    "en": ["the one from", "put out by", "labelled", "under"],
}
SIZE_ENDS = {
    ("fr", "large"): ["le grand modèle", "la grande", "maxi", "le plus gros"],
    ("fr", "small"): ["le petit modèle", "la petite", "le plus petit", "modèle réduit"],
    ("en", "large"): ["the big one", "the bigger", "jumbo", "the larger"],
    ("en", "small"): ["the small one", "the smaller", "mini", "the little one"],
}
SHORT_WORDS = {"fr": {"de", "à", "en", "pour", "la", "d'"}, "en": {"of", "for", "the"}}
# Spellings by sound: (pattern, replacement), one applied; none of the other halves' rules.
RESPELL = {
    "fr": [
        (r"ai", "ei"), (r"eu", "e"), (r"oi", "oua"), (r"gn", "ny"), (r"^ch", "sch"),
        (r"c(?=[ei])", "s"), (r"ph", "ff"), (r"th", "t"), (r"ère$", "aire"), (r"ier$", "ié"),
        (r"é$", "ez"), (r"ée$", "é"), (r"d$", "t"), (r"que$", "c"), (r"ine$", "inne"),
        (r"ain", "in"), (r"ein", "in"), (r"em(?=[bp])", "an"), (r"om(?=[bp])", "on"),
        (r"ille", "ye"), (r"z", "s"), (r"k", "qu"), (r"ou", "oo"), (r"g(?=[ei])", "j"),
    ],
    "en": [
        (r"ght", "t"), (r"igh", "i"), (r"^kn", "n"), (r"wr", "r"), (r"ous$", "us"),
        (r"ture$", "cher"), (r"tch", "ch"), (r"dge", "j"), (r"ve$", "v"), (r"er$", "uh"),
        (r"le$", "ul"), (r"th", "d"), (r"oa", "o"), (r"ew", "oo"), (r"ie", "ee"),
        (r"u(?=[^aeiou]e$)", "oo"), (r"ay", "ey"), (r"ow$", "oe"), (r"nk", "ngk"),
        (r"sion$", "zhun"), (r"al$", "le"), (r"ce$", "se"), (r"a(?=[^aeiou]e)", "ei"),
    ],
}  # fmt: skip
UNITS = {
    "fr": {"g": ["grammes", "gr"], "kg": ["kilos", "kilogrammes"], "ml": ["millilitres", "milli"],
           "cl": ["centilitres", "centi"], "l": ["litres", "litre"], "m": ["mètres"],
           "cm": ["centimètres", "centi"]},
    "en": {"g": ["grams", "grammes"], "kg": ["kilos", "kilograms"], "ml": ["mils", "milliliters"],
           "cl": ["centiliters"], "l": ["liters", "litres"], "m": ["meters", "metres"],
           "cm": ["centimeters", "centimetres"]},
}  # fmt: skip
LETTER_SIZES = {
    "fr": {"s": ["taille s", "petite taille", "en s"], "m": ["taille m", "taille moyenne", "en m"],
           "l": ["taille l", "grande taille", "en l"]},
    "en": {"s": ["size small", "small", "in a small"], "m": ["size medium", "medium", "a medium"],
           "l": ["size large", "large", "in a large"]},
}  # fmt: skip
