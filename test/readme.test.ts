/**
 * The README shows what the CLI prints; these tests run the commands it shows and compare, so the
 * README a newcomer reads stays true.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from './golden-corpus.js';

const cli = path.join(projectRoot, 'dist/src/serve/cli/main.js');
const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/** What the CLI prints for its arguments (given as the README writes them after `npx sitrep`), run from the project root. */
function sitrep(args: string): string {
  const r = spawnSync(process.execPath, [cli, ...args.split(/\s+/)], { encoding: 'utf8', cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, `sitrep ${args}: ${r.stderr}`);
  return r.stdout;
}

/** The fenced block that opens right after the first line matching a pattern. */
function blockAfter(pattern: RegExp): string[] {
  const m = pattern.exec(readme);
  assert.ok(m, `README has no ${pattern}`);
  const open = readme.indexOf('```\n', m.index) + 4;
  return readme.slice(open, readme.indexOf('\n```', open)).split('\n');
}

test("the README's terminal report is the start of what `sitrep analyze` prints for that example", () => {
  const shown = blockAfter(/^What `npx sitrep (analyze [^`]+)` prints \(start\):$/m);
  const args = /^What `npx sitrep (analyze [^`]+)`/m.exec(readme)![1]!;
  assert.equal(shown.at(-1), '…');
  const printed = sitrep(args).split('\n');
  assert.deepEqual(shown.slice(0, -1), printed.slice(0, shown.length - 1));
});

test("the README's demo corpus session prints what it shows, line for line in order (lines it leaves out are allowed)", () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'sitrep-readme-')), 'demo.db');
  const shown = blockAfter(/^Stories across outlets, on the demo corpus/m);
  let printed: string[] = [];
  let at = 0;
  for (const line of shown) {
    const command = /^\$ npx sitrep (.+)$/.exec(line);
    if (command) {
      printed = sitrep(command[1]!.replace(/\bdemo\.db\b/, db)).replaceAll(db, 'demo.db').split('\n');
      at = 0;
      continue;
    }
    const found = printed.indexOf(line, at);
    assert.notEqual(found, -1, `not printed (in this order): ${line}\n--- printed:\n${printed.join('\n')}`);
    at = found + 1;
  }
});
