-- AlterTable
ALTER TABLE "units" ADD COLUMN     "archived_at" TIMESTAMP(3);

