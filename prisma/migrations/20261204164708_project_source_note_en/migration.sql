-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "sourceNoteEn" TEXT;
