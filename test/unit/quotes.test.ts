import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc.js';
import { findQuotes, quotesWith } from '../../src/analyze/quotes/index.js';
import { indexMentions } from '../../src/analyze/quotes/mentions.js';
import { paragraphsStage } from '../../src/analyze/paragraphs/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import type { Entity } from '../../src/types.js';

/** Quotes of `text` as [kind, text.slice(start, end), speaker text] rows (entities empty unless given). */
function quotes(text: string, lang: string, entities: Entity[] = []): [string, string, string | null][] {
  let d = new Doc(text);
  for (const s of [paragraphsStage, tokensStage, sentencesStage]) d = d.with(s.assigns, s.run(d, { published: null }) as never);
  return findQuotes(text, d.get('paragraphs'), d.get('sentences'), lang, entities)
    .map((q) => [q.kind, text.slice(q.start, q.end), q.speaker?.text ?? null]);
}

type Row = [string, [string, string, string | null][]];

// French rows, written for this project: one phrasing each, then negative rows.
const FR: Row[] = [
  ['« Nous ne céderons pas », a déclaré la ministre Claire Dubois.', [['direct', 'Nous ne céderons pas', 'Claire Dubois']]],
  ['Le maire Paul Girard a déclaré : « La digue a tenu. »', [['direct', 'La digue a tenu.', 'Paul Girard']]],
  ['Paul Girard était présent. « La digue a tenu », a-t-il déclaré.', [['direct', 'La digue a tenu', 'Paul Girard']]],
  ['Paul Girard était présent. « La digue a tenu, a-t-il dit, mais pour combien de temps ? »',
    [['direct', 'La digue a tenu', 'Paul Girard'], ['direct', 'mais pour combien de temps ?', 'Paul Girard']]],
  ['« Les caisses sont vides, a expliqué le trésorier Luc Brun. Il faudra emprunter. »',
    [['direct', 'Les caisses sont vides', 'Luc Brun'], ['direct', 'Il faudra emprunter.', 'Luc Brun']]],
  ['Le syndic a parlé des dettes. L’avocate Me Inès Vidal a plaidé la relaxe. « Ma cliente n’a rien caché », a-t-elle affirmé.',
    [['direct', 'Ma cliente n’a rien caché', 'Inès Vidal']]],
  ['La juge Anne Morel a estimé que le dossier était incomplet.', [['indirect', 'le dossier était incomplet', 'Anne Morel']]],
  ['Le procureur a averti qu’il ferait appel.', [['indirect', 'il ferait appel', 'Le procureur']]],
  ['Selon la préfecture, 300 maisons ont été inondées.', [['indirect', '300 maisons ont été inondées', 'la préfecture']]],
  ['Trois ponts ont été fermés, d’après la gendarmerie.', [['indirect', 'Trois ponts ont été fermés', 'la gendarmerie']]],
  ['Le président Marc Leroy a nié les faits, mais a reconnu que la procédure avait été mal suivie.',
    [['indirect', 'les faits', 'Marc Leroy'], ['indirect', 'la procédure avait été mal suivie', 'Marc Leroy']]],
  ['Marc Leroy a promis un plan, ajoutant que les fonds seraient débloqués lundi.',
    [['indirect', 'un plan', 'Marc Leroy'], ['indirect', 'les fonds seraient débloqués lundi', 'Marc Leroy']]],
  ['Marc Leroy a affirmé qu’il parlerait aux syndicats dans « les jours à venir ».',
    [['mixed', 'il parlerait aux syndicats dans « les jours à venir »', 'Marc Leroy']]],
  ['Un témoin a raconté que le toit s’était effondré.', [['indirect', 'le toit s’était effondré', 'Un témoin']]],
  ['La hausse atteindra 3 %, a annoncé le ministère de l’Économie.', [['indirect', 'La hausse atteindra 3 %', 'le ministère de l’Économie']]],
  ['Claire Dubois a parlé. « Nous partons demain. Rien ne nous retiendra. »',
    []],
  ['La juge Anne Morel a critiqué la défense. « Ce dossier a été bâclé. »', [['direct', 'Ce dossier a été bâclé.', 'Anne Morel']]],
  ['« Nous tiendrons jusqu’au bout. »\n\n— Porte-parole des grévistes', [['direct', 'Nous tiendrons jusqu’au bout.', 'Porte-parole des grévistes']]],
  ['Il a cité la réaction de Marie Leclerc, une élue locale : « Je suis atterrée. »', [['direct', 'Je suis atterrée.', 'Marie Leclerc']]],
  ['« Nous partons demain », a déclaré Claire Dubois.\n« Rien ne nous retiendra. »',
    [['direct', 'Nous partons demain', 'Claire Dubois'], ['direct', 'Rien ne nous retiendra.', 'Claire Dubois']]],
  // a quoted fragment inside a cue's object is one mixed quote, not a direct one
  ['Le pêcheur Yann Le Goff a affirmé avoir vu « une vague immense » avant le naufrage.',
    [['mixed', 'avoir vu « une vague immense » avant le naufrage', 'Yann Le Goff']]],
  ['Le syndicat Force Marine a tenu une assemblée. Il dénonçait les « économies absurdes » de l’armateur.',
    [['mixed', 'les « économies absurdes » de l’armateur', 'Force Marine']]],
  // a cue after the quote opening its own clause attributes nothing before it
  ['Elle refuse de « brader » le port, affirmant que les offres étaient trop basses.',
    [['indirect', 'les offres étaient trop basses', null]]],
  // "comme l'a dit X" after a quotation
  ['Le comité veut « tout reprendre à zéro », comme l’a lancé sa présidente, Odile Marchand.',
    [['direct', 'tout reprendre à zéro', 'Odile Marchand']]],
  ['Mais selon la préfète, la route restera fermée.', [['indirect', 'la route restera fermée', 'la préfète']]],
  // speaker names: a demonym noun is no part of the name; the first full name before an apposition is the head
  ['La Canadienne Julie Tremblay a déclaré : « Je reviendrai. »', [['direct', 'Je reviendrai.', 'Julie Tremblay']]],
  ['Marc Aubry, chef d’état-major de la Marine Nationale, a estimé que la flotte était prête.',
    [['indirect', 'la flotte était prête', 'Marc Aubry']]],
  // descriptions lose trailing adverbs and participles; a source inside "selon les informations que X a …"
  ['D’autres sources cependant affirment que le club sera vendu.', [['indirect', 'le club sera vendu', 'D’autres sources']]],
  ['Les pompiers dépêchés sur place ont indiqué que le feu était maîtrisé.', [['indirect', 'le feu était maîtrisé', 'Les pompiers']]],
  ['Selon les informations que la juge a transmises à la presse, le suspect a avoué.', [['indirect', 'le suspect a avoué', 'la juge']]],
  ['Le port restera fermé, selon la capitainerie, qui précise que les quais sont inondés.',
    [['indirect', 'Le port restera fermé', 'la capitainerie'], ['indirect', 'les quais sont inondés', 'la capitainerie']]],
  // coordinated participle sharing an auxiliary; "pour sa part" before an inverted subject; kinship descriptions
  ['Le maire Paul Roux a exprimé « la colère de la ville » et salué l’« immense courage des pompiers ».',
    [['direct', 'la colère de la ville', 'Paul Roux'], ['mixed', 'l’« immense courage des pompiers »', 'Paul Roux']]],
  ['« Nous contestons tout » cette amende, se défend pour sa part le transporteur.', [['direct', 'Nous contestons tout', 'le transporteur']]],
  ['La sœur de Karim Benali a confirmé que la lettre était authentique, alors que la police en doute.',
    [['indirect', 'la lettre était authentique', 'La sœur de Karim Benali']]],
  ['Le réseau sera coupé, selon un communiqué de Net Veille.', [['indirect', 'Le réseau sera coupé', 'Net Veille']]],
  ['« Rien ne bouge », a déclaré M. Jean Roux.', [['direct', 'Rien ne bouge', 'Jean Roux']]],
  // "que A et que B" gives two quotes; a comma then "mais", a new subject or "sans" ends the content
  ['La préfète a annoncé que la route serait rouverte lundi et que les écoles resteraient fermées.',
    [['indirect', 'la route serait rouverte lundi', 'La préfète'], ['indirect', 'les écoles resteraient fermées', 'La préfète']]],
  ['Interrogés, des voisins du club disent ne rien savoir, mais se disent inquiets.', [['indirect', 'ne rien savoir', 'des voisins du club']]],
  ['La cheffe Lina Morel est revenue sur la crise. Affirmant qu’aucune plainte n’avait été reçue, elle a défendu son équipe.',
    [['indirect', 'aucune plainte n’avait été reçue', 'Lina Morel']]],
  ['Le maire Paul Roux a condamné fermement les « propos indignes » du préfet, sans attendre la fin du conseil.',
    [['mixed', 'les « propos indignes » du préfet', 'Paul Roux']]],
  ['Mais, pour M. Girard, « la saison est déjà perdue ».', [['direct', 'la saison est déjà perdue', 'Girard']]],
  ['Le candidat avait promis entre autres de baisser la taxe foncière.', [['indirect', 'baisser la taxe foncière', 'Le candidat']]],
  ['Un suspect a été arrêté, selon la police qui l’a confirmé ce jeudi.', [['indirect', 'Un suspect a été arrêté', 'la police']]],
  // a time phrase between a cue and its object or infinitive; "la fin de" is no time phrase
  ['La mairie a annoncé mardi la fermeture du pont.', [['indirect', 'la fermeture du pont', 'La mairie']]],
  ['Le club, qui a affirmé fin mars avoir payé ses dettes, est à vendre.', [['indirect', 'avoir payé ses dettes', 'Le club']]],
  ['Le maire a annoncé la fin des travaux.', [['indirect', 'la fin des travaux', 'Le maire']]],
  // quotes in a comma-separated series share the cue after the last one
  ['On a vu « des toits s’envoler », « c’était l’apocalypse », ont raconté des habitants.',
    [['direct', 'des toits s’envoler', 'des habitants'], ['direct', 'c’était l’apocalypse', 'des habitants']]],
  // a quoted predicate after its subject is that subject's words; a nickname or title after a name is not
  ['Le chantier a repris. Vinci « respecte tous ses engagements ».', [['direct', 'respecte tous ses engagements', 'Vinci']]],
  ['Le contrat a été signé. La loi « Travail » est morte.', []],
  ['Le chantier a repris. Lucie Martin « la reine des neiges » a gagné.', []],
  // "…, selon X, Full Name": the apposed name is the source; a leading adverbial before the subject pronoun is the writer's
  ['Le navire a coulé vers midi, selon son armateur, Jean Kervella.', [['indirect', 'Le navire a coulé vers midi', 'Jean Kervella']]],
  ['Malgré la fumée et les sirènes, il ne s’agirait pas d’un incendie criminel selon les pompiers.',
    [['indirect', 'il ne s’agirait pas d’un incendie criminel', 'les pompiers']]],
  // the antecedent of "qui" after an aside; the comma closing the relative ends the content
  ['« Rien n’est décidé », se défend pour sa part le club, qui a affirmé avoir reçu deux offres, et se tait depuis.',
    [['direct', 'Rien n’est décidé', 'le club'], ['indirect', 'avoir reçu deux offres', 'le club']]],
  // a passive cue with its agent: the agent said it; without an agent nobody did; "s'est dit" is no passive
  ['Le gardien est décrit comme « un homme calme, serviable » par un voisin.', [['direct', 'un homme calme, serviable', 'un voisin']]],
  ['Les deux frères sont qualifiés de « garçons sans histoire » par leur professeur, qui les connaît bien.',
    [['direct', 'garçons sans histoire', 'leur professeur']]],
  ['Le roman est décrit comme « un chef-d’œuvre ».', []],
  ['Paul Roux s’est dit « très déçu » par le vote.', [['direct', 'très déçu', 'Paul Roux']]],
  // "et" joins two titles of one apposition; two subjects joined by "et" stay one described phrase
  ['Lina Morel, présidente et directrice générale du groupe, a déclaré que les ventes avaient doublé.',
    [['indirect', 'les ventes avaient doublé', 'Lina Morel']]],
  ['Le Courrier dénonce des « pressions » dont le quotidien est victime et estime qu’elles « menacent la presse ».',
    [['mixed', 'des « pressions » dont le quotidien est victime', 'Courrier'], ['mixed', 'elles « menacent la presse »', 'Courrier']]],
  // negative rows: scare quotes, titles, slogans, spam in guillemets
  ['Le projet de loi dite « Marée haute » a été adopté.', []],
  ['Le roman « Les Cendres » a été écrit par deux frères.', []],
  ['Le club a recruté un joueur « secondaire » pour la saison.', []],
  ['L’avocat de la famille, Me Hugo Petit, a plaidé la relaxe.', []],
  ['Le syndicat réclame le remboursement des frais.', []],
  ['Le film « La Grande Vague » sort mercredi en salles.', []],
  ['Les manifestants scandaient « Non à la réforme » devant la mairie.', []],
  ['« Certified introvert. Devoted internet fanatic. Thinker. »', []],
];

