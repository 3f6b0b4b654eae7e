"""What people say around a product name, per language: function words, links,
letters and codes said aloud. General language knowledge, never shop vocabulary: the resolver learns
the shop's words (brands, nouns, variants, sizes) from the catalog itself.

- **Carrier phrases** ("je voudrais", "could I get", "to my cart"): :mod:`catalog.carriers`.
- **Function words** (pronouns, auxiliaries, request verbs, politeness) weigh nothing when the
  catalog does not know them, wherever they are: "tu peux me mettre", "grab me", "I was hoping
  to get" carry no product. A word the catalog does know ("plus" in "Netto Plus", "sans" in
  "sans parfum") stays a product word.
- **Size words** ("petit", "gros", "small", "large"): :mod:`catalog.size_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "BEFORE_INFINITIVES",
    "BEFORE_VERBS",
    "BRAND_LINKS",
    "CODE_SEPARATORS",
    "DEGREE_WORDS",
    "FUNCTION_WORDS",
    "HOUSE_WORDS",
    "INFINITIVE_ENDINGS",
    "LEGAL_FORMS",
    "LETTER_NAMES",
    "LETTER_PAIRS",
    "LINK_WORDS",
    "NAMING_LINKS",
    "NEGATIONS",
    "NOUN_JOINERS",
    "OBJECT_PREPOSITIONS",
    "PACK_WORDS",
    "PARTICLES",
    "PHRASAL_OBJECTS",
    "PLACE_PREPOSITIONS",
    "POSSESSIVES",
    "REQUEST_WORDS",
    "function_word",
    "request_word",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words(
        "je j tu il elle on nous vous ils elles me m te t se s lui leur moi toi ce c ca cela "
        "ceci y en ne n pas que qu qui quoi quel quelle quels quelles ou si alors donc bon ben "
        "bien oui non ok okay euh heu hum voila aussi encore juste seulement plutot vraiment "
        "beaucoup peu tres tout toute tous toutes un une des du de la le les l d au aux a "
        "cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leurs par avec chez "
        "dans sur pour est es suis sont sommes etes ai as avons avez ont aurais aurait aurions "
        "auriez aurai avoir etre serait serais sera voudrais voudrait voudrions voudriez veux "
        "veut voulons voulez voulais vouloir aimerais aimerait aimerions aime aimer adorerais "
        "peux peut pouvons pouvez pourrais pourrait pourriez pourrions pouvoir faut faudrait "
        "faudra fallait dois doit devrais devrait besoin envie prendre prends prend prenez "
        "prendrais prendrai prendrons prenons mettre mets met mettez mettrais mettons ajouter "
        "ajoute ajoutes ajoutez ajouterais rajoute rajoutes rajouter rajoutez commander "
        "commande commandes commandez commanderais acheter achete achetes achetez acheterais "
        "trouver trouve trouves trouvez chercher cherche cherches cherchez donner donne donnes "
        "donnez vendre vends vend vendez vendu vendus livrer livrez livre faire fais fait "
        "faites dire dis dit dites demander demande demandes demandez savoir sais sait "
        "souhaite souhaiterais souhaitons recevoir reserver reserve noter note rappelle voulu "
        "livraison retrait domicile "
        "vais vas va allons allez vont aller stp svp merci plait maintenant aujourd hui "
        "demain soir ce soir tard bientot vite aussi pense penser oublie oublier rappelle "
        "envie juste marque signe signee fabrique fabriquee plein quelques plusieurs chaque "
        "autre autres meme rien chose truc plus moins reste rester manque manquer racheter "
        "rachete reprendre fois exemplaire exemplaires bah hein enfin genre quoi bref disons "
        "hasard urgent urgence rapidement avance possible estampille version prie sois gentil "
        "attends voir voyons comment tiens ah oh pardon trompe quantite total cote semaine "
        "weekend matin midi lundi mardi mercredi jeudi vendredi samedi dimanche vacances "
        "prochain prochaine griffe griffee offrir cadeau voila chuis tse pis vois voit ouais "
        "celui celle ceux "
        "celles coup steuple basta moyen commercialise commercialisee commercialises gamme "
        "existe existent avant apres ici rupture stock liste courses presque deja toujours "
        "jamais souvent trop assez tellement completement totalement quasiment carrement "
        "franchement surtout justement simplement absolument probablement certainement sinon "
        "ensuite puis car quand parce odeur senteur coloris saveur teinte finition gout "
        "supplementaire supplementaires"
    ),
    "en": _words(
        "i id im ill ive me my mine myself you your yours we us our it its they them he she "
        "his her this that these those there here a an the some any of to for from in on at by "
        "with into about and or but so then just also too as well really please thanks thank "
        "kindly could can would will shall should may might must do does did done have has had "
        "having get gets got getting grab grabbing give gives gimme need needs needed want "
        "wants wanted wanna like love buy buying order ordering add adding put putting pick "
        "picking up take taking throw throwing toss tossing find finding bring send ship "
        "deliver look looking looked hoping hope hoped wondering after sell sells selling "
        "carry carrying stock is are was were be been am if lets let go ahead okay ok yes um "
        "uh hmm actually maybe perhaps another thing something stuff how what which where "
        "when who s d ll m ve re t going gonna don doesn didn isn aren wasn now today "
        "tonight tomorrow later soon also too just think guess remember forget kind sort "
        "maybe made brand company maker makers out all every each both few much many lot lots "
        "bit couple anything something everything whatever ran run times er erm mean know "
        "chance asap urgent quickly quick possible appreciated cheers labelled labeled no under "
        "kinda sorta lemme see say oh sorry rather scratch actually basically quantity total "
        "more additional "
        "name next week weekend morning afternoon evening night monday tuesday wednesday "
        "thursday friday saturday sunday holiday holidays down over off away aside called lovely "
        "great trouble bunch gift awesome wonderful perfect sold itself tryna ya imma ima "
        "literally guy guys folk folks manufactured label before until till per list shopping "
        "gotta hafta oughta dunno yall ain "
        "almost nearly already always never often totally completely quite still again anyway "
        "definitely probably certainly yet ever even because since while though although "
        "scent scented flavor flavour flavored flavoured pickup delivery shipping shipped"
    ),
}
# Words that tie what comes before them to the product name ("une housse pour la poêle",
# "acme's detergent", "savon et éponge"): what they follow may name another product.
LINK_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("pour avec sans contre et ou"),
    "en": _words("for with without against and or s"),
}
# Words that may bring a brand after the name ("adoucissant de chez Solea", "detergent by
# Acme"): unknown words after them may be a brand, not only the shopper's aside.
BRAND_LINKS: dict[str, frozenset[str]] = {
    "fr": _words(
        "de du des d chez par marque signe signee fabrique fabriquee maison estampille version "
        "griffe commercialise commercialisee gamme"
    ),
    "en": _words("by from of made brand under labelled labeled label maker makers manufactured"),
}
# Brand links that can mean nothing else ("à la marque", "de chez", "made by"): what is said
# before one is what that brand makes, not the shopper's aside.
NAMING_LINKS: dict[str, frozenset[str]] = {
    "fr": _words(
        "marque chez signe signee fabrique fabriquee griffe griffee estampille commercialise "
        "commercialisee"
    ),
    "en": _words("brand made maker makers labelled labeled manufactured"),
}
# The house a brand names, as often left out (« Domaine Ferlac » is said "ferlac"), and a
# laboratory said short or in the other language ("Helvane labs" for « Laboratoires Helvane »):
# they open a brand, and the word after them is the house's own.
HOUSE_WORDS: frozenset[str] = _words(
    "domaine chateau maison brasserie distillerie cave caves clos mas estate estates winery "
    "vineyard vineyards brewery brewing distillery "
    "laboratoire laboratoires labo labos lab labs laboratory laboratories"
)
# Legal forms that end a brand ("Movras & Cie", "Acme & Co", "Lemvand Frères", "Weskquibbrem
# Bros"), as written or read singular: often left out, misheard or said otherwise ("brothers"
# for "Bros"), they are not needed for the brand to be said (nor
# are the house words).
LEGAL_FORMS: frozenset[str] = HOUSE_WORDS | _words(
    "cie compagnie co company inc ltd llc sa sas sarl gmbh corp fils fil frere freres bro bros "
    "brother brothers son sons"
)
# Words that only strengthen the word after them ("high gloss", « extra fort », "ultra soft"):
# where no title has one, it is the shopper's way of saying the catalog's word, no other product.
DEGREE_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("extra super ultra hyper"),
    "en": _words("high extra super ultra hyper very"),
}
# Articles: right after the name, they may open a brand ("thé vrac le Petit Atelier").
ARTICLES: dict[str, frozenset[str]] = {
    "fr": _words("le la les l un une"),
    "en": _words("the a an"),
}
# Possessive determiners: after the name ("in my basket", "sur ma liste") they open the
# shopper's words, never a brand's.
POSSESSIVES: dict[str, frozenset[str]] = {
    "fr": _words("mon ma mes ton ta tes notre nos votre vos"),
    "en": _words("my our your"),
}
# Words that say a count goes with the number beside them ("box of 50", "50 pack", "20 count",
# « par 30 », « lot de 6 »): one size written many ways, so next to a number they weigh little.
PACK_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("lot paquet boite pack par coffret set"),
    "en": _words("pack box count set case pk ct"),
}
# Prepositions that join two nouns into one name ("machine à café", "sac de couchage", "cup of
# tea"): alone between two words, they do not part the shopper's words from a name.
NOUN_JOINERS: dict[str, frozenset[str]] = {
    "fr": _words("a de d en au aux"),
    "en": _words("of in on to"),
}
# Words that only ever stand right before a verb: French subject and object pronouns, English
# subject pronouns and the verbs contracted onto them ("I'm", "we're"). The word right after
# one is a verb (« tu saurais me dégoter ... », « vous proposez ... », "i'm running low on"),
# the shopper's, never a brand. ("nous", "vous", "lui" also follow an imperative, « mets-nous
# ventor savon », and "you" a verb: "get you ...".)
BEFORE_VERBS: dict[str, frozenset[str]] = {
    "fr": _words("je j tu il ils elle elles on me m te t se s chuis"),
    "en": _words("i we they m re ve ll"),
}
# French object pronouns joined to an imperative by a hyphen: the word before is the shopper's
# verb (« dépanne-moi avec … », « prévois-nous … », « mets-en deux »), whatever the verb.
IMPERATIVE_PRONOUNS: dict[str, frozenset[str]] = {
    "fr": _words("moi toi nous vous le la les lui leur en y"),
}
# "Without": the word after it names what the shopper does not want ("the skimmer without
# the pole"), unless the catalog writes such phrases itself ("sans parfum").
NEGATIONS: dict[str, frozenset[str]] = {"fr": _words("sans"), "en": _words("without")}
# English verb particles: a word the catalog does not know that opens the request before one
# is a phrasal verb ("slip in ...", "queue up ...", "hook me up with ..."), and "with" after a
# particle is the verb's, not a link between two products.
PARTICLES: dict[str, frozenset[str]] = {
    "en": _words("up out in down over off aside away back"),
}
# French verbs an infinitive follows (« fais venir … », « je me laisserais tenter par … », « il
# faudrait racheter … »): a word after one that ends as an infinitive is the shopper's verb.
BEFORE_INFINITIVES: dict[str, frozenset[str]] = {
    "fr": _words(
        "fais faites fait faut faudrait vais va allons allez veux voudrais voudrait peux "
        "pourrais pourriez pourrait dois devrais devrait laisse laisserais laisserait viens"
    ),
}
INFINITIVE_ENDINGS: dict[str, tuple[str, ...]] = {"fr": ("er", "ir", "re", "oir")}
# The object a phrasal verb may take before its particle ("top me up on", "sort us out with").
PHRASAL_OBJECTS: dict[str, frozenset[str]] = {"en": _words("me us it them")}
# English prepositions that bring a verb's object ("running low on ...", "we're short on ...")
# and, unlike "of", seldom join two nouns into one name: words before one, right before the
# name, are the shopper's.
OBJECT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": _words("on in at into onto"),
}
# Prepositions of place that, with a determiner, say where the shopper wants a product put
# ("in my cart", "to our order", « dans le caddie », « à ma commande »; « au »/"aux" are « à »
# with its article): the one word after them, right before the name, is the shopper's.
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "fr": _words("dans a sur au aux"),
    "en": _words("in into to onto on"),
}
# Pronouns and request verbs: after them comes what is asked for ("any chance you have ...",
# "would you mind adding ...", « faudrait qu'on rachète ... »). Unlike an adverb that may end a
# brand ("Kora Plus"), they part the shopper's words from the name that follows.
REQUEST_WORDS: dict[str, frozenset[str]] = {
    "fr": _words(
        "je j tu il on nous vous me m te t moi toi lui leur y ai as a avons avez ont faut "
        "veux veut voulons voulez voudrais voudrait aimerais aimerait prends prend prenez "
        "prendre prendrais mets met mettez mettre ajoute ajoutes ajoutez ajouter rajoute "
        "rajouter commande commandes commandez commander achete achetes achetez acheter "
        "rachete racheter trouve trouves trouvez trouver donne donnes donnez donner ramene "
        "ramener apporte apporter reserve reserver garde garder prevois prevoir degote "
        "degoter deniche denicher chope choper recupere recuperer expedie expedier envoie "
        "envoyer glisse glisser inscris inscrire choisis choisir selectionne selectionner "
        "rapporte rapporter fourre acquiers acquerir obtiens obtenir recois recevoir procure "
        "procurer cherche cherches cherchez chercher recherche recherches rechercher "
        "demande demandes demandez demander"
    ),
    "en": _words(
        "i you we me us it they have has had get gets got add adds adding take takes taking "
        "buy buying order ordering grab grabbing need needs want wants put putting pick "
        "bring send find use using like love give snag nab fetch earmark reserve restock "
        "replenish chuck slap tack stash shove bung fancy crave require include procure "
        "acquire request choose select prefer try purchase obtain ask asks asked"
    ),
}
# Inflections: a form of a listed verb not itself listed ("prendrait", "ajouterions",
# "needing") is a function word too. Longest ending first; a stem keeps 4 letters at least.
_ENDINGS = {
    "fr": ("eraient", "erions", "aient", "erais", "erait", "eriez", "ions", "iez", "ais", "ait",
           "ons", "ent", "ez", "es", "er", "ai", "as", "e", "a", "s", "t"),
    "en": ("ing", "ed", "es", "s"),
}  # fmt: skip
MIN_STEM = 4


def _stem(word: str, lang: str) -> str:
    for ending in _ENDINGS.get(lang, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=16)
def _listed(lang: str, requests_only: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a list and the stems of its words (MIN_STEM letters or more): the request
    words, or the function words with the request words."""
    requests = REQUEST_WORDS.get(lang, frozenset())
    words = requests if requests_only else FUNCTION_WORDS.get(lang, FUNCTION_WORDS["en"]) | requests
    stemmed = requests if requests_only else FUNCTION_WORDS.get(lang, frozenset()) | requests
    return words, frozenset(_stem(w, lang) for w in stemmed if len(w) >= MIN_STEM)


