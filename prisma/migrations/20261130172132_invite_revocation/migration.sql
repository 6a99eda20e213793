-- AlterTable
ALTER TABLE "invites" ADD COLUMN "revoked_at" DATETIME;
ALTER TABLE "invites" ADD COLUMN "revoked_by" INTEGER;

-- CreateIndex
CREATE INDEX "invites_unit_id_idx" ON "invites"("unit_id");

