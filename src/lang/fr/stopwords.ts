// French function words: the most frequent grammatical words of news French, written for this project.
// Used by language identification (a text full of them is French) and by the mixed-language check.

/** Frequent French function words, lower case; elided forms keep their apostrophe ("l'", "qu'"). */
export const FR_STOPWORDS: readonly string[] = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'à', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'car', 'ni',
  'que', 'qui', 'quoi', 'dont', 'où', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'il', 'elle', 'ils', 'elles',
  'nous', 'vous', 'je', 'tu', 'on', 'se', 'lui', 'eux', 'y', 'en', 'dans', 'sur', 'sous', 'avec', 'sans',
  'pour', 'par', 'chez', 'vers', 'entre', 'depuis', 'pendant', 'selon', 'contre', 'après', 'avant', 'lors',
  'est', 'sont', 'était', 'étaient', 'été', 'être', 'sera', 'seront', 'serait', 'a', 'ont', 'avait', 'avaient',
  'avoir', 'aura', 'auront', 'aurait', 'fait', 'faire', 'peut', 'peuvent', 'doit', 'doivent', 'ne', 'pas',
  'plus', 'moins', 'très', 'aussi', 'encore', 'déjà', 'toujours', 'jamais', 'tout', 'tous', 'toute', 'toutes',
  'comme', 'si', 'alors', 'ainsi', 'cependant', 'toutefois', 'lorsque', 'quand', 'puis', 'même', 'autres',
  'quelques', 'plusieurs', 'chaque', 'aucun', 'aucune', 'celui', 'celle', 'ceux', 'cela', 'ça', 'ici',
  'dit', 'déclaré', 'selon', 'également', 'notamment', 'contre', 'afin', 'environ', 'près', 'hier', 'aujourd',
  "l'", "d'", "qu'", "n'", "s'", "c'", "j'", "m'", "jusqu'", "lorsqu'", "puisqu'",
];