// English rows, written for this project.
const EN: Row[] = [
  ['“We will not back down,” Mayor Jane Holt said.', [['direct', 'We will not back down,', 'Jane Holt']]],
  ['“We will not back down,” said Jane Holt, the mayor.', [['direct', 'We will not back down,', 'Jane Holt']]],
  ['Jane Holt spoke first. “The levee held,” she said.', [['direct', 'The levee held,', 'Jane Holt']]],
  ['Jane Holt said: “The levee held.”', [['direct', 'The levee held.', 'Jane Holt']]],
  ['Police chief Tom Reyes said that two men had been arrested.', [['indirect', 'two men had been arrested', 'Tom Reyes']]],
  ['Tom Reyes said the suspects were known to police.', [['indirect', 'the suspects were known to police', 'Tom Reyes']]],
  ['The company denied that it had broken the rules, adding that it would appeal.',
    [['indirect', 'it had broken the rules', 'The company'], ['indirect', 'it would appeal', 'The company']]],
  ['According to the ministry, 300 homes were flooded.', [['indirect', '300 homes were flooded', 'the ministry']]],
  ['Three bridges were closed, police said.', [['indirect', 'Three bridges were closed', 'police']]],
  ['Jane Holt said she was “deeply shocked” by the decision.', [['mixed', 'she was “deeply shocked” by the decision', 'Jane Holt']]],
  ['Jane Holt described the vote as a “turning point” for the town.', [['mixed', 'the vote as a “turning point” for the town', 'Jane Holt']]],
  ['Tom Reyes said of the new bridge “It will carry twice the traffic.”', [['direct', 'It will carry twice the traffic.', 'Tom Reyes']]],
  ['General Ann Cole, head of the Navy’s Pacific Fleet, said the ships were ready.', [['indirect', 'the ships were ready', 'Ann Cole']]],
  ['Acme Bank analyst Tom Fry said prices would fall.', [['indirect', 'prices would fall', 'Tom Fry']]],
  // a pronoun chain keeps its referent across sentences naming other people
  ['Ann Cole spoke for an hour. She said that the plant would stay open. She noted that Acme Motors had offered help. She added that the workers would be paid.',
    [['indirect', 'the plant would stay open', 'Ann Cole'], ['indirect', 'Acme Motors had offered help', 'Ann Cole'],
      ['indirect', 'the workers would be paid', 'Ann Cole']]],
  ['Turning to the budget he said that costs had doubled.', [['indirect', 'costs had doubled', null]]],
  ['“We are done,” Tom Reyes said and described the deal as “a disaster”.',
    [['direct', 'We are done,', 'Tom Reyes'], ['mixed', 'the deal as “a disaster”', 'Tom Reyes']]],
  ['“We do not need new aircraft,” the Daily Star quoted Tom Fry as saying.', [['direct', 'We do not need new aircraft,', 'Tom Fry']]],
  ['Officials said that the deal was fair, with Acme analyst Tom Fry saying “The price was the key.”',
    [['indirect', 'the deal was fair', 'Officials'], ['direct', 'The price was the key.', 'Tom Fry']]],
  ['Senator Ann Cole, who grew up in the town where Acme builds its trucks, said in a statement “We are shocked.”',
    [['direct', 'We are shocked.', 'Ann Cole']]],
  ['“This is a milestone,” said Acme President and CEO Tom Enders.', [['direct', 'This is a milestone,', 'Tom Enders']]],
  ['“It is a good move,” said chief analyst at Solaris Funds, Tim Fry.', [['direct', 'It is a good move,', 'Tim Fry']]],
  ['Ann Cole, president and chief executive of Acme, said the plant would close.', [['indirect', 'the plant would close', 'Ann Cole']]],
  ['Tom Fry, Acme’s plant manager and former union leader, said the line would stop.', [['indirect', 'the line would stop', 'Tom Fry']]],
  // negative rows
  ['In response to questions about the merger, the board stayed silent.', []],
  ['The union issued a statement saying the strike would go on.', [['indirect', 'the strike would go on', 'The union']]],
  ['“The plant will close.”\nsaid Ann Cole, chair of Acme Motors.', [['direct', 'The plant will close.', 'Ann Cole']]],
  ['London-based Acme Motors said it would cut 300 jobs.', [['indirect', 'it would cut 300 jobs', 'Acme Motors']]],
  ['The plan for the “Big Four” United States banks was approved.', []],
  ['The so-called “reform” has been delayed again.', []],
  ['Her novel “The Long Winter” won the prize.', []],
];

