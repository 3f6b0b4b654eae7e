"""What a shopper of the *afield* half says around a request (:mod:`bench.resolution_afield`):
openings and closings of its own in each language, the words that tie a maker to a ware, the
hesitations, and the words that take back a slip (« non, pardon », "make that").
"""

from __future__ import annotations

OPENINGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "tu pourrais me dégoter",
        "tu me gardes sous le coude",
        "je passe récupérer",
        "vous auriez en rayon",
        "il me reste à acheter",
        "sur ma liste il y a",
        "j'ai promis de ramener",
        "je repars avec",
        "dis donc tu aurais",
        "est-ce que je peux commander",
        "pour demain il me faudrait",
        "mon club m'a demandé",
        "je dois remplacer",
        "ma femme veut que je prenne",
        "je me laisse tenter par",
        "la réserve est vide côté",
        "faudrait que je me rééquipe en",
        "glisse dans le panier",
        "colle dans mon panier",
        "rajoute à la commande",
        "dans la commande de la semaine mets",
        "tant que j'y pense glisse",
        "inscris sur le bon",
        "je te prends aussi",
        "vous pourriez me faire livrer",
        "je viens de la part de marc pour",
        "il traîne encore en stock",
        "fais-moi venir",
        "tu aurais de côté",
        "vous me mettez",
        "pour la sortie de dimanche il me faut",
        "le magasin aurait-il",
        "tu me notes",
        "sors-moi",
        "tu peux m'avoir",
        "je compte acheter",
        "j'aimerais mettre la main sur",
    ),
    "en": (
        "could you dig out",
        "could you rustle up",
        "i'm on the lookout for",
        "line me up",
        "park in my cart",
        "toss into my order",
        "i'd grab",
        "hang on to",
        "lob in",
        "how about some",
        "queue up an order for",
        "buzz through an order for",
        "my list says",
        "i'm short on",
        "fix me up with",
        "i'm replacing my",
        "i ran out of",
        "send over",
        "haul out",
        "i'll be picking up",
        "drop into my basket",
        "pop in my cart",
        "we'll settle on",
        "staple on",
        "i was hoping for",
        "run an order for",
        "y'all stock",
        "you keep any",
        "round up",
        "pencil in",
        "for the weekend trip i need",
        "snag me",
        "i'm gonna be wanting",
        "can i reserve",
        "bundle in",
        "can you get hold of",
        "swing me",
        "slide into the cart",
        "book me",
    ),
}

CLOSINGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "si ça te dérange pas",
        "t'es un chef",
        "c'est assez urgent",
        "pour la fin de semaine",
        "livré à la maison",
        "si vous l'avez",
        "en retrait magasin",
        "pour mon fils",
        "d'avance merci hein",
        "ce sera tout pour moi",
        "et on n'en parle plus",
        "au plus vite possible",
        "je passe en fin de journée",
        "pour le club",
    ),
    "en": (
        "thanks a heap",
        "pronto",
        "before the weekend",
        "if the warehouse has it",
        "ship it home",
        "for store pickup",
        "and we're square",
        "obliged as ever",
        "for my daughter",
        "legend thanks",
        "with a cherry on top",
        "by friday if you can",
        "for the club",
        "whenever suits",
    ),
}

# Words tying a maker said after the ware to it.
MAKER_LINKS: dict[str, tuple[str, ...]] = {
    "fr": ("de chez", "de la marque", "signé", "fabriqué par"),
    "en": ("from", "made by", "the one by", "brand"),
}

# A shopper taking back a slip, before saying the right word.
TAKE_BACKS: dict[str, tuple[str, ...]] = {
    "fr": ("oh non pas ça", "je m'emmêle", "rectification", "au temps pour moi",
           "pardon je recommence", "non attends c'est"),
    "en": ("my bad", "correcting myself", "hold on not that", "backing up", "whoops i meant",
           "strike that"),
}  # fmt: skip

FILLERS: dict[str, tuple[str, ...]] = {
    "fr": ("voyons voir", "alors euh", "mmh", "comment ça s'appelle", "tu sais"),
    "en": ("lemme see", "so uh", "mm", "what's it called", "you know"),
}


def carriers(code: str) -> list[str]:
    """Every opening and closing phrase of one language."""
    return [*OPENINGS[code], *CLOSINGS[code]]
