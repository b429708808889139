import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities, resolveRole, type LinkedEntity } from '../../src/analyze/entities/index.js';

const ents = (text: string, lang = 'fr'): LinkedEntity[] => findEntities(text, lang) as LinkedEntity[];
const roleOf = (text: string, name: string, lang = 'fr'): string[] => ents(text, lang).find((e) => e.name === name)?.roles ?? [];

test('roles: phrases before and apposed after a name, case kept, no adjective alone', () => {
  const rows: [string, string, string[]][] = [
    ['Le secrétaire général de l’OTAN, Jens Stoltenberg, a rencontré les ministres à Bruxelles.', 'Jens Stoltenberg', ["secrétaire général de l'OTAN"]],
    ['Les alliés ont écouté Jens Stoltenberg, secrétaire général de l’OTAN, mardi à Bruxelles.', 'Jens Stoltenberg', ["secrétaire général de l'OTAN"]],
    ['« Nous tiendrons les délais », a assuré la présidente-directrice générale, Hélène Vasseur, devant les salariés.', 'Hélène Vasseur', ['présidente-directrice générale']],
    ['Son économiste en chef, Lucien Perrot, a abaissé la prévision.', 'Lucien Perrot', ['économiste en chef']],
    ['Le porte-parole du Kremlin, Dmitri Peskov, a démenti.', 'Dmitri Peskov', ['porte-parole du Kremlin']],
    ['Russian Foreign Minister Sergei Lavrov arrived in Ankara.', 'Sergei Lavrov', ['Russian foreign minister', 'ministre russe des Affaires étrangères']],
    ['The company’s chief operating officer, Dana Whitlock, said hiring would resume.', 'Dana Whitlock', ['chief operating officer']],
    ['“It is fragile,” said Tomas Berg, an economist at a Norwegian bank.', 'Tomas Berg', ['economist at a Norwegian bank']],
    // negative: a role before a comma is not the name's when the name opens the clause
    ['Interrogé par le président du tribunal, Gilles Marchand a reconnu des erreurs.', 'Gilles Marchand', []],
    // negative: the verb between a title and a name ends the role ("le ministre a reçu X")
    ['Le ministre a reçu Paul Girard à Matignon.', 'Paul Girard', []],
    // negative: a list of people is no apposition
    ['Étaient présents Marc Dubreuil, le président ukrainien Volodymyr Zelensky et des élus.', 'Marc Dubreuil', []],
    // negative: a participle clause after a role is not kept in it
    ['“We are close,” said Ratna Sari, the Indonesian diplomat chairing the talks.', 'Ratna Sari', ['Indonesian diplomat']],
  ];
  for (const [text, name, roles] of rows) assert.deepEqual(roleOf(text, name, /[“”]|Russian|company/.test(text) ? 'en' : 'fr'), roles, text);
});

/** [article, role phrase (its last occurrence is resolved), expected person or null, language]. */
const ROWS: [string, string, string | null, string][] = [
  // the head of state the article names, from its written role or from the KB office
  ['Le président Emmanuel Macron a reçu lundi les syndicats à l’Élysée. Le chef de l’État a promis une loi.', 'Le chef de l’État', 'Emmanuel Macron', 'fr'],
  ['Emmanuel Macron a réuni le conseil de défense. Selon l’entourage du président, la décision est prise.', 'président', 'Emmanuel Macron', 'fr'],
  ['Vladimir Poutine a appelé Emmanuel Macron mardi. Le président français a demandé un cessez-le-feu.', 'Le président français', 'Emmanuel Macron', 'fr'],
  ['Le président russe Vladimir Poutine a appelé Emmanuel Macron. Le président russe a rejeté la demande.', 'Le président russe', 'Vladimir Poutine', 'fr'],
  // KB offices when the article writes no role: head of government, foreign minister with a country inside the phrase
  ['Jean Castex a présenté le plan de relance. Le Premier ministre a insisté sur l’emploi.', 'Le Premier ministre', 'Jean Castex', 'fr'],
  ['Boris Johnson met union leaders on Monday. The prime minister promised a review.', 'The prime minister', 'Boris Johnson', 'en'],
  ['Sergueï Lavrov est arrivé à Ankara. Le chef de la diplomatie russe a rencontré son homologue.', 'Le chef de la diplomatie russe', 'Sergueï Lavrov', 'fr'],
  // the spokesperson named earlier
  ['Le porte-parole du gouvernement, Olivier Véran, a annoncé la mesure. Son porte-parole a précisé le calendrier.', 'Son porte-parole', 'Olivier Véran', 'fr'],
  ['Police spokesman Tom Hadley said two men were arrested. The spokesman added that no one was hurt.', 'The spokesman', 'Tom Hadley', 'en'],
  // the named chief executive, through "CEO" / "chief executive"
  ['Acme Robotics CEO Laura Stein said orders had doubled. The company’s chief executive expects more hiring.', 'The company’s chief executive', 'Laura Stein', 'en'],
  // coordinated offices, each resolvable ("présidente et cheffe de la direction")
  ['Marie Caron, présidente et cheffe de la direction de la coopérative, a annoncé la fusion. La cheffe de la direction a ajouté un mot.', 'La cheffe de la direction', 'Marie Caron', 'fr'],
  // gender-aware: two ministers, "la ministre" is the woman
  ['La ministre de la Santé, Agnès Ferrand, et le ministre de l’Intérieur, Pierre Lacoste, ont visité l’hôpital. La ministre a salué les soignants.', 'La ministre', 'Agnès Ferrand', 'fr'],
  ['La ministre de la Santé, Agnès Ferrand, et le ministre de l’Intérieur, Pierre Lacoste, ont visité l’hôpital. Le ministre a défendu la police.', 'Le ministre', 'Pierre Lacoste', 'fr'],
  // two candidates: the role the article ties to each decides
  ['Le secrétaire général de l’ONU, António Guterres, et le secrétaire général de l’OTAN, Jens Stoltenberg, se sont parlé. Le secrétaire général de l’OTAN a insisté.', 'Le secrétaire général de l’OTAN', 'Jens Stoltenberg', 'fr'],
  ['NATO Secretary-General Jens Stoltenberg met UN Secretary-General António Guterres. NATO’s secretary-general spoke first.', 'NATO’s secretary-general', 'Jens Stoltenberg', 'en'],
  ['Le président du club, Olivier Danel, et le président de la Ligue, Marc Vidal, ont signé. Le président du club s’est félicité.', 'Le président du club', 'Olivier Danel', 'fr'],
  // negatives: a role nobody holds, a new referent, an office of another country
  ['Le président Emmanuel Macron a reçu les syndicats. La ministre a ensuite parlé aux journalistes.', 'La ministre', null, 'fr'],
  ['Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Un porte-parole de l’armée a confirmé.', 'Un porte-parole de l’armée', null, 'fr'],
  ['Le président russe Vladimir Poutine a parlé mardi. Le président américain a répondu par écrit.', 'Le président américain', null, 'fr'],
  ['Le président du club, Olivier Danel, a parlé. Le chef de l’État a répondu.', 'Le chef de l’État', null, 'fr'],
  ['Former president Barack Obama campaigned in Ohio. The president signed the bill.', 'The president', null, 'en'],
];

test('resolveRole: a role without a name → the person the article ties it to, else null', () => {
  for (const [text, phrase, expected, lang] of ROWS) {
    const at = text.lastIndexOf(phrase);
    assert.ok(at >= 0, phrase);
    const got = resolveRole(ents(text, lang), text, { start: at, end: at + phrase.length });
    assert.equal(got?.name ?? null, expected, `${phrase} in: ${text}`);
  }
});
