// The shape of one language's time data (src/lang/<code>/time.ts). Matchers are built from it once.

/** A calendar unit as written in TIMEX3 durations: Y M W D H MI(nutes) S DE(cade) CE(ntury) Q(uarter) WE(ekend). */
export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MI' | 'S' | 'DE' | 'CE' | 'Q' | 'WE';

/** A part of the day, TIMEX3 style: morning, midday, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** What is known of a language's time vocabulary. Words are lower case; `re` fields are regex sources. */
export interface TimeLexicon {
  /** Month names and abbreviations → 1…12. */
  months: Record<string, number>;
  /** True when month names are capitalised in running text (English), so "may" in lower case is not May. */
  capitalMonths: boolean;
  /** True when a numeric date is day first ("12/03/2021" is 12 March in French, December 3 in English). */
  dayFirst: boolean;
  /** A two-digit year after a cue ("en 97", "in '98"), regex source with one capture. */
  shortYear: string;
  /** Month names that are also common words ("mars", "may"): accepted only beside a day, a year or a cue. */
  ambiguousMonths: readonly string[];
  /** Weekday names → ISO weekday 1 (Monday) … 7. */
  weekdays: Record<string, number>;
  /** Number words → value; NaN for vague counts ("plusieurs", "several"). */
  numbers: Record<string, number>;
  /** Unit nouns, singular and plural → unit (and how many of it: "quinquennat" is 5 Y). */
  units: Record<string, [Unit, number]>;
  /** Day words relative to the publication date ("hier" → -1), with an implied part of day ("tonight"). */
  relDays: Record<string, [number, PartOfDay | null]>;
  /** Part-of-day nouns ("soir" → EV). */
  partsOfDay: Record<string, PartOfDay>;
  /** Words before a unit or weekday that point forward ("next"), backward ("last") or at now ("this"). */
  before: Record<string, 1 | -1 | 0>;
  /** Words after a unit or weekday that do the same ("prochaine", "dernier"). */
  after: Record<string, 1 | -1 | 0>;
  /** Determiners allowed before a relative phrase ("la", "le", "l'", "the"). */
  determiners: string;
  /** "il y a" / "ago": regex source before the count, and one after it. */
  agoBefore: string;
  agoAfter: string;
  /** "dans" + count → future ("dans trois jours"), regex source, or '' when the language has none safe. */
  inFuture: string;
  /** Set cues before a unit or weekday ("chaque", "tous les", "every"). */
  setBefore: string;
  /** Whole words that are sets by themselves ("annuel" → P1Y, "daily" → P1D). */
  setWords: Record<string, string>;
  /** "par an", "per year": regex source of the preposition before a bare unit. */
  perUnit: string;
  /** Vague references: regex sources → PAST_REF, PRESENT_REF or FUTURE_REF. */
  vague: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'>;
  /** Modifiers around a month, year or relative unit ("début", "fin de", "the end of"), regex sources. */
  modifiers: string;
  /** Prepositions that make a bare 4-digit number a year ("en", "in"), regex source. */
  yearCue: string;
  /** Nouns that make a 4-digit number a count, not a year ("euros", "soldats"), regex source. */
  notYearAfter: string;
  /** Ordinals for days and quarters ("1er", "premier", "first") → n. */
  ordinals: Record<string, number>;
  /** Words naming a quarter ("trimestre", "quarter"). */
  quarter: string;
  /** Quarter abbreviations before a digit ("Q3", "T1"): [letters, letters that stand without a year], regex sources. */
  quarterAbbr: [string, string];
  /** "the year"/"l'année": the current unit, only after a modifier. */
  theUnit: Record<string, Unit>;
  /** Decades ("les années 60", "the 1960s") and centuries ("XIXe siècle"), regex sources with one capture. */
  decade: string;
  century: string;
  /** Season nouns → TIMEX3 season code; bare ones need a determiner or a year ("l'été", "summer 2021"). */
  seasons: Record<string, 'SP' | 'SU' | 'FA' | 'WI'>;
  /** Days relative to the last date the text named ("le lendemain" → +1), regex sources. */
  refDays: Record<string, number>;
  /** Words of a range between two days ("du … au", "from … to"): [before first, between], regex sources. */
  range: [string, string];
  /** Comparators that may open a duration ("plus de", "about"), regex source. */
  approx: string;
  /** Clock times: regex source for "h"-style and word hours ("midi"). */
  clockWords: Record<string, number>;
  /** Words before a bare number of hours that make it a clock time ("à 9 heures"). */
  clockCue: string;
  /** Age phrases to leave out ("de 37 ans", "37-year-old"), regex source matched right before a duration. */
  ageBefore: string;
  /** "la nuit de lundi à mardi": words before the first weekday and between the two, regex sources. */
  nightOf: [string, string];
  /** Words right before a date that point to the future ("jusqu'au", "d'ici le", "until"), regex source. */
  futurePrep: string;
  /** Words right before a date that point to the past ("depuis", "since"), regex source. */
  pastPrep: string;
  /** Tense cues. Each is a regex source over one clause; the nearest cue to the expression wins. */
  future: string;
  past: string;
  /** Forms that govern a date but give it no direction (an adjectival "attendu"), regex source. */
  neutral: string;
}
