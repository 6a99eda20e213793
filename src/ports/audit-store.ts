/** Who changed what, for admins to review. */
export interface AuditEntry {
  readonly at: Date;
  /** The person who acted; absent for the system (scheduled jobs, the CLI). */
  readonly actorId?: number | null;
  /** e.g. "invite.redeem", "unit.create", "period.close". */
  readonly action: string;
  /** e.g. "unit:MK", "period:2026-11", "telegram:-100123". */
  readonly subject: string;
  /** Stored as JSON. */
  readonly details?: unknown;
}

export interface AuditRecord {
  readonly id: number;
  readonly at: Date;
  readonly actorId: number | null;
  readonly action: string;
  readonly subject: string;
  /** The stored JSON, parsed; null when there were none. */
  readonly details: unknown;
}

/** Owner of the `audit_log` table. */
export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
  /** `record` for many entries (an import's changes), in a few multi-row statements, in this order. */
  recordMany(entries: readonly AuditEntry[]): Promise<void>;
  /** Entries in the order they happened, from `since` on (all when absent), at most `limit`. */
  list(options?: { readonly since?: Date; readonly limit?: number }): Promise<readonly AuditRecord[]>;
}
