// English number words, comparators and unit vocabulary for the quantities stage. Written for this
// project from ordinary English news usage (short scale: a billion is a thousand millions).
import type { QuantityLang } from '../../analyze/quantities/lang.js';

/** English data for the quantities stage. */
export const EN_QUANTITIES: QuantityLang = {
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  ones: ['a', 'an', 'one'],
  hundreds: ['hundred'],
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 },
  connectors: ['and'],
  roundNouns: { dozen: 12 },
  roundPlurals: { dozens: 12, tens: 10, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 },
  roundNeedsOf: false,
  fewWords: ['several', 'few'],
  of: ['of'],
  comparators: [
    ['more than', '>'], ['over', '>'], ['above', '>'], ['at least', '>'], ['upwards of', '>'],
    ['in excess of', '>'], ['no fewer than', '>'], ['no less than', '>'], ['greater than', '>'],
    ['less than', '<'], ['fewer than', '<'], ['under', '<'], ['below', '<'], ['up to', '<'],
    ['no more than', '<'], ['at most', '<'], ['as many as', '<'], ['as much as', '<'],
    ['about', '~'], ['around', '~'], ['nearly', '~'], ['almost', '~'], ['some', '~'], ['approximately', '~'],
    ['roughly', '~'], ['an estimated', '~'], ['estimated', '~'], ['close to', '~'], ['circa', '~'],
    ['approx.', '~'], ['approx', '~'], ['an approximate', '~'],
  ],
  notUnits: [
    'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
    'into', 'onto', 'about', 'over', 'after', 'before', 'under', 'between', 'against', 'during', 'without',
    'through', 'than', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when',
    'where', 'why', 'how', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
    'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its',
    'he', 'she', 'they', 'we', 'you', 'i', 'him', 'her', 'them', 'us', 'his', 'their', 'our', 'your', 'my',
    'there', 'here', 'also', 'very', 'so', 'as', 'if', 'then', 'per', 'each', 'times', 'out', 'up', 'down',
    'off', 'among', 'while', 'since', 'until', 'according', 'including', 'plus', 'minus', 'either', 'both',
    'all', 'only', 'just', 'too', 'said', 'says', 'told', 'died', 'respectively', 'vs', 'versus', 'ago', 'later', 'earlier', 'apiece', 's', 'x',
  ],
  timeUnits: [
    'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'h', 'hr',
    'hrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'century', 'centuries',
    'decade', 'decades', 'night', 'nights', 'weekend', 'weekends', 'quarter', 'quarters', 'millennium',
    'am', 'pm', 'a.m', 'p.m', 'o\'clock', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest',
  ],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  identifiers: [
    'article', 'articles', 'chapter', 'page', 'pages', 'number', 'no', 'nos', 'vol', 'volume', 'flight', 'line',
    'route', 'section', 'paragraph', 'clause', 'season', 'episode', 'level', 'category', 'group', 'class',
    'stage', 'platform', 'gate', 'room', 'building', 'lot', 'version', 'rank', 'table', 'figure', 'annex',
    'act', 'scene', 'title', 'street', 'avenue', 'highway', 'interstate', 'exit', 'mile', 'junction', 'bus',
    'resolution', 'district', 'ward', 'precinct', 'sector', 'zone', 'terminal', 'division', 'league', 'formula',
    'type', 'model', 'series', 'phase', 'pier', 'bay', 'position', 'proposition', 'amendment', 'grade',
    'track', 'row', 'seat', 'lane', 'runway', 'block', 'unit', 'apartment', 'suite', 'floor', 'code',
  ],
  yearWords: [
    'in', 'since', 'from', 'of', 'to', 'until', 'till', 'by', 'before', 'after', 'during', 'early', 'late',
    'mid', 'summer', 'winter', 'spring', 'autumn', 'fall', 'and', 'or', 'between', 'the', 'year', 'for',
    'through', 'fiscal', 'class', 'election', 'elections', 'budget', 'season', 'vintage', 'circa',
  ],
  preAdjectives: [
    'new', 'more', 'other', 'additional', 'extra', 'further', 'young', 'old', 'small', 'large', 'big', 'armed',
    'local', 'foreign', 'civilian', 'military', 'full-time', 'part-time', 'registered', 'unemployed',
    'injured', 'wounded', 'dead', 'missing', 'elderly', 'first', 'last', 'remaining', 'confirmed', 'reported',
    'suspected', 'active', 'former', 'total', 'so-called', 'federal', 'police', 'government', 'ukrainian',
  ],
  rangeWords: ['to', 'and', 'or'],
  percentWords: ['percent', 'per cent', 'pc'],
  currencies: {
    '€': 'euros', '$': 'dollars', '£': 'pounds', '¥': 'yen', 'eur': 'euros', 'usd': 'dollars', 'gbp': 'pounds',
    'chf': 'francs', 'us$': 'dollars', 'ca$': 'dollars', 'au$': 'dollars', 'hk$': 'dollars', '$us': 'dollars', 'a$': 'dollars', 'c$': 'dollars',
  },
  commaGroups: true,
  adjectiveBeforeNoun: true,
};
