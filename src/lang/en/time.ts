// English time vocabulary for the time stage: months, weekdays, counts, units, relative and vague phrases,
// and the verb forms that tell past from future. Written for this project from ordinary English usage.
import type { TimeLexicon } from '../../analyze/time/lexicon.js';

/** An adverb between an auxiliary and its verb: "is widely expected", "will probably meet". */
const ADV = '\\p{Ll}{2,}ly';
/** Verbs whose complement lies ahead of them ("plans to", "vowed to", "proposed holding"), any tense. */
const FORWARD = '(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intending|hopes?|hoped|hoping|'
  + 'propos(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vows?|vowed|vowing|expects?|expected|expecting|'
  + 'schedul(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|seeks?|seeking|sought|threaten(?:s|ed|ing)?)';
/** Irregular past forms that are no present or infinitive ("broke", "flew", "withdrew"). */
const IRREGULAR_PAST = 'arose|ate|awoke|bent|bled|blew|bore|broke|built|caught|dealt|drank|drew|drove|dug|fed|fled|flew|'
  + 'forbade|forgave|forgot|froze|grew|hid|hung|knew|knelt|laid|lent|lit|meant|mistook|overcame|overran|oversaw|overthrew|'
  + 'overtook|rang|rode|sang|sank|sat|shook|shot|shrank|slept|slid|sped|spent|spun|sprang|stole|struck|stuck|stung|'
  + 'strove|swam|swept|swore|swung|taught|threw|tore|understood|undertook|underwent|upheld|wept|withdrew|withheld|woke|wore';
/** Past forms spelt like the present or infinitive ("cut", "set", "hit"). */
const SAME_PAST = 'cut|put|set|hit|let|quit|spread|shut|cost|hurt|burst|cast|split|shed|upset';

