-- CreateTable
CREATE TABLE "instance_leases" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "acquired_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instance_leases_pkey" PRIMARY KEY ("name")
);

