-- veille store, schema 1 (SQLite). One row per article with its full analysis JSON, and the rows derived from it.
-- articles.seq is the ingestion order and the full-text rowid; child tables point at it.

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  first TEXT,
  last TEXT,
  size INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  source_id INTEGER REFERENCES sources(id),
  source TEXT,
  title TEXT,
  lang TEXT NOT NULL,
  published TEXT,
  day TEXT NOT NULL,
  quality REAL NOT NULL,
  flags TEXT NOT NULL,
  duplicate_of TEXT,
  translation_of TEXT,
  story_id INTEGER REFERENCES stories(id),
  minhash TEXT,
  tkeys TEXT,
  analysis TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day, seq);
CREATE INDEX articles_story ON articles(story_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  kb TEXT UNIQUE,
  articles INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entity_names (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  lang TEXT NOT NULL,
  norm TEXT NOT NULL,
  last TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, name, lang)
) WITHOUT ROWID;
CREATE INDEX entity_names_norm ON entity_names(norm);
CREATE INDEX entity_names_last ON entity_names(last);

CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  local TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  count INTEGER NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, local)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id, article_seq);

CREATE TABLE quotes (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  entity_id INTEGER REFERENCES entities(id),
  speaker TEXT,
  speaker_norm TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_entity ON quotes(entity_id);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);

CREATE TABLE events (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  trigger TEXT NOT NULL,
  place_id INTEGER REFERENCES entities(id),
  date TEXT,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;
CREATE INDEX events_day ON events(day);

CREATE TABLE event_entities (
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_entities_entity ON event_entities(entity_id);

CREATE TABLE timexes (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

CREATE TABLE flags (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT,
  text TEXT,
  other TEXT,
  PRIMARY KEY (article_seq, idx)
) WITHOUT ROWID;

-- LSH band keys (near-duplicates) and blocking keys (translations): key → articles sharing it.
CREATE TABLE lsh (
  key INTEGER NOT NULL,
  article_seq INTEGER NOT NULL,
  PRIMARY KEY (key, article_seq)
) WITHOUT ROWID;

-- A story's main entities, with the last day an article of the story mentioned them.
CREATE TABLE story_keys (
  entity_id INTEGER NOT NULL,
  story_id INTEGER NOT NULL,
  last TEXT NOT NULL,
  PRIMARY KEY (entity_id, story_id)
) WITHOUT ROWID;
CREATE INDEX story_keys_last ON story_keys(entity_id, last);
