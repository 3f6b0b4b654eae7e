"""What the abroad half's shoppers say around the product: openings and closings, hesitations,
how they put the maker after the product, how they ask for the big one."""

from __future__ import annotations

# Openings, per language: conversational, some polite, some hesitant.
BEFORE: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "il me faudrait encore",
        "faudrait que je reprenne",
        "je suis en train de chercher",
        "je suis à la recherche de",
        "tu pourrais me trouver",
        "est-ce que tu as",
        "est-ce que par hasard vous avez",
        "vous n'auriez pas",
        "t'aurais pas",
        "j'aurais besoin de",
        "on a besoin de",
        "il nous faudrait",
        "je vais prendre",
        "on va prendre",
        "je reprendrais bien",
        "commande-moi",
        "tu me commandes",
        "peux-tu me commander",
        "tu peux me dégoter",
        "j'ai envie de commander",
        "j'aimerais bien recevoir",
        "bonjour je voudrais",
        "alors il me faudrait",
        "bon ben mets",
        "dis-moi si tu as",
        "il me manque",
        "je veux bien",
        "rajoute dans la commande",
        "mets de côté",
        "est-ce qu'il vous reste",
    ),
    (
        "can i get",
        "could i possibly get",
        "can you track down",
        "could you order",
        "i'm looking for",
        "i'm after",
        "do you have",
        "do you guys have",
        "do y'all carry",
        "i'd love to order",
        "i need to get",
        "we need",
        "we're out of",
        "lemme get",
        "can you grab",
        "go ahead and order",
        "i think i'll take",
        "i'll go with",
        "put in an order for",
        "order me",
        "hey can you add",
        "i'm gonna need",
        "can you look up",
        "help me find",
        "i was hoping to buy",
        "hook me up with",
        "can you put",
        "i'd like to pick up",
        "throw in",
        "pick me up",
    ),
)

AFTER: tuple[tuple[str, ...], tuple[str, ...]] = (
    (
        "s'il te plaît",
        "s'il vous plaît",
        "merci",
        "merci beaucoup",
        "stp",
        "si tu l'as",
        "si vous en avez",
        "pour ce week-end",
        "c'est pour ma mère",
        "tant que t'y es",
        "voilà",
        "c'est tout",
        "dans le panier",
        "pour demain si possible",
        "comme la dernière fois",
    ),
    (
        "please",
        "thanks",
        "thank you",
        "if you have it",
        "if you've got it",
        "for the weekend",
        "when you get a chance",
        "that's it",
        "real quick",
        "to my order",
        "same as last time",
        "for my dad",
        "if it's in stock",
        "thanks a lot",
        "for tomorrow",
    ),
)

# Sounds a hesitating shopper makes, and where the recogniser writes them.
FILLERS = (("euh", "heu", "bah", "hum"), ("um", "uh", "like", "hmm"))

# The maker said after the product.
MAKER_AFTER: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("de chez {maker}", "de la marque {maker}", "{maker}", "marque {maker}", "chez {maker}"),
    (
        "by {maker}",
        "from {maker}",
        "{maker}",
        "the {maker} one",
        "{maker} brand",
        "made by {maker}",
    ),
)

# Asking for the biggest size without naming it.
LARGEST: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("le grand format", "le plus grand", "en grand modèle", "la grande taille"),
    ("the big one", "the largest size", "the bigger size", "the large size"),
)
