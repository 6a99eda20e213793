-- CreateTable
CREATE TABLE "questionnaire_assignments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "questionnaire_version_id" INTEGER NOT NULL,
    "from_period" TEXT NOT NULL,
    "assigned_by" INTEGER,
    "assigned_at" DATETIME NOT NULL,
    CONSTRAINT "questionnaire_assignments_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "questionnaire_assignments_questionnaire_version_id_fkey" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_versions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_assignments_unit_id_from_period_key" ON "questionnaire_assignments"("unit_id", "from_period");

