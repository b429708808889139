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

/** Last words of event names ("Chicago Marathon", "World Cup", "Cannes Film Festival"): such a name is MISC. */
export const EVENT_WORDS_EN: readonly string[] = [
  'marathon', 'cup', 'championship', 'championships', 'olympics', 'olympiad', 'games', 'festival', 'tournament',
  'prize', 'awards', 'expo', 'derby', 'rally', 'trophy', 'grand prix', 'paralympics', 'biennale', 'world series',
];

/** Last words of company and media names beyond ORG_WORDS_EN ("Northwind Robotics", "Saudi Gazette"). */
export const ORG_SUFFIXES_EN: readonly string[] = [
  'robotics', 'technologies', 'technology', 'systems', 'solutions', 'holdings', 'industries', 'partners', 'airlines',
  'airways', 'motors', 'pharmaceuticals', 'pharma', 'labs', 'laboratories', 'energy', 'capital', 'ventures', 'media',
  'entertainment', 'communications', 'networks', 'enterprise', 'enterprises', 'gazette', 'tribune', 'journal',
  'telegraph', 'chronicle', 'daily', 'llc', 'plc', 'gmbh', 'navy', 'airforce', 'brigade', 'battalion', 'regiment',
  'bancorp', 'insurance', 'logistics', 'foods', 'brewery', 'records', 'pictures', 'studios', 'publishing', 'software',
];

/** Extra last words of place and building names ("Meiers Lake Roadhouse", "Century City Towers", "Hoover Dam"). */
export const PLACE_SUFFIXES_EN: readonly string[] = [
  'roadhouse', 'creek', 'glacier', 'canyon', 'harbour', 'harbor', 'pier', 'dam', 'reservoir', 'forest', 'hills',
  'ridge', 'peak', 'islands', 'isles', 'beach', 'springs', 'towers', 'gardens', 'terminal', 'crossing', 'boulevard',
  'lane', 'drive', 'parkway', 'motorway', 'freeway', 'prison', 'mall', 'zoo', 'observatory', 'lighthouse',
];

/** Letters after a name that are no part of it ("Helen Ashdown KC", "Jane Doe MP"); "Jr." is part of the name. */
export const POSTNOMINALS_EN: readonly string[] = ['kc', 'qc', 'mp', 'mep', 'msp', 'phd', 'obe', 'mbe', 'cbe', 'esq', 'esq.'];

/** Capitalised adjectives of regions and faiths that are no name alone ("European exporters", "Muslim students"). */
export const GROUP_ADJECTIVES_EN: readonly string[] = [
  'european', 'african', 'asian', 'arab', 'arabic', 'western', 'eastern', 'northern', 'southern', 'latin', 'nordic',
  'scandinavian', 'caribbean', 'balkan', 'baltic', 'islamic', 'muslim', 'christian', 'jewish', 'catholic',
  'protestant', 'orthodox', 'sunni', 'shia', 'shiite', 'hindu', 'buddhist', 'sikh', 'evangelical', 'anglo-saxon',
  'hispanic', 'transatlantic', 'pan-african', 'sub-saharan', 'islamist', 'jihadist', 'zionist', 'marxist',
];

/** Role nouns beyond TITLES_EN that introduce "role of ORG Name" ("the UN envoy Maren Lindtvedt"). */
export const ROLE_NOUNS_EN: readonly string[] = [
  'envoy', 'emissary', 'negotiator', 'adviser', 'advisor', 'delegate', 'mediator', 'official', 'member',
  'economist', 'analyst', 'researcher', 'expert', 'executive', 'chair', 'deputy', 'aide', 'staffer', 'correspondent',
];

/** Role heads beyond TITLES_EN and ROLE_NOUNS_EN, for role phrases only ("the company's CFO", "the fire chief"). */
export const ROLE_HEADS_EN: readonly string[] = [
  'cfo', 'coo', 'cto', 'premier', 'commander', 'superintendent', 'inspector', 'sheriff', 'detective', 'constable',
  'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'treasurer', 'principal', 'dean', 'provost', 'editor',
  'owner', 'boss', 'counsel', 'barrister', 'solicitor', 'diplomat', 'president', 'vice-president', 'foreign',
  'managing', 'attorney-general', 'lawmaker', 'legislator', 'anchor', 'presenter', 'chairperson',
];

/** Words that may stand before a role head ("the former president", "the acting mayor"); "former" marks a past office. */
export const ROLE_PRE_EN: readonly string[] = [
  'former', 'ex', 'new', 'then', 'acting', 'current', 'outgoing', 'incoming', 'interim', 'longtime', 'veteran', 'top',
  'senior', 'assistant', 'powerful', 'embattled',
];

/** Words marking a past office ("the former president", "ex-minister"). */
export const FORMER_EN: readonly string[] = ['former', 'ex'];

/**
 * Role phrases (lower case, no article) read as one office, with the office they name — the same keys as
 * ROLE_KEYS_FR, so that an English "the president" finds a French KB office "président de la France".
 */
export const ROLE_KEYS_EN: readonly (readonly [string, string])[] = [
  ['head of state', 'head-of-state'], ['prime minister', 'head-of-government'], ['premier', 'head-of-government'],
  ['head of government', 'head-of-government'], ['chancellor', 'head-of-government'],
  ['foreign minister', 'foreign-minister'], ['foreign secretary', 'foreign-minister'], ['top diplomat', 'foreign-minister'],
  ['secretary of state', 'foreign-minister'], ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'], ['chief executive officer', 'chief-executive'], ['chief executive', 'chief-executive'],
  ['ceo', 'chief-executive'], ['managing director', 'chief-executive'], ['secretary-general', 'secretary-general'],
  ['secretary general', 'secretary-general'], ['supreme leader', 'supreme-leader'], ['president', 'président'],
  ['vice-president', 'vice-président'], ['vice president', 'vice-président'], ['minister', 'ministre'], ['mayor', 'maire'],
  ['king', 'roi'], ['queen', 'roi'], ['pope', 'pape'], ['governor', 'gouverneur'], ['judge', 'juge'], ['prosecutor', 'procureur'],
];
