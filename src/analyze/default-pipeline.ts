/**
 * The default analysis pipeline, in dependency order.
 */
import { Pipeline } from './pipeline.js';
import { attributionsStage } from './stages/attributions.js';
import { claimsStage } from './stages/claims.js';
import { entitiesStage } from './stages/entities.js';
import { eventsStage } from './stages/events.js';
import { placesStage } from './stages/places.js';
import { segmentStage } from './stages/segment.js';
import { timesStage } from './stages/times.js';

/** The stages `analyze` runs, in order. */
export const defaultStages = [
  segmentStage,
  entitiesStage,
  timesStage,
  placesStage,
  attributionsStage,
  claimsStage,
  eventsStage,
] as const;

let cached: Pipeline | null = null;

/** The default pipeline, built (and validated) once. */
export function defaultPipeline(): Pipeline {
  cached ??= Pipeline.build(defaultStages);
  return cached;
}
