"""The elsewhere half's paint-and-decorating shop: wall and trim paints, varnishes, primers,
brushes, rollers and painter's tape, by six invented makers."""

from __future__ import annotations

from bench.resolution_elsewhere_model import Axis, Maker, Trade, Ware, sizes, v

COLOURS = {
    "blanc": v("Blanc", "White", ("blanc", "blanche"), ("white", "plain white")),
    "casse": v("Blanc cassé", "Off-White", ("blanc cassé", "blanc cassée"), ("off white",)),
    "perle": v("Gris perle", "Pearl Gray", ("gris perle",), ("pearl gray", "pearl grey")),
    "sauge": v("Vert sauge", "Sage Green", ("vert sauge",), ("sage green", "sage")),
    "canard": v("Bleu canard", "Teal", ("bleu canard",), ("teal", "teal blue")),
    "terre": v("Terracotta", "Terracotta", ("terracotta", "terre cuite"), ("terracotta",)),
    "lin": v("Lin", "Linen", ("lin", "couleur lin"), ("linen",)),
    "anthra": v("Anthracite", "Charcoal", ("anthracite", "gris anthracite"), ("charcoal",)),
}
MAT = v("Mat", "Matte", ("mat", "mate"), ("matte", "flat"))
SATIN = v("Satin", "Satin", ("satin", "satinée", "satiné"), ("satin",))
VELOURS = v("Velours", "Eggshell", ("velours", "aspect velours"), ("eggshell",))
GLOSS = v("Brillant", "Gloss", ("brillant", "brillante"), ("gloss", "glossy", "high gloss"))
BRISTLE = Axis(
    "bristle",
    (
        v("Soies naturelles", "Natural Bristle", ("soies naturelles", "poils naturels"),
          ("natural bristle", "natural")),
        v("Synthétique", "Synthetic", ("synthétique", "fibres synthétiques"),
          ("synthetic", "nylon")),
    ),
)  # fmt: skip


def colours(*keys: str) -> Axis:
    return Axis("colour", tuple(COLOURS[k] for k in keys))


PAINT_CANS = (("pot", "pots"), ("can", "cans"))
WARES = (
    Ware(
        "wall",
        ("Peinture murale", "Wall Paint"),
        (("peinture murale", "peinture pour les murs", "peinture mur"),
         ("wall paint", "interior paint", "paint for the walls")),
        "f",
        (colours("blanc", "casse", "perle", "sauge", "canard", "terre", "lin", "anthra"),
         Axis("finish", (MAT, SATIN, VELOURS))),
        sizes("l", 0.5, 1, 2.5, 5, 10),
        PAINT_CANS,
        ("peinture", "paint"),
        price=1290,
    ),
    Ware(
        "trim",
        ("Peinture boiseries", "Trim Paint"),
        (("peinture boiseries", "peinture pour boiseries", "peinture pour les portes"),
         ("trim paint", "door and trim paint", "paint for trim")),
        "f",
        (colours("blanc", "perle", "anthra", "sauge"), Axis("finish", (SATIN, GLOSS))),
        sizes("l", 0.5, 1, 2.5),
        PAINT_CANS,
        ("peinture", "paint"),
        price=1490,
    ),
    Ware(
        "varnish",
        ("Vernis bois", "Wood Varnish"),
        (("vernis bois", "vernis", "vernis pour le bois"), ("wood varnish", "varnish")),
        "m",
        (Axis("tint", (
            v("Incolore", "Clear", ("incolore", "transparent"), ("clear",)),
            v("Chêne clair", "Light Oak", ("chêne clair",), ("light oak",)),
            v("Chêne moyen", "Medium Oak", ("chêne moyen",), ("medium oak",)),
            v("Noyer", "Walnut", ("noyer", "teinte noyer"), ("walnut",)),
        )), Axis("finish", (MAT, SATIN, GLOSS))),
        sizes("l", 0.5, 1, 2.5),
        PAINT_CANS,
        price=1390,
    ),
    Ware(
        "primer",
        ("Sous-couche", "Primer"),
        (("sous-couche", "sous-couche d'impression", "sous-couche d'accroche"),
         ("primer", "undercoat", "primer paint")),
        "f",
        (Axis("surface", (
            v("Universelle", "All-Purpose", ("universelle", "multi-supports"),
              ("all purpose", "multi surface")),
            v("Bois", "Wood", ("bois", "pour bois", "spéciale bois"), ("wood", "for wood")),
            v("Plaques de plâtre", "Drywall", ("plaques de plâtre", "placo", "pour le plâtre"),
              ("drywall", "for drywall", "sheetrock")),
            v("Métal", "Metal", ("métal", "pour métal"), ("metal", "for metal")),
        )),),
        sizes("l", 1, 2.5, 10),
        PAINT_CANS,
        price=1790,
    ),
    Ware(
        "flat",
        ("Pinceau plat", "Flat Paint Brush"),
        (("pinceau plat", "pinceau plat de peintre"), ("flat brush", "flat paintbrush", "flat paint brush")),
        "m",
        (BRISTLE,),
        sizes("mm", 25, 50, 75, en_unit="in", en=(1, 2, 3)),
        generic=("pinceau", "paintbrush"),
        price=450,
        size_before=True,
    ),
    Ware(
        "angled",
        ("Pinceau à rechampir", "Angled Sash Brush"),
        (("pinceau à rechampir", "pinceau à réchampir", "pinceau biseauté"),
         ("angled sash brush", "angled brush", "sash brush")),
        "m",
        (BRISTLE,),
        sizes("mm", 25, 38, 50, en_unit="in", en=(1, 1.5, 2)),
        generic=("pinceau", "paintbrush"),
        price=590,
        size_before=True,
    ),
    Ware(
        "roller",
        ("Rouleau à peinture", "Paint Roller"),
        (("rouleau à peinture", "rouleau", "rouleau de peintre"), ("paint roller", "roller")),
        "m",
        (Axis("nap", (
            v("Poils courts", "Short Nap", ("poils courts", "poil court"), ("short nap",)),
            v("Poils moyens", "Medium Nap", ("poils moyens", "poil moyen"), ("medium nap",)),
            v("Poils longs", "Long Nap", ("poils longs", "poil long"), ("long nap", "thick nap")),
        )),),
        sizes("cm", 11, 18, 23, en_unit="in", en=(4, 7, 9)),
        price=690,
        size_before=True,
    ),
    Ware(
        "tape",
        ("Ruban de masquage", "Painter's Tape"),
        (("ruban de masquage", "scotch de peintre", "adhésif de masquage"),
         ("painter's tape", "masking tape", "painters tape")),
        "m",
        (Axis("use", (
            v("Surfaces délicates", "Delicate Surfaces", ("surfaces délicates", "spécial surfaces fragiles"),
              ("delicate surface", "for delicate surfaces")),
            v("Multi-surfaces", "Multi-Surface", ("multi-surfaces", "tous supports"),
              ("multi surface", "all surface")),
            v("Extérieur", "Exterior", ("extérieur", "pour l'extérieur"), ("exterior", "outdoor")),
        )),),
        sizes("mm", 25, 38, 50, en_unit="in", en=(1, 1.5, 2)),
        (("rouleau", "rouleaux"), ("roll", "rolls")),
        price=390,
        size_before=True,
    ),
)  # fmt: skip

