// English language data for the entity stage: titles, context words and words that are never names.
// Written for this project from general knowledge of English news prose.

/** Titles and functions that precede a person's name ("President Biden", "Secretary-General Jens Stoltenberg"). */
export const TITLES_EN: readonly string[] = [
  'president', 'minister', 'prime', 'secretary', 'secretary-general', 'general', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'senator', 'sen', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman',
  'mayor', 'governor', 'gov.', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'chief', 'head', 'ambassador', 'colonel', 'captain', 'commissioner', 'leader',
  'coach', 'manager', 'candidate', 'vice', 'emir', 'sheikh', 'ayatollah', 'dr', 'dr.', 'professor', 'prof.',
  'chairman', 'chairwoman', 'ceo', 'founder', 'journalist', 'author', 'actor', 'actress', 'singer', 'player',
  'striker', 'midfielder', 'defender', 'driver', 'rider', 'officer', 'lt.', 'sgt.', 'gen.', 'col.', 'capt.',
];

/** Civilities before a name, with the gender they mark ("Mr", "Mrs", "Ms"). */
export const CIVILITIES_EN: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', sir: 'm', dame: 'f', lady: 'f', lord: 'm',
};

/** Feminine role nouns ("the queen", "the congresswoman"). */
export const FEMININE_ROLES_EN: readonly string[] = ['queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman', 'actress', 'duchess', 'empress'];

/** Prepositions that introduce places ("in Geneva", "from Moscow"). */
export const LOC_PREPS_EN: readonly string[] = ['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'throughout', 'via'];

/** Nouns that head organisation names ("the party", "the company"). */
export const ORG_WORDS_EN: readonly string[] = [
  'party', 'company', 'group', 'firm', 'university', 'club', 'team', 'agency', 'association', 'federation',
  'ministry', 'department', 'bank', 'organization', 'organisation', 'union', 'newspaper', 'channel', 'institute',
  'commission', 'council', 'committee', 'foundation', 'court', 'assembly', 'government', 'army', 'corporation',
  'laboratory', 'observatory', 'school', 'college', 'academy', 'hospital', 'clinic', 'police', 'service', 'office',
  'bureau', 'front', 'movement', 'league', 'alliance', 'coalition', 'diocese', 'parliament', 'senate', 'congress',
  'magazine', 'radio', 'television', 'studio', 'orchestra', 'network', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'co.',
  'board', 'administration', 'authority', 'society', 'church', 'times', 'post', 'herald', 'press', 'news', 'party',
];

/** Nouns that head names of places and buildings ("Johnson Space Center", "Times Square", "Heathrow Airport"). */
export const PLACE_WORDS_EN: readonly string[] = [
  'stadium', 'station', 'airport', 'street', 'avenue', 'boulevard', 'square', 'bridge', 'museum', 'center', 'centre',
  'palace', 'church', 'cathedral', 'castle', 'tower', 'park', 'port', 'island', 'lake', 'mount', 'mountain', 'river',
  'valley', 'desert', 'gulf', 'sea', 'ocean', 'cape', 'bay', 'district', 'region', 'province', 'county', 'village',
  'city', 'mosque', 'temple', 'hotel', 'arena', 'hall', 'theatre', 'theater', 'campus', 'base', 'highway', 'road',
  'canal', 'memorial', 'building', 'plaza', 'lodge', 'coast', 'state', 'heights', 'falls', 'peninsula', 'strait',
];

/** Reporting words near person subjects ("said", "according to"). */
export const SAY_WORDS_EN: readonly string[] = ['said', 'says', 'told', 'according', 'stated', 'announced', 'added', 'explained', 'claimed', 'insisted'];

/** Determiners ("the", "a"). */
export const DETERMINERS_EN: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those'];

/** Capitalised words that open sentences and are never names by themselves ("The", "However", "We"). */
export const NEVER_NAMES_EN: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before',
  'since', 'during', 'for', 'by', 'in', 'on', 'at', 'with', 'without', 'from', 'to', 'of', 'as', 'however',
  'meanwhile', 'also', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how', 'all', 'some', 'many', 'most',
  'several', 'both', 'each', 'every', 'no', 'not', 'yes', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according', 'although', 'though', 'despite', 'instead',
  'last', 'next', 'earlier', 'later', 'now', 'then', 'other', 'another', 'such', 'more', 'less', 'one', 'two',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'image', 'photo', 'mr', 'mrs', 'ms', 'dr',
];

/** Lowercase words that may sit inside an English name ("Bank of England", "Organization for Security and …"). */
export const NAME_INNER_EN: readonly string[] = ['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'bin', 'y', 'da', 'di', 'del', 'on', 'in', 'at', '&', 'upon', 'des', 'el'];
