// French language data for the entity stage: titles, context words and words that are never names.
// Written for this project from general knowledge of French news prose.

/** Lowercase titles and functions that precede a person's name ("le président Macron", "la ministre"). */
export const TITLES_FR: readonly string[] = [
  'président', 'présidente', 'ministre', 'premier', 'première', 'secrétaire', 'général', 'générale', 'chancelier',
  'chancelière', 'roi', 'reine', 'prince', 'princesse', 'pape', 'sénateur', 'sénatrice', 'député', 'députée',
  'maire', 'gouverneur', 'gouverneure', 'juge', 'procureur', 'procureure', 'avocat', 'avocate', 'porte-parole',
  'directeur', 'directrice', 'patron', 'patronne', 'chef', 'cheffe', 'ambassadeur', 'ambassadrice', 'général',
  'colonel', 'capitaine', 'commissaire', 'dirigeant', 'dirigeante', 'leader', 'entraîneur', 'sélectionneur',
  'candidat', 'candidate', 'ex-président', 'vice-président', 'vice-présidente', 'émir', 'cheikh', 'ayatollah',
  'monseigneur', 'docteur', 'professeur', 'maître', 'journaliste', 'écrivain', 'acteur', 'actrice', 'chanteur',
  'chanteuse', 'joueur', 'joueuse', 'attaquant', 'milieu', 'défenseur', 'pilote', 'coureur', 'footballeur',
];

/** Abbreviated civilities before a name ("M. Stoltenberg", "Mme Merkel"), with the gender they mark. */
export const CIVILITIES_FR: Readonly<Record<string, 'm' | 'f'>> = {
  'm.': 'm', monsieur: 'm', 'mme': 'f', madame: 'f', 'mlle': 'f', mademoiselle: 'f', 'me': 'm', 'mgr': 'm',
};

/** Feminine role nouns ("la ministre", "la présidente"): a role mention with one of these names a woman. */
export const FEMININE_ROLES_FR: readonly string[] = [
  'présidente', 'ministre', 'chancelière', 'reine', 'princesse', 'sénatrice', 'députée', 'maire', 'gouverneure',
  'procureure', 'directrice', 'patronne', 'cheffe', 'ambassadrice', 'dirigeante', 'candidate', 'secrétaire',
  'porte-parole', 'vice-présidente', 'juge', 'première',
];

/** Prepositions that introduce places ("à Genève", "en Ukraine", "au Mali"). */
export const LOC_PREPS_FR: readonly string[] = ['à', 'en', 'au', 'aux', 'vers', 'depuis', 'dans', 'près', 'via'];

/** Nouns that head organisation names ("le parti", "la société", "l'université"). */
export const ORG_WORDS_FR: readonly string[] = [
  'parti', 'société', 'groupe', 'entreprise', 'université', 'club', 'équipe', 'agence', 'association', 'fédération',
  'ministère', 'banque', 'compagnie', 'organisation', 'syndicat', 'journal', 'quotidien', 'chaîne', 'institut',
  'commission', 'conseil', 'comité', 'fondation', 'tribunal', 'cour', 'assemblée', 'gouvernement', 'armée',
  'laboratoire', 'observatoire', 'école', 'lycée', 'collège', 'académie', 'hôpital', 'clinique', 'police', 'service',
  'office', 'bureau', 'union', 'front', 'mouvement', 'ligue', 'alliance', 'coalition', 'église', 'diocèse', 'parlement',
  'sénat', 'congrès', 'magazine', 'radio', 'télévision', 'studio', 'orchestre', 'programme', 'réseau', 'marque',
];

/** Nouns that head names of places and buildings ("Stade de France", "place de la Concorde", "aéroport de Roissy"). */
export const PLACE_WORDS_FR: readonly string[] = [
  'stade', 'gare', 'aéroport', 'rue', 'avenue', 'boulevard', 'place', 'pont', 'musée', 'centre', 'palais', 'église',
  'cathédrale', 'château', 'tour', 'parc', 'port', 'station', 'île', 'lac', 'mont', 'fleuve', 'rivière', 'vallée',
  'désert', 'golfe', 'mer', 'océan', 'cap', 'baie', 'quartier', 'région', 'province', 'département', 'comté', 'village',
  'ville', 'mosquée', 'temple', 'hôtel', 'arène', 'salle', 'théâtre', 'campus', 'base', 'autoroute', 'route', 'canal',
];

