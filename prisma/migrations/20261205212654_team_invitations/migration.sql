-- CreateTable
CREATE TABLE "ProjectInvitation" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "ProjectMemberRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),
    "accepted" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectInvitation_tokenHash_key" ON "ProjectInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "ProjectInvitation_projectId_email_idx" ON "ProjectInvitation"("projectId", "email");

-- AddForeignKey
ALTER TABLE "ProjectInvitation" ADD CONSTRAINT "ProjectInvitation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInvitation" ADD CONSTRAINT "ProjectInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a project has at most one lead. Adding a second lead used to be possible; where it
-- happened, the earliest stays lead and the others become members.
UPDATE "ProjectMember" AS m SET "role" = 'MEMBER'
WHERE m."role" = 'LEAD'
  AND EXISTS (
    SELECT 1 FROM "ProjectMember" AS o
    WHERE o."projectId" = m."projectId" AND o."role" = 'LEAD' AND (o."createdAt", o."id") < (m."createdAt", m."id")
  );
CREATE UNIQUE INDEX "ProjectMember_one_lead" ON "ProjectMember" ("projectId") WHERE "role" = 'LEAD';

-- Partners are organisations, added directly; an invitation is for a person.
ALTER TABLE "ProjectInvitation" ADD CONSTRAINT "ProjectInvitation_person_role" CHECK ("role" IN ('LEAD', 'MEMBER'));
