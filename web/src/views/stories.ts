// Stories: articles grouped by story, with their languages, main entities and dates.
import { api } from '../api.js';
import { badge, day, h, note, route } from '../dom.js';

/** Renders the most recent stories. */
export async function storiesView(root: HTMLElement): Promise<void> {
  const stories = await api.stories();
  root.append(h('h1', null, 'Stories'));
  if (!stories.length) { root.append(note('No story yet: ingest some articles.')); return; }
  root.append(h('ol', { class: 'stories' }, stories.map((st) => h('li', { class: 'story' },
    h('div', { class: 'story-head' },
      h('strong', null, `${st.articles.length} article${st.articles.length > 1 ? 's' : ''}`), ' · ',
      h('time', null, st.first === st.last ? day(st.first) : `${day(st.first)} → ${day(st.last)}`), ' ',
      st.langs.map((l) => [badge(l, 'lang'), ' '])),
    st.entities.length ? h('div', { class: 'story-ents' }, st.entities.slice(0, 8).map((e) => [h('a', { href: route('entity', e.id), class: `chip ent-${e.type}` }, e.name), ' '])) : null,
    h('ul', { class: 'story-articles' }, st.articles.map((a) => h('li', null,
      h('time', null, day(a.published)), ' ', badge(a.lang, 'lang'), ' ', h('a', { href: route('article', a.id) }, a.title ?? '(untitled)'))))))));
}
