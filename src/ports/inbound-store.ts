/** Owner of the `inbound_messages` table: platform messages already handled, so a re-delivery is skipped. */
export interface InboundStore {
  seen(channel: string, externalId: string): Promise<boolean>;
  /** False when the message was recorded already (handled twice, e.g. by two instances). */
  record(channel: string, externalId: string, at: Date): Promise<boolean>;
  /** Forgets the messages handled before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}
