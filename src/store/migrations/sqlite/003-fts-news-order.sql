-- Schema 3: the full-text index in news order. FTS5 rowids were articles.seq (ingestion order), so the newest
-- matches of a common word were found by loading every match and sorting it. They become keys that sort like
-- (day, seq): Julian day number × 2^30 + seq (src/store/core/order.ts, whose newsKeySql() is the expression
-- below). The contentless index cannot be re-keyed in place: it is rebuilt from the stored bodies and titles.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (rowid, title, body)
  SELECT (CASE WHEN a.day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN COALESCE(CAST(julianday(a.day) AS INTEGER), 0) ELSE 0 END) * 1073741824 + a.seq,
    COALESCE(a.title, ''), substr(COALESCE(d.text, json_extract(d.analysis, '$.text')), 1, 200000)
  FROM articles a JOIN article_docs d ON d.seq = a.seq
  ORDER BY 1;