def _in_list(word: str, lang: str, requests_only: bool) -> bool:
    words, stems = _listed(lang, requests_only)
    if word in words or (len(word) > MIN_STEM and _stem(word, lang) in stems):
        return True
    # A request verb said again: "reorder", "rebuy", « recommande », « remets ».
    again = word[len(_AGAIN) :] if word.startswith(_AGAIN) else ""
    return len(again) >= MIN_AGAIN and _in_list(again, lang, requests_only=True)


_AGAIN = "re"
MIN_AGAIN = 3  # letters of the verb after "re": "reme" is no "me" said again


# Hesitations, however the recogniser spells the sound ("uhm", "ummm", "hmmm", « euuh »,
# « heuu », « euhm », « heum »; not "mm", millimetres), and the words said as one (« genre »,
# "like").
HESITATION_SOUNDS: dict[str, re.Pattern[str]] = {
    "fr": re.compile(r"h*e+u+h*m*|h+u+m+|h+m+|m{3,}|m+h+m*|e+h+"),
    "en": re.compile(r"u+h+m*|u+m+|e+r+m*|e+h+m*|e+m{2,}|h+m+|m{3,}|m+h+m*|a+h+"),
}
HESITATION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("bah beh ben genre voila"),
    "en": _words("like"),
}


def hesitation(word: str, lang: str) -> bool:
    """``word`` (folded) is a hesitation of ``lang``: "quatre cent euh cinquante" goes on."""
    sounds = HESITATION_SOUNDS.get(lang)
    return word in HESITATION_WORDS.get(lang, ()) or bool(sounds and sounds.fullmatch(word))