/** Reporting verbs near person subjects ("a déclaré", "selon"). */
export const SAY_WORDS_FR: readonly string[] = ['selon', 'déclaré', 'affirmé', 'annoncé', 'indiqué', 'expliqué', 'dit', 'estimé', 'ajouté', 'souligné'];

/** Determiners ("le", "la", "les", "un"): a capitalised word after one is rarely a person. */
export const DETERMINERS_FR: readonly string[] = ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'de', 'd’', "d'", 'ce', 'cette', 'ces'];

/**
 * Capitalised words that open sentences and are never names by themselves ("Ces derniers mois", "Nous",
 * "Cela", "Le"): a single-token mention made of one of these is dropped.
 */
export const NEVER_NAMES_FR: readonly string[] = [
  'le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'ces', 'cet', 'cette', 'cela', 'ceci', 'ça',
  'c’est', "c'est", 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'on', 'mais', 'et', 'ou', 'donc', 'or',
  'car', 'si', 'quand', 'lorsque', 'alors', 'ainsi', 'selon', 'après', 'avant', 'depuis', 'pendant', 'pour', 'par',
  'dans', 'sur', 'sous', 'avec', 'sans', 'entre', 'contre', 'chez', 'en', 'au', 'aux', 'à', 'qui', 'que', 'quoi',
  'dont', 'où', 'tous', 'tout', 'toute', 'toutes', 'aucun', 'aucune', 'plusieurs', 'certains', 'certaines',
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'cependant', 'pourtant',
  'toutefois', 'néanmoins', 'enfin', 'puis', 'aussi', 'même', 'encore', 'déjà', 'hier', 'aujourd’hui', 'demain',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril',
  'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'oui', 'non', 'voici', 'voilà',
  'derniers', 'dernier', 'dernière', 'dernières', 'prochain', 'prochaine', 'selon', 'face', 'outre', 'malgré',
];

/** Month names, French and English: a month followed by a number is a date, not a name ("Mai 2017", "September 22"). */
export const MONTHS: readonly string[] = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Nouns that head event names ("Coupe du monde", "Jeux olympiques", "Festival de Cannes"): such a name is MISC. */
export const EVENT_WORDS_FR: readonly string[] = [
  'coupe', 'jeux', 'championnat', 'championnats', 'festival', 'tournoi', 'marathon', 'rallye', 'biennale', 'trophée',
  'mondial', 'mondiaux', 'olympiades', 'exposition',
];

/**
 * Ministerial portfolios, capitalised after an office ("ministre de l'Intérieur", "commissaire européen au
 * Climat", "ministre éthiopien de l'Eau"): the word names a ministry (ORG, as WiNER annotates it), not a place.
 */
export const PORTFOLIOS_FR: readonly string[] = [
  'intérieur', 'économie', 'finances', 'affaires', 'étrangères', 'européennes', 'sociales', 'défense', 'justice',
  'santé', 'éducation', 'culture', 'travail', 'agriculture', 'environnement', 'transports', 'budget', 'eau',
  'énergie', 'armées', 'outre-mer', 'sports', 'climat', 'logement', 'industrie', 'commerce', 'recherche',
  'enseignement', 'numérique', 'solidarités', 'famille', 'écologie', 'transition', 'écologique', 'énergétique',
  'emploi', 'fonction', 'publique', 'mer', 'pêche', 'tourisme', 'jeunesse', 'intégration', 'immigration',
  'territoires', 'cohésion', 'relations', 'extérieures', 'coopération', 'développement', 'communication',
  'information', 'sécurité', 'nationale', 'supérieur', 'retraites', 'handicap', 'égalité', 'ville', 'mines',
  'pétrole', 'hydrocarbures', 'planification', 'plan', 'réformes', 'patrimoine', 'et', 'de', 'la', 'l’', "l'", 'des',
];

