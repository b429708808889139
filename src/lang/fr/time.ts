// French time vocabulary for the time stage: months, weekdays, counts, units, relative and vague phrases,
// and the verb endings that tell past from future. Written for this project from ordinary French usage.
import type { TimeLexicon } from '../../analyze/time/lexicon.js';

const A = "['’]"; // French apostrophes, straight or typographic: "l'an", "l’an"
/** A past participle: "déclaré", "prises", "produits", "ouvert", "atteint". */
const PARTICIPLE = '\\p{Ll}+(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|erte?s?|einte?s?|ainte?s?)(?![\\p{L}])';

/** An infinitive after its clitics: "tenir", "se rendre", "la présenter", "y revenir". */
const INF = `(?:(?:se|s${A}|y|en|le|la|les|lui|leur|ne|pas|à nouveau)\\s*)*\\p{Ll}+(?:er|ir|re|oir)(?![\\p{L}])`;
/** Verbs taking "de"/"à" + infinitive whose complement lies ahead: proposer, prévoir, envisager, promettre… */
const FORWARD = '(?:propos(?:e|es|ent|é|ée|és|ées|ait|aient|ant|er|era|eront)|prévoi(?:t|ent|r|ra|ront)|prévoy(?:ait|aient|ant)|'
  + 'prévu|envisag(?:e|es|ent|é|ait|aient|eait|eaient|eant|er)|promi(?:s|se|t)|promet(?:s|tent|tait|taient|tre)|'
  + 'projet(?:te|tent|é|ait|aient|er)|engag(?:e|é|ée|és|ées|ent|er)|programm(?:e|é|ée|ent|er)|s’engage|s\'engage)';
/** Verbs taking a bare infinitive ahead: compter, espérer, souhaiter, entendre (intend). */
const FORWARD_BARE = '(?:compt(?:e|ent|ait|aient)|esp(?:è|é)r(?:e|ent|ait|aient)|souhait(?:e|ent|ait|aient)|entend(?:s|ent|ait|aient)?)';

