// Store errors: each says what is wrong with the database and what to do; never a driver stack trace.
import { CodedError } from '../errors.js';

/** Codes of store errors. */
export const STORE_ERRORS = {
  DB_NOT_VEILLE: 'this database was not made by veille (it has other tables); point --db at a veille database or a new file',
  DB_CORRUPT: 'the database file is corrupt or not a SQLite database',
  DB_TOO_NEW: 'the database was written by a newer veille; upgrade veille to read it',
  DB_BUSY: 'the database is locked by another process writing to it; try again when it has finished',
  DB_UNREACHABLE: 'the PostgreSQL server could not be reached',
  DB_FAILED: 'the database refused the operation',
  QUERY_TOO_LONG: 'the search query is too long',
  BAD_QUERY: 'the query is not valid',
} as const;

/** A store error code. */
export type StoreErrorCode = keyof typeof STORE_ERRORS;

/** An error about the database or a query, with a code and the detail a user needs. */
export class StoreError extends CodedError<StoreErrorCode> {
  constructor(code: StoreErrorCode, detail?: string) {
    super(STORE_ERRORS, code, detail);
  }
}
