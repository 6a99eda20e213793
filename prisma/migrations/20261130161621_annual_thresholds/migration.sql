-- CreateTable
CREATE TABLE "annual_thresholds" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "settings" TEXT NOT NULL,
    "set_by" INTEGER,
    "set_at" DATETIME NOT NULL,
    CONSTRAINT "annual_thresholds_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "annual_thresholds_unit_id_key" ON "annual_thresholds"("unit_id");

