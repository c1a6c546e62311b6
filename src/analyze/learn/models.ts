/** Where the committed models live. */
import path from 'node:path';

/** The package's models folder (works from `src/` under tsx and from `dist/src/`). */
export function modelsDir(): string {
  const here = new URL('.', import.meta.url).pathname;
  return path.resolve(here, here.includes('/dist/') ? '../../../../models' : '../../../models');
}
