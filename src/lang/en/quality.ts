// English data for the quality stage: the capitalised words that open an English sentence (a leaked
// sentence break shows one mid-sentence: "the report The government"), the words after which a capital
// starts a title or a name ("plan A", "the newspaper The Times"), English words that leak untranslated into
// another language's text ("[to]"), and English editorial inserts. Written for this project.

/** Capitalised words that commonly open an English sentence. */
export const EN_SENTENCE_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'It', 'This', 'These', 'Those', 'That', 'He', 'She', 'They', 'We', 'There', 'Its',
  'Their', 'His', 'Her', 'Our', 'But', 'However', 'Some', 'Many', 'Several', 'Most', 'According',
];

/** Words after which a capitalised opener starts a title or a name ("the film The Road", "plan A"). */
export const EN_TITLE_WORDS: readonly string[] = [
  'film', 'films', 'movie', 'book', 'books', 'novel', 'newspaper', 'paper', 'magazine', 'daily', 'weekly',
  'show', 'series', 'song', 'album', 'play', 'titled', 'entitled', 'named', 'called', 'dubbed', 'word', 'term',
  'phrase', 'slogan', 'operation', 'column', 'poem', 'essay', 'documentary', 'programme', 'program', 'channel',
  'website', 'blog', 'game', 'opera', 'record', 'manifesto', 'festival', 'prize', 'award', 'band', 'group',
  // "plan A is", "vitamin A", "type A": a letter naming an item
  'plan', 'type', 'vitamin', 'class', 'grade', 'category', 'section', 'part', 'point', 'exhibit', 'division',
  'league', 'phase', 'level', 'option', 'team', 'pool', 'block', 'tier', 'item', 'appendix', 'annex', 'schedule',
  'model', 'size', 'rating', 'list', 'hepatitis', 'influenza', 'flu', 'box', 'side', 'row', 'gate', 'terminal',
  'platform', 'wing', 'building', 'floor', 'battery', 'route', 'line', 'unit', 'zone', 'area', 'sector',
];

/** Words an English sentence seldom ends on: after them a capital starts a title ("starred in The Road"). */
export const EN_NOT_SENTENCE_END: readonly string[] = [
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'like', 'and', 'or', 'nor', 'but', 'than',
  'the', 'a', 'an', 'into', 'onto', 'via', 'including', 'especially', 'namely', 'sang', 'starred', 'read',
  'wrote', 'published', 'released', 'performed', 'watched', 'reviewed', 'directed',
];

/** English function words that leak untranslated into a text in another language ("[to]", "[of the]"). */
export const EN_LEAK_WORDS: readonly string[] = [
  'to', 'of', 'the', 'and', 'for', 'with', 'from', 'that', 'this', 'is', 'are', 'was', 'were', 'be', 'been',
  'it', 'its', 'by', 'at', 'or', 'not', 'but', 'which', 'who', 'have', 'has', 'had', 'will', 'would', 'into',
  'than', 'then', 'them', 'they', 'their', 'there', 'these', 'those', 'what', 'when', 'where', 'how', 'an',
  'as', 'in', 'about', 'against', 'between', 'over', 'under', 'after', 'before', 'such', 'should', 'could',
];

/** English editorial inserts in brackets, never an artefact ("[sic]", "[laughter]"), lower case. */
export const EN_EDITORIAL: readonly string[] = [
  'sic', 'laughter', 'applause', 'inaudible', 'crosstalk', 'translation', 'translated', 'silence', 'sighs',
  'emphasis', 'added', 'redacted', 'citation', 'needed', 'edit', 'ed', 'cheers', 'booing', 'unintelligible',
];
