// Word classes of role phrases, shared by reading roles next to names (roles.ts) and resolving a role written
// without a name to its holder (role-match.ts): heads ("président", "porte-parole", "chief executive"), words
// before a head ("ancien", "former"), determiners, the prepositions that join a complement ("de l'OTAN"), and the
// words that end a role phrase ("a", "said", "qui").
import { FORMER_FR, IRREGULAR_MASCULINE_FR, ROLE_HEADS_FR, ROLE_NOUNS_FR, ROLE_PRE_FR, TITLES_FR } from '../../lang/fr/entities.js';
import { FORMER_EN, ROLE_HEADS_EN, ROLE_NOUNS_EN, ROLE_PRE_EN, TITLES_EN } from '../../lang/en/entities.js';

/** Nouns that head a role phrase, both languages, lower case. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([...TITLES_FR, ...TITLES_EN, ...ROLE_NOUNS_FR, ...ROLE_NOUNS_EN, ...ROLE_HEADS_FR, ...ROLE_HEADS_EN]);
/** Words that may stand before a head ("l'ancien président", "the acting mayor"). */
export const ROLE_PRE: ReadonlySet<string> = new Set([...ROLE_PRE_FR, ...ROLE_PRE_EN]);
/** Words marking a past office. */
export const FORMER: ReadonlySet<string> = new Set([...FORMER_FR, ...FORMER_EN]);
/** Articles, possessives and demonstratives that open a noun phrase. */
export const DETS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre',
  'ce', 'cet', 'cette', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
/** Determiners of a new referent: "un porte-parole", "a spokeswoman" name nobody the article introduced. */
export const INDEFINITE: ReadonlySet<string> = new Set(['un', 'une', 'a', 'an']);
/** Determiners marking a feminine or masculine noun ("la ministre", "le ministre"). */
export const DET_F: ReadonlySet<string> = new Set(['la', 'une', 'cette', 'sa']);
export const DET_M: ReadonlySet<string> = new Set(['le', 'un', 'ce', 'cet']);
/** Prepositions that join a complement to a head ("secrétaire général de l'OTAN", "spokeswoman for the ministry"). */
export const COMPLEMENT: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'of', 'for', 'chez', 'at', 'auprès', 'pour']);
/**
 * Words that never sit inside a role phrase: auxiliaries, reporting verbs, relatives, conjunctions and
 * prepositions of time or manner ("le ministre a reçu X": the role is "ministre", not "ministre a reçu").
 */
export const ROLE_BREAKS: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aura', 'est', 'sont', 'était', 'étaient', 'sera', 'fut', 'qui', 'que', 'qu', "qu'", 'dont', 'où',
  'et', 'ou', 'mais', 'avec', 'par', 'sur', 'selon', 'contre', 'entre', 'après', 'avant', 'depuis', 'lors', 'pendant', 'dans',
  'sans', 'vers', 'devant', 'comme', 'puis', 'déclaré', 'dit', 'affirmé', 'reçu', 'rencontré', 'estimé', 'indiqué',
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'said', 'says', 'told', 'met', 'who', 'which', 'and',
  'or', 'but', 'with', 'by', 'on', 'since', 'after', 'before', 'during', 'when', 'while', 'as', 'than', 'in', 'en',
]);
/** Feminine role words ("présidente", "spokeswoman") … */
export const FEMININE_HEADS: ReadonlySet<string> = new Set(['présidente', 'chancelière', 'reine', 'princesse', 'sénatrice', 'députée',
  'gouverneure', 'procureure', 'directrice', 'patronne', 'cheffe', 'ambassadrice', 'dirigeante', 'candidate', 'vice-présidente',
  'avocate', 'préfète', 'médiatrice', 'négociatrice', 'conseillère', 'déléguée', 'envoyée', 'représentante', 'fondatrice',
  'experte', 'chercheuse', 'adjointe', 'élue', 'rectrice', 'administratrice', 'présidente-directrice',
  'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman', 'actress', 'duchess', 'empress']);
/** … and masculine ones that English marks ("spokesman"). French masculine forms are also the epicene default. */
export const MASCULINE_HEADS: ReadonlySet<string> = new Set(['spokesman', 'chairman', 'congressman', 'king', 'prince']);

/** A word as compared: lower case, straight apostrophe, no trailing punctuation. */
export function bare(w: string): string {
  return w.toLowerCase().replace(/’/g, "'").replace(/[,;:()]+$/, '');
}

/** Whether a bare word heads a role, a hyphenated compound included ("présidente-directrice", "ex-ministre"). */
export function isHead(b: string): boolean {
  if (ROLE_HEADS.has(b)) return true;
  return b.includes('-') && b.length < 40 && b.split('-').some((p) => ROLE_HEADS.has(p));
}

/** Splits a phrase into words, elided articles apart ("l'OTAN" → "l'", "OTAN"; "NATO's" stays whole). */
export function words(s: string): string[] {
  return s.split(/\s+|(?<=(?:^|\s)(?:[ldjnmstcLDJNMSTC]|qu|Qu|QU)['’])/u).filter(Boolean);
}

const SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/trice$/, 'teur'], [/euse$/, 'eur'], [/ière$/, 'ier'], [/ère$/, 'er'], [/ienne$/, 'ien'], [/ffe$/, 'f'], [/onne$/, 'on'],
  [/ète$/, 'et'], [/eure$/, 'eur'], [/ée$/, 'é'], [/ale$/, 'al'], [/([tdu])e$/, '$1'],
];

/**
 * The masculine of a French role word ("présidente" → "président", "directrice" → "directeur", "cheffe" →
 * "chef"), part by part in compounds. Applied alike to both sides of a comparison, so a word it over-reads
 * ("porte" → "port") still compares equal to itself.
 */
export function masculine(b: string): string {
  if (!b.includes('-')) return one(b);
  return b.split('-').map(one).join('-');
}
function one(w: string): string {
  const irr = IRREGULAR_MASCULINE_FR[w];
  if (irr) return irr;
  for (const [re, to] of SUFFIXES) if (re.test(w)) return w.replace(re, to);
  return w;
}
