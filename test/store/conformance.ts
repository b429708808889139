// The conformance suite every Store adapter passes: the same calls, the same answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../../src/store/types.js';
import { FR_SPORT, WEEK } from './corpus.js';
import { analysis } from './fixtures.js';

/** Registers the suite for an adapter; `open` gives a new, empty store each call. */
export function conformance(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  const t = (title: string, fn: (s: Store) => Promise<void>): void => {
    test(`${name}: ${title}`, { skip }, async () => {
      const s = await open();
      try { await fn(s); } finally { await s.close(); }
    });
  };
  const loaded = async (s: Store): Promise<void> => { await s.putMany(WEEK); };

  t('put stores an article once, by id and by canonical URL', async (s) => {
    const [first] = WEEK;
    assert.equal((await s.put(first!)).status, 'new');
    assert.deepEqual([(await s.put(first!)).status], ['present']);
    const sameUrl = { ...first!, id: 'other-id', source: 'http://exemple-actu.fr/monde/geneve-pourparlers/#top' };
    const r = await s.put(sameUrl);
    assert.equal(r.status, 'present');
    assert.equal(r.existing, first!.id);
    assert.equal((await s.stats()).articles, 1);
    assert.ok(await s.has(first!.id));
    assert.ok(await s.has('https://exemple-actu.fr/monde/geneve-pourparlers'));
  });

  t('get returns the analysis as stored, offsets intact', async (s) => {
    await loaded(s);
    const a = await s.get('fr-talks');
    assert.ok(a);
    assert.equal(a.text, WEEK[0]!.text);
    assert.deepEqual(a.entities, WEEK[0]!.entities);
    const q = a.quotes[0]!;
    assert.equal(a.text.slice(q.start, q.end), q.text);
    assert.equal(await s.get('nope'), null);
  });

  t('search folds accents and case: "geneve" finds "Genève"', async (s) => {
    await loaded(s);
    const ids = (await s.search({ q: 'geneve' })).hits.map((h) => h.id).sort();
    assert.deepEqual(ids, ['fr-copy', 'fr-followup', 'fr-talks']);
    const hit = (await s.search({ q: 'GENEVE', lang: 'fr', limit: 1 })).hits[0]!;
    assert.match(hit.snippet, /Genève/);
  });

  t('search: user syntax is plain words, never query syntax', async (s) => {
    await loaded(s);
    for (const q of ["l'électricité", 'NEAR(Poutine', 'électri*', '-Poutine', '"Poutine', 'Poutine OR', "'; DROP TABLE articles; --", '\\', '(((']) {
      const r = await s.search({ q });
      assert.ok(Array.isArray(r.hits), q);
    }
    assert.deepEqual((await s.search({ q: "l'électricité" })).hits.map((h) => h.id).sort(), ['fr-copy', 'fr-talks']);
    assert.deepEqual((await s.search({ q: '"leurs délégations"' })).hits.map((h) => h.id).sort(), ['fr-copy', 'fr-talks']);
    assert.deepEqual((await s.search({ q: '"délégations leurs"' })).hits.map((h) => h.id), []);
    assert.equal((await s.stats()).articles, 5);
  });

  t('search refuses a 10,000-character query with a clear error', async (s) => {
    await assert.rejects(s.search({ q: 'a'.repeat(10_000) }), /too long/);
  });

  t('search filters: entity across languages, speaker, type, dates, language', async (s) => {
    await loaded(s);
    const ids = async (q: Parameters<Store['search']>[0]) => (await s.search(q)).hits.map((h) => h.id).sort();
    assert.deepEqual(await ids({ entity: 'NATO' }), ['en-talks', 'fr-copy', 'fr-talks']);
    assert.deepEqual(await ids({ entity: 'Putin', lang: 'en' }), ['en-talks']);
    assert.deepEqual(await ids({ speaker: 'Antoine Dupont' }), ['fr-sport']);
    assert.deepEqual(await ids({ type: '04', from: '2022-01-08' }), ['fr-copy', 'fr-followup']);
    assert.deepEqual(await ids({ to: '2022-01-07' }), ['en-talks', 'fr-talks']);
    assert.deepEqual(await ids({ entity: 'Nobody At All' }), []);
    await assert.rejects(s.search({ from: 'yesterday' }), /date/);
    await assert.rejects(s.search({ type: "04' OR 1=1" }), /CAMEO/);
  });

  t('search pages newest first with a cursor', async (s) => {
    await loaded(s);
    const p1 = await s.search({ limit: 2 });
    assert.deepEqual(p1.hits.map((h) => h.published), ['2022-01-10', '2022-01-09']);
    const p2 = await s.search({ limit: 2, cursor: p1.next! });
    const p3 = await s.search({ limit: 2, cursor: p2.next! });
    assert.equal(p3.next, null);
    assert.equal(new Set([...p1.hits, ...p2.hits, ...p3.hits].map((h) => h.id)).size, 5);
    await assert.rejects(s.search({ cursor: 'garbage' }), /cursor/);
  });

  t('quotes --speaker Putin finds the quote of "Vladimir Poutine"', async (s) => {
    await loaded(s);
    const qs = await s.quotes({ speaker: 'Putin' });
    assert.deepEqual(qs.map((q) => q.article).sort(), ['en-talks', 'fr-copy', 'fr-talks']);
    assert.ok(qs.some((q) => q.speaker === 'Vladimir Poutine'));
    assert.equal(qs[0]!.entity?.kb, 'Q7747');
    assert.equal((await s.quotes({ speaker: 'Poutine', lang: 'en' }))[0]!.text, 'We will not give way on electricity or on security');
    assert.equal((await s.quotes({ speaker: 'un diplomate' }))[0]!.article, 'fr-followup');
  });

  t('entities merge across articles and languages (KB id, else name and type)', async (s) => {
    await loaded(s);
    const putin = await s.findEntities('Poutine');
    assert.equal(putin.length, 1);
    assert.deepEqual(await s.findEntities('Vladimir Putin'), putin);
    assert.equal((await s.findEntities('Stade Toulousain'))[0]!.type, 'ORG');
    // no KB id: the same normalised name and type is the same entity
    await s.put(analysis({ ...FR_SPORT, id: 'fr-sport-2', published: '2022-01-20', text: 'Le Stade Toulousain prépare la Coupe.', quotes: [], numbers: [],
      entities: [{ id: 'e1', type: 'ORG', name: 'Stade Toulousain' }] }));
    assert.equal((await s.findEntities('stade toulousain')).length, 1);
    assert.equal((await s.stats()).entities, 9);
  });

  t('events by dates and place in any language', async (s) => {
    await loaded(s);
    const ev = await s.events({ from: '2022-01-10', to: '2022-01-10', place: 'Geneva' });
    assert.equal(ev.length, 4);
    assert.equal(ev[0]!.place?.kb, 'Q71');
    assert.equal(ev[0]!.actors[0]!.kb, 'Q7747');
    assert.equal(ev[0]!.targets[0]!.name, 'Joe Biden');
    assert.deepEqual(await s.events({ place: 'Bruxelles' }), []);
    assert.deepEqual(await s.events({ from: '2022-01-11' }), []);
  });

  t('entity profile: names, mentions over time, quotes, meetings, co-occurring', async (s) => {
    await loaded(s);
    const p = await s.entity('Putin');
    assert.ok(p);
    assert.equal(p.kb, 'Q7747');
    const names = p.names.map((n) => n.name);
    assert.ok(names.includes('Vladimir Poutine') && names.includes('Vladimir Putin'));
    assert.deepEqual(p.mentions.map((m) => [m.date, m.articles]), [['2022-01-07', 2], ['2022-01-08', 1], ['2022-01-10', 1]]);
    assert.equal(p.quotes.length, 3);
    assert.equal(p.meets[0]!.entity.name, 'Joe Biden');
    assert.equal(p.meets[0]!.count, 4);
    assert.equal(p.cooccurring[0]!.entity.kb, 'Q6279');
    assert.equal(await s.entity('Personne Inconnue'), null);
    assert.equal((await s.entity(p.id))?.id, p.id);
  });

  t('a republished copy is flagged duplicate of the first article', async (s) => {
    const r = await s.putMany(WEEK);
    assert.equal(r[2]!.duplicateOf, 'fr-talks');
    assert.equal(r[0]!.duplicateOf, null);
    assert.equal(r[3]!.duplicateOf, null);
    const copy = await s.get('fr-copy');
    assert.ok(copy!.quality.flags.some((f) => f.kind === 'duplicate' && /fr-talks/.test(f.note ?? '')));
    assert.ok((await s.search({ q: 'reprise' })).hits[0]!.flags.includes('duplicate'));
  });

  t('a translated copy is linked across languages by its facts', async (s) => {
    const r = await s.putMany(WEEK);
    assert.equal(r[1]!.translationOf, 'fr-talks');
    assert.equal(r[3]!.translationOf, null);
    assert.equal(r[4]!.translationOf, null);
  });

  t('stories group the week incrementally, sport apart', async (s) => {
    const r = await s.putMany(WEEK);
    const story = r[0]!.story;
    assert.deepEqual(r.map((x) => x.story === story), [true, true, true, false, true]);
    const st = await s.stories({});
    assert.equal(st.length, 2);
    const talks = st.find((x) => x.id === story)!;
    assert.deepEqual(talks.langs, ['en', 'fr']);
    assert.equal(talks.articles.length, 4);
    assert.deepEqual([talks.first, talks.last], ['2022-01-07', '2022-01-10']);
    assert.ok(talks.entities.some((e) => e.kb === 'Q7747'));
    assert.deepEqual((await s.stories({ from: '2022-01-09', to: '2022-01-09' })).map((x) => x.articles[0]!.id).sort(), ['fr-sport', 'fr-talks']);
  });

  t('putMany is all or nothing', async (s) => {
    const bad = { ...WEEK[3]!, id: 'bad', quotes: [{ kind: 'direct', text: null, start: 0, end: 1, speaker: null, cue: null }] } as never;
    await assert.rejects(s.putMany([WEEK[0]!, bad]));
    assert.equal((await s.stats()).articles, 0);
    assert.equal((await s.search({ q: 'geneve' })).hits.length, 0);
    await s.putMany(WEEK);
    assert.equal((await s.stats()).articles, 5);
  });

  t('export streams articles, quotes and events as flat rows', async (s) => {
    await loaded(s);
    const rows = async (t: 'articles' | 'quotes' | 'events') => { const out = []; for await (const r of s.export(t)) out.push(r); return out; };
    const arts = await rows('articles');
    assert.deepEqual(arts.map((a) => a.id), WEEK.map((a) => a.id));
    assert.equal(arts[0]!.text, WEEK[0]!.text);
    assert.equal((await rows('quotes')).length, 5);
    const ev = await rows('events');
    assert.equal(ev.length, 4);
    assert.equal(ev[0]!.place, 'Genève');
  });

  t('undated articles come after dated ones, a date bound leaves them out, a dated copy of a day counts as that day', async (s) => {
    // ingested in this order; "écluse" in every one
    const fx = [
      { id: 'canal-2', published: '2023-04-02' }, { id: 'canal-x', published: null }, { id: 'canal-1', published: '2023-04-01T22:30:00Z' },
      { id: 'canal-3', published: '2023-04-03' }, { id: 'canal-y', published: null },
    ].map((f, i) => analysis({ id: f.id, lang: 'fr', published: f.published, title: `Canal du Centre, note ${i}`,
      text: `L'écluse numéro ${i + 4} du canal du Centre restera fermée pour travaux, indique la batellerie.` }));
    await s.putMany(fx);
    const ids = async (q: Parameters<Store['search']>[0]): Promise<string[]> => (await s.search(q)).hits.map((h) => h.id);
    assert.deepEqual(await ids({ q: 'ecluse' }), ['canal-3', 'canal-2', 'canal-1', 'canal-y', 'canal-x']);
    assert.deepEqual(await ids({ q: 'ecluse', to: '2023-04-02' }), ['canal-2', 'canal-1']);
    assert.deepEqual(await ids({ q: 'ecluse', from: '2023-04-01', to: '2023-04-01' }), ['canal-1']);
    assert.deepEqual(await ids({ q: 'ecluse', from: '2023-04-03' }), ['canal-3']);
    const first = await s.search({ q: 'ecluse', limit: 3 });
    assert.deepEqual((await s.search({ q: 'ecluse', limit: 3, cursor: first.next! })).hits.map((h) => h.id), ['canal-y', 'canal-x']);
  });

  t('search pages a common word across many articles in exactly the order of a full sort (day, then ingestion)', async (s) => {
    // 90 market reports ingested out of date order, two a day; "céréales" in three of four, "orge" in the last six
    // ingested, which carry the oldest dates (the news-ordered index meets them last)
    const farms = ['Beauce', 'Brie', 'Champagne', 'Lauragais', 'Poitou', 'Picardie'];
    const day = (i: number): string => i >= 84 ? `2022-12-0${i - 83}` : new Date(Date.UTC(2023, 0, 1 + ((i * 37) % 45))).toISOString().slice(0, 10);
    const fx = Array.from({ length: 90 }, (_, i) => analysis({
      id: `marche-${i}`, lang: i % 10 === 0 ? 'en' : 'fr', published: day(i), title: `Bulletin agricole n° ${i}`,
      text: i % 10 === 0
        ? `Farmers in ${farms[i % 6]} sold ${i + 3} lots on market day ${i}; the céréales board kept its forecast.`
        : `Dans la plaine de ${farms[i % 6]}, ${i + 12} exploitants ont livré leur récolte n° ${i}${i % 4 === 3 ? '' : ' de céréales'}${i >= 84 ? " et d'orge" : ''} au silo.`,
    }));
    await s.putMany(fx);
    const order = (keep: (i: number) => boolean): string[] => fx.map((a, i) => ({ id: a.id, day: day(i), i })).filter((r) => keep(r.i))
      .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.i - a.i)).map((r) => r.id);
    const pages = async (q: Parameters<Store['search']>[0]): Promise<string[]> => {
      const out: string[] = [];
      for (let cursor: string | undefined, n = 0; n < 50; n++) {
        const r = await s.search({ ...q, limit: 7, ...(cursor ? { cursor } : {}) });
        out.push(...r.hits.map((h) => h.id));
        if (!r.next) return out;
        cursor = r.next;
      }
      throw new Error('cursor never ended');
    };
    const cereal = (i: number): boolean => i % 10 === 0 || i % 4 !== 3;
    assert.deepEqual(await pages({ q: 'cereales' }), order(cereal));
    assert.deepEqual(await pages({ q: 'céréales', lang: 'fr' }), order((i) => cereal(i) && i % 10 !== 0));
    assert.deepEqual(await pages({ q: 'cereales', from: '2023-01-10', to: '2023-02-01' }), order((i) => cereal(i) && day(i) >= '2023-01-10' && day(i) <= '2023-02-01'));
    assert.deepEqual(await pages({ q: 'orge' }), order((i) => i >= 84));
    assert.deepEqual(await pages({ q: 'silo dans' }), order((i) => i % 10 !== 0));
    assert.deepEqual((await s.search({ q: 'cereales', limit: 500 })).hits.map((h) => h.id), order(cereal));
  });
}
