-- CreateTable
CREATE TABLE "annual_thresholds" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "settings" TEXT NOT NULL,
    "set_by" INTEGER,
    "set_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "annual_thresholds_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "annual_thresholds_unit_id_key" ON "annual_thresholds"("unit_id");

-- AddForeignKey
ALTER TABLE "annual_thresholds" ADD CONSTRAINT "annual_thresholds_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

