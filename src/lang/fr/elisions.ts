// French elided words: written with an apostrophe glued to the next word ("l’OTAN", "qu’il",
// "jusqu’à"). The tokenizer makes each its own token; lower case, without the apostrophe.

/** Words that elide before a vowel in French. "aujourd’hui" and "presqu’île" are whole words, not listed. */
export const FR_ELISIONS: readonly string[] = [
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu',
];
