/**
 * The 'places' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const placesStage = defineStage({
  name: 'places',
  version: 0,
  requires: ['sentences', 'mentions', 'entities'],
  assigns: ['places'],
  run() {},
});
