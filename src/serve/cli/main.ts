#!/usr/bin/env node
/**
 * The `sitrep` command line. Each command lives in `commands/<name>.ts` and registers itself on
 * the program; expected failures print `error [CODE]: message` and exit non-zero, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { isSitrepError } from '../../core/errors.js';
import { commands } from './commands/index.js';

const program = new Command()
  .name('sitrep')
  .description('Sourced situation pictures from conflict news: who claims what, where and when, and who confirms it.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else if (isSitrepError(e)) {
    process.stderr.write(`error [${e.code}]: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`error [INTERNAL]: ${message}\nThis is a bug in sitrep; set SITREP_DEBUG=1 for details.\n`);
    if (process.env.SITREP_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    process.exitCode = 70;
  }
}
