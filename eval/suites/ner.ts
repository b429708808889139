// Entity mentions against BRAT corpora (score-ner.mjs). For winer-fr, the entities engineer trains on part of
// the corpus and lists the held-out documents in models/ner-heldout.json ({"winer-fr": ["2016/01/…", …]}):
// when that file exists only those are scored, so the figure is not inflated by training documents.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analysed, runNotes } from '../lib/analysis.js';
import { nerInput, scoreNer } from '../lib/scorers.js';
import type { Suite, SuiteContext } from '../lib/suite.js';

/** The held-out document ids for `corpus`, or null when the model lists none. */
function heldOut(root: string, corpus: string): string[] | null {
  const p = join(root, 'models', 'ner-heldout.json');
  if (!existsSync(p)) return null;
  const ids = (JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>)[corpus];
  return Array.isArray(ids) ? ids.map(String) : null;
}

/** A folder of symlinks to the held-out .txt/.ann pairs, subfolders kept (ids are paths under the corpus). */
function heldOutDir(ctx: SuiteContext, src: string, corpus: string, ids: readonly string[]): { dir: string; missing: number } {
  const dir = join(ctx.tmp, `heldout-${corpus}`);
  let missing = 0;
  for (const id of ids) {
    const txt = join(src, `${id}.txt`), ann = join(src, `${id}.ann`);
    if (!existsSync(txt) || !existsSync(ann)) { missing++; continue; }
    mkdirSync(dirname(join(dir, id)), { recursive: true });
    symlinkSync(txt, join(dir, `${id}.txt`));
    symlinkSync(ann, join(dir, `${id}.ann`));
  }
  return { dir, missing };
}

/** A suite scoring entity mentions on `corpora/<corpus>` in `lang`, held-out documents only when listed. */
export function nerSuite(name: string, corpus: string, lang: string): Suite {
  return {
    name,
    async run(ctx) {
      const src = join(ctx.shared, 'corpora', corpus);
      const ids = heldOut(ctx.root, corpus);
      const notes: string[] = [];
      let brat = src;
      if (ids) {
        const h = heldOutDir(ctx, src, corpus, ids);
        brat = h.dir;
        if (h.missing) notes.push(`${h.missing} held-out id(s) in models/ner-heldout.json have no .txt/.ann pair`);
      }
      const input = join(ctx.tmp, `${name}.in.jsonl`);
      await nerInput(ctx, brat, lang, input);
      const a = await analysed(ctx, `${name}-ner`, () => input);
      const s = await scoreNer(ctx, brat, a.path);
      const label = ids
        ? `held-out: ${s.docs} documents of corpora/${corpus} (models/ner-heldout.json)`
        : `all ${s.docs} documents of corpora/${corpus}`;
      return { label, metrics: s.metrics, notes: [...notes, ...runNotes(a.run)] };
    },
  };
}
