// French data for the quotes stage: reporting verbs in their third-person forms, the words that open
// an attributed clause ("selon", "d'après"), subject pronouns and the nouns that describe a speaker.
// Written for this project from ordinary French grammar.

/** Regular -er reporting verbs (infinitives); all third-person forms are generated below. */
const ER = [
  'déclarer', 'affirmer', 'estimer', 'ajouter', 'souligner', 'noter', 'assurer', 'indiquer', 'préciser',
  'expliquer', 'annoncer', 'confirmer', 'insister', 'raconter', 'témoigner', 'dénoncer', 'regretter', 'juger',
  'rapporter', 'commenter', 'avouer', 'nier', 'contester', 'jurer', 'penser', 'répliquer', 'rétorquer',
  'protester', 'lancer', 'résumer', 'détailler', 'clamer', 'proclamer', 'communiquer', 'marteler', 'réclamer',
  'souhaiter', 'plaider', 'signaler', 'mentionner', 'observer', 'constater', 'relever', 'avancer', 'confier',
  'déplorer', 'stipuler', 'démontrer', 'alerter', 'informer', 'exposer', 'évoquer', 'accuser', 'exhorter', 'objecter', 'nuancer', 'insinuer', 'supposer',
  'présumer', 'postuler', 'illustrer', 'raisonner', 'argumenter', 'certifier', 'notifier', 'spécifier',
  'réaffirmer', 'redouter', 'soupçonner', 'imaginer', 'annoncer', 'prophétiser', 'pronostiquer',
  'calculer', 'dévoiler', 'divulguer', 'expliciter', 'rassurer', 'minimiser',
  'exclamer', 'interroger', 'demander', 'questionner', 'rajouter',
  'compléter', 'continuer', 'enchaîner', 'trancher', 'tonner', 'fustiger',
  'railler', 'ironiser', 'sermonner', 'jauger', 'chiffrer', 'évaluer', 'certifier',
  // verbs of expression whose object is often a quotation ("a salué « … »", "a exprimé « … »", "qualifiées de « … »")
  'exprimer', 'saluer', 'qualifier', 'critiquer', 'condamner',
];

/** -ir verbs of the second group (avertir → avertit, avertissent). */
const IR = ['avertir', 'garantir', 'réagir', 'renchérir', 'définir'];

/** Stem-changing and irregular verbs: every third-person form written out. */
const IRREGULAR: readonly string[] = [
  // dire and its family
  'dit', 'disent', 'disait', 'disaient', 'dirent', 'dira', 'diront', 'dirait', 'diraient', 'dite', 'dits', 'dites', 'disant', 'dire',
  'redit', 'redisent', 'redisait', 'redire',
  'répond', 'répondent', 'répondait', 'répondaient', 'répondit', 'répondirent', 'répondra', 'répondrait', 'répondu', 'répondant', 'répondre',
  'reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnaissaient', 'reconnut', 'reconnurent', 'reconnaîtra',
  'reconnaîtrait', 'reconnu', 'reconnue', 'reconnaissant', 'reconnaître', 'reconnaitre',
  'admet', 'admettent', 'admettait', 'admit', 'admettra', 'admettrait', 'admis', 'admise', 'admettant', 'admettre',
  'promet', 'promettent', 'promettait', 'promit', 'promettra', 'promettrait', 'promis', 'promise', 'promettant', 'promettre',
  'soutient', 'soutiennent', 'soutenait', 'soutenaient', 'soutint', 'soutiendra', 'soutiendrait', 'soutenu', 'soutenant', 'soutenir',
  'maintient', 'maintiennent', 'maintenait', 'maintint', 'maintenu', 
  'prévient', 'préviennent', 'prévenait', 'prévint', 'prévenu', 'prévenant', 'prévenir',
  'écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivit', 'écrira', 'écrirait', 'écrite', 'écrivant', 'écrire',
  'conclut', 'concluent', 'concluait', 'conclu', 'concluant', 'conclure',
  'poursuit', 'poursuivent', 'poursuivait', 'poursuivit', 'poursuivi', 'poursuivant', 'poursuivre',
  'reprend', 'reprennent', 'reprenait', 'reprit', 'repris', 'reprenant',
  'dément', 'démentent', 'démentait', 'démentit', 'démenti', 'démentant', 'démentir',
  'craint', 'craignent', 'craignait', 'craignaient', 'craignant', 'craindre',
  'croit', 'croient', 'croyait', 'croyaient', 'crut', 'cru', 'croyant', 'croire',
  'convient', 'conviennent', 'convenait', 'convenu', 'convenant',
  'prétend', 'prétendent', 'prétendait', 'prétendu', 'prétendant', 'prétendre',
  'rappelle', 'rappellent', 'rappelait', 'rappelaient', 'rappela', 'rappellera', 'rappellerait', 'rappelé', 'rappelée', 'rappelant', 'rappeler',
  'répète', 'répètent', 'répétait', 'répéta', 'répété', 'répétant', 'répéter',
  'considère', 'considèrent', 'considérait', 'considéra', 'considéré', 'considérant', 'considérer',
  'espère', 'espèrent', 'espérait', 'espéré', 'espérant', 'espérer',
  'suggère', 'suggèrent', 'suggérait', 'suggéra', 'suggéré', 'suggérant', 'suggérer',
  'révèle', 'révèlent', 'révélait', 'révéla', 'révélé', 'révélée', 'révélant', 'révéler',
  'réitère', 'réitèrent', 'réitérait', 'réitéré', 'réitérant', 'réitérer',
  'inquiète', 'inquiètent', 'inquiétait', 'inquiété', 
  'félicite', 'félicitent', 'félicitait', 'félicité',
  'exclame', 'exclament', 'exclamait', 'exclama', 'exclamé',
  'écrie', 'écrient', 'écriait', 'écria', 'écrié',
  'réjouit', 'réjouissent', 'réjouissait', 'réjoui',
  // "se défend le groupe", "décrit comme"
  'défend', 'défendent', 'défendait', 'défendaient', 'défendit', 'défendu', 'défendant',
  'décrit', 'décrivent', 'décrivait', 'décrivaient', 'décrivit', 'décrite', 'décrits', 'décrites', 'décrivant',
];

