/**
 * `sitrep eval <task|all> [paths…] [--json]`: scores a stage against public gold data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { sitrepError } from '../../../core/errors.js';
import { type EvalReport, type EvalTask, formatReport } from '../../../eval/report.js';
import { evalTasks } from '../../../eval/tasks.js';

/** Where ../shared is: $SITREP_SHARED, or `shared` beside the working directory or the package. */
export function sharedDir(): string | null {
  const candidates = [
    process.env.SITREP_SHARED,
    path.resolve(process.cwd(), '../shared'),
    path.resolve(new URL('../../../../../..', import.meta.url).pathname, 'shared'),
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/** A file-system or parse error on gold data: the input's fault, not a bug. */
const DATA_ERROR = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES']);

/** Runs a task, turning a gold file it cannot read or parse into a coded error that says what the task expects. */
async function runTask(t: EvalTask, inputs: string[], options: { limit?: number }): Promise<EvalReport> {
  try {
    return await t.run(inputs, options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code && DATA_ERROR.has(code)) || e instanceof SyntaxError) {
      const reason = code === 'EISDIR' ? 'a folder where a file was expected' : code === 'ENOENT' ? 'a file is missing' : e instanceof SyntaxError ? `it is not valid JSON (${e.message})` : (e as Error).message;
      throw sitrepError('EVAL_DATA_UNREADABLE', t.name, inputs.join(', '), reason, t.defaultPaths.join(', '));
    }
    throw e;
  }
}

/** Registers `eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score a stage on gold data; tasks: ${evalTasks.map((t) => t.name).join(', ')}, all`)
    .argument('<task>', 'task name, or "all" for every task on its default data')
    .argument('[paths...]', 'gold files or folders (default: under ../shared)')
    .option('--json', 'print the metrics as JSON')
    .option('--limit <n>', 'score only the first n documents', (v) => Number.parseInt(v, 10))
    .action(async (task: string, paths: string[], opts: { json?: boolean; limit?: number }) => {
      const selected = task === 'all' ? evalTasks : evalTasks.filter((t) => t.name === task);
      if (selected.length === 0) {
        throw sitrepError('EVAL_UNKNOWN_TASK', task, [...evalTasks.map((t) => t.name), 'all'].join(', '));
      }
      const reports: EvalReport[] = [];
      const shared = sharedDir();
      for (const t of selected) {
        let inputs = paths;
        const missing = inputs.filter((p) => !existsSync(p));
        if (missing.length > 0) throw sitrepError('EVAL_DATA_MISSING', missing.join(', '));
        if (inputs.length === 0 || task === 'all') {
          const defaults = shared ? t.defaultPaths.map((p) => path.join(shared, p)) : [];
          if (!shared || defaults.some((p) => !existsSync(p))) {
            const what = shared ? defaults.filter((p) => !existsSync(p)).join(', ') : '../shared';
            if (task !== 'all') throw sitrepError('EVAL_DATA_MISSING', what);
            process.stderr.write(`skip ${t.name}: gold data not found (${what})\n`);
            continue;
          }
          inputs = defaults;
        }
        const options = opts.limit !== undefined ? { limit: opts.limit } : {};
        const report = await runTask(t, inputs, options);
        reports.push(report);
        if (!opts.json) process.stdout.write(`${formatReport(report)}\n\n`);
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(task === 'all' ? reports : reports[0], null, 2)}\n`);
      else if (task === 'all') process.stdout.write(`${reports.map((r) => r.summary).join('\n')}\n`);
    });
}
