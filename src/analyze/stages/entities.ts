/**
 * The 'entities' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const entitiesStage = defineStage({
  name: 'entities',
  version: 0,
  requires: ['tokens', 'sentences'],
  assigns: ['mentions', 'entities'],
  run() {},
});
