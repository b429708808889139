// French number words, comparators and unit vocabulary for the quantities stage. Written for this project
// from ordinary French usage (Belgian and Swiss septante/huitante/nonante included).
import type { QuantityLang } from '../../analyze/quantities/lang.js';

/** French data for the quantities stage. */
export const FR_QUANTITIES: QuantityLang = {
  units: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    septante: 70, huitante: 80, octante: 80, nonante: 90,
  },
  ones: ['un', 'une'],
  hundreds: ['cent', 'cents'],
  // long scale: "un billion" is a million millions
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  connectors: ['et'],
  roundNouns: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
    soixantaine: 60, centaine: 100, millier: 1000,
  },
  roundPlurals: { dizaines: 10, douzaines: 12, vingtaines: 20, centaines: 100, milliers: 1000 },
  // "en quarantaine" is a quarantine: the round noun counts only in "une quarantaine de …"
  roundNeedsOf: true,
  fewWords: ['plusieurs', 'quelques'],
  of: ['de', 'd'],
  comparators: [
    ['plus de', '>'], ["plus d'", '>'], ['au moins', '>'], ['au minimum', '>'], ['pas moins de', '>'],
    ["pas moins d'", '>'], ['au-delà de', '>'], ['au delà de', '>'], ['plus que', '>'],
    ['moins de', '<'], ["moins d'", '<'], ['pas plus de', '<'], ["pas plus d'", '<'], ["jusqu'à", '<'],
    ['au plus', '<'], ['au maximum', '<'], ['à peine', '<'], ['moins que', '<'],
    ['près de', '~'], ["près d'", '~'], ['environ', '~'], ['quelque', '~'], ['presque', '~'], ['quasiment', '~'],
    ['pratiquement', '~'], ['approximativement', '~'], ['autour de', '~'], ["autour d'", '~'],
    ['aux alentours de', '~'], ["de l'ordre de", '~'], ["de l'ordre d'", '~'], ['à peu près', '~'],
    ['pas loin de', '~'], ['grosso modo', '~'], ['une estimation de', '~'],
  ],
  notUnits: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'à', 'au', 'aux', 'et', 'ou', 'mais', 'ni', 'car',
    'que', 'qu', 'qui', 'dont', 'où', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle',
    'ils', 'elles', 'on', 'nous', 'vous', 'se', 's', 'y', 'en', 'dans', 'sur', 'sous', 'avec', 'sans', 'pour',
    'par', 'chez', 'vers', 'entre', 'depuis', 'pendant', 'selon', 'contre', 'après', 'avant', 'lors', 'est',
    'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront',
    'ne', 'n', 'pas', 'plus', 'moins', 'fois', 'environ', 'près', 'seulement', 'contre', 'comme', 'si', 'soit',
    'sur', 'ainsi', 'tous', 'toutes', 'autres', 'parmi', 'dès', 'face', 'jusqu', 'lorsque', 'puis', 'alors',
    'déjà', 'encore', 'aussi', 'doit', 'doivent', 'devrait', 'devraient', 'peut', 'peuvent', 'pourrait',
    'pourraient', 'fait', 'font', 'sera', 'étaient', 'restent', 'reste', 'soit', 'sont', 'furent', 'également', 'notamment', 'chacun', 'chacune', 'ci', 'là', 'eux', 'x',
  ],
  timeUnits: [
    'an', 'ans', 'année', 'années', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'journée', 'journées',
    'heure', 'heures', 'h', 'minute', 'minutes', 'min', 'mn', 'seconde', 'secondes', 's', 'siècle', 'siècles',
    'décennie', 'décennies', 'trimestre', 'trimestres', 'semestre', 'semestres', 'nuit', 'nuits', 'week-end',
    'week-ends', 'millénaire', 'millénaires',
  ],
  months: [
    'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
    'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  identifiers: [
    'article', 'articles', 'alinéa', 'chapitre', 'page', 'pages', 'numéro', 'n', 'no', 'n°', 'vol', 'ligne',
    'route', 'section', 'paragraphe', 'tome', 'volume', 'saison', 'épisode', 'niveau', 'catégorie', 'groupe',
    'classe', 'étape', 'quai', 'porte', 'salle', 'chambre', 'bâtiment', 'lot', 'version', 'rang', 'dossier',
    'table', 'figure', 'annexe', 'acte', 'scène', 'titre', 'rue', 'avenue', 'boulevard', 'km', 'pk', 'rn', 'rd',
    'code', 'loi', 'décret', 'résolution', 'circonscription', 'arrondissement', 'secteur', 'zone', 'terminal',
    'ligue', 'division', 'formule', 'type', 'modèle', 'série', 'phase', 'pavillon', 'couloir', 'position',
  ],
  yearWords: [
    'en', 'depuis', 'dès', 'de', 'du', 'à', 'avant', 'après', 'vers', 'jusqu', 'fin', 'début', 'mi', 'année',
    'années', 'an', 'été', 'hiver', 'printemps', 'automne', 'et', 'ou', 'entre', 'le', 'la', 'l', 'au', 'pour',
    'in', 'depuis', 'exercice', 'cuvée', 'saison', 'millésime', 'promotion', 'élection', 'élections', 'budget',
  ],
  preAdjectives: [
    'nouveaux', 'nouvelles', 'nouvel', 'autres', 'jeunes', 'petits', 'petites', 'grands', 'grandes', 'anciens',
    'anciennes', 'vrais', 'vraies', 'gros', 'hauts', 'hautes', 'premiers', 'premières', 'derniers', 'dernières',
    'bons', 'bonnes', 'mauvais', 'mauvaises', 'seuls', 'seules', 'principaux', 'principales', 'prochains',
    'prochaines', 'pires', 'meilleurs', 'meilleures', 'précédents', 'précédentes', 'mêmes', 'dernières',
  ],
  rangeWords: ['et', 'à', 'ou', 'voire'],
  percentWords: ['pour cent', 'pourcent', 'pour-cent'],
  currencies: {
    '€': 'euros', '$': 'dollars', '£': 'livres', '¥': 'yens', 'eur': 'euros', 'usd': 'dollars', 'gbp': 'livres',
    'chf': 'francs', 'us$': 'dollars', '$us': 'dollars', 'm€': 'euros', 'md€': 'euros', 'mds€': 'euros',
    'mrd€': 'euros', 'k€': 'euros',
  },
  commaGroups: false,
  adjectiveBeforeNoun: false,
};
