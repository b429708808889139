// Ingest: everything a user points veille at becomes TextInput (body text + metadata + where it came from).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { decodeUtf8 } from './decode.js';
import { splitFrontMatter } from './frontmatter.js';

/** File endings read as plain-text articles. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** Expands directories (recursively, sorted) into the article files they hold; files are kept as given. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, top: boolean): void => {
    let st;
    try { st = statSync(p); } catch { throw new VeilleError('NOT_FOUND', p); }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) walk(join(p, f), false);
    } else if (top || isArticleFile(p)) {
      out.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** True for the files a directory walk picks up. */
export function isArticleFile(path: string): boolean {
  return TEXT_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Reads one file into the articles it holds (a plain-text file holds one). */
export function readArticleFile(path: string): TextInput[] {
  let bytes: Buffer;
  try { bytes = readFileSync(path); } catch (e) { throw new VeilleError('READ_FAILED', `${path}: ${(e as Error).message}`); }
  return [textArticle(bytes, path)];
}

/** One plain-text article from bytes (front matter read when present); refuses empty and binary input. */
export function textArticle(bytes: Uint8Array, source: string | null): TextInput {
  const { text, flags } = decodeUtf8(bytes, source ?? 'input');
  const { meta, body } = splitFrontMatter(text);
  if (!body.trim()) throw new VeilleError('EMPTY_INPUT', source ?? undefined);
  return { source, ...meta, text: body, inputFlags: flags };
}

/** A batch line ({"id", "text"|"html", "lang"?, "published"?, "title"?, "url"?}) as TextInput; throws on a bad record. */
export function batchRecord(rec: unknown): TextInput {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new VeilleError('NO_TEXT', 'the line is not a JSON object');
  const r = rec as Record<string, unknown>;
  const str = (k: string): string | undefined => {
    const v = r[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && k === 'id') return String(v);
    if (typeof v !== 'string') throw new VeilleError('BAD_FIELD', `"${k}" must be a string`);
    return v;
  };
  const id = str('id'), text = str('text'), html = str('html'), lang = str('lang'), published = str('published'), title = str('title'), url = str('url');
  if (text === undefined && html !== undefined) throw new VeilleError('UNSUPPORTED', '"html" lines are read once HTML ingest lands');
  if (text === undefined) throw new VeilleError('NO_TEXT');
  if (!text.trim()) throw new VeilleError('EMPTY_INPUT', id ? `id ${id}` : undefined);
  if (lang !== undefined && !/^[a-z]{2}$/i.test(lang)) throw new VeilleError('BAD_LANG', lang);
  if (published !== undefined && !normalizeDate(published)) throw new VeilleError('BAD_DATE', published);
  return {
    text,
    ...(id !== undefined ? { id } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(url !== undefined ? { source: url } : {}),
  };
}
