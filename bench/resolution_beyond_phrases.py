"""What the *beyond* half's shoppers say around the ware: openings, who it is for, closings,
hesitations, take-backs and asides, in French and American English (written for this half)."""

from __future__ import annotations

# Openings that end before an article (the voice adds « un », « des », "a"...).
OPEN_ARTICLE = {
    "fr": (
        "tant que j'y pense, mets-moi", "pendant que tu y es, ajoute",
        "avant que j'oublie, il me faudrait", "on est à court, recommande",
        "pour la séance de samedi il me faut", "remets-moi dans la commande",
        "est-ce que tu peux me dégoter", "j'aimerais bien me prendre",
        "je craquerais bien pour", "fais-moi livrer", "je veux bien que tu m'ajoutes",
        "dans la commande de la semaine, mets", "il faudrait qu'on recommande",
        "vous me mettez de côté", "j'ai besoin de toute urgence de", "sois gentil et ajoute",
        "est-ce que par hasard vous avez", "c'est pour remplacer, il me faut",
        "sur ma liste j'ai noté", "je repasse prendre", "tu pourrais me commander",
        "on m'a conseillé de prendre", "je m'équipe, donne-moi", "est-ce que je peux réserver",
        "l'atelier a besoin de", "pour compléter mon matériel, je prends", "je commande aussi",
        "tu rajoutes au panier", "enregistre-moi", "j'ai envie de m'offrir",
        "ça fait longtemps que je cherche", "c'est possible de me trouver",
        "le technicien m'a demandé de prendre", "ma liste de courses dit", "mon fils voudrait",
        "on commence par", "rajoute-moi", "il me faudrait", "mets-moi",
    ),
    "en": (
        "while i'm thinking of it, add", "before i forget, i need", "we're running low, reorder",
        "for saturday's session i need", "stick in the order", "could you scrounge up",
        "i'd kind of like", "i'm tempted by", "have them ship", "i'd appreciate it if you added",
        "on this week's order put", "we should reorder", "urgently, i need", "be a pal and add",
        "any chance you've got", "it's a replacement, i need", "on my list there's",
        "i'll swing by for", "could you put an order in for", "i was told to pick up",
        "gearing up, give me", "can i put a hold on", "the shop needs", "to round out my kit, i'll take",
        "i'm also ordering", "stick into my basket", "i'm treating myself to", "been hunting for",
        "can you track down", "the electrician asked me to get", "my shopping list says",
        "my kid wants", "let's start with", "toss in", "ring up", "go on and add", "tack onto the order",
        "can you add", "i need",
    ),
}  # fmt: skip

# Openings after which the ware is said bare.
OPEN_BARE = {
    "fr": ("alors côté commande", "petite question sur", "concernant", "à propos", "rubrique",
           "dans la catégorie", "bon ben", "voyons voir"),
    "en": ("regarding", "as for", "next on the list", "moving on", "on the subject of", "item two",
           "so next"),
}  # fmt: skip

FOR_WHOM = {
    "fr": ("c'est pour mon fils", "pour ma fille", "c'est pour les copains du club", "pour mon neveu", "pour mon chantier",
           "pour l'atelier", "pour mon mari", "pour offrir", "pour mon père", "pour ma femme"),
    "en": ("for my son", "it's for my daughter", "it's for the club", "for my nephew", "for the job site",
           "for my shop", "for my husband", "as a gift", "for my dad", "for my wife"),
}  # fmt: skip

CLOSINGS = {
    "fr": ("merci mille fois", "ce sera parfait", "c'est pour bientôt", "dès que tu peux",
           "si jamais t'en as", "à mettre sur mon compte", "je te remercie", "je repasse jeudi",
           "et ce sera bon", "livraison en point relais", "rien d'autre après ça", "sans faute hein",
           "pas pressé", "pour la fin du mois", "si ça existe", "je le retire en magasin",
           "t'es au top", "c'est gentil", "s'il vous plaît"),
    "en": ("thanks a ton", "that'd be perfect", "asap", "if you can swing it",
           "put it on my account", "i'll swing by thursday", "and that'll do it",
           "ship to the locker", "nothing else after that", "no hurry", "by end of month",
           "if such a thing exists", "in-store pickup", "you're the best",
           "that's everything for now", "obliged to you", "as soon as it's in", "please"),
}  # fmt: skip

# Said before a word the shopper takes back and says again (« noire, oups non, bleue »).
TAKE_BACKS = {
    "fr": ("oups non", "attends je corrige", "non, je rectifie", "pardon, je reprends",
           "mince non", "non c'est pas ça", "zut, pas ça", "non l'autre", "je me suis planté",
           "je me reprends"),
    "en": ("oops no", "hang on, let me fix that", "no, correction", "strike that, i meant",
           "shoot, not that", "no, the other one", "let me rephrase", "i misspoke",
           "hold on, make it", "whoops"),
}  # fmt: skip

HESITATIONS = {
    "fr": ("euh", "heu", "bah", "hum", "ben", "comment dire", "attends", "tu vois"),
    "en": ("uh", "um", "er", "hmm", "like", "you know", "let me think", "what's it called"),
}

ASIDES = {
    "fr": ("comme l'autre fois", "c'est urgent", "pour ce week-end", "si possible",
           "le même que d'habitude", "j'ai oublié la dernière fois", "c'est pour demain"),
    "en": ("same kind as last time", "kind of urgent", "for this weekend", "if that's possible",
           "the usual", "i forgot it last time", "need it tomorrow"),
}  # fmt: skip

# How the maker is said when it comes after the ware.
MAKER_AFTER = {
    "fr": ("de chez", "de la marque", "chez", "marque", "de"),
    "en": ("from", "by", "made by", "the brand", "from the brand"),
}


def carriers(code: str) -> list[str]:
    """Every opening of ``code``: what a newer half's phrases are compared with."""
    return [*OPEN_ARTICLE[code], *OPEN_BARE[code]]
