"""What the *novel* half's recogniser writes for words of its shops (:mod:`bench.resolution_novel`).

For each noun or variant word, the words a French or an English recogniser picks instead when
they sound the same or nearly (« poison » for *poissons*, "muscles" for *mussels*, "specific"
for *pacific*, "writing" for *riding*, "hoarse" for *horse*), the spelling variants it prefers
("grey", "aluminium", "filet", "repellant"), and how it writes numbers and letters it mishears
(« sans » for *cent*, "to" for *two*, « aime » for the letter M).
"""

from __future__ import annotations


def _table(text: str) -> dict[str, list[str]]:
    """ "poissons: poison, poisson; saumon: sot mon" → {"poissons": ["poison", "poisson"], ...}."""
    table: dict[str, list[str]] = {}
    for entry in text.split(";"):
        word, _, heard = entry.partition(":")
        if word.strip():
            table[word.strip()] = [h.strip() for h in heard.split(",")]
    return table


HOMOPHONES: dict[str, dict[str, list[str]]] = {
    "fr": _table(
        # optician
        "lentilles: lentille, l'entité; contact: contacte, contacts; journalières: journalière, "
        "journée lierre; mensuelles: mensuelle, mensuel; solution: solutions; lunettes: lunette, "
        "l'unette; lecture: lectures, l'écriture; écaille: écailles, et caille; étui: étuis, et "
        "tu y; rigide: rigides; souple: soupe le, souples; nettoyant: nettoyants, nez toyant; "
        "verres: vers, vert; lingettes: lingette, lin jette; cordon: cordons, corps don; cuir: "
        "cuire, cuirs; perles: perle, père le; gouttes: goûte, goutte; hydratantes: hydratante, "
        "hydratant; polarisées: polarisé, polariser; loupe: loup, loupes; soleil: sol eil; "
        "lumière: lumières; transparent: transparents, trans parent; marine: marines, ma rine; "
        "mat: math, mate; miroir: miroirs, mis roi; "
        # fishmonger
        "pavé: paver, pavés; saumon: saumons, sot mon; peau: pot, pau; fumé: fumée, fumer; "
        "fumés: fumée, fumer; écosse: et cosse, écosses; norvège: nord vège; sauvage: sauvages; "
        "tranches: tranche, trange; crevettes: crevette, crevé tes; cuites: cuite, qui tes; "
        "crues: crue, cru; décortiquées: décortiqué, décortiquer; moules: moule, mou le; "
        "bouchot: bout chaud, bouchons; huîtres: huître, oui tre; creuses: creuse, creuser; "
        "cabillaud: cabillot, cabi haut; nature: natures; pané: panée, paner; noix: noie, "
        "noient; surgelées: surgelé, sur gelée; fraîches: fraîche, frèche; sardines: sardine, "
        "sar dine; conserve: conserves; huile: huiles, wil; olive: olives; citron: citrons, si "
        "tron; tomate: tomates; soupe: soupes, sous pe; poissons: poison, poisson; anneaux: "
        "anneau, à nos; encornet: encornets, en cornet; romaine: romaines, rot mène; maquereau: "
        "maquereaux, maque rot; poivre: poivres; moutarde: moutardes; rillettes: rillette, riz "
        "yette; thon: ton, temps; piment: piments, pis ment; espelette: espelettes, est-ce "
        "plette; bulots: bulot, bus lot; cuits: cuit, cuis; "
        # tack shop
        "tapis: tapie, ta pis; selle: sel, celle; bordeaux: bordeau, bord d'eau; gris: grise, "
        "gri; bouteille: bouteilles, bout teille; poney: poné, pau nez; cob: cobe, kob; cheval: "
        "chevale, che val; licol: lit col, licolle; longe: lange, l'once; bombe: bombes, bon "
        "be; équitation: équitations, et quitation; nuit: nuits, nui; velours: velour, vélo "
        "ours; taille: tailles, taï; étrille: étrilles, et trille; couverture: couvertures, "
        "couvre ture; extérieur: extérieurs; léger: légers, les gers; moyen: moyens, moi yen; "
        "lourd: lourds, lour; sabots: sabot, ça beau; mouches: mouche, mou che; friandises: "
        "friandise, frit andise; chevaux: chevau; pomme: paume, pommes; carotte: carottes, ca "
        "rote; menthe: mante, mente; étriers: étrier, et trier; cravache: cravaches, cra vache; "
        "noire: noires; rose: roses, rosse; gants: gant, quand; marron: marrons, mare on; "
        "pierre: pierres, pière; sel: celle, cèle; minéraux: minéral, minérale; "
        # shoe care
        "cirage: cirages, si rage; incolore: in colore, incolores; lacets: lacet, la ces; "
        "ronds: rond, rang; plats: plat, pla; cirés: ciré, scier; semelles: semelle, ce mêle; "
        "mousse: mousses, mouse; mémoire: mémoires, mes moires; gel: gèle, gelle; pointure: "
        "pointures, point ure; embauchoirs: embauchoir, en bouchoir; cèdre: cèdres, sèdre; "
        "plastique: plastiques; imperméabilisant: imperméabilisants; brosse: brosses, brose; "
        "daim: dain, d'un; crème: crèmes, krème; chausse: chose, chausses; talonnettes: "
        "talonnette, talon nette; paire: père, pair; paires: pères, pairs; gomme: gommes, gome; "
        "désodorisant: désodorisants, déodorisant; chaussures: chaussure, chaud sure; kit: "
        "kits, quitte; voyage: voyages; complet: complets, complè; rénovateur: rénovateurs, "
        "rené vateur"
    ),
    "en": _table(
        # optician
        "contact: contacts, contract; lenses: lens, lenzes; daily: dally, dealy; monthly: month "
        "lee, monthlies; solution: solutions; reading: redding, reeding; glasses: glass, "
        "classes; tortoiseshell: tortoise shell, tortois shell; navy: navvy, nave e; hard: hart; "
        "shell: shel; soft: sought, sofft; pouch: pooch, pouches; lens: lends, lenz; cleaner: "
        "clean her, cleaners; spray: spry, sprays; wipes: whipes, wipe; eyeglass: eye glass, i "
        "glass; cord: chord, cored; leather: lather, leathers; beaded: beated, bead it; eye: i, "
        "aye; drops: drop, drapes; lubricating: lubricated, lube ricating; polarized: "
        "polarised, polar iced; sunglasses: sun glasses; matte: mat, matt; mirror: mere, "
        "mirrors; magnifier: magnify her, magnifiers; light: lite, lights; clear: clare, "
        "clearer; pink: pinks, peek; "
        # fishmonger
        "salmon: sammon, salmond; fillet: filet, fill it; skinless: skin less; smoked: smoke, "
        "smocked; scottish: scotch, scott ish; norwegian: norweigan, norway gin; wild: whiled, "
        "wiled; slices: slice, sly says; shrimp: shrimps, shrim; cooked: cook, cookt; raw: rah, "
        "roar; peeled: pealed, peel; rope: robe, roped; mussels: muscles, mussel; pacific: "
        "specific, pacifics; oysters: oyster, oy stirs; cod: cot, god; loin: loyn, line; "
        "plain: plane, plains; breaded: bredded, bread it; sea: see, sees; scallops: scallop, "
        "skull ups; frozen: frozan, froze in; fresh: fresher, frash; canned: can, cand; "
        "sardines: sardine, sour deans; olive: a live, olives; lemon: lemons, lemmon; tomato: "
        "tomatoes, to mato; sauce: source, sauces; fish: fist, fiche; soup: soupe, soups; "
        "squid: squad, squids; rings: wrings, ring; battered: batter, bettered; mackerel: "
        "mackeral, mackerels; fillets: filets, fill its; peppered: pepper, peppard; mustard: "
        "mustered, mustards; tuna: tuner, tune a; rillettes: really its, rillette; espelette: "
        "espelet, s pellet; pepper: peppa, peppers; whelks: welks, whelk; "
        # tack shop
        "saddle: sadle, sad all; pad: pat, pads; burgundy: burgandy, burgundies; gray: grey, "
        "grae; bottle: bottel, battle; green: greene, grin; pony: ponies, pone e; cob: cop, "
        "cobb; halter: halt her, alter; lead: led, lede; riding: writing, ridding; helmet: hell "
        "met, helmets; midnight: mid night; velvet: velvit, velvets; hoof: huff, hoove; pick: "
        "pic, peak; curry: currie, carry; comb: combe, come; flexible: flexable; rigid: rigged, "
        "rigit; turnout: turn out; blanket: blanked, blankets; lightweight: light weight; "
        "heavyweight: heavy weight; oil: oyl, oils; fly: flies, fli; repellent: repellant, "
        "repellents; horse: hoarse, horse's; treats: treat, treads; apple: apples, appel; "
        "carrot: carat, karat; peppermint: pepper mint; stirrups: stirrup, stir ups; "
        "stainless: stain less; aluminum: aluminium; crop: crops, cropped; gloves: glove, "
        "loves; brown: browne, browns; salt: sault, salts; lick: lik, licks; mineral: minerals, "
        "minnow rel; "
        # shoe care
        "shoe: show, shoo; polish: pollish, polished; neutral: nutral, new tral; oxblood: ox "
        "blood; shoelaces: shoe laces, shoelace; round: rounds; flat: flats, flatt; waxed: "
        "waxes, wax; insoles: in soles, insole; memory: memories; foam: phone, foams; gel: "
        "jell, jel; trees: tree, tease; cedar: seeder, cider; plastic: plastik, plastics; "
        "waterproofing: water proofing, waterproof in; suede: swayed, sway'd; brush: brushes, "
        "brusch; conditioner: condition her, conditioners; shoehorn: shoe horn; heel: heal, "
        "he'll; cushions: cushion, cousins; pair: pear, pare; pairs: pears, pares; eraser: "
        "erase her, a razor; deodorizer: deodorize her, deodorizers; shine: shin, shiny; kit: "
        "kid, kitt; travel: travle, trav el; deluxe: de luxe, the lux; renovator: renovate her"
    ),
}

# Numbers and letters said in a size, as the recogniser mishears them.
NUMBERS_HEARD: dict[str, dict[str, list[str]]] = {
    "fr": _table(
        "cent: sans, sang; cents: sans, sang; vingt: vin, vain; six: si, scie; dix: dis, di; "
        "deux: de, d'eux; trois: troie, troi; sept: cette, set; douze: douce, douse; mille: "
        "mil, mile; quinze: kinz; s: esse, est-ce; m: aime, ème; l: elle, aile"
    ),
    "en": _table(
        "two: to, too; four: for, fore; eight: ate; one: won; forty: fourty; ninety: ninty; "
        "s: ess, as; m: em, am; l: el, elle; eu: you, e you"
    ),
}
