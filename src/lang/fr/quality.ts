// French data for the quality stage: the capitalised words that open a French sentence (a leaked sentence
// break shows one mid-sentence: "le dossier Une partie"), the words after which a capital starts a title
// or a name, French words that leak untranslated into another language's text, and French editorial inserts.
// Written for this project from ordinary French usage.

/** Capitalised words that commonly open a French sentence. */
export const FR_SENTENCE_OPENERS: readonly string[] = [
  'Une', 'Un', 'Le', 'La', 'Les', 'Il', 'Elle', 'Ils', 'Elles', 'Nous', 'Vous', 'On', 'Cette', 'Ce', 'Cet',
  'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Des', 'Du', 'Mais', 'Cependant', 'Toutefois', 'Selon', 'Dans',
  'Pour', 'Depuis', 'Lors', 'Après', 'Avant', 'Aucun', 'Aucune', 'Plusieurs', 'Certains', 'Certaines',
];

/** Words after which a capitalised article starts a title or a name ("le film La vie", "le quotidien Le Monde"). */
export const FR_TITLE_WORDS: readonly string[] = [
  'film', 'films', 'livre', 'livres', 'roman', 'romans', 'journal', 'journaux', 'quotidien', 'hebdomadaire',
  'magazine', 'mensuel', 'revue', 'émission', 'série', 'chanson', 'album', 'pièce', 'ouvrage', 'opération',
  'spectacle', 'exposition', 'titre', 'intitulé', 'intitulée', 'baptisé', 'baptisée', 'nommé', 'nommée',
  'appelé', 'appelée', 'surnommé', 'surnommée', 'slogan', 'mot', 'terme', 'expression', 'rubrique', 'tableau',
  'poème', 'recueil', 'essai', 'documentaire', 'feuilleton', 'programme', 'mouvement', 'parti', 'collectif',
  'association', 'groupe', 'chaîne', 'radio', 'site', 'blog', 'compte', 'application', 'jeu', 'bande',
  'dessinée', 'opéra', 'disque', 'manifeste', 'plan', 'loi', 'festival', 'salon', 'prix', 'trophée',
];

/** Words a French sentence does not end on: after them a capital starts a title ("comme La caméra explore"). */
export const FR_NOT_SENTENCE_END: readonly string[] = [
  'de', 'du', 'des', 'à', 'au', 'aux', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'chez', 'vers', 'en',
  'entre', 'comme', 'et', 'ou', 'ni', 'mais', 'que', 'qui', 'dont', 'le', 'la', 'les', 'un', 'une', 'encore',
  'exemple', 'notamment', 'dont', 'soit', 'voire', 'puis', 'dit', 'chanté', 'joué', 'interprété', 'lu',
];

/** French function words that leak untranslated into an English text ("[de]", "[pour]"). */
export const FR_LEAK_WORDS: readonly string[] = [
  'de', 'des', 'du', 'le', 'les', 'une', 'et', 'à', 'pour', 'avec', 'dans', 'sur', 'par', 'que', 'qui',
  'est', 'sont', 'pas', 'aux', 'au', 'mais', 'ou', 'ce', 'cette', 'ces', 'leur', 'nous', 'vous', 'ils',
];

/** French editorial inserts in brackets, never an artefact ("[sic]", "[NDLR]"), lower case. */
export const FR_EDITORIAL: readonly string[] = [
  'sic', 'ndlr', 'ndt', 'nda', 'ndr', 'rires', 'applaudissements', 'inaudible', 'traduction', 'silence',
  'incompréhensible', 'huées', 'sourire', 'soupir',
];
