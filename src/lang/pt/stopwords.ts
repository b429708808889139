// Portuguese function words, written for this project; used by language identification only.

/** Frequent Portuguese function words, lower case. */
export const PT_STOPWORDS: readonly string[] = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'e', 'ou', 'mas', 'de', 'do', 'da', 'dos', 'das', 'em',
  'no', 'na', 'nos', 'nas', 'ao', 'aos', 'à', 'às', 'com', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'para',
  'sem', 'sobre', 'entre', 'até', 'desde', 'contra', 'segundo', 'que', 'quem', 'qual', 'quando', 'onde',
  'como', 'é', 'são', 'foi', 'foram', 'era', 'está', 'estão', 'estava', 'ser', 'estar', 'tem', 'têm',
  'tinha', 'há', 'se', 'seu', 'sua', 'seus', 'suas', 'ele', 'ela', 'eles', 'elas', 'nós', 'eu', 'este',
  'esta', 'isto', 'esse', 'essa', 'isso', 'não', 'sim', 'mais', 'muito', 'também', 'já', 'todo', 'todos',
  'outro', 'outra', 'porque', 'embora', 'disse', 'depois', 'antes', 'anos', 'ano', 'pode', 'podem',
  'durante', 'enquanto', 'hoje', 'ontem', 'uma', 'nem', 'lhe',
];
