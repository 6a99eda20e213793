-- CreateTable
CREATE TABLE "instance_leases" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expires_at" DATETIME NOT NULL,
    "acquired_at" DATETIME NOT NULL
);

