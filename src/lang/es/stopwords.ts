// Spanish function words, written for this project; used by language identification only.

/** Frequent Spanish function words, lower case. */
export const ES_STOPWORDS: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'al', 'en', 'con',
  'por', 'para', 'sin', 'sobre', 'entre', 'hasta', 'desde', 'contra', 'según', 'que', 'quien', 'cual',
  'cuando', 'donde', 'como', 'es', 'son', 'fue', 'fueron', 'era', 'está', 'están', 'estaba', 'ser', 'estar',
  'ha', 'han', 'había', 'hay', 'se', 'su', 'sus', 'le', 'les', 'lo', 'nos', 'yo', 'él', 'ella', 'ellos',
  'ellas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'eso', 'no', 'sí', 'más', 'muy', 'también',
  'ya', 'todo', 'todos', 'todas', 'otro', 'otra', 'otros', 'porque', 'aunque', 'dijo', 'después', 'antes',
  'años', 'año', 'puede', 'pueden', 'durante', 'mientras', 'sino', 'cuyo', 'hoy', 'ayer',
];
