// French word endings that other languages of the detector rarely have; a weak clue for language
// identification when a short sentence has few function words ("Manifestations interdites").

/** Endings of French content words ("-eux", "-ée", "-aient"). */
export const FR_SUFFIXES: readonly string[] = ['eux', 'euse', 'ée', 'ées', 'aient', 'ait', 'ière', 'ières', 'ément'];
