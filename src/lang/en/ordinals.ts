// English ordinal endings written after digits: "1st", "2nd", "3rd", "21st", "4th".

/** Ordinal suffixes, lower case ("21st" → "st"). */
export const EN_ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];
