/**
 * The 'events' stage (placeholder: assigns nothing yet).
 */
import { defineStage } from '../pipeline.js';

/** Placeholder until the stage is built; leaves its layers empty. */
export const eventsStage = defineStage({
  name: 'events',
  version: 0,
  requires: ['sentences', 'mentions', 'entities', 'times', 'places', 'attributions', 'claims'],
  assigns: ['events'],
  run() {},
});
