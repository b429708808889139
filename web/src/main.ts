// The UI's entry: a hash router ("#/article/ID", "#/search?q=…") that renders one view into <main>.
import './style.css';
import { ApiFailure } from './api.js';
import { note } from './dom.js';
import { articleView } from './views/article.js';
import { entityView } from './views/entity.js';
import { quotesView } from './views/quotes.js';
import { searchView } from './views/search.js';
import { storiesView } from './views/stories.js';
import { timelineView } from './views/timeline.js';

/** A view: renders into `root` from the path parts and query of the hash. */
export type View = (root: HTMLElement, parts: string[], query: URLSearchParams) => Promise<void>;

const VIEWS: Record<string, View> = {
  search: searchView, article: articleView, entity: entityView, quotes: quotesView, timeline: timelineView, stories: storiesView,
};

const app = document.getElementById('app')!;
/** Increases on every navigation, so a slow response never paints over a newer view. */
let generation = 0;

async function render(): Promise<void> {
  const mine = ++generation;
  const [path = '', qs = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = 'search', ...rest] = path.split('/');
  const view = VIEWS[name] ?? searchView;
  const viewName = VIEWS[name] ? name : 'search';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) a.classList.toggle('active', a.dataset.view === viewName);
  const root = document.createElement('section');
  root.className = `view view-${viewName}`;
  root.append(note('Loading…', 'loading'));
  app.replaceChildren(root);
  try {
    const fresh = document.createElement('section');
    fresh.className = root.className;
    await view(fresh, rest.map(decodeURIComponent), new URLSearchParams(qs));
    if (mine === generation) root.replaceWith(fresh);
  } catch (e) {
    if (mine !== generation) return;
    const msg = e instanceof ApiFailure ? `${e.message} [${e.code}]` : `Something went wrong: ${(e as Error).message}`;
    root.replaceChildren(note(msg, 'error'));
  }
  if (mine === generation) document.body.dataset.ready = viewName;
}

window.addEventListener('hashchange', () => { void render(); });
void render();
