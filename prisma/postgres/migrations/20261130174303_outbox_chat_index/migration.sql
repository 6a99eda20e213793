-- DropIndex
DROP INDEX "outbox_messages_channel_chat_id_status_idx";

-- CreateIndex
CREATE INDEX "outbox_messages_channel_chat_id_dedupe_key_id_idx" ON "outbox_messages"("channel", "chat_id", "dedupe_key", "id");

