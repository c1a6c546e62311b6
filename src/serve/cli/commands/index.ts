/**
 * Every CLI command, one module each. Add one import and one entry per command.
 */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerGazetteer } from './gazetteer.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerShow } from './show.js';
import { registerStories } from './stories.js';
import { registerTrain } from './train.js';

/** Registers a command on the program. */
export type RegisterCommand = (program: Command) => void;

/** All commands, in the order `sitrep --help` lists them. */
export const commands: readonly RegisterCommand[] = [
  registerAnalyze,
  registerIngest,
  registerShow,
  registerExport,
  registerStories,
  registerEntities,
  registerServe,
  registerEval,
  registerTrain,
  registerGazetteer,
];
