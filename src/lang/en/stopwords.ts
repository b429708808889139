// English function words: the most frequent grammatical words of news English, written for this project.
// Used by language identification and by the mixed-language check.

/** Frequent English function words, lower case; contractions keep their apostrophe ("don'", "it'"). */
export const EN_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
  'about', 'over', 'after', 'before', 'under', 'between', 'against', 'during', 'without', 'through', 'than',
  'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its',
  'he', 'she', 'they', 'we', 'you', 'i', 'him', 'her', 'them', 'us', 'his', 'their', 'our', 'your', 'my',
  'there', 'here', 'also', 'very', 'more', 'most', 'only', 'just', 'some', 'any', 'all', 'each', 'both',
  'such', 'other', 'said', 'says', 'told', 'while', 'because', 'if', 'so', 'up', 'out', 'then', 'now',
  'new', 'one', 'two', 'year', 'years', 'people', 'according', 'however', 'since', 'until', 'where',
  "don'", "doesn'", "didn'", "isn'", "wasn'", "aren'", "weren'", "can'", "won'", "wouldn'", "it'", "that'",
  "there'", "he'", "she'", "we'", "they'", "i'", "you'", "let'",
];
