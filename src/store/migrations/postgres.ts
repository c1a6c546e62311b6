/**
 * The PostgreSQL schema: the same numbered steps as the SQLite list in `index.ts` (same versions,
 * tables and columns; the publication index also holds the id, for keyset paging), in PostgreSQL's dialect. Identifiers and dates that are sorted or
 * compared use the "C" collation, so that PostgreSQL orders them byte by byte as SQLite does,
 * whatever the database's locale. `bigserial` takes the place of SQLite's AUTOINCREMENT.
 */
import type { Migration } from './index.js';

const init: Migration = {
  version: 1,
  name: 'articles and annotations',
  up: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  title TEXT, published TEXT COLLATE "C", outlet TEXT, url TEXT, byline TEXT,
  language TEXT NOT NULL,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  stages TEXT NOT NULL,
  counts TEXT NOT NULL,
  analysis TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published, id);
CREATE TABLE entities (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_key ON entities (key);
CREATE TABLE mentions (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, entity_id TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE attributions (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, kind TEXT NOT NULL, source_kind TEXT NOT NULL, source_ref TEXT,
  content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, channel TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE claims (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, overall TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE claim_stances (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  claim_id TEXT NOT NULL, n INTEGER NOT NULL, source_kind TEXT NOT NULL, source_ref TEXT, status TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id, n)
);
CREATE TABLE times (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE TABLE places (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, name TEXT NOT NULL, feature_kind TEXT NOT NULL, precision TEXT NOT NULL,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, geonameid BIGINT, country TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX places_name ON places (name);
CREATE TABLE events (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL,
  place_id TEXT, time_id TEXT, claim_id TEXT,
  PRIMARY KEY (article_id, id)
);
CREATE INDEX events_type ON events (type);
`,
  down: `
DROP TABLE events; DROP TABLE places; DROP TABLE times; DROP TABLE claim_stances; DROP TABLE claims;
DROP TABLE attributions; DROP TABLE mentions; DROP TABLE entities; DROP TABLE articles;
`,
};

const stories: Migration = {
  version: 2,
  name: 'stories',
  up: `
CREATE TABLE stories (id TEXT COLLATE "C" PRIMARY KEY, payload TEXT NOT NULL);
CREATE TABLE story_articles (
  story_id TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
`,
  down: 'DROP TABLE story_articles; DROP TABLE stories;',
};

const corpusEntities: Migration = {
  version: 3,
  name: 'corpus entities and aliases',
  up: `
CREATE TABLE corpus_entities (id TEXT COLLATE "C" PRIMARY KEY, type TEXT NOT NULL, canonical TEXT NOT NULL, key TEXT COLLATE "C" NOT NULL);
CREATE INDEX corpus_entities_key ON corpus_entities (key);
CREATE TABLE entity_aliases (
  entity_id TEXT COLLATE "C" NOT NULL REFERENCES corpus_entities (id),
  alias TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE TABLE article_entities (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT COLLATE "C" NOT NULL REFERENCES corpus_entities (id),
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);
`,
  down: 'DROP TABLE article_entities; DROP TABLE entity_aliases; DROP TABLE corpus_entities;',
};

/** Every PostgreSQL migration, in order; versions match the SQLite list one for one. */
export const postgresMigrations: readonly Migration[] = [init, stories, corpusEntities];

/** The newest PostgreSQL schema version this build knows. */
export const postgresLatestVersion = postgresMigrations[postgresMigrations.length - 1]!.version;
