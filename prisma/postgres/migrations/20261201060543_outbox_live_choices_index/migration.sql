-- A chat's message whose buttons are still live (to remove them when the next message goes out):
-- a partial index of those few, instead of reading every message the chat was ever sent.
-- Its WHERE is written here by hand: Prisma's datamodel cannot state it
-- (test/storage/outbox-indexes.test.ts checks it on both databases).

-- CreateIndex
CREATE INDEX "outbox_messages_live_choices_idx" ON "outbox_messages"("channel", "chat_id", "id") WHERE "has_choices" = TRUE AND "choices_cleared" = FALSE;
