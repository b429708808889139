// German function words, written for this project; used by language identification only.

/** Frequent German function words, lower case. */
export const DE_STOPWORDS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder',
  'aber', 'nicht', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte',
  'mit', 'von', 'zu', 'zum', 'zur', 'auf', 'für', 'aus', 'bei', 'nach', 'über', 'unter', 'vor', 'durch',
  'gegen', 'ohne', 'um', 'auch', 'noch', 'schon', 'nur', 'sich', 'sie', 'er', 'es', 'wir', 'ihr', 'ich',
  'dass', 'wenn', 'als', 'wie', 'so', 'im', 'am', 'vom', 'beim', 'ins', 'sein', 'seine', 'ihre', 'ihren',
  'dieser', 'diese', 'dieses', 'kein', 'keine', 'mehr', 'sehr', 'hier', 'dort', 'jetzt', 'heute', 'sagte',
  'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'man', 'nach', 'bis', 'seit',
];