/** French time data. */
export const FR_TIME: TimeLexicon = {
  months: {
    janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, 'fév.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5,
    juin: 6, juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10, 'oct.': 10,
    novembre: 11, 'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12,
  },
  capitalMonths: false,
  dayFirst: true,
  shortYear: "en ('?[0-9]{2})",
  // "Mars" the planet, "mai" rarely anything else but kept safe
  ambiguousMonths: ['mars'],
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, cent: 100, mille: 1000, quelques: NaN, plusieurs: NaN, des: NaN,
    'une dizaine': 10, 'une vingtaine': 20, 'une quinzaine': 15, 'une centaine': 100,
  },
  units: {
    seconde: ['S', 1], secondes: ['S', 1], minute: ['MI', 1], minutes: ['MI', 1], heure: ['H', 1], heures: ['H', 1],
    jour: ['D', 1], jours: ['D', 1], journée: ['D', 1], journées: ['D', 1], semaine: ['W', 1], semaines: ['W', 1],
    mois: ['M', 1], an: ['Y', 1], ans: ['Y', 1], année: ['Y', 1], années: ['Y', 1], décennie: ['DE', 1],
    décennies: ['DE', 1], siècle: ['CE', 1], siècles: ['CE', 1], trimestre: ['Q', 1], trimestres: ['Q', 1],
    semestre: ['M', 6], semestres: ['M', 6], quinquennat: ['Y', 5], septennat: ['Y', 7], 'week-end': ['WE', 1],
    'week-ends': ['WE', 1], 'demi-siècle': ['Y', 50], 'demi-heure': ['MI', 30],
  },
  relDays: {
    hier: [-1, null], "avant-hier": [-2, null], demain: [1, null], 'après-demain': [2, null],
    [`aujourd${A}hui`]: [0, null], 'ce soir': [0, 'EV'], 'ce matin': [0, 'MO'], 'cette nuit': [0, 'NI'],
    'cet après-midi': [0, 'AF'],
  },
  partsOfDay: { matin: 'MO', matinée: 'MO', midi: 'MI', 'après-midi': 'AF', soir: 'EV', soirée: 'EV', nuit: 'NI' },
  before: { ce: 0, cet: 0, cette: 0 },
  after: { prochain: 1, prochaine: 1, suivant: 1, suivante: 1, dernier: -1, dernière: -1, passé: -1, passée: -1, précédent: -1, précédente: -1 },
  determiners: `(?:le|la|l${A})`,
  agoBefore: 'il y a',
  agoAfter: '',
  inFuture: 'dans',
  setBefore: '(?:chaque|tous les|toutes les)',
  setWords: { annuel: 'P1Y', annuelle: 'P1Y', annuels: 'P1Y', annuelles: 'P1Y', hebdomadaire: 'P1W', hebdomadaires: 'P1W' },
  perUnit: '(?:par)',
  vague: {
    actuellement: 'PRESENT_REF', maintenant: 'PRESENT_REF', désormais: 'PRESENT_REF', 'à présent': 'PRESENT_REF',
    'en ce moment': 'PRESENT_REF', [`pour l${A}instant`]: 'PRESENT_REF', 'pour le moment': 'PRESENT_REF',
    'de nos jours': 'PRESENT_REF', 'à l’heure actuelle': 'PRESENT_REF', "à l'heure actuelle": 'PRESENT_REF',
    récemment: 'PAST_REF', auparavant: 'PAST_REF', autrefois: 'PAST_REF', jadis: 'PAST_REF', naguère: 'PAST_REF',
    'ces derniers (?:temps|mois|jours)': 'PAST_REF', 'ces dernières (?:semaines|années)': 'PAST_REF', 'dans le passé': 'PAST_REF',
    prochainement: 'FUTURE_REF', [`à l${A}avenir`]: 'FUTURE_REF', "dans l['’]avenir": 'FUTURE_REF',
    '(?:dans )?les (?:jours|semaines|mois|années) (?:à venir|qui viennent)': 'FUTURE_REF',
    '(?:dans )?les prochain(?:s jours|es semaines|s mois|es années)': 'FUTURE_REF',
  },
  modifiers: `(?:(?:au |en |dès le |dès |à la |à |la |le )?(?:tout )?(?:début|fin|milieu|courant|mi)(?:-| d${A}| de | du | des | ))`,
  yearCue: `(?:en|depuis|dès|jusqu${A}en|avant|après|de|d${A}ici|vers|l${A}an|l${A}année|année|printemps|été|automne|hiver)`,
  notYearAfter: '(?:euros?|francs?|dollars?|F|€|\\$|personnes|habitants|soldats|hommes|femmes|mètres|m|km|kilomètres|tonnes|emplois|postes|logements|voitures|exemplaires|points|voix|%)',
  ordinals: { '1er': 1, premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4 },
  quarter: 'trimestre',
  // "T3 2024"; "un T3" alone is a three-room flat
  quarterAbbr: ['T|Q', 'Q'],
  theUnit: { [`l${A}année`]: 'Y', [`l${A}an`]: 'Y', 'du mois': 'M', 'la semaine': 'W', 'la journée': 'D' },
  decade: '(?:les |des )?années (?:19|20)?([0-9]0)',
  century: '(?:le |du |au )?([XVI]+|[0-9]+)(?:e|ème) siècle',
  seasons: { printemps: 'SP', été: 'SU', automne: 'FA', hiver: 'WI' },
  refDays: { '(?:le )?lendemain': 1, '(?:la )?veille': -1, '(?:le )?même jour': 0 },
  range: ['(?:du|entre le)', '(?:au|et le)'],
  approx: `(?:environ|plus de|moins de|près de|presque|quelque|au moins|(?:les|ces) (?:derniers|dernières|prochains|prochaines))`,
  clockWords: { midi: 12, minuit: 0 },
  clockCue: `(?:à|vers|dès|jusqu${A}à|avant|après|depuis|entre|et)`,
  ageBefore: `(?:(?<!(?:plus|moins|près|environ|pendant|durant|depuis|période) )de|âgée? de|âgés de) $`,
  nightOf: ['(?:la |dans la )?nuit (?:de|du)', '(?:à|au)'],
  futurePrep: `(?:jusqu${A}(?:au|à|en)|d${A}ici(?: le| à| au| la)?|avant le)`,
  pastPrep: '(?:depuis)',
  future: [
    // futur simple: "rencontrera", "se rendra", "seront", but not "front", "vrai", "opéra"
    `(?<![\\p{L}])(?!(?:front|affront|vrai|environs|opéra|caméra|extra|ultra|choléra|sierra|mantra|cobra|contra|libra)(?![\\p{L}]))\\p{Ll}+r(?:a|ai|ons|ez|ont)(?![\\p{L}${A.slice(1, -1)}])`,
    // conditional reporting a future: "il parlerait", "pourraient"
    `(?<![\\p{L}])\\p{Ll}+r(?:ait|aient)(?![\\p{L}])`,
    // near future "va rencontrer", "vont se rendre"
    `(?<![\\p{L}])(?:va|vont|allons|allez|vais|doit|doivent|devrait|devraient|compte|comptent|prévoit de|prévoient de)\\s+(?:(?:se|s${A}|y|en|le|la|les|lui|leur|ne|pas|bientôt|également|aussi)\\s*)*\\p{Ll}+(?:er|ir|re|oir)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:est|sont) (?:attendue?s?|prévue?s?|programmée?s?)(?![\\p{L}])`,
    // verbs of proposing, planning, promising: what their infinitive governs lies ahead, in any tense
    // ("a proposé de tenir la prochaine session en septembre", "envisage de présenter", "s'est engagé à revenir")
    `(?<![\\p{L}])${FORWARD}\\s+(?:de\\s+|d${A}|à\\s+)${INF}`,
    // "compte se rendre", "espère signer", "entend présenter": the infinitive follows at once
    `(?<![\\p{L}])${FORWARD_BARE}\\s+${INF}`,
  ].join('|'),
  past: [
    // passé composé and plus-que-parfait: "a déclaré", "ont été", "avait annoncé" (but "a lieu" is present)
    `(?<![\\p{L}])(?:a|ont|avait|avaient|avons|avez|ai|aurait|auraient)\\s+(?:(?:ne|n${A}|pas|déjà|également|aussi|encore|notamment|finalement|enfin|ainsi|lui-même|\\p{Ll}+ment)\\s+){0,2}(?!lieu)${PARTICIPLE}`,
    // reflexive and être verbs: "s'est rendu", "se sont produits", "est arrivé"
    `(?<![\\p{L}])(?:s${A}est|se sont|s${A}étaient|s${A}était)\\s+${PARTICIPLE}`,
    `(?<![\\p{L}])(?:est|sont|était|étaient)\\s+(?:allé|arrivé|venu|parti|mort|né|décédé|rentré|entré|sorti|tombé|resté|intervenu|revenu|devenu|survenu|passé)(?:e|s|es)?(?![\\p{L}])`,
    // imparfait and passé simple: "était", "annonçait", "déclarèrent", "fut"
    `(?<![\\p{L}])\\p{Ll}{2,}(?<!r)(?:ait|aient)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:\\p{Ll}+èrent|fut|furent|eut|eurent)(?![\\p{L}])`,
  ].join('|'),
  // a participle used as an adjective, no auxiliary: "contre 0,3 % attendu en septembre", "la réunion prévue lundi"
  // say nothing of direction by themselves, and must not let a farther verb decide ("progresserait … attendu en septembre")
  neutral: `(?<![\\p{L}])(?<!(?:est|sont|était|étaient|a|ont|avait|avaient|été|sera|seront|serait|seraient|soit|soient)\\s)(?:attendu|prévu|programmé|escompté|anticipé|envisagé|espéré)e?s?(?![\\p{L}])`,
};
