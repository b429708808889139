-- veille store, schema 1 (PostgreSQL). One row per article with its full analysis JSON, and the rows derived from it.
-- articles.seq is the ingestion order; articles.tsv is the full text (per-language configuration, accents removed); child tables point at it.

-- unaccent lives in public, beside any other schema (tests use one schema each)
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

CREATE TABLE sources (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE stories (
  id BIGSERIAL PRIMARY KEY,
  first TEXT,
  last TEXT,
  size INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  source_id BIGINT REFERENCES sources(id),
  source TEXT,
  title TEXT,
  lang TEXT NOT NULL,
  published TEXT,
  day TEXT NOT NULL,
  quality DOUBLE PRECISION NOT NULL,
  flags TEXT NOT NULL,
  duplicate_of TEXT,
  translation_of TEXT,
  story_id BIGINT REFERENCES stories(id),
  minhash TEXT,
  tkeys TEXT,
  analysis TEXT NOT NULL,
  tsv TSVECTOR NOT NULL
);
CREATE INDEX articles_day ON articles(day, seq);
CREATE INDEX articles_story ON articles(story_id);

CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE entities (
  id BIGSERIAL PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  kb TEXT UNIQUE,
  articles INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entity_names (
  entity_id BIGINT NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  lang TEXT NOT NULL,
  norm TEXT NOT NULL,
  last TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, name, lang)
);
CREATE INDEX entity_names_norm ON entity_names(norm);
CREATE INDEX entity_names_last ON entity_names(last);

CREATE TABLE mentions (
  article_seq BIGINT NOT NULL REFERENCES articles(seq),
  local TEXT NOT NULL,
  entity_id BIGINT NOT NULL REFERENCES entities(id),
  count INTEGER NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, local)
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_seq);

CREATE TABLE quotes (
  article_seq BIGINT NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  entity_id BIGINT REFERENCES entities(id),
  speaker TEXT,
  speaker_norm TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  cue TEXT,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
);
CREATE INDEX quotes_entity ON quotes(entity_id);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);

CREATE TABLE events (
  article_seq BIGINT NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  trigger TEXT NOT NULL,
  place_id BIGINT REFERENCES entities(id),
  date TEXT,
  day TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx)
);
CREATE INDEX events_day ON events(day);

CREATE TABLE event_entities (
  article_seq BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  entity_id BIGINT NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL,
  PRIMARY KEY (article_seq, idx, entity_id, role)
);
CREATE INDEX event_entities_entity ON event_entities(entity_id);

CREATE TABLE timexes (
  article_seq BIGINT NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_seq, idx)
);

CREATE TABLE flags (
  article_seq BIGINT NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  note TEXT,
  text TEXT,
  other TEXT,
  PRIMARY KEY (article_seq, idx)
);

-- LSH band keys (near-duplicates) and blocking keys (translations): key → articles sharing it.
CREATE TABLE lsh (
  key BIGINT NOT NULL,
  article_seq BIGINT NOT NULL,
  PRIMARY KEY (key, article_seq)
);

-- A story's main entities, with the last day an article of the story mentioned them.
CREATE TABLE story_keys (
  entity_id BIGINT NOT NULL,
  story_id BIGINT NOT NULL,
  last TEXT NOT NULL,
  PRIMARY KEY (entity_id, story_id)
);
CREATE INDEX story_keys_last ON story_keys(entity_id, last);
