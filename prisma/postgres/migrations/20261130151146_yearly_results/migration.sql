-- CreateTable
CREATE TABLE "assessment_revisions" (
    "id" SERIAL NOT NULL,
    "assessment_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "standing" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "four_good" BOOLEAN NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL,
    "submitted_by" INTEGER NOT NULL,
    "returned_at" TIMESTAMP(3),
    "returned_by" INTEGER,
    "return_reason" TEXT,

    CONSTRAINT "assessment_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "year_end_ratings" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" TEXT,
    "share_good_percent" INTEGER,
    "entered_by" INTEGER,
    "entered_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "year_end_ratings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "approved_missed_meetings" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "approved_by" INTEGER,
    "approved_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "approved_missed_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "title_decisions" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "conferred" BOOLEAN NOT NULL,
    "decided_by" INTEGER,
    "decided_at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "title_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "late_reports" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "period_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "allowed_by" INTEGER,
    "allowed_at" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "late_reports_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "year_end_ratings" ADD CONSTRAINT "year_end_ratings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "approved_missed_meetings" ADD CONSTRAINT "approved_missed_meetings_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "title_decisions" ADD CONSTRAINT "title_decisions_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "late_reports" ADD CONSTRAINT "late_reports_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "late_reports" ADD CONSTRAINT "late_reports_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Assessments submitted before revisions existed: their submission is revision 1.
INSERT INTO "assessment_revisions" ("assessment_id", "revision", "standing", "score", "four_good", "submitted_at", "submitted_by")
SELECT "id", 1, "standing", "score", "four_good", "submitted_at", "submitted_by" FROM "assessments"
WHERE "status" = 'submitted' AND "standing" IS NOT NULL AND "score" IS NOT NULL AND "four_good" IS NOT NULL AND "submitted_at" IS NOT NULL AND "submitted_by" IS NOT NULL;
