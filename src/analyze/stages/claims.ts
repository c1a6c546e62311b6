/**
 * The 'claims' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const claimsStage = defineStage({
  name: 'claims',
  version: 0,
  requires: ['attributions', 'mentions', 'entities'],
  assigns: ['claims'],
  run() {},
});
