"""What the *outer* half's recogniser writes for words of its shops (:mod:`bench.resolution_outer`):
words that sound the same or nearly (« poignet » for *poignée*, « saint » for *cinq*, "two lips"
for *tulips*, "bucket" for *bouquet*, "flour" for *flower*), spellings it prefers ("yoghurt",
"grey", "pasteurised", « clé » / « clef »), and numbers it mishears (« sans » for *cent*, "for"
for *four*)."""

from __future__ import annotations


def _table(text: str) -> dict[str, list[str]]:
    """ "poignée: poignet, poignées; ..." → {"poignée": ["poignet", "poignées"], ...}."""
    table: dict[str, list[str]] = {}
    for entry in text.split(";"):
        word, _, heard = entry.partition(":")
        if word.strip():
            table[word.strip()] = [h.strip() for h in heard.split(",")]
    return table


HOMOPHONES: dict[str, dict[str, list[str]]] = {
    "fr": _table(
        # beekeeping
        "cadres: quadre, cadre; ruche: ruches, rush; cire: sire, cyr; gaufrée: gaufré, go frais; "
        "enfumoir: en fumoir, enfumoirs; inox: inoxe, ino; cuivre: cuivres; combinaison: "
        "combinaisons, combine aison; apiculteur: apiculteurs, api culteur; voile: voiles, voil; "
        "escrime: escrimes, est crime; gants: gant, gand; nitrile: nitril, nit rile; lève: lèvent, "
        "lève; droit: droits, droite; crochet: crochets, croché; nourrisseur: nourrisseurs, "
        "nourrit sœur; sirop: sirops, si rot; nourrissement: nourrissements, nourrit ssement; "
        "pots: pot, peau; miel: mielle, miels; grille: grilles, gril; reine: rennes, rêne; "
        "lanières: lanière, la nière; varroa: varoa, var roi; extracteur: extracteurs, extra "
        "cœur; brosse: brosses, broce; abeilles: abeille, à beille; métal: métaux, mais tal; "
        "plastique: plastiques; électrique: électriques; manuel: manuelle; kaki: caqui, khâki; "
        "dadant: da dans, dadan; langstroth: langstrot, lang stroth; "
        # cheese
        "comté: compté, conté, comptait; affiné: affinés, à finer; brie: bri, brit; meaux: mots, "
        "maux; meule: meules, meul; camembert: camember, camemberts; cru: crû, crue; pasteurisé: "
        "pasteurisée, pasteuriser; chèvre: chèvres, chef; frais: frai, fret; cendré: cendrée, sans "
        "dré; herbes: herbe, air be; roquefort: roc fort, roque fort; raclette: raclettes, racle "
        "ette; fumé: fumée, fumer; poivre: poivres, poivrent; mimolette: mimo lette, mimolettes; "
        "jeune: jeûne; vieille: vieil, vieilles; fondue: fondu; savoyarde: savoyard; beurre: "
        "beur, heure; baratte: barattes, bara te; doux: doue, dou; cristaux: cristal; sel: selle, "
        "celle; crème: crèmes, krem; épaisse: épaisses, et paisse; yaourt: yaourts, ya ourt; "
        "brebis: brebi, bre bis; vanille: vanilles; plateau: plateaux, plat tôt; fromages: "
        "fromage, fro mage; ardoise: ardoises, art doise; olivier: oliviers, olive y est; tomme: "
        "tome, tom; savoie: savoir, ça voit; mélange: mélanges, mes langes; "
        # door fittings
        "poignée: poignet, poignées; porte: portes, port; laiton: lait ton, laitons; chrome: "
        "crome, chromes; satiné: satinée, sa tiné; mat: math, mate; cylindre: cylindres, si "
        "lindre; serrure: serrures, serre ure; nickelé: nickeler, nickelés; cadenas: cadena, "
        "cadenat; acier: assier, à scier; trempé: trempée, tremper; code: codes, côde; paumelles: "
        "paumelle, pomme elle; butée: butées, butter; caoutchouc: caoutchoucs, ca outchouc; "
        "magnétique: magnétiques; boîte: boite, boîtes; lettres: lettre, l'être; anthracite: "
        "anthracites; heurtoir: heurtoirs, heure toir; fonte: fontes, font; judas: juda, judah; "
        "verrou: verrous, verre où; zingué: zinguer, zing et; argent: argents, are jean; chaîne: "
        "chêne, chaînes; plaque: plaques, plac; propreté: propretés, propre thé; noire: noir; "
        "verte: vert, verre; "
        # florist
        "roses: rose, rosses; rouges: rouge; blanches: blanche; jaunes: jaune, john; tiges: tige, "
        "tijes; tulipes: tulipe, tulip; panachées: panacher, panaché; pivoines: pivoine, pis "
        "voine; corail: coraille, coraux; orchidée: orchidées, orqui dé; mauve: mauves; lys: lis, "
        "lisse; tournesols: tournesol, tourne sol; couronne: couronnes, cour onne; fleurs: fleur; "
        "séchées: séché, sécher; vase: vases, vaz; verre: vert, vers; transparent: transparents; "
        "ambre: ambres, embre; bouquet: bouquets, bout quai; saison: saisons, seize on; "
        "eucalyptus: eucalyptu, euka liptus; argenté: argentée, argenter; botte: bottes, bote; "
        "bottes: botte, botes; gypsophile: gypsophiles, gypso file; mousse: mousses, mouce; "
        "florale: floral; brique: briques, brick"
    ),
    "en": _table(
        # beekeeping
        "hive: hives, have; frames: frame, flames; wax: was, whacks; foundation: foundations; "
        "bee: be, b; smoker: smokers, smoke er; stainless: stain less; steel: steal; copper: "
        "coper, cop her; beekeeping: bee keeping, beekeepin; suit: suite, soot; white: wight; "
        "khaki: cocky, car key; veil: vale, vail; round: around; fencing: fence in; gloves: "
        "glove, loves; leather: lether, lather; nitrile: night rile; tool: tole, tulle; "
        "straight: strait; feeder: feeders, fee der; syrup: sirup, serup; honey: hunny, honney; "
        "jars: jar, czars; queen: quean; excluder: excluders, ex cluder; metal: medal, mettle; "
        "plastic: plastics; varroa: vera, va roa; strips: stripes, strip; extractor: extractors, "
        "extract her; manual: manuel; electric: electrics; brush: brash; langstroth: long "
        "straw, lang stroth; dadant: da dant, dad aunt; "
        # cheese
        "comté: comte, count a, comtay; aged: age, ag'd; months: month, munce; brie: bree; "
        "meaux: mo, moe; wheel: we'll, weal; whole: hole; camembert: camember, camera bear; raw: "
        "roar; milk: milks; pasteurized: pasteurised; goat: goats, goad; plain: plane; ash: "
        "ashes; herbed: herbs, herb; roquefort: rock fort, roque four; raclette: rack let, "
        "raclet; smoked: smoke; peppercorn: pepper corn; mimolette: mimo let, meamo let; young: "
        "yung; fondue: fond do, fondu; savoyard: savoy yard; butter: budder; cultured: culture; "
        "unsalted: un salted; salted: saulted; crème: cream, crem; fraîche: fresh, frash; "
        "heavy: heavey; sheep's: sheeps, sheep; yogurt: yoghurt, yogurts; vanilla: vanila; board: "
        "bored; slate: slates; olive: olives; wood: would; tomme: tom; savoie: savoy; mix: mixed, "
        "mics; "
        # door fittings
        "door: dore, doors; handle: handel, handles; brass: bras, brash; satin: satan, sateen; "
        "chrome: crome; matte: mat, matt; euro: your o, uro; cylinder: cylinders, silinder; "
        "padlock: pad lock, padlocks; hardened: hard end; hinges: hinge, henges; stop: stops; "
        "rubber: rubbers; magnetic: magnetics; mailbox: mail box, male box; charcoal: char coal; "
        "gray: grey; green: greens; knocker: knockers, knocked her; cast: caste; viewer: viewers; "
        "barrel: barrels, baryl; bolt: bold; zinc: sink; plated: plaited, played; closer: "
        "closure; silver: silvers; chain: chains; plate: plait; push: pushed; "
        # florist
        "roses: rose, rows is; stems: stem, steams; red: read; pink: pinks; yellow: yello; "
        "tulips: tulip, two lips; mixed: mix; peonies: peony, pee on ease; coral: choral; potted: "
        "potty, pot it; orchid: orchids, orkid; purple: purpel; lilies: lily, lillies; "
        "sunflowers: sun flowers, sunflower; dried: dryed; flower: flour; wreath: wreaths, reef; "
        "glass: glas; vase: vaze, vahs; clear: clears; amber: ambre; seasonal: season all, "
        "seasonable; bouquet: bucket, boo kay; eucalyptus: you cal lip tus; bunch: bunches, "
        "brunch; bunches: bunch, brunches; baby's: babies, babys; breath: breadth, breathe; "
        "floral: flora; foam: fome, phone; brick: bricks"
    ),
}
# How a recogniser writes a number word it mishears.
NUMBERS_HEARD = {
    "fr": {"cent": ["sans", "sang"], "cents": ["sans", "sang"], "vingt": ["vin", "vain"],
           "deux": ["de", "d'eux"], "dix": ["dis", "dit"], "six": ["scie", "si"],
           "cinq": ["saint", "sein"], "douze": ["douce"], "mille": ["mil", "mile"],
           "huit": ["oui", "huîte"], "trente": ["trentes"], "quarante": ["carante"],
           "treize": ["trèze"], "quatre": ["quatres", "catre"]},
    "en": {"two": ["to", "too"], "four": ["for", "fore"], "eight": ["ate"], "one": ["won"],
           "ten": ["tin"], "forty": ["fourty"], "thirty": ["dirty"], "six": ["sicks"],
           "twelve": ["twelves"], "fourteen": ["for teen"], "sixteen": ["six teen"]},
}  # fmt: skip
