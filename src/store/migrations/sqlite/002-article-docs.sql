-- Schema 2: the bulky per-article data (analysis JSON, body text, MinHash signature, fact keys) moves from articles
-- to article_docs, so searches sort and filter small article rows (a 15 KB row spread over overflow pages made
-- every matched article a page read). New rows keep the body in `text` and the analysis JSON with "text": "";
-- rows moved here from schema 1 have `text` NULL and the body still inside the JSON.
CREATE TABLE article_docs (
  seq INTEGER PRIMARY KEY REFERENCES articles(seq),
  minhash TEXT,
  tkeys TEXT,
  text TEXT,
  analysis TEXT NOT NULL
);
INSERT INTO article_docs (seq, minhash, tkeys, text, analysis) SELECT seq, minhash, tkeys, NULL, analysis FROM articles;
ALTER TABLE articles DROP COLUMN minhash;
ALTER TABLE articles DROP COLUMN tkeys;
ALTER TABLE articles DROP COLUMN analysis;
