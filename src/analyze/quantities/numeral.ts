// Numerals: digits ("100 000", "100,000", "2,5", "1.2") and number words ("trente-cinq", "vingt et un",
// "quatre-vingt-dix", "two hundred and five"), each read forward from one place with bounded steps.
import type { Lang as QuantityLang } from './lang.js';
import { isDigit, nextLex, type Lexeme } from './lex.js';

/** A numeral read from the text: its value and where it ends; `skip` when the digits are not a quantity. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** True when written in words only. */
  words: boolean;
  /** True for a four-digit run without separators ("2021"): perhaps a year. */
  bare4: boolean;
  /** True when the words include a scale ("deux millions"): "de"/"of" may follow before the noun. */
  scaled?: boolean;
}

const GROUP_SPACE = /[ \u00A0\u202F\u2009]/;
/** Digit runs longer than this are codes or garbage, not counts. */
const MAX_DIGITS = 15;

function threeDigitsAt(text: string, i: number): boolean {
  return isDigit(text, i) && isDigit(text, i + 1) && isDigit(text, i + 2) && !isDigit(text, i + 3);
}

/**
 * Reads digits at `s` (a digit). Groups of three after a space ("100 000"), after a comma when the
 * language groups with commas ("100,000"), or ",000" anywhere (MT text keeps "100,000" in French);
 * then a decimal part. Returns the end of the whole run and null when it is a version, a date or a code
 * ("1.2.3", "12.03.2022", "06 12 34 56 78"), with `end` set so the caller skips it.
 */
export function readDigits(text: string, s: number, lang: QuantityLang): { numeral: Numeral | null; end: number } {
  let e = s;
  while (isDigit(text, e)) e++;
  const intLen = e - s;
  let digits = text.slice(s, e);
  let sep = '';
  if (intLen <= 3) {
    for (;;) {
      const c = text[e];
      if (c === undefined || !threeDigitsAt(text, e + 1)) break;
      const space = GROUP_SPACE.test(c);
      const comma = c === ',' && (lang.commaGroups || text.startsWith('000', e + 1) || (sep === ','));
      if (!(space || comma) || (sep && (space ? ' ' : ',') !== sep)) break;
      sep = space ? ' ' : ',';
      digits += text.slice(e + 1, e + 4);
      e += 4;
    }
  }
  let decimals = '';
  const d = text[e];
  if ((d === ',' || d === '.') && d !== sep && isDigit(text, e + 1)) {
    let f = e + 1;
    while (isDigit(text, f)) f++;
    decimals = text.slice(e + 1, f);
    e = f;
    // "1.2.3", "12.03.2022", "3,5,7": versions, dates, lists
    if ((text[e] === '.' || text[e] === ',') && isDigit(text, e + 1)) return { numeral: null, end: skipRun(text, e) };
  }
  // a digit run then a space then more digits that did not group: phone numbers, scores, lists
  if (GROUP_SPACE.test(text[e] ?? '') && isDigit(text, e + 1) && !sep) return { numeral: null, end: skipRun(text, e) };
  if (digits.length > MAX_DIGITS) return { numeral: null, end: e };
  // "06", "007": codes and phone numbers keep their leading zero
  if (digits.length > 1 && digits[0] === '0' && !decimals) return { numeral: null, end: e };
  const value = Number(decimals ? `${digits}.${decimals}` : digits);
  if (!Number.isFinite(value)) return { numeral: null, end: e };
  return { numeral: { start: s, end: e, value, words: false, bare4: intLen === 4 && !sep && !decimals }, end: e };
}

/** Past a run of digits, spaces, dots, commas and dashes ("06 12 34 56 78", "12.03.2022"), bounded by the line. */
function skipRun(text: string, i: number): number {
  while (i < text.length && /[\d \u00A0\u202F.,\-/:]/.test(text[i]!)) i++;
  return i;
}

type Klass = 'one' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | null;

function klass(w: string, lang: QuantityLang): Klass {
  if (lang.ones.has(w)) return 'one';
  if (lang.hundreds.has(w)) return 'hundred';
  if (lang.scales.get(w) !== undefined) return 'scale';
  const v = lang.units.get(w);
  if (v === undefined) return null;
  return v < 10 ? 'unit' : v < 20 ? 'teen' : 'ten';
}

/**
 * Reads number words from the word `first` on: "trente-cinq", "vingt et un", "quatre-vingt-dix-neuf",
 * "deux cent mille", "twenty-five", "two hundred and five", "un million". Stops before the first word that
 * cannot continue the numeral, so "deux ou trois" reads "deux".
 */
export function readWords(text: string, first: Lexeme, lang: QuantityLang): Numeral | null {
  let total = 0, current = 0, last: Klass = null, lastWord = '', end = first.start, lastScale = Infinity;
  let lx: Lexeme | null = first;
  let n = 0;
  while (lx && lx.kind === 'word' && n < 12) {
    const w = lx.low;
    const k = klass(w, lang);
    if (!k) break;
    const v = k === 'one' ? 1 : lang.units.get(w) ?? 0;
    const tens = current % 100;
    let ok: boolean;
    switch (k) {
      case 'one': // "un million", "a hundred"; after tens only a real numeral: "vingt et un", "twenty-one"
        ok = last === null || (lang.units.get(w) !== undefined && (last === 'ten' || last === 'hundred' || last === 'scale'));
        break;
      case 'unit': // "dix-sept", "quatre-vingt-neuf", "cent deux", "twenty-five"
        ok = last === null || last === 'ten' || last === 'hundred' || last === 'scale' || (last === 'teen' && lastWord === 'dix');
        break;
      case 'teen': // "soixante-dix", "quatre-vingt-onze", "mille douze"
        ok = last === null || last === 'hundred' || last === 'scale' || (last === 'ten' && (tens === 60 || tens === 80));
        break;
      case 'ten': // "quatre-vingt": 4 × 20
        ok = last === null || last === 'hundred' || last === 'scale' || (v === 20 && last === 'unit' && tens === 4);
        break;
      case 'hundred':
        ok = last === null || last === 'one' || last === 'unit' || last === 'teen' || last === 'ten';
        break;
      case 'scale':
        ok = lang.scales.get(w)! < lastScale;
        break;
    }
    if (!ok) break;
    if (k === 'ten' && v === 20 && last === 'unit' && tens === 4) current += 76;
    else if (k === 'hundred') current = (current || 1) * 100;
    else if (k === 'scale') { total += (current || 1) * lang.scales.get(w)!; current = 0; lastScale = lang.scales.get(w)!; }
    else current += v;
    last = k; lastWord = w; end = lx.end; n++;
    // joiners: "-" or the connector ("et", "and"), kept only when a number word follows
    let nx = nextLex(text, lx.end);
    if (nx && (nx.low === '-' && nx.start === lx.end || lang.connectors.has(nx.low))) {
      const after = nextLex(text, nx.end);
      if (!after || !klass(after.low, lang)) break;
      nx = after;
    }
    lx = nx;
  }
  if (n === 0) return null;
  return { start: first.start, end, value: total + current, words: true, bare4: false, scaled: lastScale !== Infinity };
}
