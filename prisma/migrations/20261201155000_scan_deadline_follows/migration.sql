-- The scan deadline follows session 1 (three working days before it) unless the trainer set it by hand.
ALTER TABLE "Traject" ADD COLUMN "scanDeadlineManual" BOOLEAN NOT NULL DEFAULT false;
