// News-order keys (order.ts): JavaScript and the schema-3 migration's SQL compute the same keys, keys sort like
// (day, seq), and the key range of date bounds and a cursor selects what the full plan's conditions select.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { dayNumber, keyRange, newsKey, newsKeySql, keySeq, SEQ_SPAN } from '../../src/store/core/order.js';
import { migrations } from '../../src/store/migrate.js';

/** Days around the edges: leap days, the first and last representable years, two-digit years, and text that is
 *  not a real day (a day past the month's end is carried over, as SQLite's julianday() does). */
const DAYS = ['', '2024-02-29', '2023-02-29', '2021-02-30', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-01-32',
  '0000-01-01', '0001-03-01', '0099-12-31', '1582-10-10', '1969-12-31', '1970-01-01', '2000-02-29', '9999-12-31',
  '2021-1-01', '21-01-01', 'mardi', '2021-01-01T10:00:00Z'];

test('order: dayNumber agrees with SQLite julianday() on real and odd days', () => {
  const db = new Database(':memory:');
  const sql = db.prepare(`SELECT ${newsKeySql('@day', '@seq')} AS k`);
  for (const day of [...DAYS, ...Array.from({ length: 3000 }, (_, i) => new Date(Date.UTC(1990, 0, 1 + i * 7)).toISOString().slice(0, 10))]) {
    assert.equal(Number((sql.get({ day, seq: 7 }) as { k: number }).k), newsKey(day, 7), day);
  }
  db.close();
});

test('order: the migration spells out newsKeySql', () => {
  const m = migrations('sqlite').find((x) => x.version === 3);
  assert.ok(m?.sql.includes(newsKeySql('a.day', 'a.seq')));
});

test('order: keys sort like (day, seq), undated first, and stay exact numbers', () => {
  const rows = [['2021-01-02', 1], ['2021-01-01', 9], ['', 50], ['2021-01-01', 10], ['1999-12-31', 3], ['', 2]] as const;
  const byText = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  assert.deepEqual([...rows].sort((a, b) => newsKey(a[0], a[1]) - newsKey(b[0], b[1])), byText);
  const top = newsKey('9999-12-31', SEQ_SPAN - 1);
  assert.ok(Number.isSafeInteger(top));
  assert.equal(keySeq(top), SEQ_SPAN - 1);
  assert.equal(dayNumber('2021-01-01'), 2459216 - 1);
  assert.throws(() => newsKey('2021-01-01', SEQ_SPAN), /past/);
});

test('order: a key range selects what the date bounds and the cursor select', () => {
  const days = ['', '2021-03-01', '2021-03-02', '2021-03-03', '2021-03-04'];
  const rows = days.flatMap((day) => [1, 2, 3].map((seq) => ({ day, seq })));
  const cases: [string | undefined, string | undefined, { day: string; seq: number } | undefined][] = [
    [undefined, undefined, undefined], ['2021-03-02', undefined, undefined], [undefined, '2021-03-02', undefined],
    ['2021-03-02', '2021-03-03', undefined], [undefined, undefined, { day: '2021-03-03', seq: 2 }], [undefined, undefined, { day: '', seq: 3 }],
    ['2021-03-01', '2021-03-04', { day: '2021-03-02', seq: 1 }], ['2021-03-05', undefined, undefined],
  ];
  for (const [from, to, cursor] of cases) {
    const r = keyRange(from, to, cursor);
    const byKey = rows.filter((x) => { const k = newsKey(x.day, x.seq); return k >= r.atLeast && k < r.below; });
    const byText = rows.filter((x) => (!from || (x.day >= from && x.day !== '')) && (!to || (x.day <= to && x.day !== ''))
      && (!cursor || x.day < cursor.day || (x.day === cursor.day && x.seq < cursor.seq)));
    assert.deepEqual(byKey, byText, JSON.stringify([from, to, cursor]));
  }
});
