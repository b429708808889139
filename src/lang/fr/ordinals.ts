// French ordinal endings written after digits: "1er", "1re", "2e", "3ème", "XXIe".

/** Ordinal suffixes, lower case ("1er" → "er"). */
export const FR_ORDINAL_SUFFIXES: readonly string[] = ['er', 're', 'ère', 'ers', 'res', 'e', 'es', 'è', 'ème', 'èmes', 'eme', 'emes', 'de', 'nd', 'nde'];
