/**
 * The 'times' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const timesStage = defineStage({
  name: 'times',
  version: 0,
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run() {},
});
