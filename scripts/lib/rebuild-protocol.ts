/** The messages between `npm start`'s rebuilder and its prepared step processes (scripts/rebuild-worker.ts). */

/** Where the Astro step builds its warm-up snapshot, one folder per process; `npm start` empties it when it starts. */
export const WARM_UP_FOLDER = 'dist-warm-up';
export interface WorkerRequest {
  /** check: the content root to check. */
  root?: string;
  /** astro: the folder to build into. */
  outDir?: string;
}

/** How a step's one run went. */
export interface WorkerResult {
  ok: boolean;
  /** check: each problem as the build prints it (file, field, line). */
  issues?: string[];
  /** astro: whether the process built the content once before (see scripts/rebuild-worker.ts). */
  warmedUp?: boolean;
  /** The processor time the run took (all its threads), in milliseconds. */
  cpuMs?: number;
  /** A step that threw: its message. */
  error?: string;
}

/** What a step sends after its result, off the rebuild's critical path. */
export interface WorkerFollowUp {
  /** check, when it passed: /admin/content-index.json for the checked content. */
  contentIndex?: string;
}

/** What a step process sends: that it is ready, then its result, then (for some steps) a follow-up. */
export type WorkerMessage = { ready: true } | { result: WorkerResult } | { followUp: WorkerFollowUp };
