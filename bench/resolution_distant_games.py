"""The distant half's board-games-and-puzzles shop: its makers, wares and feed titles."""

from __future__ import annotations

from bench.resolution_distant_model import Maker, Trade, Ware

PUZZLE = Ware(
    "puzzle",
    ("puzzle", "jigsaw puzzle"),
    (("puzzle adulte", "puzzle à pièces"), ("jigsaw", "puzzle")),
    "m",
    "theme",
    (
        ("carte du monde", "world map"),
        ("phare breton", "Breton lighthouse"),
        ("chats au jardin", "cats in the garden"),
        ("marché provençal", "Provence market"),
        ("nuit étoilée", "starry night"),
    ),
    (
        ("500 pièces", "500 pieces"),
        ("1000 pièces", "1000 pieces"),
        ("1500 pièces", "1500 pieces"),
        ("2000 pièces", "2000 pieces"),
    ),
    (11, 34),
)
CHESS = Ware(
    "chess",
    ("jeu d'échecs", "chess set"),
    (("échiquier", "échecs"), ("chess board", "chess game")),
    "m",
    "material",
    (("bois", "wooden"), ("magnétique", "magnetic"), ("pliant", "folding")),
    (("30 cm", "12 in"), ("40 cm", "16 in"), ("50 cm", "20 in")),
    (18, 95),
)
DICE = Ware(
    "dice",
    ("set de dés", "dice set"),
    (("dés", "lot de dés"), ("dice", "pack of dice")),
    "m",
    "colour",
    (
        ("rouge translucide", "translucent red"),
        ("blanc nacré", "pearl white"),
        ("vert émeraude", "emerald green"),
    ),
    (("lot de 7", "set of 7"), ("lot de 12", "set of 12"), ("lot de 36", "set of 36")),
    (4, 19),
)
CARDS = Ware(
    "cards",
    ("cartes à jouer", "playing cards"),
    (("jeu de cartes", "paquet de cartes"), ("deck of cards", "card deck")),
    "fp",
    "back",
    (("dos bleu", "blue back"), ("dos rouge", "red back")),
    (("32 cartes", "32 cards"), ("54 cartes", "54 cards"), ("78 cartes", "78 cards")),
    (3, 14),
)
SLEEVES = Ware(
    "sleeves",
    ("protège-cartes", "card sleeves"),
    (("pochettes pour cartes", "sleeves"), ("sleeves", "card protectors")),
    "mp",
    "finish",
    (("transparent", "clear"), ("mat", "matte")),
    (("63,5 x 88 mm", "63.5 x 88 mm"), ("59 x 92 mm", "59 x 92 mm"), ("44 x 68 mm", "44 x 68 mm")),
    (3, 12),
)
BOARD = Ware(
    "board",
    ("jeu de plateau", "board game"),
    (("jeu de société", "jeu de stratégie"), ("tabletop game", "strategy game")),
    "m",
    "edition",
    (
        ("édition classique", "classic edition"),
        ("édition voyage", "travel edition"),
        ("édition deluxe", "deluxe edition"),
    ),
    (
        ("2-4 joueurs", "2-4 players"),
        ("2-6 joueurs", "2-6 players"),
        ("1-5 joueurs", "1-5 players"),
    ),
    (19, 69),
)
ESCAPE = Ware(
    "escape",
    ("jeu d'évasion", "escape room game"),
    (("escape game", "jeu d'énigmes"), ("escape game", "escape box")),
    "m",
    "level",
    (("niveau débutant", "beginner level"), ("niveau expert", "expert level")),
    (("8 ans et +", "ages 8+"), ("12 ans et +", "ages 12+"), ("14 ans et +", "ages 14+")),
    (14, 32),
)
PLAYMAT = Ware(
    "playmat",
    ("tapis de jeu", "playmat"),
    (("tapis de cartes", "tapis"), ("game mat", "play mat")),
    "m",
    "fabric",
    (("néoprène", "neoprene"), ("feutrine", "felt")),
    (("60 x 35 cm", "24 x 14 in"), ("90 x 90 cm", "36 x 36 in")),
    (12, 39),
)

GAMES = Trade(
    kind="games",
    makers=(
        Maker(
            "Ludoric",
            "fr",
            "",
            (("lu dorique", "ludo rique"), ("lou doric", "loo dorick")),
            ("puzzle", "board", "escape"),
        ),
        Maker(
            "Maison Pélissard",
            "fr",
            "Pélissard",
            (
                ("maison pelle y sarre", "maison pélissa"),
                ("may zone pellissard", "mason pelly sar"),
            ),
            ("chess", "cards", "dice"),
        ),
        Maker(
            "Brackenfold Games",
            "en",
            "Brackenfold",
            (
                ("braquent folde gammes", "bracken folde games"),
                ("bracket fold games", "bracken fold games"),
            ),
            ("board", "sleeves", "dice", "escape"),
        ),
        Maker(
            "L'Ourse Dormante",
            "fr",
            "Ourse Dormante",
            (
                ("lourse dort mante", "l'ours dormante"),
                ("lure sdor mont", "the ours dormant"),
            ),
            ("puzzle", "chess"),
        ),
        Maker(
            "Two Owls Tabletop",
            "en",
            "Two Owls",
            (
                ("tout houles table top", "tou aoules tabeul tope"),
                ("to owls table top", "two owl tabletop"),
            ),
            ("puzzle", "playmat", "sleeves"),
        ),
        Maker(
            "Tessard & Cie",
            "fr",
            "Tessard",
            (
                ("tes sarre et compagnie", "tessa et cie"),
                ("tessar and company", "tess are and see"),
            ),
            ("cards", "chess", "puzzle"),
        ),
    ),
    wares=(PUZZLE, CHESS, DICE, CARDS, SLEEVES, BOARD, ESCAPE, PLAYMAT),
    unsold=(
        "Grimsby Play",
        "Ludaverne",
        "Oakwimble",
        "Jeux Cormeille",
        "Pipwick",
        "Maison Tarquine",
    ),
    unstocked=(
        ("baby-foot", "foosball table"),
        ("jeu de fléchettes", "dartboard"),
        ("console de jeux", "game console"),
        ("figurines à peindre", "miniatures to paint"),
        ("kit de magie", "magic kit"),
        ("jeu de quilles", "skittles set"),
        ("backgammon", "backgammon set"),
    ),
    titles=(
        (
            "{brand} - {Noun} {value} - {size}",
            "{Noun} {value} {brand}, {short}",
            "{brand} | {Noun} « {value} » | {short}",
        ),
        (
            "{brand} {Value} {Noun}, {size}",
            "{Noun} - {Value} - {short} | {brand}",
            "{brand} {Noun} ({Value}) {short}",
        ),
    ),
    short=(
        (("pièces", "pcs"), ("joueurs", "j."), ("ans et +", "ans+"), ("cartes", "c.")),
        (("pieces", "pc"), ("players", "pl"), ("cards", "ct")),
    ),
)
