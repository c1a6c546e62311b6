import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from './golden-corpus.js';

/** The TypeScript sources under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

test('no source file holds a control character (a "\\b" written through a shell can land as a literal backspace, and a pattern holding one never matches)', () => {
  const bad = ['src', 'test', 'bench']
    .flatMap((d) => sources(path.join(projectRoot, d)))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(line) ? [`${path.relative(projectRoot, f)}:${i + 1}`] : [])),
    );
  assert.deepEqual(bad, []);
});
