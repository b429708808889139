// The error catalogue: every error a user can meet has a code and says what to fix.

/** Error codes, one per thing a user can get wrong or meet. */
export const ERRORS = {
  EMPTY_INPUT: 'the input is empty (or only white space): there is no article to analyse',
  BINARY_INPUT: 'the input looks like binary data, not text',
  BAD_JSON: 'the line is not valid JSON',
  NO_TEXT: 'the line has no "text" (or "html") string',
  BAD_FIELD: 'a field has the wrong type',
  BAD_DATE: 'the date is not a real calendar date in the form YYYY-MM-DD',
  BAD_LANG: 'the language must be a two-letter ISO 639-1 code such as fr or en',
  USAGE: 'the command line is not understood',
  NOT_FOUND: 'no such file or directory',
  READ_FAILED: 'the file could not be read',
  UNSUPPORTED: 'this kind of input is not supported yet',
  TOO_LARGE: 'the input is larger than veille reads',
  NO_ARTICLE: 'no article text was found in the page',
  BAD_FEED: 'the feed could not be read',
  BAD_WARC: 'the WARC archive could not be read',
  FETCH_FAILED: 'the URL could not be fetched',
  PRIVATE_ADDRESS: 'the URL points at a private, loopback or link-local address (use --allow-private to allow it)',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error with a code from a catalogue; the message is the catalogue's text plus what names the input. */
export class CodedError<C extends string> extends Error {
  readonly code: C;
  constructor(catalogue: Readonly<Record<C, string>>, code: C, detail?: string) {
    super(detail ? `${catalogue[code]}: ${detail}` : catalogue[code]);
    this.code = code;
  }
}

/** An error meant for the user: a code from the catalogue and a message naming the input. */
export class VeilleError extends CodedError<ErrorCode> {
  constructor(code: ErrorCode, detail?: string) {
    super(ERRORS, code, detail);
  }
}

/** The message to show for any thrown value; never a stack trace. */
export function describeError(e: unknown): string {
  if (e instanceof VeilleError) return `${e.message} [${e.code}]`;
  if (e instanceof Error) return e.message;
  return String(e);
}
