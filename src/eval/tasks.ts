/**
 * The registry of eval tasks. Add one line per task; `sitrep eval <name>` and `npm run eval`
 * (which runs every task on its default data) read it.
 */
import type { EvalTask } from './report.js';
import { attributionTask } from './attribution.js';
import { clusteringTask } from './clustering.js';
import { eventsTask } from './events.js';
import { factualityTask } from './factuality.js';
import { geoTask } from './geo.js';
import { hedgingTask } from './hedging.js';
import { nerTask } from './ner.js';
import { seedTask } from './seed.js';
import { timeTask } from './time.js';

/** Every eval task, in the order `eval all` runs them. */
export const evalTasks: readonly EvalTask[] = [seedTask, nerTask, attributionTask, factualityTask, hedgingTask, timeTask, geoTask, eventsTask, clusteringTask];
