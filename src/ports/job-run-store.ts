/** Owner of the `job_runs` table: (job, slot) runs at most once, across restarts and processes. */
export interface JobRunStore {
  /** True for the one caller that gets the slot; everyone else (here or in another process) gets false. */
  claim(job: string, slot: string, at: Date): Promise<boolean>;
  /**
   * A run of the slot that is still marked running was left by an instance that died or lost the
   * active lease: the caller (now the only scheduler) runs it again. True when there was one.
   * Safe only for jobs whose effects are idempotent (outbox dedupe keys).
   */
  takeOver(job: string, slot: string, at: Date): Promise<boolean>;
  /** Records the end of the run; with `error` it failed. */
  finish(job: string, slot: string, at: Date, error?: string): Promise<void>;
}
