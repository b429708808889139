// Italian function words, written for this project; used by language identification only.

/** Frequent Italian function words, lower case; elided forms keep their apostrophe ("dell'"). */
export const IT_STOPWORDS: readonly string[] = [
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'e', 'o', 'ma', 'di', 'del', 'della', 'dei',
  'degli', 'delle', 'dello', 'a', 'al', 'alla', 'ai', 'agli', 'alle', 'da', 'dal', 'dalla', 'in', 'nel',
  'nella', 'nei', 'nelle', 'con', 'su', 'sul', 'sulla', 'per', 'tra', 'fra', 'che', 'chi', 'cui', 'non',
  'è', 'sono', 'era', 'erano', 'stato', 'stata', 'essere', 'ha', 'hanno', 'aveva', 'avere', 'si', 'ci',
  'anche', 'più', 'molto', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'come', 'quando',
  'dove', 'perché', 'se', 'suo', 'sua', 'suoi', 'loro', 'lui', 'lei', 'noi', 'voi', 'io', 'ancora', 'già',
  'dopo', 'prima', 'durante', 'secondo', 'tutto', 'tutti', 'detto', 'anni', 'oggi', 'ieri',
  "dell'", "all'", "nell'", "un'", "dall'", "sull'", "c'", "quest'",
];
