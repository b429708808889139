// The language data the quote matchers read, gathered per language behind one shape so the matchers stay
// language-neutral. Other languages fall back to the closer of French and English.
import * as en from '../../lang/en/quotes.js';
import * as fr from '../../lang/fr/quotes.js';

/** Everything a quote matcher needs to know about one language. */
export interface QuoteLexicon {
  code: 'fr' | 'en';
  cues: ReadonlySet<string>;
  weakCues: ReadonlySet<string>;
  cuePhrases: readonly (readonly string[])[];
  /** First words of `cuePhrases`, for a one-look-up test. */
  cuePhraseStarts: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, 'm' | 'f' | null>;
  clauseOpeners: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  participleSuffix: string;
  according: readonly (readonly string[])[];
  forWords: readonly string[];
  speakerNouns: ReadonlySet<string>;
  /** Cues whose noun-phrase object is the content, and the words that open such an object. */
  npCues: ReadonlySet<string>;
  npStarts: ReadonlySet<string>;
  /** Speaker nouns that name organisations, not people ("agence", "ministry"). */
  orgNouns: ReadonlySet<string>;
  feminine: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Epithets of an office and the role words an article writes next to the holder's name ("chef de l'état" → "président"). */
  roleSynonyms: ReadonlyMap<string, readonly string[]>;
}

/** French quote data. */
export const FR: QuoteLexicon = {
  code: 'fr', cues: fr.FR_CUE_FORMS, weakCues: fr.FR_WEAK_CUES, cuePhrases: fr.FR_CUE_PHRASES, cuePhraseStarts: new Set(fr.FR_CUE_PHRASES.map((p) => p[0]!)),
  auxiliaries: fr.FR_AUXILIARIES, complementizers: fr.FR_COMPLEMENTIZERS, pronouns: fr.FR_PRONOUNS,
  clauseOpeners: fr.FR_CLAUSE_OPENERS, relatives: fr.FR_RELATIVES, participleSuffix: fr.FR_PARTICIPLE_SUFFIX,
  according: fr.FR_ACCORDING, forWords: fr.FR_FOR, speakerNouns: fr.FR_SPEAKER_NOUNS, npCues: fr.FR_NP_CUES, npStarts: fr.FR_NP_STARTS, orgNouns: fr.FR_ORG_NOUNS, feminine: fr.FR_FEMININE,
  titles: fr.FR_TITLES, roleSynonyms: fr.FR_ROLE_SYNONYMS,
};

/** English quote data. */
export const EN: QuoteLexicon = {
  code: 'en', cues: en.EN_CUE_FORMS, weakCues: en.EN_WEAK_CUES, cuePhrases: en.EN_CUE_PHRASES, cuePhraseStarts: new Set(en.EN_CUE_PHRASES.map((p) => p[0]!)),
  auxiliaries: en.EN_AUXILIARIES, complementizers: en.EN_COMPLEMENTIZERS, pronouns: en.EN_PRONOUNS,
  clauseOpeners: en.EN_CLAUSE_OPENERS, relatives: en.EN_RELATIVES, participleSuffix: en.EN_PARTICIPLE_SUFFIX,
  according: en.EN_ACCORDING, forWords: en.EN_FOR, speakerNouns: en.EN_SPEAKER_NOUNS, npCues: en.EN_NP_CUES, npStarts: en.EN_NP_STARTS, orgNouns: en.EN_ORG_NOUNS, feminine: en.EN_FEMININE,
  titles: en.EN_TITLES, roleSynonyms: en.EN_ROLE_SYNONYMS,
};

// a few very frequent words of each language: enough to choose between the two when the language
// layer says 'und' (the detector may still be a placeholder) or names a third language
const FR_HINT = /(?<![\p{L}])(?:le|la|les|des|est|une|que|qui|dans|pour|avec|sur|pas|au|aux|du)(?![\p{L}])/giu;
const EN_HINT = /(?<![\p{L}])(?:the|and|of|is|was|that|with|for|on|has|have|are|were|to|by)(?![\p{L}])/giu;
/** How much text is sampled to choose: enough for a stable count, bounded for speed. */
const SAMPLE_CHARS = 4000;

/** Counts matches of `re` in `s`. */
function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** The lexicon for a language code; for any code other than fr and en, the closer of the two by function words. */
export function lexiconFor(code: string, text: string): QuoteLexicon {
  if (code === 'fr') return FR;
  if (code === 'en') return EN;
  const sample = text.slice(0, SAMPLE_CHARS);
  return count(EN_HINT, sample) > count(FR_HINT, sample) ? EN : FR;
}