test('French quotes: direct, indirect, mixed, with the speaker; scare quotes and titles are not quotes', () => {
  for (const [text, want] of FR) assert.deepEqual(quotes(text, 'fr'), want, text);
});

test('English quotes: direct, indirect, mixed, with the speaker; scare quotes and titles are not quotes', () => {
  for (const [text, want] of EN) assert.deepEqual(quotes(text, 'en'), want, text);
});

test('a speaker named by an entity mention gets its id; a pronoun resolves to it', () => {
  const text = 'Jens Dahl a ouvert la séance. « Nous sommes prêts », a-t-il déclaré.';
  const ent: Entity = { id: 'e1', type: 'PER', name: 'Jens Dahl', mentions: [{ start: 0, end: 9, text: 'Jens Dahl' }] };
  let d = new Doc(text);
  for (const s of [paragraphsStage, tokensStage, sentencesStage]) d = d.with(s.assigns, s.run(d, { published: null }) as never);
  const [q] = findQuotes(text, d.get('paragraphs'), d.get('sentences'), 'fr', [ent]);
  assert.equal(q?.speaker?.entity, 'e1');
  assert.equal(q?.speaker?.via, 'pronoun');
  assert.equal(q?.cue, 'a-t-il déclaré');
});

test('an epithet of an office resolves to the person the article gave that role ("le chef de l’État" → the president)', () => {
  const text = 'Le président Marc Aubry a visité l’usine. Le chef de l’État a déclaré que le site resterait ouvert.';
  const ent = { id: 'e1', type: 'PER', name: 'Marc Aubry', roles: ['président'], mentions: [{ start: 12, end: 22, text: 'Marc Aubry' }] } as Entity;
  assert.deepEqual(quotes(text, 'fr', [ent]), [['indirect', 'le site resterait ouvert', 'Marc Aubry']]);
  // no person holds the role: the description stays
  assert.deepEqual(quotes(text, 'fr', []), [['indirect', 'le site resterait ouvert', 'Le chef de l’État']]);
});

