// Dutch function words, written for this project; used by language identification only.

/** Frequent Dutch function words, lower case. */
export const NL_STOPWORDS: readonly string[] = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'te', 'met', 'voor', 'aan', 'bij', 'uit',
  'naar', 'door', 'over', 'tegen', 'zonder', 'tussen', 'na', 'tot', 'om', 'dat', 'die', 'dit', 'deze',
  'wie', 'wat', 'waar', 'wanneer', 'hoe', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden',
  'heeft', 'hebben', 'had', 'hadden', 'niet', 'geen', 'ook', 'nog', 'al', 'wel', 'er', 'hij', 'zij', 'ze',
  'wij', 'we', 'ik', 'jij', 'u', 'hem', 'haar', 'hun', 'ons', 'onze', 'zich', 'als', 'dan', 'omdat', 'toen',
  'zo', 'meer', 'veel', 'erg', 'hier', 'daar', 'nu', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen',
  'zou', 'zei', 'jaar', 'volgens', 'vandaag', 'gisteren', 'alle', 'andere', 'sinds', 'tijdens',
];
