// A store for the server and browser tests: the project's example articles (analysed now), a hand-built
// article with events (so the timeline has events whatever the event stage does today), and a hostile article
// whose text holds markup that must never run in the UI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../src/analyze/index.js';
import { expandPaths, readArticleFile } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import type { Analysis } from '../../src/types.js';
import { ROOT } from '../helpers.js';
import { analysis } from '../store/fixtures.js';

/** Id of the article with events. */
export const EVENTS_ID = 'osce-vienna-fixture';
/** Id of the article whose text is markup. */
export const HOSTILE_ID = 'hostile-markup-fixture';
/** The hostile article's body: if the UI ever parsed it as HTML, `window.__pwned` would be set. */
export const HOSTILE_TEXT = 'Un lecteur a envoyé ce commentaire : <script>window.__pwned = "script"</script> puis '
  + '<img src="x" onerror="window.__pwned = \'img\'"> et enfin <a href="javascript:window.__pwned=1">un lien</a>. '
  + 'La rédaction de Lyon a publié le message tel quel.';

/** The fixture analyses: examples, the events article, the hostile article. */
export function fixtureAnalyses(): Analysis[] {
  const examples = expandPaths([join(ROOT, 'examples')]).flatMap((f) => readArticleFile(f)).map((i) => analyzeText(i));
  const events = analysis({
    id: EVENTS_ID, lang: 'en', published: '2025-03-13', title: 'OSCE envoys meet in Vienna as Geneva talks enter final day',
    text: 'Envoys of the OSCE met in Vienna on Thursday to discuss methane monitoring, while negotiators in Geneva prepared a final text. '
      + 'On Wednesday the European Union ministers had met in Brussels.',
    entities: [
      { id: 'e1', type: 'ORG', name: 'OSCE' }, { id: 'e2', type: 'LOC', name: 'Vienna' }, { id: 'e3', type: 'LOC', name: 'Geneva' },
      { id: 'e4', type: 'ORG', name: 'European Union' }, { id: 'e5', type: 'LOC', name: 'Brussels' },
    ],
    events: [
      { type: '04', code: '043', trigger: 'met', actors: ['e1'], place: 'e2', date: '2025-03-13' },
      { type: '04', code: '040', trigger: 'prepared', actors: [], place: 'e3', date: '2025-03-13' },
      { type: '04', code: '043', trigger: 'had met', actors: ['e4'], place: 'e5', date: '2025-03-12' },
    ],
    dates: [['Thursday', '2025-03-13'], ['Wednesday', '2025-03-12']],
  });
  const hostile = analyzeText({ id: HOSTILE_ID, text: HOSTILE_TEXT, title: 'Commentaire <b>piégé</b> <script>window.__pwned="title"</script>', published: '2025-03-15', lang: 'fr' });
  return [...examples, events, hostile];
}

/** A fresh SQLite store in a temporary folder, filled with the fixture analyses; `done` closes and removes it. */
export async function fixtureStore(): Promise<{ store: Store; path: string; done(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'veille-server-'));
  const path = join(dir, 'test.db');
  const store = await openStore(path);
  await store.putMany(fixtureAnalyses());
  return { store, path, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
