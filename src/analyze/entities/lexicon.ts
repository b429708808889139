// Word classes shared by the French and English data, so that the tagger trained on French text reads English
// context through the same features ("le président" and "President" both give the class `title`).
import { CIVILITIES_EN, DETERMINERS_EN, LOC_PREPS_EN, NEVER_NAMES_EN, ORG_WORDS_EN, PLACE_WORDS_EN, SAY_WORDS_EN, TITLES_EN } from '../../lang/en/entities.js';
import { CIVILITIES_FR, DETERMINERS_FR, LOC_PREPS_FR, NEVER_NAMES_FR, ORG_WORDS_FR, PLACE_WORDS_FR, SAY_WORDS_FR, TITLES_FR } from '../../lang/fr/entities.js';
import { FEMALE_FIRST_NAMES_EN, MALE_FIRST_NAMES_EN } from '../../lang/en/first-names.js';
import { FEMALE_FIRST_NAMES_FR, MALE_FIRST_NAMES_FR } from '../../lang/fr/first-names.js';

const classes = new Map<string, string>();
const put = (words: readonly string[], c: string): void => { for (const w of words) if (!classes.has(w)) classes.set(w, c); };
// order matters where lists overlap: a civility is more telling than a title, a title more than a stop word
put([...Object.keys(CIVILITIES_FR), ...Object.keys(CIVILITIES_EN)], 'civ');
put([...TITLES_FR, ...TITLES_EN], 'title');
put([...LOC_PREPS_FR, ...LOC_PREPS_EN], 'loc');
put([...ORG_WORDS_FR, ...ORG_WORDS_EN], 'org');
put([...PLACE_WORDS_FR, ...PLACE_WORDS_EN], 'place');
put([...SAY_WORDS_FR, ...SAY_WORDS_EN], 'say');
put([...DETERMINERS_FR, ...DETERMINERS_EN], 'det');
put([...NEVER_NAMES_FR, ...NEVER_NAMES_EN], 'stop');

/** The class of a lowercase word (civ, title, loc, org, place, say, det, stop), or undefined. */
export function wordClass(lower: string): string | undefined {
  return classes.get(lower);
}

/** Words that open sentences and are never a name alone ("Nous", "Cela", "The"). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([...NEVER_NAMES_FR, ...NEVER_NAMES_EN]);

/** Civilities with the gender they mark ("Mme" → f, "Mr" → m). */
export const CIVILITIES: ReadonlyMap<string, 'm' | 'f'> = new Map([...Object.entries(CIVILITIES_FR), ...Object.entries(CIVILITIES_EN)]);

/** Title words, both languages ("président", "secretary-general"). */
export const TITLES: ReadonlySet<string> = new Set([...TITLES_FR, ...TITLES_EN]);

const male = new Set([...MALE_FIRST_NAMES_FR, ...MALE_FIRST_NAMES_EN]);
const female = new Set([...FEMALE_FIRST_NAMES_FR, ...FEMALE_FIRST_NAMES_EN]);
/** The gender a first name marks: 'm', 'f', 'x' when it is both ("Dominique"), undefined when unknown. */
export function firstNameGender(lower: string): 'm' | 'f' | 'x' | undefined {
  const m = male.has(lower), f = female.has(lower);
  return m && f ? 'x' : m ? 'm' : f ? 'f' : undefined;
}
