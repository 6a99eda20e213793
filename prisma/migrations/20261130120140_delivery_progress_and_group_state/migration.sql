-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_outbox_messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chat_id" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "dedupe_key" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" DATETIME,
    "platform_message_id" TEXT,
    "has_choices" BOOLEAN NOT NULL DEFAULT false,
    "choices_cleared" BOOLEAN NOT NULL DEFAULT false,
    "parts_sent" INTEGER NOT NULL DEFAULT 0,
    "not_before" DATETIME
);
INSERT INTO "new_outbox_messages" ("attempts", "channel", "chat_id", "choices_cleared", "created_at", "dedupe_key", "has_choices", "id", "last_error", "next_attempt_at", "payload", "platform_message_id", "sent_at", "status") SELECT "attempts", "channel", "chat_id", "choices_cleared", "created_at", "dedupe_key", "has_choices", "id", "last_error", "next_attempt_at", "payload", "platform_message_id", "sent_at", "status" FROM "outbox_messages";
DROP TABLE "outbox_messages";
ALTER TABLE "new_outbox_messages" RENAME TO "outbox_messages";
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");
CREATE INDEX "outbox_messages_channel_chat_id_status_idx" ON "outbox_messages"("channel", "chat_id", "status");
CREATE INDEX "outbox_messages_status_channel_chat_id_id_idx" ON "outbox_messages"("status", "channel", "chat_id", "id");
CREATE TABLE "new_group_bindings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chat_id" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "bound_by" INTEGER,
    "bound_at" DATETIME NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "inactive_at" DATETIME,
    "inactive_reason" TEXT,
    CONSTRAINT "group_bindings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_group_bindings" ("bound_at", "bound_by", "channel", "chat_id", "id", "unit_id") SELECT "bound_at", "bound_by", "channel", "chat_id", "id", "unit_id" FROM "group_bindings";
DROP TABLE "group_bindings";
ALTER TABLE "new_group_bindings" RENAME TO "group_bindings";
CREATE INDEX "group_bindings_unit_id_idx" ON "group_bindings"("unit_id");
CREATE UNIQUE INDEX "group_bindings_channel_chat_id_key" ON "group_bindings"("channel", "chat_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "inbound_messages_at_idx" ON "inbound_messages"("at");


-- Messages held for quiet hours were marked only by a future next_attempt_at; say so explicitly.
UPDATE "outbox_messages" SET "not_before" = "next_attempt_at" WHERE "status" = 'pending' AND "attempts" = 0 AND "next_attempt_at" > "created_at";
