// The little a store needs from a database driver: parameterised queries and transactions.
// SQL is written once with `?` placeholders; the PostgreSQL driver numbers them ($1, $2, …).

/** A scalar bound to a placeholder. */
export type Scalar = string | number | null;

/** A value bound to a placeholder: a scalar, or (PostgreSQL only) an array for `unnest(?::type[])`. */
export type Param = Scalar | readonly Scalar[];

/** One connection to a veille database. Never interpolate user text into `sql`: pass it in `params`. */
export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  /** Rows of a query. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs a script of several statements (migrations), no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Numbers `?` placeholders as $1, $2, … (the store's SQL never has a literal `?` in a string). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
