import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createMemoryStore } from '../src/store/memory/memory-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { storeSuite } from '../src/store/store-suite.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-store-'));
let n = 0;

storeSuite('memory', async () => createMemoryStore());
storeSuite('sqlite', async () => {
  const opened = openSqliteStore(path.join(dir, `suite-${n++}.db`));
  if (!opened.ok) throw opened.error;
  return opened.value;
});

test('a corrupt database file is refused with DB_CORRUPT', () => {
  const file = path.join(dir, 'corrupt.db');
  writeFileSync(file, 'this is not a database, just text that happens to be here '.repeat(100));
  const opened = openSqliteStore(file);
  assert.equal(opened.ok, false);
  if (!opened.ok) assert.equal(opened.error.code, 'DB_CORRUPT');
});

test('a read-only database file is refused with DB_READ_ONLY', () => {
  const file = path.join(dir, 'ro.db');
  const first = openSqliteStore(file);
  assert.ok(first.ok);
  if (first.ok) void first.value.close();
  chmodSync(file, 0o444);
  const opened = openSqliteStore(file);
  assert.equal(opened.ok, false);
  if (!opened.ok) assert.equal(opened.error.code, 'DB_READ_ONLY');
});

test('a database from a newer sitrep is refused, not touched', () => {
  const file = path.join(dir, 'newer.db');
  const db = new Database(file);
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO schema_migrations VALUES (999, 'future')");
  db.close();
  const opened = openSqliteStore(file);
  assert.equal(opened.ok, false);
  if (!opened.ok) assert.equal(opened.error.code, 'DB_NEWER_SCHEMA');
});

test('a missing folder is a clear DB_OPEN_FAILED', () => {
  const opened = openSqliteStore(path.join(dir, 'no/such/folder/x.db'));
  assert.equal(opened.ok, false);
  if (!opened.ok) assert.equal(opened.error.code, 'DB_OPEN_FAILED');
});
