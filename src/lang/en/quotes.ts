// English data for the quotes stage: reporting verbs in all their forms, "according to", subject pronouns,
// speaker nouns and titles. Written for this project from ordinary English grammar.

/** Regular reporting verbs: base form; -s, -ed and -ing forms are generated (with e-drop and y → ied). */
const REGULAR = [
  'add', 'warn', 'deny', 'argue', 'claim', 'stress', 'state', 'explain', 'note', 'insist', 'announce', 'confirm',
  'report', 'suggest', 'believe', 'acknowledge', 'reveal', 'comment', 'conclude', 'predict', 'promise', 'estimate',
  'declare', 'assert', 'maintain', 'observe', 'remark', 'reply', 'respond', 'indicate', 'emphasise', 'emphasize',
  'caution', 'complain', 'allege', 'concede', 'contend', 'testify', 'recall', 'mention', 'assure', 'affirm',
  'reiterate', 'disclose', 'exclaim', 'retort', 'specify', 'clarify', 'concur', 'lament', 'boast', 'joke', 'tweet',
  'post', 'vow', 'pledge', 'urge', 'ask', 'demand', 'question', 'wonder', 'fear', 'hope', 'admit', 'shout', 'scream',
  'recount', 'describe', 'continue', 'explain', 'insist', 'reckon', 'predict', 'forecast', 'criticise', 'criticize',
  'accuse', 'agree', 'dismiss', 'counter', 'answer', 'inform', 'advise', 'assess', 'guarantee', 'verify', 'relate',
];

/** Irregular forms, written out. */
const IRREGULAR = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'think', 'thinks', 'thought', 'thinking', 'tweeted', 'admitted', 'admitting', 'concurred', 'concurring', 'forecast',
  'forecasts', 'forecasting', 'put', 'puts', 'point', 'points', 'pointed', 'pointing', 'speak', 'speaks', 'spoke',
];

/** Forms of a regular verb: base, -s, -ed, -ing. */
function forms(v: string): string[] {
  if (v.endsWith('y') && !/[aeiou]y$/.test(v)) { const s = v.slice(0, -1); return [v, s + 'ies', s + 'ied', v + 'ing']; }
  if (v.endsWith('e')) return [v, v + 's', v + 'd', v.slice(0, -1) + 'ing'];
  const es = /(s|sh|ch|x|z)$/.test(v) ? 'es' : 's';
  return [v, v + es, v + 'ed', v + 'ing'];
}

/** Every written form of an English reporting verb (lower case). */
export const EN_CUE_FORMS: ReadonlySet<string> = new Set([...REGULAR.flatMap(forms), ...IRREGULAR]);

/** Cue verbs that only report speech with a that/if clause or next to a quotation ("asked", "hoped", "thought"). */
export const EN_WEAK_CUES: ReadonlySet<string> = new Set([
  ...['ask', 'demand', 'question', 'wonder', 'fear', 'hope', 'describe', 'continue', 'urge', 'criticise', 'criticize',
    'accuse', 'agree', 'dismiss', 'counter', 'answer', 'inform', 'advise', 'assess', 'post', 'report', 'relate', 'shout',
    'scream', 'recount', 'comment', 'note', 'observe', 'state', 'speak'].flatMap(forms),
  'think', 'thinks', 'thought', 'thinking', 'put', 'puts', 'point', 'points', 'pointed', 'pointing', 'write', 'wrote',
  'written', 'writes', 'writing', 'speak', 'speaks', 'spoke', 'tell', 'telling', 'say', 'saying',
]);

/** Two-word cues ("pointed out that", "went on to say"). */
export const EN_CUE_PHRASES: readonly (readonly string[])[] = [
  ['pointed', 'out'], ['points', 'out'], ['point', 'out'], ['pointing', 'out'], ['went', 'on'], ['goes', 'on'],
  ['made', 'clear'], ['makes', 'clear'], ['making', 'clear'], ['put', 'it'],
];

/** Auxiliaries, modals and adverbs that may stand between the subject and the cue ("has also said"). */
export const EN_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'also', 'later',
  'previously', 'then', 'earlier', 'further', 'again', 'publicly', 'repeatedly', 'reportedly', 'allegedly', 'recently',
  'simply', 'already', 'once', 'not', 'never', 'clearly', 'has been', 'being', 'been', 'however', 'quickly', 'since',
  'flatly', 'strongly', 'firmly', 'officially', 'separately', 'privately', 'angrily', 'openly', 'subsequently', 'immediately',
]);

/** Words that introduce the reported clause after a cue. */
export const EN_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'if', 'whether']);

