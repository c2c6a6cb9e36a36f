-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "supportersToldAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "WorkshopSession" ADD COLUMN     "supportersToldAt" TIMESTAMPTZ(3);

-- Hand-written: sessions and events announced before supporters existed are not announced after the deploy.
UPDATE "WorkshopSession" SET "supportersToldAt" = CURRENT_TIMESTAMP;
UPDATE "Event" SET "supportersToldAt" = CURRENT_TIMESTAMP;
