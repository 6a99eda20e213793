/** Owner of the `job_runs` table: (job, slot) runs at most once, across restarts and processes. */
export interface JobRunStore {
  /** True for the one caller that gets the slot; everyone else (here or in another process) gets false. */
  claim(job: string, slot: string, at: Date): Promise<boolean>;
  /** Records the end of the run; with `error` it failed. */
  finish(job: string, slot: string, at: Date, error?: string): Promise<void>;
}
