-- AlterTable
ALTER TABLE "periods" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'monthly';