test('bad input: an unclosed «, 200 marks, three-deep nesting, mismatched styles — no crash, the rest still analysed', () => {
  const unclosed = '« Tout commence ici, a-t-il dit sans fin\nLe ministre Paul Girard a déclaré que la séance était levée.';
  assert.ok(quotes(unclosed, 'fr').some(([k, t]) => k === 'indirect' && t === 'la séance était levée'));
  const many = 'Il a dit ' + '« a » '.repeat(100) + 'et « b ».';
  assert.doesNotThrow(() => quotes(many, 'fr'));
  const deep = '« Un « deux « trois » deux » un », a déclaré Paul Girard.';
  assert.deepEqual(quotes(deep, 'fr'), [['direct', 'Un « deux « trois » deux » un', 'Paul Girard']]);
  assert.doesNotThrow(() => quotes('“Mixed » styles ” « here “ and ‘ there', 'en'));
});

// Linearity is measured by the bench (bench/measures/quotes.ts); these rows check the output of large inputs,
// with a test timeout only as a hang guard (a quadratic stage would take minutes here, not seconds).
const HANG_GUARD = { timeout: 60_000 };

test('bad input: one endless sentence of 8,000 cue and quote pairs gives one quote per pair', HANG_GUARD, () => {
  const n = 8000;
  const got = quotes('il a dit « oui » et a déclaré que '.repeat(n), 'fr');
  assert.equal(got.length, n);
  assert.equal(got.filter(([k]) => k === 'mixed').length, n - 1);
  assert.deepEqual(quotes('mot '.repeat(200_000), 'fr'), []);
});

