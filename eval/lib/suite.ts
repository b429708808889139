// What a suite is: one corpus, one CLI run, one scorer, a few named figures.

/** Figures of one suite by metric name (without the suite prefix); null when the scorer had nothing to measure. */
export type Metrics = Record<string, number | null>;

/** What a suite may use: paths and a scratch folder (lib/analysis.ts shares CLI runs between suites). */
export interface SuiteContext {
  readonly root: string;
  readonly shared: string;
  /** A scratch folder removed when the eval ends. */
  readonly tmp: string;
  /** Print the scorers' lists of misses. */
  readonly verbose: boolean;
}

/** The figures of one suite, how to read them, and what happened on the way. */
export interface SuiteResult {
  /** One line saying what was scored ("32 articles", "held-out: 97 documents"). */
  label: string;
  metrics: Metrics;
  /** Anything a reader should know: lines the CLI refused, a missing file. */
  notes: string[];
}

/** One evaluation suite: a name (the prefix of its metrics in floors.json) and how to run it. */
export interface Suite {
  readonly name: string;
  run(ctx: SuiteContext): Promise<SuiteResult>;
}
