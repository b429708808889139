// clean: takes out of plain text what is not the article (author bios, "read also", newsletter and
// copyright lines, repeated titles) and records each removal with its reason. Never removes article
// sentences: only whole lines go, and only lines of a clear furniture shape (lines.ts) or blurbs at the
// very end (tail.ts). The order of the steps:
//   1. a repeated title line at the start ("the title, then the title again as the first line");
//   2. furniture lines anywhere ("Lire aussi : …", "© AFP 2022", "Partager sur Facebook");
//   3. blurbs among the last lines, from the end up, stopping at the first line of article text.
import type { Flag, Removed } from '../../types.js';
import { detectLanguage } from '../language/detect.js';
import { furniture } from './lines.js';
import { TAIL_LINES, tailBlurb } from './tail.js';

/** The body after cleaning, what was removed, and flags about removed text (spam, author-bio). */
export interface Cleaned {
  text: string;
  removed: Removed[];
  flags: Flag[];
}

/** Titles compare without case, punctuation or spacing: "Ukraine : l’OTAN refuse" = "UKRAINE. L’OTAN REFUSE". */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ALNUM = /^[\p{L}\p{N}]$/u;
const CAPITAL_SIGMA = 'Σ';

/**
 * The characters of `key(s)` one at a time, read lazily: two lines usually differ within a few letters, and
 * building both keys lower-cased the whole first paragraph of every article. Lower-casing code point by
 * code point equals lower-casing the string except for the final sigma, which sameKey leaves to `key`.
 */
function* keyUnits(s: string): Generator<string> {
  let sep = false, started = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    const low = c < 128 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch) : ch.toLowerCase();
    for (const u of low) {
      const a = u.charCodeAt(0);
      if (a < 128 ? (a >= 97 && a <= 122) || (a >= 48 && a <= 57) : ALNUM.test(u)) {
        if (sep && started) yield ' ';
        sep = false;
        started = true;
        yield u;
      } else sep = true;
    }
  }
}

/** key(a) === key(b), stopping at the first difference. */
function sameKey(a: string, b: string): boolean {
  if (a.includes(CAPITAL_SIGMA) || b.includes(CAPITAL_SIGMA)) return key(a) === key(b);
  const x = keyUnits(a), y = keyUnits(b);
  for (;;) {
    const p = x.next(), q = y.next();
    if (p.done || q.done) return !!p.done && !!q.done;
    if (p.value !== q.value) return false;
  }
}

/** Cleans a normalized plain-text article. `title`, when known, lets a repeated title line go. */
export function clean(text: string, title?: string | null): Cleaned {
  const lines = text.split('\n');
  const reason: (string | null)[] = lines.map(() => null);
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '') nonEmpty.push(i);

  // 1. repeated title: the given title as the first line, or the first line written twice
  const first = nonEmpty[0], second = nonEmpty[1];
  if (first !== undefined) {
    const line = lines[first]!;
    const hasKey = !keyUnits(line).next().done;
    if (hasKey && ((title && sameKey(title, line)) || (second !== undefined && sameKey(lines[second]!, line)))) reason[first] = 'repeated-title';
  }
  // 2. furniture lines
  for (const i of nonEmpty) if (reason[i] === null) reason[i] = furniture(lines[i]!.trim());
  // 3. blurbs at the end, judged against the language of the body
  let bodyLang: string | undefined;
  const lang = (): string => (bodyLang ??= detectLanguage(text).code);
  let seen = 0;
  for (let n = nonEmpty.length - 1; n >= 0 && seen < TAIL_LINES; n--) {
    const i = nonEmpty[n]!;
    if (reason[i] !== null) continue;
    const blurb = tailBlurb(lines[i]!.trim(), lang);
    if (!blurb) break;
    reason[i] = blurb;
    seen++;
  }
  return assemble(text, lines, reason);
}

/** Joins the kept lines into the body; removed spam and bios leave a flag where they stood. */
function assemble(whole: string, lines: readonly string[], reason: readonly (string | null)[]): Cleaned {
  // nothing removed (most articles): the kept lines joined are the text itself
  if (reason.every((r) => r === null)) return { text: whole.trim(), removed: [], flags: [] };
  const kept: string[] = [];
  const removed: Removed[] = [];
  const pending: { kind: 'spam' | 'author-bio'; text: string; at: number }[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const r = reason[i];
    if (r === null || r === undefined) {
      length += (kept.length > 0 ? 1 : 0) + lines[i]!.length;
      kept.push(lines[i]!);
      continue;
    }
    const t = lines[i]!.trim();
    removed.push({ text: t, reason: r });
    // the flag points where the next kept line will start (or the end of the body)
    if (r === 'spam' || r === 'author-bio') pending.push({ kind: r, text: t, at: length + (kept.length > 0 ? 1 : 0) });
  }
  const joined = kept.join('\n');
  const lead = joined.length - joined.trimStart().length;
  const text = joined.trim();
  const flags: Flag[] = pending.map((p) => {
    const at = Math.max(0, Math.min(text.length, p.at - lead));
    return { kind: p.kind, text: p.text, start: at, end: at, note: p.kind === 'spam' ? 'spam blurb removed from the end of the article' : 'author bio removed' };
  });
  return { text, removed, flags };
}
