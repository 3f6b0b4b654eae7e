"""Two trades of the offshore half: a tea merchant and a parapharmacy (words all its own)."""

from __future__ import annotations

from bench.resolution_offshore_model import Maker, Trade, Ware

TEA = Trade(
    kind="tea",
    wares=(
        Ware(
            "green",
            ("thé vert en vrac", "loose leaf green tea"),
            ("variété", "variety"),
            (
                ("Sencha", "Sencha"),
                ("Gunpowder", "Gunpowder"),
                ("jasmin", "Jasmine"),
                ("Genmaicha", "Genmaicha"),
            ),
            (("100 g", "3.5 oz"), ("250 g", "8.8 oz"), ("500 g", "17.6 oz")),
            (
                ("thé vert en feuilles", "feuilles de thé vert"),
                ("green tea leaves", "loose green tea"),
            ),
        ),
        Ware(
            "black",
            ("thé noir en vrac", "loose black tea"),
            ("variété", "variety"),
            (
                ("Earl Grey", "Earl Grey"),
                ("Darjeeling", "Darjeeling"),
                ("Assam", "Assam"),
                ("English Breakfast", "English Breakfast"),
            ),
            (("100 g", "3.5 oz"), ("250 g", "8.8 oz"), ("500 g", "17.6 oz")),
            (
                ("thé noir en feuilles", "feuilles de thé noir"),
                ("black tea leaves", "black loose tea"),
            ),
        ),
        Ware(
            "herbal",
            ("infusion en sachets", "herbal tea bags"),
            ("parfum", "flavor"),
            (
                ("menthe poivrée", "Peppermint"),
                ("camomille", "Chamomile"),
                ("citron gingembre", "Lemon Ginger"),
                ("fruits rouges", "Mixed Berry"),
            ),
            (("x20", "20 ct"), ("x50", "50 ct"), ("x100", "100 ct")),
            (("tisane en sachets", "sachets de tisane"), ("herbal tea", "tisane bags")),
            counted=("sachets", "bags"),
        ),
        Ware(
            "rooibos",
            ("rooibos en vrac", "loose rooibos"),
            ("parfum", "flavor"),
            (("nature", "Plain"), ("vanille", "Vanilla"), ("agrumes", "Citrus")),
            (("100 g", "3.5 oz"), ("250 g", "8.8 oz")),
            (("thé rouge", "rooibos"), ("red bush tea", "redbush")),
        ),
        Ware(
            "teapot",
            ("théière en fonte", "cast iron teapot"),
            ("couleur", "color"),
            (("noire", "Black"), ("rouge", "Red"), ("vert jade", "Jade Green")),
            (("0,6 l", "20 fl oz"), ("0,9 l", "30 fl oz"), ("1,2 l", "40 fl oz")),
            (("théière japonaise", "théière fonte"), ("iron tea kettle", "tetsubin")),
        ),
        Ware(
            "infuser",
            ("boule à thé", "tea infuser ball"),
            ("matière", "material"),
            (("inox", "Stainless Steel"), ("laiton", "Brass")),
            (("4,5 cm", "1.8 in"), ("6 cm", "2.4 in")),
            (("infuseur à thé", "boule infuseur"), ("tea ball", "mesh tea strainer")),
        ),
        Ware(
            "matcha",
            ("matcha en poudre", "matcha powder"),
            ("qualité", "grade"),
            (("cérémonie", "Ceremonial"), ("cuisine", "Culinary")),
            (("30 g", "1 oz"), ("100 g", "3.5 oz")),
            (("thé matcha", "poudre de matcha"), ("matcha green tea", "powdered matcha")),
        ),
    ),
    makers=(
        Maker("Kettlewood", (("quételwoude", "kettle woud"), ("kettle wood", "kettlewould")), 0),
        Maker(
            "Feuille d'Ambre",
            (("feuilles dambre", "feuille de ambre"), ("foy dumber", "fay dambra")),
            1,
        ),
        Maker(
            "Old Wharf Tea Co.",
            (("old ouarf ti co", "olde wharf"), ("old wharf tea company", "old warf t co")),
            2,
        ),
        Maker("Valmorin", (("val morin", "valmorain"), ("val maureen", "valmoran")), 3),
        Maker(
            "Drowsy Egret",
            (("draozi égrette", "drowsy aigrette"), ("drowsy egrette", "drowsie egret")),
            0,
        ),
        Maker("Brume Lente", (("brume lentes", "brume l'ente"), ("broom lent", "brume lent")), 2),
    ),
    unsold=("Copperpine", "Côte d'Yvel", "Tiverton & Finch"),
    unstocked=(
        ("samovar électrique", "electric samovar"),
        ("kombucha en bouteille", "bottled kombucha"),
        ("thé glacé en canette", "canned iced tea"),
        ("mélange chaï latte", "chai latte mix"),
        ("bouilloire à col de cygne", "gooseneck kettle"),
    ),
)

