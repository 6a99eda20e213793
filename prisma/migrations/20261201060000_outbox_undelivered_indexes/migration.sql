-- The delivery's two status indexes hold undelivered messages only (partial indexes). Delivered
-- messages are most of the table and grow every day, but no delivery query looks for them: their
-- entries made every claim and every delivery write index pages all over the history.
-- Prisma's schema cannot state an index predicate (the datamodel shows these as plain indexes):
-- a generated migration that rebuilds this table must keep the WHERE by hand
-- (test/storage/outbox-indexes.test.ts checks it on both databases).

-- DropIndex
DROP INDEX "outbox_messages_status_next_attempt_at_idx";

-- DropIndex
DROP INDEX "outbox_messages_status_channel_chat_id_id_idx";

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at") WHERE "status" IN ('pending', 'sending');

-- CreateIndex
CREATE INDEX "outbox_messages_status_channel_chat_id_id_idx" ON "outbox_messages"("status", "channel", "chat_id", "id") WHERE "status" IN ('pending', 'sending');