/** English time data. */
export const EN_TIME: TimeLexicon = {
  months: {
    january: 1, 'jan.': 1, february: 2, 'feb.': 2, march: 3, 'mar.': 3, april: 4, 'apr.': 4, may: 5, june: 6,
    july: 7, august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9, october: 10, 'oct.': 10, november: 11,
    'nov.': 11, december: 12, 'dec.': 12,
  },
  capitalMonths: true,
  dayFirst: false,
  shortYear: "in '([0-9]{2})",
  // "may" the modal, "march" the verb: accepted alone only when capitalised beside a cue
  ambiguousMonths: ['may', 'march'],
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, thousand: 1000,
    several: NaN, few: NaN, 'a few': NaN, many: NaN, 'a couple of': 2, dozen: 12, 'a dozen': 12,
  },
  units: {
    second: ['S', 1], seconds: ['S', 1], minute: ['MI', 1], minutes: ['MI', 1], hour: ['H', 1], hours: ['H', 1],
    day: ['D', 1], days: ['D', 1], week: ['W', 1], weeks: ['W', 1], month: ['M', 1], months: ['M', 1],
    year: ['Y', 1], years: ['Y', 1], decade: ['DE', 1], decades: ['DE', 1], century: ['CE', 1], centuries: ['CE', 1],
    quarter: ['Q', 1], quarters: ['Q', 1], weekend: ['WE', 1], weekends: ['WE', 1], 'half-hour': ['MI', 30],
  },
  relDays: {
    yesterday: [-1, null], today: [0, null], tomorrow: [1, null], tonight: [0, 'NI'], 'earlier today': [0, null],
    'later today': [0, null], 'this morning': [0, 'MO'], 'this afternoon': [0, 'AF'], 'this evening': [0, 'EV'],
    'last night': [-1, 'NI'], 'the day before yesterday': [-2, null], 'the day after tomorrow': [2, null],
  },
  partsOfDay: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  before: { next: 1, coming: 1, 'the coming': 1, 'the next': 1, last: -1, past: -1, 'the past': -1, 'the previous': -1, previous: -1, this: 0, 'the same': 0 },
  after: {},
  determiners: '(?:the)',
  agoBefore: '',
  agoAfter: 'ago',
  inFuture: '',
  setBefore: '(?:every|each)',
  setWords: { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y' },
  perUnit: '(?:per)',
  vague: {
    currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'right now': 'PRESENT_REF',
    'for now': 'PRESENT_REF', 'to date': 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF',
    'at this point': 'PRESENT_REF', 'until now': 'PRESENT_REF', 'so far': 'PRESENT_REF',
    recently: 'PAST_REF', 'in the past': 'PAST_REF', lately: 'PAST_REF',
    '(?:many |several )?years ago': 'PAST_REF', 'in recent (?:days|weeks|months|years)': 'PAST_REF',
    'in the future': 'FUTURE_REF', 'the future': 'FUTURE_REF', 'very soon': 'FUTURE_REF',
    '(?:in )?the (?:coming|next few) (?:days|weeks|months|years)': 'FUTURE_REF',
  },
  modifiers: '(?:(?:at |by |in |until |since )?the (?:end|beginning|start|middle) of |(?:early|late|mid|earlier|later)(?:-| in | ))',
  yearCue: '(?:in|since|by|until|before|after|from|of|year|summer|spring|autumn|fall|winter)',
  notYearAfter: '(?:dollars?|euros?|pounds?|people|troops|soldiers|men|women|residents|jobs|meters|metres|km|miles|tons|tonnes|cars|votes|points|%)',
  ordinals: { '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4 },
  quarter: 'quarter',
  quarterAbbr: ['Q', 'Q'],
  theUnit: { 'the year': 'Y', 'this year': 'Y', 'the month': 'M', 'the week': 'W', 'the day': 'D' },
  decade: "(?:the (?:19|20|')?|19|20)([0-9]0)'?s",
  century: '(?:the )?([0-9]+)(?:st|nd|rd|th) century',
  seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' },
  refDays: { 'the (?:next|following) day': 1, 'the day before': -1, 'the same day': 0 },
  range: ['(?:from|between)', '(?:to|and|until|through)'],
  approx: '(?:about|around|more than|less than|nearly|almost|over|at least|some|the (?:next|past|last|first))',
  clockWords: { noon: 12, midday: 12, midnight: 0 },
  clockCue: '(?:at|by|until|from|before|after|around|about)',
  ageBefore: '(?:aged |age )$',
  nightOf: ['(?:the )?night (?:of|from)', '(?:to|into)'],
  futurePrep: '(?:until|by|no later than|ahead of)',
  pastPrep: '(?:since)',
  future: [
    // modals: "will meet", "won't attend", "would weigh", "should decide"; the verb after the modal belongs to the
    // cue, so an ambiguous "cut", "set", "put" there is no past
    `(?<![\\p{L}])(?:will|shall|won['’]t|['’]ll|would|may|might|should)(?:\\s+(?:not|also|still|soon|then|${ADV}))*(?:\\s+(?:be|have))?(?:\\s+\\p{Ll}+)?(?![\\p{L}])`,
    // "is to", "going to", "is (widely) expected to cut", "are due to", "is set to", "is poised to"
    `(?<![\\p{L}])(?:(?:is|are)\\s+(?:${ADV}\\s+)?(?:(?:expected|due|set|scheduled|slated|poised|likely|going|about|yet)\\s+)?|going\\s+)to\\s+\\p{Ll}+`,
    // "the vote is scheduled for March", "talks are planned in June"
    `(?<![\\p{L}])(?:is|are)\\s+(?:${ADV}\\s+)?(?:expected|due|scheduled|slated|planned)(?![\\p{L}])`,
    // verbs of planning, proposing, expecting, promising: what they govern lies ahead of them, in any tense
    // ("plans to raise rates in March", "vowed to return in June", "has proposed holding the next round in September")
    `(?<![\\p{L}])${FORWARD}\\s+(?:not\\s+)?to\\s+\\p{Ll}+`,
    `(?<![\\p{L}])(?:${FORWARD}|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|consider(?:s|ed|ing)?)\\s+(?!(?:during|nothing|something|anything|everything)(?![\\p{L}]))\\p{Ll}{2,}ing(?![\\p{L}])`,
  ].join('|'),
  past: [
    '(?<![\\p{L}])(?:said|was|were|had|did|been|told|met|held|took|went|came|gave|made|saw|left|began|won|lost|fell|rose|spoke|wrote|sent|got|found|kept|brought|thought|paid|led|ran|stood|heard|felt|chose|struck|fought|sold|bought|became|announced)(?![\\p{L}])',
    `(?<![\\p{L}])(?:${IRREGULAR_PAST})(?![\\p{L}])`,
    // "the IMF cut its forecast", "police hit back": past unless a modal, "to" or "do" makes them infinitives
    `(?<![\\p{L}])(?<!(?:to|will|would|shall|should|can|could|may|might|must|do|does|did|not|n['’]t|['’]ll)\\s)(?:${SAME_PAST})(?![\\p{L}])`,
    '(?<![\\p{L}])\\p{Ll}{3,}ed(?![\\p{L}])',
  ].join('|'),
  neutral: '(?!)',
};
