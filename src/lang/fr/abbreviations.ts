// French abbreviations written with a period, for the sentence splitter: after these the period does
// not end the sentence ("M. Macron", "av. J.-C.", "p. ex.", "art. 12").

/** Titles, case as written, always followed by a name: "M. Le Drian", "Mme Borne", "Pr. Raoult". */
export const FR_TITLES: readonly string[] = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mes', 'Mgr', 'Dr', 'Drs', 'Pr', 'St', 'Ste', 'Sts', 'Gal', 'Gl', 'Cdt', 'Lt', 'Sgt', 'Cne',
];

/** Lower-case abbreviations that never end a sentence: "av. J.-C.", "cf. Le Monde", "p. ex.". */
export const FR_NEVER_END: readonly string[] = ['av', 'apr', 'cf', 'ex', 'env', 'boul', 'bd', 'coll', 'dir', 'éd', 'trad', 'vs'];

/** Abbreviations that do not end a sentence when a number follows: "janv. 2022", "art. 12", "p. 5", "n. 3". */
export const FR_BEFORE_NUMBER: readonly string[] = [
  'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'art', 'al', 'p', 'pp', 'n', 'no', 'vol', 'chap', 'fig', 'tél', 'éd', 'ch',
];

/** Name particles that may follow an initial ("J. de La Fontaine"): a capitalised one does not start a sentence. */
export const FR_NAME_PARTICLES: readonly string[] = ['le', 'la', 'de', 'du', 'des', 'd'];