/** Third-person indicative, conditional and participle forms of a regular -er verb. */
function erForms(inf: string): string[] {
  const s = inf.slice(0, -2);
  // "annoncer" → "annonçait"; "juger" → "jugeait": the stem keeps its sound before a and o
  const sa = s.endsWith('c') ? s.slice(0, -1) + 'ç' : s.endsWith('g') ? s + 'e' : s;
  return [
    s + 'e', s + 'ent', sa + 'ait', sa + 'aient', sa + 'a', s + 'èrent', s + 'era', s + 'eront', s + 'erait',
    s + 'eraient', s + 'é', s + 'ée', s + 'és', s + 'ées', sa + 'ant', inf,
  ];
}

/** The same for a second-group -ir verb. */
function irForms(inf: string): string[] {
  const s = inf.slice(0, -2);
  return [
    s + 'it', s + 'issent', s + 'issait', s + 'issaient', s + 'irent', s + 'ira', s + 'iront', s + 'irait',
    s + 'iraient', s + 'i', s + 'ie', s + 'is', s + 'issant', inf,
  ];
}

/** Every written form of a French reporting verb (lower case). */
export const FR_CUE_FORMS: ReadonlySet<string> = new Set([...ER.flatMap(erForms), ...IR.flatMap(irForms), ...IRREGULAR]);

/** Cue verbs that ask rather than state: "demander si" is reported speech only with a que/si clause. */
export const FR_WEAK_CUES: ReadonlySet<string> = new Set([
  ...erForms('demander'), ...erForms('interroger'), ...erForms('questionner'), ...erForms('continuer'),
  ...erForms('évaluer'), ...erForms('calculer'), ...erForms('imaginer'), ...erForms('publier'), ...erForms('informer'),
  ...erForms('observer'), ...erForms('accuser'), ...erForms('réclamer'), ...erForms('souhaiter'), ...erForms('relever'),
  ...erForms('lancer'), ...erForms('exposer'), ...erForms('évoquer'), ...erForms('illustrer'), ...erForms('chiffrer'),
  ...erForms('jauger'), ...erForms('compléter'), ...erForms('continuer'), ...erForms('penser'), ...erForms('juger'),
  ...erForms('exprimer'), ...erForms('saluer'), ...erForms('qualifier'), ...erForms('critiquer'), ...erForms('condamner'),
  'défend', 'défendent', 'défendait', 'défendaient', 'défendit', 'défendu', 'défendant',
  'décrit', 'décrivent', 'décrivait', 'décrivaient', 'décrivit', 'décrite', 'décrits', 'décrites', 'décrivant',
  ...erForms('reprendre'), 'reprend', 'reprennent', 'reprenait', 'reprit', 'repris', 'croit', 'croient', 'croyait', 'cru', 'dire', 'écrire',
]);

