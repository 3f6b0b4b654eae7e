"""What the shoppers of the *yonder* half (:mod:`bench.resolution_yonder`) say around a product:
carrier phrases (plain, casual, hesitant, voice-assistant), a reason of each shop's trade
(« pour le barbecue de dimanche »), closings, determiners, quantities, hesitations, corrections,
the words that join a brand, a value or a size (« de chez », "in sage green", « en 20x27 ») and
size words (« le plus grand modèle », "the smallest size")."""

from __future__ import annotations

CARRIERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "greffe à ma commande", "rajoute dans ma commande", "tu veux bien ajouter",
        "ça serait pour une commande de", "je passe une commande de", "je voudrais passer commande pour",
        "mets sur ma liste", "inscris sur la liste de la semaine", "note sur ma liste de courses",
        "moi je pars sur", "partons sur", "je pars sur", "je vais partir sur", "allez hop au panier",
        "allez mets", "bon allez ajoute", "du coup il me faudrait", "du coup je vais prendre",
        "en fait je voudrais", "finalement je prends", "tant qu'on y est ajoute",
        "pendant que j'y pense", "pendant que j'y pense mets", "avant que j'oublie",
        "avant que j'oublie ajoute", "j'en profite pour commander", "j'aurais grand besoin de",
        "j'aurais voulu commander", "j'aurais bien aimé avoir", "ce serait possible d'avoir", "ce serait pour commander",
        "vous pouvez me mettre de côté", "réserve-moi donc", "garde-moi", "tu me gardes", "je te prends",
        "je vous prends", "je vous demanderais", "je vais vous demander", "on m'a conseillé",
        "on m'a recommandé", "ma femme veut", "mon mari m'a demandé", "ma mère voudrait",
        "c'est possible de commander", "est-ce que c'est possible d'avoir", "auriez-vous par hasard",
        "avez-vous en stock", "vous avez toujours en rayon", "il vous reste encore", "vous vendez toujours",
        "vous faites encore", "tu vends encore", "je recherche activement", "je suis à la recherche d'un bon", "je voudrais voir",
        "montre-moi", "fais-moi voir", "propose-moi", "ajoute s'il te plaît", "rajoute vite fait",
        "colle-moi", "ajoute direct", "mets direct au panier", "envoie dans le panier",
        "ajoute au caddie", "mets dans le caddie", "dans ma commande mets", "commande donc",
        "commande-nous vite", "achète-nous", "prends-nous donc", "faudrait qu'on ait", "on aurait bien besoin de",
        "on voudrait bien commander", "on prendra", "nous prendrons", "nous voudrions", "je prendrai",
        "alors ce sera", "pour moi ce sera", "moi je voudrais", "moi il me faut", "alexa ajoute",
        "alexa rajoute", "alexa passe commande de", "alexa je veux", "dis-moi si par hasard tu as",
        "regarde si tu as", "vérifie si vous avez", "déniche-moi", "il faudrait nous prendre",
        "il faudrait commander", "faut que je commande", "faut racheter", "à racheter",
        "à commander", "y a plus de", "on n'a plus du tout de", "j'ai besoin d'urgence de",
        "vite il me faut", "c'est urgent il me faut", "s'il te plaît ajoute", "merci de rajouter",
        "peux-tu glisser", "pouvez-vous m'envoyer", "vous me mettrez", "vous m'ajouterez",
        "tu m'ajouteras", "tu mettras", "le truc c'est qu'il me faut", "ce qu'il me manque c'est",
        "il me manque toujours", "on est en rupture totale de", "j'ai épuisé mon stock de",
    ),
    "en": (
        "tack onto my order", "put on my order", "stick on my order", "can you add to the order",
        "I'd like to place an order for", "place an order for", "put through an order for",
        "go on and order", "let's go with", "I'll settle on", "we'll go with", "I'm leaning toward",
        "I was thinking maybe", "while I'm at it add", "while I think of it", "before I forget",
        "before I forget add", "oh and add", "oh also", "also add", "and also throw in", "and after that",
        "next up", "next item", "one more thing", "one more thing add", "last thing",
        "last thing I need", "I'd be needing", "I would need", "I would very much like", "I'd really fancy",
        "I'd be wanting", "we'd fancy", "the wife wants", "my husband asked for", "my mom needs",
        "is it possible to get", "is there any chance I can get", "do you still have",
        "do you folks still sell", "do you stock", "do y'all have", "y'all got", "got any", "have you got in stock",
        "any chance y'all stock", "I'm searching for", "I'm trying to find", "help me find",
        "show me", "pull up", "look up", "search the shop for", "check for", "look for", "can you hold",
        "set aside for me", "save me", "queue up an order of", "slap onto the order", "drop in", "drop in my cart",
        "pop on the order", "pop in the cart", "chuck on the order", "add to the basket", "put in the basket",
        "order up for me", "order the family", "buy us", "get the house", "pick us up", "we oughta get",
        "we should order", "we'll be needing", "we'll take", "I'll be wanting some", "I'll snag", "that'll be",
        "so that'll be", "for me it's", "for me I need", "alexa add", "alexa order",
        "alexa put in", "alexa get me", "tell me if you have", "see whether you have",
        "find out if you carry", "go find", "we gotta grab", "gotta order", "time to buy",
        "gotta restock on", "we're clean out of", "there's no more", "I urgently need",
        "quick I need", "please put in", "kindly add", "could you kindly order",
        "would you mind tacking on", "mind adding", "be a dear and add", "the thing is I need",
        "what I'm after is", "I'm out hunting for", "what I'm missing is", "I'm missing my",
        "we're short on", "I burned through my",
    ),
}  # fmt: skip

