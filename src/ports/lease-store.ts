/**
 * Owner of the `instance_leases` table: a role only one bot instance may play at a time (the
 * scheduler, a platform's single connection), held until it expires unless its holder renews it.
 */
export interface LeaseStore {
  /**
   * Takes the lease for `ttlMs` from `now` when it is free, expired, or held by `holder` already
   * (then it is renewed). Of instances racing for it, one gets true.
   */
  tryAcquire(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean>;
  /** Gives the lease up, if `holder` holds it; true when it did. */
  release(name: string, holder: string): Promise<boolean>;
  /** Who holds the lease at `now`, if anyone. */
  holderOf(name: string, now: Date): Promise<string | null>;
}