def function_word(word: str, lang: str) -> bool:
    """``word`` (folded) is a function word of ``lang`` (a request word included, and a
    hesitation), or an inflection of one."""
    return _in_list(word, lang, requests_only=False) or hesitation(word, lang)


def request_word(word: str, lang: str) -> bool:
    """``word`` (folded) is a pronoun or request verb of ``lang``, or an inflection of a verb."""
    return _in_list(word, lang, requests_only=True)


# Letters as said when a model code is spelt out ("aitch seven" for H7, « te en deux quatre
# deux zéro » for TN-2420, « double vé » for W), and words said between a code's parts.
LETTER_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "be": "b", "ce": "c", "de": "d", "effe": "f", "ge": "g", "ache": "h", "hache": "h",
        "ji": "j", "ka": "k", "el": "l", "elle": "l", "em": "m", "emme": "m", "en": "n",
        "enne": "n", "pe": "p", "ku": "q", "er": "r", "erre": "r", "es": "s", "esse": "s",
        "te": "t", "ve": "v", "ixe": "x", "zede": "z",
    },
    "en": {
        "ay": "a", "bee": "b", "be": "b", "see": "c", "cee": "c", "dee": "d", "ef": "f",
        "eff": "f", "gee": "g", "aitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l",
        "ell": "l", "em": "m", "en": "n", "oh": "0", "pee": "p", "cue": "q", "ar": "r",
        "es": "s", "ess": "s", "tee": "t", "you": "u", "vee": "v", "ex": "x", "why": "y",
        "wye": "y", "zee": "z", "zed": "z",
    },
}  # fmt: skip
# Two words that say one letter ("double vé", "double you": W).
LETTER_PAIRS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {("double", "ve"): "w", ("i", "grec"): "y"},
    "en": {("double", "you"): "w", ("double", "u"): "w"},
}
CODE_SEPARATORS: dict[str, frozenset[str]] = {
    "fr": _words("tiret trait barre slash"),
    "en": _words("dash hyphen slash"),
}


# Words of the language said for one another ("the entire wheel", « la meule complète » for a
# title's "whole wheel", « meule entière »): a query word the catalog lacks is read as one of
# its group the catalog has.
SAME_MEANING: dict[str, tuple[frozenset[str], ...]] = {
    "fr": (
        _words("entier entiere complet complete"),
        _words("diametre ø"),
        _words("transparent transparente incolore"),
        _words("inox inoxydable"),
        _words("multicolore multicolor"),
    ),
    "en": (
        _words("whole entire full complete"),
        _words("diameter dia ø"),
        _words("clear transparent"),
        _words("gray grey"),
        _words("stainless inox"),
        _words("multicolor multicolour multicolored multicoloured"),
    ),
}


def same_meaning(word: str, lang: str, known: Callable[[str], bool]) -> str | None:
    """A word of ``word``'s group the catalog has, when it lacks ``word`` itself."""
    for group in SAME_MEANING.get(lang, ()):
        if word in group and not known(word):
            return next((other for other in sorted(group) if known(other)), None)
    return None
