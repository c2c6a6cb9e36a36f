-- AlterTable
ALTER TABLE "Upload" ADD COLUMN     "altText" TEXT;