/** A made-up surname for person i ("Bacadu"): distinct for every i, capitalised, letters only. */
function surname(i: number): string {
  const syl = ['ba', 'co', 'du', 'fe', 'gi', 'lo', 'mu', 'ne', 'pi', 'ro'];
  let s = '';
  for (let k = 0; k < 4; k++, i = Math.floor(i / 10)) s += syl[i % 10];
  return s[0]!.toUpperCase() + s.slice(1);
}

test('bad input: 3,000 quotes over 3,000 entity mentions link each speaker by binary search, not a scan', HANG_GUARD, () => {
  const n = 3000;
  let text = '';
  const ents: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const name = `Paul ${surname(i)}`;
    text += `« La digue a tenu », a déclaré ${name}. `;
    ents.push({ id: `e${i}`, type: 'PER', name, mentions: [{ start: text.length - name.length - 2, end: text.length - 2, text: name }] });
  }
  let d = new Doc(text);
  for (const s of [paragraphsStage, tokensStage, sentencesStage]) d = d.with(s.assigns, s.run(d, { published: null }) as never);
  const ix = indexMentions(ents);
  const got = quotesWith(text, d.get('paragraphs'), d.get('sentences'), 'fr', ix);
  assert.equal(got.length, n);
  got.forEach((q, i) => assert.equal(q.speaker?.entity, `e${i}`));
  // each look-up visits the few mentions near its phrase: a scan of every mention would be n² = 9,000,000 steps
  assert.ok(ix.steps < 20 * n, `mention steps ${ix.steps}`);
});