PARAPHARMACY = Trade(
    kind="parapharmacy",
    wares=(
        Ware(
            "sunscreen",
            ("crème solaire", "sunscreen lotion"),
            ("indice", "spf"),
            (("SPF 30", "SPF 30"), ("SPF 50", "SPF 50"), ("SPF 50+", "SPF 50+")),
            (("50 ml", "1.7 fl oz"), ("100 ml", "3.4 fl oz"), ("200 ml", "6.8 fl oz")),
            (("écran solaire", "protection solaire"), ("sunblock", "sun cream")),
        ),
        Ware(
            "vitaminc",
            ("vitamine C effervescente", "effervescent vitamin C"),
            ("arôme", "flavor"),
            (("orange", "Orange"), ("citron", "Lemon")),
            (("x20", "20 ct"), ("x40", "40 ct")),
            (("comprimés de vitamine C", "vitamine C"), ("vitamin C fizzy tablets", "vitamin C")),
            counted=("comprimés", "tablets"),
        ),
        Ware(
            "magnesium",
            ("magnésium B6", "magnesium B6"),
            ("", ""),
            (),
            (("x30", "30 ct"), ("x60", "60 ct"), ("x120", "120 ct")),
            (
                ("magnésium vitamine B6", "gélules de magnésium"),
                ("magnesium with B6", "magnesium capsules"),
            ),
            counted=("gélules", "capsules"),
        ),
        Ware(
            "handcream",
            ("crème mains", "hand cream"),
            ("parfum", "scent"),
            (
                ("karité", "Shea Butter"),
                ("amande douce", "Sweet Almond"),
                ("sans parfum", "Fragrance Free"),
            ),
            (("50 ml", "1.7 fl oz"), ("75 ml", "2.5 fl oz"), ("100 ml", "3.4 fl oz")),
            (("crème pour les mains", "crème main"), ("hand lotion", "cream for hands")),
        ),
        Ware(
            "nasal",
            ("spray nasal eau de mer", "saline nasal spray"),
            ("âge", "age"),
            (("adulte", "Adult"), ("enfant", "Kids"), ("bébé", "Baby")),
            (("50 ml", "1.7 fl oz"), ("100 ml", "3.4 fl oz")),
            (
                ("eau de mer pour le nez", "spray eau de mer"),
                ("nose spray", "sea water nose spray"),
            ),
            value_first_en=False,
        ),
        Ware(
            "lipbalm",
            ("baume à lèvres", "lip balm"),
            ("parfum", "flavor"),
            (("nature", "Original"), ("miel", "Honey"), ("cerise", "Cherry")),
            (("4,8 g", "0.17 oz"), ("15 ml", "0.5 fl oz")),
            (("stick lèvres", "baume lèvres"), ("lip salve", "chapstick")),
        ),
        Ware(
            "plasters",
            ("pansements adhésifs", "adhesive bandages"),
            ("type", "type"),
            (("imperméables", "Waterproof"), ("tissu", "Fabric"), ("transparents", "Clear")),
            (("x20", "20 ct"), ("x40", "40 ct")),
            (("pansements", "sparadraps prédécoupés"), ("band aids", "plasters")),
            counted=("pansements", "strips"),
        ),
        Ware(
            "thermal",
            ("eau thermale en spray", "thermal spring water spray"),
            ("", ""),
            (),
            (("150 ml", "5 fl oz"), ("300 ml", "10 fl oz")),
            (("brumisateur d'eau thermale", "eau thermale"), ("thermal water mist", "face mist")),
        ),
    ),
    makers=(
        Maker("Dermalys", (("derma lis", "dermalise"), ("derma lease", "dermalis")), 1),
        Maker("Orvanys", (("or vanis", "orvanisse"), ("or vanis", "orvaniss")), 0),
        Maker("Sunwick", (("sonne ouik", "sun wik"), ("sun wick", "sunwik")), 3),
        Maker(
            "Laboratoires Helvane",
            (("labo helvane", "laboratoire elle vanne"), ("laboratories helvane", "helvain labs")),
            2,
        ),
        Maker(
            "Le Doux Remède",
            (("le doux remèdes", "le dou remède"), ("le do remedy", "luh doo remed")),
            0,
        ),
        Maker(
            "Brightwell Labs",
            (("braille tuelle labs", "brightwell labo"), ("bright well labs", "brightwell labels")),
            1,
        ),
    ),
    unsold=("Kalmera", "Hale & Hardy", "Pharmacil"),
    unstocked=(
        ("tensiomètre au poignet", "wrist blood pressure monitor"),
        ("bas de contention", "compression stockings"),
        ("test de grossesse", "pregnancy test"),
        ("thermomètre frontal", "forehead thermometer"),
        ("gel hydroalcoolique", "hand sanitizer gel"),
    ),
)
