/**
 * Stages and the pipeline that runs them. A stage declares the layers it reads (`requires`) and
 * writes (`assigns`); the pipeline refuses a wrong order when it is built, not halfway through a
 * batch. A stage that throws is reported on the document and its layers are left empty: the
 * rest of the document is still analysed.
 */
import { type Doc, type LayerName, layerNames } from '../core/doc.js';
import { sitrepError } from '../core/errors.js';

/** One step of analysis. */
export interface Stage {
  /** Short name, e.g. 'segment'. */
  readonly name: string;
  /** Bumped whenever the stage's output for the same input can change. */
  readonly version: number;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** Fills the `assigns` layers of `doc` in place. */
  run(doc: Doc): void;
}

/**
 * Declares a stage (identity function that fixes the type).
 *
 * @example
 * export const segmentStage = defineStage({
 *   name: 'segment', version: 1, requires: [], assigns: ['sentences'], run(doc) { … },
 * });
 */
export function defineStage(stage: Stage): Stage {
  return stage;
}

/** The versioned name of a stage, e.g. 'segment.v1'. */
export function stageId(stage: Stage): string {
  return `${stage.name}.v${stage.version}`;
}

/** An ordered, validated list of stages. */
export class Pipeline {
  readonly stages: readonly Stage[];

  private constructor(stages: readonly Stage[]) {
    this.stages = stages;
  }

  /**
   * Validates the order: every required layer must be assigned by an earlier stage, and no
   * stage may appear twice. Throws a coded `SitrepError` (PIPELINE_ORDER, PIPELINE_DUPLICATE).
   */
  static build(stages: readonly Stage[]): Pipeline {
    const available = new Set<LayerName>();
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) throw sitrepError('PIPELINE_DUPLICATE', stage.name);
      names.add(stage.name);
      for (const layer of stage.requires) {
        if (!available.has(layer)) {
          throw sitrepError('PIPELINE_ORDER', stage.name, layer, [...available].join(', ') || '(none)');
        }
      }
      for (const layer of stage.assigns) available.add(layer);
    }
    return new Pipeline(stages);
  }

  /** Runs every stage on `doc` in order and returns it. */
  run(doc: Doc): Doc {
    for (const stage of this.stages) {
      try {
        stage.run(doc);
        for (const layer of stage.assigns) doc.provenance[layer] = stageId(stage);
      } catch (e) {
        for (const layer of stage.assigns) doc.layers[layer] = [];
        const reason = e instanceof Error ? e.message : String(e);
        doc.report('error', 'STAGE_FAILED', sitrepError('STAGE_FAILED', stage.name, reason).message, {
          stage: stage.name,
        });
      }
    }
    return doc;
  }

  /** The layers this pipeline fills, in the canonical order. */
  get assigned(): LayerName[] {
    const set = new Set(this.stages.flatMap((s) => s.assigns));
    return layerNames.filter((l) => set.has(l));
  }
}