/** Verbs that take the reporting phrase with an extra word: "fait savoir que", "met en garde", "laisse entendre". */
export const FR_CUE_PHRASES: readonly (readonly string[])[] = [
  ['fait', 'savoir'], ['faisait', 'savoir'], ['font', 'savoir'], ['faisant', 'savoir'],
  ['fait', 'valoir'], ['faisait', 'valoir'], ['font', 'valoir'], ['faisant', 'valoir'],
  ['met', 'en', 'garde'], ['mis', 'en', 'garde'], ['mettent', 'en', 'garde'], ['mettant', 'en', 'garde'],
  ['laisse', 'entendre'], ['laissé', 'entendre'], ['laissait', 'entendre'], ['laissant', 'entendre'],
  ['tient', 'à', 'préciser'], ['tenu', 'à', 'préciser'], ['tient', 'à', 'rappeler'], ['tenu', 'à', 'rappeler'],
];

/** Auxiliaries and modal verbs that may stand before the cue's participle or infinitive ("a déclaré", "a tenu à"). */
export const FR_AUXILIARIES: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'eut', 'ayant', 'est', 'sont', 'était', 'étaient',
  'se', 's\'', 'va', 'vont', 'allait', 'doit', 'devait', 'veut', 'voulu', 'voulait', 'peut', 'pu', 'tient', 'tenu', 'à',
  'aussi', 'également', 'encore', 'ensuite', 'déjà', 'notamment', 'enfin', 'alors', 'toutefois', 'cependant', 'pourtant',
  'néanmoins', 'bien', 'plutôt', 'même', 'ainsi', 'clairement', 'publiquement', 'récemment', 'immédiatement', 'lui', 'leur',
  'y', 'en', 'pas', 'ne', 'n\'', 'jamais', 'plus', 'toujours',
]);

/** Words that introduce the reported clause after a cue. */
export const FR_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['que', 'qu\'', 'si']);

/** Subject pronouns and their gender ("a-t-il déclaré", "elle précise"). */
export const FR_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['il', 'm'], ['elle', 'f'], ['ils', 'm'], ['elles', 'f'],
]);

/** Words that open a clause: a subject found left of a cue never crosses them ("après que le président a déclaré"). */
export const FR_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'que', 'qu\'', 'mais', 'et', 'ou', 'car', 'lorsque', 'lorsqu\'', 'quand', 'puisque', 'puisqu\'', 'si', 'donc',
  'alors', 'comme', 'tandis', 'dont', 'où',
]);

/** Relative pronouns: "le ministre, qui a déclaré que …" → the subject is the noun before "qui". */
export const FR_RELATIVES: ReadonlySet<string> = new Set(['qui']);

/** Participial cues whose speaker is the main clause's subject ("…, ajoutant que …"). */
export const FR_PARTICIPLE_SUFFIX = 'ant';

/** "Selon X, …", "d'après X", "de l'avis de X": the source follows; the content is the rest of the clause. */
export const FR_ACCORDING: readonly (readonly string[])[] = [['selon'], ['d\'', 'après'], ['de', 'l\'', 'avis', 'de'], ['aux', 'dires', 'de']];

/** "Pour X, …" opens an attributed opinion only when X is a person or a speaker noun. */
export const FR_FOR = ['pour'];

