-- CreateTable
CREATE TABLE "assessment_revisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assessment_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "standing" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "four_good" BOOLEAN NOT NULL,
    "submitted_at" DATETIME NOT NULL,
    "submitted_by" INTEGER NOT NULL,
    "returned_at" DATETIME,
    "returned_by" INTEGER,
    "return_reason" TEXT,
    CONSTRAINT "assessment_revisions_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "year_end_ratings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" TEXT,
    "share_good_percent" INTEGER,
    "entered_by" INTEGER,
    "entered_at" DATETIME NOT NULL,
    CONSTRAINT "year_end_ratings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "approved_missed_meetings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "period_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "approved_by" INTEGER,
    "approved_at" DATETIME NOT NULL,
    CONSTRAINT "approved_missed_meetings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "title_decisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "conferred" BOOLEAN NOT NULL,
    "decided_by" INTEGER,
    "decided_at" DATETIME NOT NULL,
    "note" TEXT,
    CONSTRAINT "title_decisions_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "late_reports" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unit_id" INTEGER NOT NULL,
    "period_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "allowed_by" INTEGER,
    "allowed_at" DATETIME NOT NULL,
    "until" DATETIME NOT NULL,
    CONSTRAINT "late_reports_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "late_reports_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "periods" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_revisions_assessment_id_revision_key" ON "assessment_revisions"("assessment_id", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "year_end_ratings_unit_id_year_key" ON "year_end_ratings"("unit_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "approved_missed_meetings_unit_id_period_key_key" ON "approved_missed_meetings"("unit_id", "period_key");

-- CreateIndex
CREATE UNIQUE INDEX "title_decisions_unit_id_year_key" ON "title_decisions"("unit_id", "year");

-- CreateIndex
CREATE INDEX "late_reports_period_id_idx" ON "late_reports"("period_id");

-- CreateIndex
CREATE UNIQUE INDEX "late_reports_unit_id_period_id_key" ON "late_reports"("unit_id", "period_id");


-- Assessments submitted before revisions existed: their submission is revision 1.
INSERT INTO "assessment_revisions" ("assessment_id", "revision", "standing", "score", "four_good", "submitted_at", "submitted_by")
SELECT "id", 1, "standing", "score", "four_good", "submitted_at", "submitted_by" FROM "assessments"
WHERE "status" = 'submitted' AND "standing" IS NOT NULL AND "score" IS NOT NULL AND "four_good" IS NOT NULL AND "submitted_at" IS NOT NULL AND "submitted_by" IS NOT NULL;
