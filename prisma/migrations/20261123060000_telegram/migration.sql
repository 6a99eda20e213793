-- CreateTable
CREATE TABLE "invites" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code_hash" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" DATETIME NOT NULL,
    "used_at" DATETIME,
    "used_by" INTEGER,
    CONSTRAINT "invites_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "invite_attempts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "group_bindings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "chat_id" TEXT NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "bound_by" INTEGER,
    "bound_at" DATETIME NOT NULL,
    CONSTRAINT "group_bindings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "inbound_messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

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
    "choices_cleared" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_outbox_messages" ("attempts", "channel", "chat_id", "created_at", "dedupe_key", "id", "last_error", "next_attempt_at", "payload", "sent_at", "status") SELECT "attempts", "channel", "chat_id", "created_at", "dedupe_key", "id", "last_error", "next_attempt_at", "payload", "sent_at", "status" FROM "outbox_messages";
DROP TABLE "outbox_messages";
ALTER TABLE "new_outbox_messages" RENAME TO "outbox_messages";
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");
CREATE INDEX "outbox_messages_channel_chat_id_status_idx" ON "outbox_messages"("channel", "chat_id", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "invites_code_hash_key" ON "invites"("code_hash");

-- CreateIndex
CREATE INDEX "invite_attempts_channel_external_id_at_idx" ON "invite_attempts"("channel", "external_id", "at");

-- CreateIndex
CREATE INDEX "group_bindings_unit_id_idx" ON "group_bindings"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "group_bindings_channel_chat_id_key" ON "group_bindings"("channel", "chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_messages_channel_external_id_key" ON "inbound_messages"("channel", "external_id");