MAKERS = (
    Maker("Pigmalune", "fr", "caps-dash", ("wall", "trim", "primer", "varnish"),
          {"fr": ("pigma lune", "pigmalun", "pig malune"), "en": ("pigma loon", "pig ma lune", "pigmaloon")}),
    Maker("Vernimont", "fr", "noun-brand", ("varnish", "trim", "primer", "tape"),
          {"fr": ("verni mont", "vernimon", "vert ni mont"), "en": ("very mount", "vermont", "vernie mont")}),
    Maker("Ravalix", "fr", "brand-last", ("wall", "primer", "roller", "tape", "flat"),
          {"fr": ("ravalise", "rave alix", "ravalisse"), "en": ("rava leaks", "ravel ix", "ravelicks")}),
    Maker("Halbrook", "en", "comma", ("wall", "trim", "varnish", "primer"),
          {"en": ("hall brook", "hal brook", "holbrook"), "fr": ("albrouk", "al brook", "halle brouque")}),
    Maker("Brushwick", "en", "values-first", ("flat", "angled", "roller", "tape"),
          {"en": ("brush wick", "brush quick", "brushwik"), "fr": ("breuchwick", "brouche ouik", "breuche wic")}),
    Maker("Quillby & Shaw", "en", "first", ("wall", "angled", "flat", "roller", "varnish"),
          {"en": ("quilby and shaw", "quill be and shaw", "quillby and sure"),
           "fr": ("kwilbi et chô", "quilbi and show", "kouilbi and chaw")}),
)  # fmt: skip

PAINT = Trade(
    kind="paint-and-decorating",
    code="paint",
    wares=WARES,
    makers=MAKERS,
    unsold=("Murenval", "Lacquerlane", "Pontaury"),
    not_stocked=(
        ("décapeur thermique", "heat gun"),
        ("papier peint", "wallpaper"),
        ("escabeau", "step ladder"),
        ("pistolet à peinture", "paint sprayer"),
        ("bâche de protection", "drop cloth"),
        ("enduit de rebouchage", "spackling paste"),
    ),
)