# A reason of the shop's trade, said before the carrier phrase; no word of it names a product.
CONTEXTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("boucherie", "fr"): ("pour le barbecue de dimanche", "on reçoit huit personnes samedi",
                          "pour la raclette de ce soir", "pour le pique-nique de demain"),
    ("boucherie", "en"): ("for the cookout on sunday", "we're hosting eight on saturday so",
                          "for tonight's charcuterie board", "for tomorrow's picnic"),
    ("bagagerie", "fr"): ("on part à Lisbonne la semaine prochaine", "pour le voyage de noces",
                          "pour partir en vacances", "pour l'avion de vendredi"),
    ("bagagerie", "en"): ("we fly to Denver next week so", "for our honeymoon trip",
                          "for the flight on friday", "heading to Lisbon so"),
    ("bougie", "fr"): ("pour offrir à ma mère", "c'est pour un cadeau", "pour le salon",
                       "pour l'ambiance de la soirée"),
    ("bougie", "en"): ("it's a gift for my sister so", "for the living room",
                       "for a housewarming present", "to set the mood tonight"),
    ("plomberie", "fr"): ("j'ai une fuite dans la salle de bain", "pour refaire la cuisine",
                          "le plombier est passé", "pour le chantier de lundi"),
    ("plomberie", "en"): ("I've got a leak under the house so", "my plumber came by and",
                          "for the remodel", "for monday's job site"),
}  # fmt: skip

CLOSINGS: dict[str, tuple[str, ...]] = {
    "fr": ("merci par avance", "ce sera tout pour cette fois", "et ce sera tout", "voilà merci",
           "tu me confirmes", "si c'est faisable", "quand ça t'arrange", "dès que ça peut partir",
           "pour jeudi", "merci bien à toi", "rien d'autre"),
    "en": ("thanks so much", "appreciate it a lot", "that'll do it for now", "that's everything for today",
           "whenever you get a sec", "asap if you can", "for thursday", "if you've got it in", "nothing else",
           "cheers mate", "much obliged"),
}  # fmt: skip

DETERMINERS: dict[str, tuple[str, ...]] = {
    "fr": ("un", "une", "le", "la", "les", "du", "des", "mon", "ma", "mes", "ce", "cette"),
    "en": ("a", "an", "the", "some", "my", "that", "one"),
}

# Said before the noun: a count alone, or with the kind's container (« deux barquettes de »).
COUNTS: dict[str, tuple[str, ...]] = {
    "fr": ("deux", "trois", "quatre", "cinq"),
    "en": ("two", "three", "four", "a couple of", "a pair of"),
}
OTHERS: dict[str, tuple[str, ...]] = {
    "fr": ("encore un", "encore une", "un autre", "une autre"),
    "en": ("another", "one more", "a few more"),
}

FILLERS: dict[str, tuple[str, ...]] = {
    "fr": ("euh", "bah", "hmm", "ben", "heu", "enfin", "tu vois", "comment dire"),
    "en": ("uh", "um", "hmm", "er", "well", "so", "what's it called"),
}

CORRECTIONS: dict[str, tuple[str, ...]] = {
    "fr": ("non attends", "pardon je voulais dire", "non non", "je me suis trompé", "oups",
           "ah non", "non plutôt", "enfin je veux dire"),
    "en": ("no sorry", "wait no", "oops I mean", "let me rephrase", "make that", "correction",
           "nope", "or rather"),
}  # fmt: skip

BRAND_LINKS: dict[str, tuple[str, ...]] = {
    "fr": ("de chez", "de la marque", "marque", "par"),
    "en": ("from", "by", "made by", "brand"),
}

VALUE_LINKS: dict[tuple[str, str], tuple[str, ...]] = {
    ("fr", "color"): ("en {v}", "couleur {v}", "coloris {v}"),
    ("fr", "scent"): ("parfum {v}", "senteur {v}", "odeur {v}"),
    ("fr", "material"): ("en {v}",),
    ("fr", "pattern"): ("motif {v}",),
    ("en", "color"): ("in {v}", "{v} colored"),
    ("en", "scent"): ("{v} scent", "{v} scented", "in {v}"),
    ("en", "material"): ("in {v}", "made of {v}"),
    ("en", "pattern"): ("in {v}", "with the {v} print"),
}

SIZE_LINKS: dict[str, tuple[str, ...]] = {"fr": ("en", "de", "format"), "en": ("in", "size")}

SIZE_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("fr", "large"): ("le plus grand modèle", "le grand modèle", "la plus grande taille",
                      "le plus gros"),
    ("fr", "small"): ("le plus petit modèle", "le petit modèle", "la plus petite taille",
                      "le plus petit"),
    ("en", "large"): ("the biggest size", "the largest one", "the big one", "in the largest size"),
    ("en", "small"): ("the smallest size", "the little one", "the smallest one",
                      "in the smallest size"),
}  # fmt: skip
