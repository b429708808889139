// normalize: the first text step. Unicode NFC, one kind of line ending, no control characters.
// Typographic quotes and apostrophes stay as written: « » “ ” ’ carry meaning for the quotes stage.

// C0/C1 controls except tab and line feed; invisible characters that break word matching: zero-width
// space and word joiner, BOM, soft hyphen ("gouver\u00ADnement"), left-to-right and right-to-left marks.
// No-break spaces (U+00A0, U+202F in "100 000") and zero-width joiners (emoji sequences) stay.
// Line endings and those characters are found in one scan: a line ending becomes "\n", anything else goes
// (the two steps never touch each other's characters, so one pass equals line endings first, then controls).
const LINE_ENDING_OR_CONTROL = /\r\n?|\u2028|\u2029|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u2060\uFEFF]/g;
const replacement = (m: string): string => (m.charCodeAt(0) === 13 || m === '\u2028' || m === '\u2029' ? '\n' : '');

/** Returns the text in NFC with "\n" line endings and without control or zero-width characters. */
export function normalize(raw: string): string {
  return raw.replace(LINE_ENDING_OR_CONTROL, replacement).normalize('NFC');
}
