-- CreateEnum
CREATE TYPE "MailDelivery" AS ENUM ('OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "awaitsDigest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delivery" "MailDelivery" NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "userId" TEXT NOT NULL,
    "cadence" "MailDelivery" NOT NULL,
    "windowKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("userId","cadence","windowKey")
);

-- Everyone who unsubscribed from a kind keeps it off: each opt-out becomes an OFF preference.
INSERT INTO "NotificationPreference" ("userId", "kind", "delivery", "updatedAt")
SELECT "userId", "kind", 'OFF', "createdAt" FROM "MailOptOut";

-- DropForeignKey
ALTER TABLE "MailOptOut" DROP CONSTRAINT "MailOptOut_userId_fkey";

-- DropTable
DROP TABLE "MailOptOut";

-- CreateIndex
CREATE INDEX "NotificationPreference_delivery_idx" ON "NotificationPreference"("delivery");

-- CreateIndex
CREATE INDEX "Notification_userId_awaitsDigest_idx" ON "Notification"("userId", "awaitsDigest");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestRun" ADD CONSTRAINT "DigestRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
