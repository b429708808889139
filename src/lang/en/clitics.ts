// English clitics split from the word they follow ("NATO's" → "NATO" + "'s"); lower case, without
// the apostrophe. Only the possessive / "is" form: "don't" and "O'Brien" stay whole words.

/** Clitics written after an apostrophe that are tokens of their own. */
export const EN_CLITICS: readonly string[] = ['s'];