/** Offices that a portfolio follows ("ministre", "ministère", "commissaire", "secrétaire d'État"). */
export const PORTFOLIO_OFFICES_FR: readonly string[] = [
  'ministre', 'ministère', 'commissaire', 'secrétaire', 'secrétariat', 'commissariat', 'département', 'portefeuille',
];

/** Role nouns beyond TITLES_FR that introduce "role of ORG, Name" ("l'envoyée des Nations unies Maren Lindtvedt"). */
export const ROLE_NOUNS_FR: readonly string[] = [
  'envoyé', 'envoyée', 'émissaire', 'représentant', 'représentante', 'négociateur', 'négociatrice', 'conseiller',
  'conseillère', 'délégué', 'déléguée', 'médiateur', 'médiatrice', 'chargé', 'chargée', 'responsable', 'fondateur',
  'fondatrice', 'membre', 'expert', 'experte', 'économiste', 'analyste', 'chercheur', 'chercheuse', 'commissaire',
];

/** Role heads beyond TITLES_FR and ROLE_NOUNS_FR, for role phrases only ("le préfet du Gard", "le PDG du groupe"). */
export const ROLE_HEADS_FR: readonly string[] = [
  'préfet', 'préfète', 'sous-préfet', 'pdg', 'p.-d.g.', 'recteur', 'rectrice', 'bâtonnier', 'bâtonnière', 'magistrat',
  'magistrate', 'commandant', 'commandante', 'lieutenant', 'amiral', 'officier', 'inspecteur', 'inspectrice',
  'administrateur', 'administratrice', 'gérant', 'gérante', 'trésorier', 'trésorière', 'adjoint', 'adjointe', 'élu',
  'élue', 'évêque', 'archevêque', 'cardinal', 'imam', 'rabbin', 'patriarche', 'guide', 'diplomate', 'médecin',
  'rapporteur', 'rapporteuse', 'présentateur', 'présentatrice', 'rédacteur', 'rédactrice', 'syndicaliste',
];

/** Words that may stand before a role head ("l'ancien président", "la nouvelle ministre"); "ancien" and "ex" mark a past office. */
export const ROLE_PRE_FR: readonly string[] = [
  'ancien', 'ancienne', 'ex', 'nouveau', 'nouvel', 'nouvelle', 'futur', 'future', 'actuel', 'actuelle', 'éphémère',
  'puissant', 'puissante', 'influent', 'influente', 'jeune', 'célèbre', 'très', 'haut', 'haute',
];

/** Words marking a past office ("l'ancien président", "l'ex-ministre"). */
export const FORMER_FR: readonly string[] = ['ancien', 'ancienne', 'ex'];

/**
 * Role phrases (masculine, lower case, no article) read as one office, with the office they name: "le chef de
 * l'État" and "le président de la République" are the head of state, "le PDG" the chief executive.
 */
export const ROLE_KEYS_FR: readonly (readonly [string, string])[] = [
  ["chef de l'état", 'head-of-state'], ["chef d'état", 'head-of-state'], ['président de la république', 'head-of-state'],
  ['premier ministre', 'head-of-government'], ['chef du gouvernement', 'head-of-government'], ['chancelier', 'head-of-government'],
  ['chef de la diplomatie', 'foreign-minister'], ['ministre des affaires étrangères', 'foreign-minister'],
  ["secrétaire d'état américain", 'foreign-minister'],
  ['porte-parole', 'spokesperson'], ['pdg', 'chief-executive'], ['p.-d.g.', 'chief-executive'],
  ['président-directeur général', 'chief-executive'], ['chef de la direction', 'chief-executive'], ['directeur général', 'chief-executive'], ['patron', 'chief-executive'],
  ['secrétaire général', 'secretary-general'], ['guide suprême', 'supreme-leader'],
];

/** Feminine role words whose masculine is not the regular one (-e, -trice, -euse, -ière, -ienne, -ffe, -onne, -ète). */
export const IRREGULAR_MASCULINE_FR: Readonly<Record<string, string>> = {
  reine: 'roi', princesse: 'prince', duchesse: 'duc', comtesse: 'comte', maîtresse: 'maître', impératrice: 'empereur',
};
