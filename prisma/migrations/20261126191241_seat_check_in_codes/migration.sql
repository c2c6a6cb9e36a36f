-- AlterTable
ALTER TABLE "MembershipSeat" ADD COLUMN     "qrSecret" TEXT;
