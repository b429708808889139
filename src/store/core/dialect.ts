// What differs between the SQLite and PostgreSQL stores: full-text indexing and matching, JSON access.
import type { Analysis } from '../../types.js';
import type { Db, Param, Scalar } from '../db.js';

/** A piece of SQL with its parameters. */
export interface Sql {
  sql: string;
  params: Param[];
}

/** Dialect hooks the shared store core calls. */
export interface Dialect {
  /** Extra column (with its value expression) of the articles INSERT, e.g. PostgreSQL's tsv; or null. */
  articleColumn(a: Analysis): { column: string; value: string; params: Param[] } | null;
  /** Indexes articles' [key, title, body] rows after theirs are written (SQLite's FTS5 table, key: order.ts's newsKey), or nothing. */
  indexText(db: Db, rows: readonly Scalar[][]): Promise<void>;
  /** A condition on `a` (the articles alias) matching the parsed query terms. */
  match(terms: readonly QueryTerm[], lang: string | undefined): Sql;
  /** SQL selecting `k`, the news-order keys (order.ts) of the articles matching the terms, to which `AND rowid …`
   *  bounds and an ORDER BY can be appended; absent when the full-text index is not kept in news order. */
  ordered?(terms: readonly QueryTerm[]): Sql;
  /** Matches an ordered search reads before it runs the full plan instead (default ORDER_BUDGET; tests set a few). */
  orderBudget?: number;
  /** SQL expression of the body text of `d` (article_docs; schema-1 rows keep it inside the analysis JSON). */
  textExpr: string;
}

/** One term of a user query: a word or a quoted phrase, as typed (never SQL or FTS syntax). */
export interface QueryTerm {
  text: string;
  phrase: boolean;
}

/** Characters of body indexed for full text: a 10 MB page is searchable by its first 200,000 characters. */
export const FTS_MAX_CHARS = 200_000;
