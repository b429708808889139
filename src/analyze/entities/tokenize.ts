// The entity tagger's own tokenizer. The model's features are computed over these tokens both when
// `npm run train` learns them and when the stage tags, so they must never drift apart: this file, not the
// shared tokens layer (which may change its conventions), decides what a token is here.
// French elisions are split off ("l’OTAN" → "l’" + "OTAN"), and so is the English possessive ("NATO's"
// → "NATO" + "'s"); hyphens and inner apostrophes stay inside a name ("Jean-Yves", "O'Brien").

/** One token of the tagger: [start, end) into the text and its surface. */
export interface NerToken {
  start: number;
  end: number;
  text: string;
}

// a word: letters, marks and digits, joined by inner hyphens, apostrophes and dots of initials ("U.S.")
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
// "l’", "d'", "qu’", "jusqu’"… at the start of a word: separate tokens
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[\p{L}\p{N}])/iu;
// "NATO's", "Russia’s", "Jones'"
const POSSESSIVE = /['’]s?$/u;
// a trailing dot belongs to the word only for initials and title abbreviations ("U.S.", "J.", "Dr.", "M.")
const KEEP_DOT = /^(?:\p{Lu}\.|\p{L}(?:\.\p{L})+\.|(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Mt|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Inc|Corp|Ltd|Co|Mgr|Pr|Me|Mlle|Mme|Prof|Capt|Adm|Maj|Cpt)\.)$/u;

const APOS = /['’]/;

/** Tokenizes `text[from, to)`; linear in its length. */
export function nerTokenize(text: string, from = 0, to = text.length): NerToken[] {
  const out: NerToken[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = m.index;
    let w = m[0];
    if (w.length === 1) { out.push({ start: s, end: s + 1, text: w }); continue; }
    if (s + w.length > to) w = w.slice(0, to - s);
    if (w.length > 1 && w.charCodeAt(w.length - 1) === 46 && !KEEP_DOT.test(w)) {
      w = w.slice(0, -1);
      re.lastIndex = s + w.length;
    }
    // the apostrophe tests below are costly regexes: most words have no apostrophe at all
    if (!APOS.test(w)) { out.push({ start: s, end: s + w.length, text: w }); continue; }
    const el = w.length > 2 ? ELISION.exec(w) : null;
    if (el) {
      out.push({ start: s, end: s + el[0].length, text: el[0] });
      s += el[0].length;
      w = w.slice(el[0].length);
    }
    const pos = w.length > 2 ? POSSESSIVE.exec(w) : null;
    if (pos && /\p{Lu}/u.test(w[0]!) && !/^\p{Lu}['’]/u.test(w)) {
      const cut = w.length - pos[0].length;
      out.push({ start: s, end: s + cut, text: w.slice(0, cut) });
      out.push({ start: s + cut, end: s + w.length, text: w.slice(cut) });
      continue;
    }
    out.push({ start: s, end: s + w.length, text: w });
  }
  return out;
}
