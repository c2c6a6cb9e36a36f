-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);
