-- AlterTable
-- Every period before this one is a month. (Prisma's diff rebuilds the table to append the
-- column; SQLite adds a NOT NULL column with a default in place.)
ALTER TABLE "periods" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'monthly';
