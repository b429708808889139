// English word endings that other languages of the detector rarely have; a weak clue for language
// identification when a short sentence has few function words ("Certified introvert. Devoted fanatic.").

/** Endings of English content words ("-ing", "-ly", "-ed"). */
export const EN_SUFFIXES: readonly string[] = ['ing', 'ly', 'ed', 'ness', 'ful', 'ship', 'ity', 'ward', 'ough'];
