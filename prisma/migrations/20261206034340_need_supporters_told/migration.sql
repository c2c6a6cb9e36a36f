-- AlterTable
ALTER TABLE "ProjectNeed" ADD COLUMN     "supportersToldAt" TIMESTAMPTZ(3);

-- Hand-written: needs opened before supporters existed are not announced to them after the deploy.
UPDATE "ProjectNeed" SET "supportersToldAt" = "openedAt";
