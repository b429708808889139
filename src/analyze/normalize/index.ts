// normalize: the first text step. Unicode NFC, one kind of line ending, no control characters.
// Typographic quotes and apostrophes stay as written: « » “ ” ’ carry meaning for the quotes stage.

// C0/C1 controls except tab and line feed; invisible characters that break word matching: zero-width
// space and word joiner, BOM, soft hyphen ("gouver\u00ADnement"), left-to-right and right-to-left marks.
// No-break spaces (U+00A0, U+202F in "100 000") and zero-width joiners (emoji sequences) stay.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u2060\uFEFF]/g;
const LINE_ENDINGS = /\r\n?|\u2028|\u2029/g;

/** Returns the text in NFC with "\n" line endings and without control or zero-width characters. */
export function normalize(raw: string): string {
  return raw.replace(LINE_ENDINGS, '\n').replace(CONTROLS, '').normalize('NFC');
}
