// English abbreviations written with a period, for the sentence splitter: after these the period does
// not end the sentence ("Mr. Smith", "Gov. Newsom", "Jan. 5", "No. 10").

/** Titles, case as written, always followed by a name: "Dr. Fauci", "Sen. Warren", "St. Louis". */
export const EN_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Fr', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Brig',
  'Sen', 'Rep', 'Gov', 'Pres', 'Supt', 'Insp', 'Det', 'Hon', 'St', 'Mt', 'Ft',
];

/** Lower-case abbreviations that never end a sentence: "vs. Chelsea", "approx. 200". */
export const EN_NEVER_END: readonly string[] = ['vs', 'v', 'approx', 'ca', 'cf', 'viz', 'esp'];

/** Abbreviations that do not end a sentence when a number follows: "Jan. 5", "Sept. 11", "No. 10", "p. 5". */
export const EN_BEFORE_NUMBER: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'p', 'pp', 'vol', 'art', 'fig', 'ch', 'sec', 'ed', 'tel',
];

/** Name particles that may follow an initial ("J. van Dyke"): a capitalised one does not start a sentence. */
export const EN_NAME_PARTICLES: readonly string[] = ['van', 'von', 'de', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'le', 'la', 'al', 'el', 'bin', 'ben'];
