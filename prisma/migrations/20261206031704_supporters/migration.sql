-- CreateEnum
CREATE TYPE "TieKind" AS ENUM ('ORIGIN', 'CONNECTION', 'VISIT', 'FURUSATO_TAX', 'VOLUNTEER', 'SIDE_JOB', 'TWO_REGION');

-- CreateTable
CREATE TABLE "Supporter" (
    "userId" TEXT NOT NULL,
    "residence" INTEGER NOT NULL,
    "wholePrefecture" BOOLEAN NOT NULL DEFAULT false,
    "tieKinds" "TieKind"[],
    "notifyConsent" BOOLEAN NOT NULL DEFAULT false,
    "registerConsent" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Supporter_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SupporterTie" (
    "supporterId" TEXT NOT NULL,
    "municipalityId" INTEGER NOT NULL,

    CONSTRAINT "SupporterTie_pkey" PRIMARY KEY ("supporterId","municipalityId")
);

-- CreateIndex
CREATE INDEX "SupporterTie_municipalityId_idx" ON "SupporterTie"("municipalityId");

-- AddForeignKey
ALTER TABLE "Supporter" ADD CONSTRAINT "Supporter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterTie" ADD CONSTRAINT "SupporterTie_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "Supporter"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupporterTie" ADD CONSTRAINT "SupporterTie_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the residence is a JIS X 0401 prefecture code, or 0 for outside Japan.
ALTER TABLE "Supporter" ADD CONSTRAINT "Supporter_residence_range" CHECK ("residence" BETWEEN 0 AND 47);
-- A supporter names at least one kind of tie.
ALTER TABLE "Supporter" ADD CONSTRAINT "Supporter_tie_kinds_present" CHECK (cardinality("tieKinds") >= 1);
