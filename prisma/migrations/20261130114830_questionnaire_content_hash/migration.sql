-- AlterTable
-- Left null on rows stored before this migration: SQLite has no sha256, so the next start
-- computes each missing hash from the row's stored definition (prisma-questionnaire-store.ts).
ALTER TABLE "questionnaire_versions" ADD COLUMN "content_hash" TEXT;
