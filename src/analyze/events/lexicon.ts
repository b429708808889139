// The shape of one language's event data (src/lang/<code>/events.ts).

/** One trigger: a regex source for a verb or noun phrase, its CAMEO root and finer code. */
export interface Trigger {
  /** CAMEO root, "01" … "20". */
  type: string;
  /** Finer CAMEO code, or null. */
  code: string | null;
  /** Regex source; the whole match is the trigger span. */
  re: string;
  /** True for nouns ("réunion", "summit"): they need two participants to count. */
  noun?: boolean;
  /** What must follow the match, checked with case ("meet" before a name: "met with the Prime Minister" but not
   * "met with reporters"); regex source. Kept apart because under the i flag \p{Lu} matches any letter. */
  then?: string;
  /** True for reciprocal verbs ("se sont rencontrés", "met in Geneva"): coordinated subjects are the participants. */
  mutual?: boolean;
  /** True for a group meeting among itself ("les ministres se retrouveront à Bruxelles", "EU ministers meeting in
   * Brussels", "le sommet de l'OTAN s'est ouvert"): one actor suffices when it is an organisation or a demonym
   * group named in the clause before the trigger, and a place or a date is bound. */
  gather?: boolean;
}

/** What is known of a language's event vocabulary. */
export interface EventLexicon {
  triggers: readonly Trigger[];
  /** Nouns standing for a country's people ("délégation", "officials"), regex source. */
  groupNouns: string;
  /** True when the demonym follows the group noun ("la délégation russe"); false when it precedes ("Russian officials"). */
  demonymAfter: boolean;
  /** Demonyms of a group standing for an organisation rather than a country ("ministres européens" → the EU), by
   * lower-case word → KB id; used only when the article has that entity. */
  groupOrgs?: Readonly<Record<string, string>>;
  /** Prepositions that make a following place the event's location ("à", "in"), regex source ending before the name. */
  placePrep: string;
  /** Where a sentence splits into clauses (";", " et se …", " mais "), regex source. */
  clauseSplit: string;
  /** Cues right before a trigger that make it an intent (03: "prêt à", "would"), regex source. */
  intent: string;
  /** Cues before a trigger that make it hypothetical or an appeal ("pourrait", "should"): no event. */
  modal: string;
  /** Negation right before a trigger ("ne", "did not"). */
  negation: string;
  /** Words before a noun trigger that cancel it ("empêcher une invasion", "exclue des pourparlers"). */
  cancel: string;
  /** A conditional verb ending ("parlerait"): a meeting in it is an intent. */
  conditional: string;
  /** Modals of expectation ("il devrait rencontrer" = is expected to meet): a planned event, unless reported after
   * a complementizer, where they are the speaker's advice ("a déclaré que l'UE devrait s'entretenir"). */
  expected: string;
  /** Complementizers ("que", "that"), regex source. */
  complementizer: string;
  /** A singular personal subject pronoun ("il", "a-t-elle", "he"), regex source for one whole word. */
  subjectPronoun: string;
  /** What follows an impersonal "il" ("il y a", "il faut"), regex source anchored after the pronoun. */
  impersonal: string;
  /** A preposition and a singular object pronoun ("avec lui", "with her"); group 1 is the pronoun. */
  objectPronoun: string;
  /** A relative pronoun ("qui", "où", "which"): what follows it belongs to another predicate, so the targets
   * of a trigger stop there ("lors d'une visite au Trésor, où il a signé … Barack Obama"). */
  relative: string;
  /** Words joining two coordinated subjects ("et", "and", ","), regex source over the whole gap. */
  coordination: string;
  /** The conjunction that closes a list of subjects ("et", "and"), regex source for one word or phrase. */
  conjunction: string;
}