/** Subject pronouns and their gender ("he said", "she told reporters"). */
export const EN_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', null], ['it', null],
]);

/** Words that open a clause: a subject found left of a cue never crosses them. */
export const EN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'or', 'because', 'when', 'while', 'as', 'if', 'since', 'after', 'before', 'although', 'though',
  'whereas', 'so', 'where', 'whom', 'whose',
]);

/** Relative pronouns: "the minister, who said that …" → the subject is the noun before "who". */
export const EN_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** Participial cues carry the main clause's speaker ("…, adding that …"). */
export const EN_PARTICIPLE_SUFFIX = 'ing';

/** "According to X, …": the source follows; the content is the rest of the clause. */
export const EN_ACCORDING: readonly (readonly string[])[] = [['according', 'to'], ['in', 'the', 'words', 'of'], ['as', 'reported', 'by']];

/** "For X, …" is too ambiguous in English to open an attributed opinion. */
export const EN_FOR: string[] = [];

/** Nouns that describe a speaker when no name is given ("a witness", "the spokesman"). */
export const EN_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'witness', 'witnesses', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president',
  'director', 'secretary', 'chief', 'leader', 'leaders', 'representative', 'lawyer', 'lawyers', 'attorney', 'prosecutor',
  'prosecutors', 'police', 'ministry', 'government', 'authorities', 'source', 'sources', 'expert', 'experts', 'analyst',
  'analysts', 'doctor', 'doctors', 'investigators', 'resident', 'residents', 'mayor', 'senator', 'judge', 'diplomat',
  'diplomats', 'agency', 'newspaper', 'statement', 'coach', 'manager', 'company', 'spokesperson', 'group', 'researcher',
  'researchers', 'professor', 'economist', 'economists', 'activist', 'activists', 'ambassador', 'commissioner', 'general',
  'commander', 'player', 'victim', 'family', 'founder', 'adviser', 'advisor', 'governor', 'candidate', 'report', 'study',
  'survey', 'poll', 'media', 'army', 'opposition', 'member', 'members', 'officer', 'soldier', 'soldiers', 'employee',
  'employees', 'passengers', 'scientists', 'organisers', 'organizers', 'chairman', 'ceo', 'executive', 'owner', 'student',
]);

/** Words that make a described speaker female. */
export const EN_FEMININE: ReadonlySet<string> = new Set(['she', 'her', 'mrs', 'ms', 'miss', 'woman', 'spokeswoman']);

/** Titles dropped from a speaker's name ("Secretary-General Jens Stoltenberg" → "Jens Stoltenberg"). */
export const EN_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime',
  'minister', 'secretary', 'secretary-general', 'general', 'gen', 'senator', 'sen', 'rep', 'representative', 'governor',
  'gov', 'mayor', 'judge', 'justice', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chief', 'director', 'king', 'queen',
  'prince', 'princess', 'pope', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'commissioner',
  'spokesman', 'spokeswoman', 'ambassador', 'chancellor', 'admiral', 'adm', 'attorney', 'detective', 'det', 'officer',
  'inspector', 'superintendent', 'archbishop', 'bishop', 'rev', 'reverend', 'father', 'sheikh', 'coach', 'manager', 'deputy',
  'state', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'us', 'u.s', 'congressman', 'congresswoman',
  'head', 'leader', 'commander', 'major', 'premier', 'speaker', 'analyst', 'executive', 'officials', 'official', 'dean',
]);

/** Speaker nouns that name organisations, not people: "he" does not point back to them. */
export const EN_ORG_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'police', 'government', 'authorities', 'company', 'group', 'newspaper', 'army', 'union', 'organisation',
  'organization', 'department', 'statement', 'report', 'study', 'survey', 'poll', 'media', 'opposition', 'court', 'club',
  'federation', 'bank', 'institute', 'association', 'commission', 'council', 'office', 'service', 'corporation', 'firm',
]);

/** Cues whose object noun phrase is itself the reported content ("announced plans to …"). */
export const EN_NP_CUES: ReadonlySet<string> = new Set([
  'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'revealed', 'reveals', 'promised', 'promises',
  'admitted', 'admits',
]);

/** Words that open a noun phrase object. */
export const EN_NP_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'plans', 'this', 'that', '“']);

/** Epithets of an office, lower case without their article, and the role words written next to its holder's name. */
export const EN_ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['head of state', ['president']],
  ['head of government', ['prime minister', 'premier']],
  ['pontiff', ['pope']],
  ['top diplomat', ['secretary of state', 'foreign minister', 'foreign secretary']],
]);
