/**
 * The 'attributions' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const attributionsStage = defineStage({
  name: 'attributions',
  version: 0,
  requires: ['sentences', 'tokens', 'quotes', 'mentions', 'entities'],
  assigns: ['attributions'],
  run() {},
});