/** Nouns that describe a speaker when no name is given ("un témoin", "le porte-parole"). */
export const FR_SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'témoin', 'témoins', 'responsable', 'responsables', 'porte-parole', 'ministre', 'président', 'présidente', 'directeur',
  'directrice', 'secrétaire', 'chef', 'cheffe', 'dirigeant', 'dirigeante', 'dirigeants', 'représentant', 'représentante',
  'avocat', 'avocate', 'avocats', 'procureur', 'procureure', 'parquet', 'police', 'gendarmerie', 'ministère', 'gouvernement',
  'autorités', 'source', 'sources', 'expert', 'experte', 'experts', 'analyste', 'analystes', 'médecin', 'médecins',
  'enquêteurs', 'secours', 'habitant', 'habitante', 'habitants', 'maire', 'député', 'députée', 'sénateur', 'sénatrice',
  'juge', 'diplomate', 'diplomates', 'officiel', 'officiels', 'agence', 'journal', 'communiqué', 'entraîneur', 'sélectionneur',
  'patron', 'patronne', 'syndicat', 'organisation', 'compagnie', 'entreprise', 'société', 'groupe',
  'spécialiste', 'spécialistes', 'chercheur', 'chercheuse', 'chercheurs', 'professeur', 'économiste', 'économistes',
  'militant', 'militants', 'manifestants', 'ambassadeur', 'ambassadrice', 'commissaire', 'général', 'commandant', 'colonel',
  'capitaine', 'joueur', 'joueuse', 'pilote', 'victime', 'victimes', 'famille', 'proche', 'proches', 'fondateur', 'fondatrice',
  'conseiller', 'conseillère', 'délégué', 'déléguée', 'gouverneur', 'préfet', 'préfète', 'candidat', 'candidate', 'roi', 'reine',
  'pape', 'étude', 'rapport', 'enquête', 'sondage', 'médias', 'presse', 'quotidien', 'chaîne', 'ONG', 'armée', 'opposition',
  'membre', 'membres', 'voisin', 'voisine', 'voisins', 'préfecture', 'mairie', 'tribunal', 'cour', 'club', 'officier', 'soldat', 'soldats', 'employé', 'employés', 'salariés', 'passagers', 'élus', 'élu', 'scientifiques',
]);

/** Words that make a described speaker female ("une représentante", "la ministre"). */
export const FR_FEMININE: ReadonlySet<string> = new Set(['une', 'la', 'elle', 'elles', 'mme', 'madame']);

/** Courtesy titles dropped from a speaker's name ("M. Macron" → "Macron"). */
export const FR_TITLES: ReadonlySet<string> = new Set([
  'm', 'mme', 'mlle', 'me', 'dr', 'pr', 'mgr', 'monsieur', 'madame', 'maître', 'président', 'présidente', 'général',
  'ministre', 'docteur', 'professeur', 'sir', 'saint', 'sainte', 'colonel', 'capitaine',
]);

/** Speaker nouns that name organisations, not people: "il" does not point back to them. */
export const FR_ORG_NOUNS: ReadonlySet<string> = new Set([
  'agence', 'ministère', 'parquet', 'police', 'gendarmerie', 'gouvernement', 'autorités', 'compagnie', 'entreprise', 'société',
  'groupe', 'journal', 'quotidien', 'chaîne', 'armée', 'syndicat', 'organisation', 'préfecture', 'mairie', 'communiqué', 'rapport',
  'étude', 'sondage', 'médias', 'presse', 'ong', 'opposition', 'tribunal', 'cour', 'club', 'fédération', 'banque', 'institut',
]);

/** Cues whose object noun phrase is itself the reported content ("a annoncé l'ouverture d'une enquête"). */
export const FR_NP_CUES: ReadonlySet<string> = new Set([
  // statements of fact only: "réclame le remboursement", "redoute une baisse" voice a wish or a fear, not a statement
  'annoncer', 'confirmer', 'nier', 'évoquer', 'révéler', 'démentir', 'reconnaître', 'promettre',
].flatMap((v) => [v, v.replace(/er$/, 'e'), v.replace(/er$/, 'ent'), v.replace(/er$/, 'é'), v.replace(/er$/, 'ait'), v.replace(/er$/, 'a')])
  .concat(['reconnaît', 'reconnait', 'reconnu', 'promet', 'promis', 'dément', 'démenti', 'révèle', 'révélé']));

/** Words that open a noun phrase object. */
export const FR_NP_STARTS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'sa', 'son', 'ses', 'leur', 'leurs', 'cette', 'ce', 'ces', '«']);

/** Epithets of an office, lower case without their article, and the role words written next to its holder's name:
 * "le chef de l'État" is the person the article introduced as "le président français …". */
export const FR_ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["chef de l'état", ['président', 'présidente']],
  ["locataire de l'élysée", ['président', 'présidente']],
  ["hôte de l'élysée", ['président', 'présidente']],
  ['chef du gouvernement', ['premier ministre', 'première ministre']],
  ['locataire de matignon', ['premier ministre', 'première ministre']],
  ['chef de la diplomatie', ['ministre des affaires étrangères', 'secrétaire d\'état']],
  ['souverain pontife', ['pape']],
]);
