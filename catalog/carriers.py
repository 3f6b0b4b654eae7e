"""Carrier phrases: what people say before and after a product name ("je voudrais", "could I
get", "to my cart", "whenever you can"), per language, dropped at either end of a query (see
``catalog.normalise``). General language knowledge, never shop vocabulary; the skill adds the
phrases around ``{product}`` in its interaction model's sample utterances
(:func:`template_carriers`), so a new sample teaches the resolver its carrier."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["CARRIERS", "OPENINGS", "carrier_phrases", "template_carriers"]

# Written without accents or apostrophes: queries are compared in that form.
CARRIERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "je voudrais", "je voudrai", "je veux", "j aimerais", "je souhaite",
        "je souhaiterais", "il me faut", "il nous faut", "il me faudrait", "il nous faudrait",
        "donne moi", "donnez moi", "peux tu", "pouvez vous", "est ce que", "est ce que tu as",
        "est ce que vous avez", "tu as", "vous avez", "tu aurais", "achete",
        "acheter", "achetes", "achete moi", "commande", "commander", "commandes", "commande moi",
        "ajoute", "ajouter", "ajoutes", "ajoute moi", "rajoute", "rajoute moi", "mets", "met",
        "mets moi", "mettre", "prends", "prendre", "prends moi", "trouve", "trouve moi",
        "cherche", "je cherche", "j ai besoin de", "j ai besoin d", "on a besoin de",
        "je prendrais", "je vais prendre", "je prends", "s il te plait", "s il vous plait",
        "passe commande de", "passe commande d", "passe commande pour", "passer commande de",
        "passer commande d", "passer commande pour", "je passe commande de",
        "je t en prie", "je vous en prie",
        "stp", "svp", "merci", "merci beaucoup", "alexa", "au panier", "dans le panier",
        "dans mon panier", "a mon panier", "a la liste", "sur la liste", "sur ma liste",
        "dans la liste", "dans ma liste", "a ma liste", "ma liste", "sur ma liste il y a",
        "sur la liste il y a", "sur ma liste j ai", "encore", "celui", "celle", "ceux",
        "celles", "celui la", "celle la", "si vous en avez",
        # running out
        "je suis a court de", "je n ai plus de",
        # what the request is about
        "concernant", "a propos de", "a propos", "au sujet de", "pour ce qui est de",
        "il n y a plus de", "on arrive au bout de", "je suis a sec de",
        # closing the request
        "ce serait super", "ce serait gentil", "ce serait parfait",
        "ce sera tout pour aujourd hui", "c est tout", "c est bon", "et c est bon",
        "des que possible", "quand tu peux", "quand vous pouvez", "si tu peux", "si possible",
        "si t en as encore", "si vous en avez encore", "merci d avance",
        "merci bien", "mille mercis", "c est gentil", "t es un amour",
        "t es un ange", "tu es un ange", "merci a toi", "merci a vous",
        "tant que t y es", "tant que tu y es", "tant que vous y etes", "tant qu a faire",
        "au passage", "en passant", "quand tu auras le temps",
        "quand vous aurez le temps", "des que tu peux", "des que vous pouvez",
        "comme d habitude", "comme la derniere fois", "comme d hab", "pour demain",
        "pour ce soir", "pour le week end", "si tu l as", "si vous l avez",
        "si vous avez ca", "si tu en as",
        # when it is wanted
        "pour la fin du mois", "d ici la fin du mois", "avant la fin du mois", "en fin de mois",
        "pour la fin de la semaine", "d ici la fin de la semaine", "avant la fin de la semaine",
        "pour la fin de semaine", "d ici la fin de semaine", "avant la fin de semaine",
        "en fin de semaine",
        "pour le mois prochain", "le mois prochain", "pour la semaine prochaine",
        # looking for it
        "je suis a la recherche de", "je suis a la recherche d", "je suis en train de chercher",
        "je recherche", "on cherche", "je cherche a acheter", "je voudrais trouver",
        "mettre la main sur", "faire le plein de", "faire le plein d", "refaire le plein de",
        "refaire le plein d", "me procurer", "je voudrais me procurer",
        "je serais preneur de", "je serais preneur d", "je suis preneur de", "je suis preneur d",
        "je serais preneuse de", "je suis preneuse de", "je me laisserais tenter par",
        "je me laisserai bien tenter par", "je me laisserais bien tenter par",
    ),
    "en": (
        "i want", "i d like", "i would like", "i ll have", "i ll take", "i need", "give me",
        "get me", "can i have", "can i get", "could i have", "could i get", "can you",
        "could you", "let me have", "let me get", "order", "buy", "add", "purchase", "get",
        "put", "find", "i want to buy", "i d like to buy", "i d like to order", "please",
        "thanks", "thank you", "alexa", "to my cart", "to the cart", "to my basket",
        "to the basket", "to cart", "in my cart", "in my basket", "into my cart",
        "into my basket", "in the cart", "in the basket", "on my list", "on the list",
        "my list says", "my shopping list says", "on my list there s", "on my shopping list", "another", "more", "the one", "that one",
        "the one with", "do you have", "i m looking for", "looking for",
        "i ll get", "too", "if you have any",
        # running out
        "regarding", "concerning", "as for", "as regards",
        "fresh out of", "i m fresh out of", "we re fresh out of", "running low on",
        "we re running low on", "running out of", "we re running out of",
        "i m running out of", "low on", "short on", "we re out of", "out of",
        "down to our last", "we re down to our last", "i m down to my last", "down to my last",
        "we burned through our", "i burned through my", "burned through", "we went through our",
        "i went through my", "we used up our", "i used up my", "used up",
        # closing the request
        "whenever you can", "when you can", "that ll do it", "that s it", "that s all",
        "and we re good", "i d appreciate it",
        "if you ve got any", "if you ve got some", "if you can", "if possible",
        "as soon as possible", "thanks a lot",
        "i appreciate it", "thanks so much",
        "thank you so much", "you rock", "thanks mate",
        "while you re at it", "while you re at it too", "when you have a minute", "real quick",
        "for the weekend", "for tomorrow", "for tonight", "same as last time", "like last time",
        "as usual", "the usual", "if you have it", "if you have them",
        "if you ve got them", "if it s in stock", "if they re in stock",
        # when it is wanted
        "by end of month", "by the end of the month", "before the end of the month",
        "by month end", "by end of week", "by the end of the week", "before the end of the week",
        "for next month", "next month", "by next month", "by next week",
        # looking for it
        "i m searching for", "i ve been looking for", "i was looking for",
        "we re looking for", "i m trying to find", "trying to find",
        "get my hands on", "lay my hands on", "get hold of", "stock up on", "stock up with",
        "track down", "hunt down", "shop for", "shopping for", "i m shopping for",
        "we re shopping for", "in the market for", "i m in the market for",
        "we re in the market for",
    ),
}  # fmt: skip

# What opens a request before its carrier: a greeting, a word to get attention or to go on.
# Dropped at the start only, as said ("bon tour" at the end is no « bonjour »).
OPENINGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "bonjour", "bonsoir", "salut", "coucou", "allo", "dis moi", "dites moi", "ecoute",
        "ecoutez", "bon alors", "ok alors", "bon ben", "tiens", "attends", "excuse moi",
        "excusez moi", "dis donc", "petite question", "une petite question",
        "j ai une petite question", "tant que j y pense", "pendant que j y pense",
        "avant que j oublie", "au fait", "ah oui", "ah et", "oh et", "et aussi",
    ),
    "en": (
        "hi", "hi there", "hey", "hey there", "hello", "hello there", "good morning",
        "good afternoon", "good evening", "okay so", "alright so", "all right so", "alright",
        "so listen", "listen", "yeah so", "oh and", "and also", "excuse me", "quick question",
        "a quick question", "i have a quick question", "by the way", "before i forget",
        "while i think of it", "while i m thinking of it", "oh and also", "one more thing",
    ),
}  # fmt: skip

_SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def carrier_phrases(samples: Iterable[str], slot: str = "product") -> list[str]:
    """The words around ``{slot}`` in sample utterances, as carrier phrases: "buy the
    {product}" gives "buy the"; "add {quantity} {product} to my cart" gives "add" and
    "to my cart". Other slots cut a phrase; samples without ``{slot}`` give nothing."""
    phrases: list[str] = []
    marker = "{" + slot + "}"
    for sample in samples:
        if marker not in sample:
            continue
        before, _, after = sample.partition(marker)
        for side in (before, after):
            for part in _SLOT_RE.split(side)[::2]:
                if part.strip():
                    phrases.append(part.strip())
    return list(dict.fromkeys(phrases))


def template_carriers(template: Mapping, slot: str = "product") -> list[str]:
    """Carrier phrases of every intent of an interaction-model template (the YAML mapping
    with ``intents: {Name: {samples: [...]}}``) that has ``slot``."""
    samples: list[str] = []
    for spec in (template.get("intents") or {}).values():
        if slot in (spec.get("slots") or {}):
            samples.extend(spec.get("samples") or ())
    return carrier_phrases(samples, slot)
