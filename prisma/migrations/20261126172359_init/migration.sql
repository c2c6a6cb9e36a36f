-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('CITY', 'TOWN', 'VILLAGE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('RESIDENT', 'MEMBER', 'FACILITATOR', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('COMPANY', 'NPO', 'MUNICIPALITY', 'UNIVERSITY', 'FINANCIAL_INSTITUTION', 'PREFECTURE', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationMemberRole" AS ENUM ('ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "WorkshopSessionKind" AS ENUM ('SDG_CARD_GAME', 'ISSUE_STRUCTURE', 'IDEATION');

-- CreateEnum
CREATE TYPE "WorkshopSessionState" AS ENUM ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Affiliation" AS ENUM ('RESIDENT', 'COMPANY', 'NPO', 'MUNICIPAL_STAFF', 'PREFECTURAL_STAFF', 'STUDENT', 'OTHER');

-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'DECLINED', 'MERGED');

-- CreateEnum
CREATE TYPE "DeclineReason" AS ENUM ('OUT_OF_SCOPE', 'DUPLICATE', 'NOT_FEASIBLE', 'ALREADY_EXISTS', 'INSUFFICIENT_DETAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('MERGED', 'SPLIT');

-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('COMMUNITY', 'INITIATIVE');

-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('FORMING', 'PLANNING', 'PILOT', 'RUNNING', 'SCALING', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "ProjectMemberRole" AS ENUM ('LEAD', 'MEMBER', 'PARTNER');

-- CreateEnum
CREATE TYPE "NeedKind" AS ENUM ('KEY_PERSON', 'FUNDING', 'SKILLS', 'SPACE', 'PARTNERS');

-- CreateEnum
CREATE TYPE "FundingRoute" AS ENUM ('CROWDFUNDING_FURUSATO_NOZEI', 'CORPORATE_FURUSATO_NOZEI', 'GRANT', 'SPONSORSHIP');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('OPEN', 'PARTLY_MET', 'MET');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReactionKind" AS ENUM ('CHEER');

-- CreateEnum
CREATE TYPE "ModerationSubject" AS ENUM ('SDG_REFLECTION', 'ISSUE_CARD', 'WORKSHOP_IDEA', 'IDEA', 'PROJECT_UPDATE', 'COMMENT');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'DISMISSED');

-- CreateEnum
CREATE TYPE "Pillar" AS ENUM ('ECONOMY', 'SOCIETY', 'ENVIRONMENT');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "KpiComparator" AS ENUM ('EQ', 'GTE', 'LTE', 'INCREASE');

-- CreateEnum
CREATE TYPE "ObservationStatus" AS ENUM ('PRELIMINARY', 'FINAL', 'ESTIMATE', 'REVISED');

-- CreateEnum
CREATE TYPE "ObservationState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "KpiGradeValue" AS ENUM ('ACHIEVED', 'ON_TRACK', 'MODERATE', 'OFF_TRACK', 'NO_DATA');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('COWORKING', 'MEETING_ROOM', 'SEMINAR_SPACE', 'STUDIO');

-- CreateEnum
CREATE TYPE "DayType" AS ENUM ('WEEKDAY', 'WEEKEND_OR_HOLIDAY');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('CORPORATE_MONTHLY', 'INDIVIDUAL_MONTHLY', 'DROP_IN');

-- CreateEnum
CREATE TYPE "PricePer" AS ENUM ('MONTH', 'HOUR');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('APPLIED', 'ACTIVE', 'SUSPENDED', 'ENDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'CANCELLED', 'DECLINED', 'NO_SHOW', 'COMPLETED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('SEMINAR', 'PITCH', 'PROGRAMME', 'FORUM', 'OTHER');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Area" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kana" TEXT NOT NULL,
    "workshopYear" INTEGER,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kana" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "district" TEXT,
    "areaId" INTEGER NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[] DEFAULT ARRAY['RESIDENT']::"Role"[],
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "isPublicProfile" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "failedSignInCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "type" "OrganisationType" NOT NULL,
    "municipalityId" INTEGER,
    "website" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationMember" (
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "OrganisationMemberRole" NOT NULL DEFAULT 'MEMBER',

    CONSTRAINT "OrganisationMember_pkey" PRIMARY KEY ("organisationId","userId")
);

-- CreateTable
CREATE TABLE "SdgGoal" (
    "number" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "colour" TEXT NOT NULL,

    CONSTRAINT "SdgGoal_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "SdgTarget" (
    "code" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "titleJa" TEXT,
    "titleEn" TEXT,

    CONSTRAINT "SdgTarget_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "SdgTag" (
    "id" SERIAL NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "targetCode" TEXT,
    "ideaId" TEXT,
    "projectId" TEXT,
    "kpiId" INTEGER,
    "workshopIdeaId" TEXT,

    CONSTRAINT "SdgTag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopSeries" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopSession" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "WorkshopSessionKind" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venueJa" TEXT NOT NULL,
    "venueEn" TEXT,
    "capacity" INTEGER NOT NULL,
    "state" "WorkshopSessionState" NOT NULL DEFAULT 'SCHEDULED',
    "stage" TEXT,
    "submissionsOpen" BOOLEAN NOT NULL DEFAULT false,
    "joinCode" TEXT,
    "votesPerParticipant" INTEGER NOT NULL DEFAULT 5,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WorkshopSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "nickname" TEXT NOT NULL,
    "affiliation" "Affiliation" NOT NULL,
    "consentedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SdgPick" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SdgPick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SdgReflection" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SdgReflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueCard" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT,
    "text" TEXT NOT NULL,
    "clientKey" TEXT,
    "hiddenAt" TIMESTAMPTZ(3),
    "mergedIntoId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueLink" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "fromCardId" TEXT NOT NULL,
    "toCardId" TEXT NOT NULL,
    "participantId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssueLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopIdea" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "needs" "NeedKind"[],
    "clientKey" TEXT,
    "clusterId" TEXT,
    "hiddenAt" TIMESTAMPTZ(3),
    "shortlistedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopIdea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaCluster" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "workshopIdeaId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Idea" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "IdeaStatus" NOT NULL DEFAULT 'SUBMITTED',
    "areaId" INTEGER,
    "municipalityId" INTEGER,
    "needs" "NeedKind"[],
    "authorId" TEXT,
    "workshopSessionId" TEXT,
    "workshopIdeaId" TEXT,
    "workshopAuthors" TEXT[],
    "declineReason" "DeclineReason",
    "answer" TEXT,
    "answerPublishedAt" TIMESTAMPTZ(3),
    "reviewerId" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "hiddenAt" TIMESTAMPTZ(3),
    "clientKey" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Idea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaLineage" (
    "fromIdeaId" TEXT NOT NULL,
    "toIdeaId" TEXT NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaLineage_pkey" PRIMARY KEY ("fromIdeaId","toIdeaId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "summaryJa" TEXT NOT NULL,
    "summaryEn" TEXT,
    "descriptionJa" TEXT,
    "kind" "ProjectKind" NOT NULL DEFAULT 'COMMUNITY',
    "stage" "ProjectStage" NOT NULL DEFAULT 'FORMING',
    "areaId" INTEGER,
    "municipalityId" INTEGER,
    "runningSince" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "sourceNote" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectIdea" (
    "projectId" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,

    CONSTRAINT "ProjectIdea_pkey" PRIMARY KEY ("projectId","ideaId")
);

-- CreateTable
CREATE TABLE "ProjectLineage" (
    "fromProjectId" TEXT NOT NULL,
    "toProjectId" TEXT NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectLineage_pkey" PRIMARY KEY ("fromProjectId","toProjectId")
);

-- CreateTable
CREATE TABLE "ProjectStageChange" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromStage" "ProjectStage",
    "toStage" "ProjectStage" NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "changedById" TEXT,

    CONSTRAINT "ProjectStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "role" "ProjectMemberRole" NOT NULL,
    "userId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectNeed" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "NeedKind" NOT NULL,
    "titleJa" TEXT NOT NULL,
    "descriptionJa" TEXT,
    "fundingRoute" "FundingRoute",
    "amountJpy" INTEGER,
    "metAmountJpy" INTEGER NOT NULL DEFAULT 0,
    "status" "NeedStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProjectNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportOffer" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "message" TEXT NOT NULL,
    "amountJpy" INTEGER,
    "status" "OfferStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectUpdate" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMPTZ(3),

    CONSTRAINT "ProjectUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectFollower" (
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFollower_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "ProjectKpi" (
    "projectId" TEXT NOT NULL,
    "kpiId" INTEGER NOT NULL,

    CONSTRAINT "ProjectKpi_pkey" PRIMARY KEY ("projectId","kpiId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT,
    "projectId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "hiddenAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reaction" (
    "id" TEXT NOT NULL,
    "kind" "ReactionKind" NOT NULL DEFAULT 'CHEER',
    "ideaId" TEXT,
    "projectId" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModerationReport" (
    "id" TEXT NOT NULL,
    "subjectType" "ModerationSubject" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reporterId" TEXT,
    "reporterParticipantId" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModerationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "originalName" TEXT,
    "uploadedById" TEXT,
    "projectUpdateId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "pillar" "Pillar" NOT NULL,
    "unit" TEXT,
    "unitEn" TEXT,
    "direction" "KpiDirection" NOT NULL,
    "cumulative" BOOLEAN NOT NULL,
    "ownerDepartmentJa" TEXT,
    "ownerDepartmentEn" TEXT,
    "sdgConfidence" TEXT,
    "sdgNote" TEXT,
    "sourceRefs" JSONB NOT NULL,
    "notes" TEXT[],
    "derivation" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiSeries" (
    "id" SERIAL NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "labelJa" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "baselineFiscalYear" INTEGER,
    "baselineValue" DECIMAL(20,4),
    "baselinePrinted" TEXT,
    "baselineSourceLines" INTEGER[],
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "KpiSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiMilestone" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "comparator" "KpiComparator" NOT NULL,
    "sourceLines" INTEGER[],

    CONSTRAINT "KpiMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiObservation" (
    "id" TEXT NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "value" DECIMAL(20,4) NOT NULL,
    "status" "ObservationStatus" NOT NULL,
    "state" "ObservationState" NOT NULL DEFAULT 'DRAFT',
    "evidenceUrl" TEXT,
    "evidenceUploadId" TEXT,
    "note" TEXT,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "supersededAt" TIMESTAMPTZ(3),

    CONSTRAINT "KpiObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiGrade" (
    "id" TEXT NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "seriesId" INTEGER,
    "grade" "KpiGradeValue" NOT NULL,
    "inputs" JSONB NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiGrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpaceLocation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "buildingJa" TEXT NOT NULL,
    "buildingEn" TEXT NOT NULL,
    "floor" INTEGER NOT NULL,

    CONSTRAINT "SpaceLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpaceResource" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "equipment" TEXT[],
    "minMinutes" INTEGER NOT NULL,
    "maxMinutes" INTEGER NOT NULL,
    "bufferBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
    "bufferAfterMinutes" INTEGER NOT NULL DEFAULT 0,
    "advanceDays" INTEGER NOT NULL,
    "requiresApproval" BOOLEAN NOT NULL DEFAULT false,
    "cancelDeadlineMinutes" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SpaceResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "dayType" "DayType" NOT NULL,
    "opensMinute" INTEGER NOT NULL,
    "closesMinute" INTEGER NOT NULL,
    "sourceNote" TEXT,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Closure" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "reasonJa" TEXT NOT NULL,
    "reasonEn" TEXT,

    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipPlan" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL,
    "priceJpy" INTEGER NOT NULL,
    "per" "PricePer" NOT NULL,
    "dailyCapJpy" INTEGER,
    "maxFutureBookings" INTEGER NOT NULL,
    "maxRoomMinutesPerWeek" INTEGER NOT NULL,
    "sourceNote" TEXT,

    CONSTRAINT "MembershipPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "organisationId" TEXT,
    "status" "MembershipStatus" NOT NULL DEFAULT 'APPLIED',
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "bookingSuspendedUntil" TIMESTAMPTZ(3),
    "qrSecret" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipSeat" (
    "membershipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "MembershipSeat_pkey" PRIMARY KEY ("membershipId","userId")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "membershipId" TEXT,
    "projectId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedFrom" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'CONFIRMED',
    "purpose" TEXT,
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "clientKey" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "membershipId" TEXT,
    "locationId" TEXT NOT NULL,
    "bookingId" TEXT,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,
    "checkedOutAt" TIMESTAMPTZ(3),
    "feeJpy" INTEGER,
    "recordedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "totalJpy" INTEGER NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMPTZ(3),
    "markedPaidById" TEXT,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementLine" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "amountJpy" INTEGER NOT NULL,
    "checkInId" TEXT,

    CONSTRAINT "StatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionJa" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "kind" "EventKind" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "locationId" TEXT,
    "resourceId" TEXT,
    "capacity" INTEGER NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "status" "RegistrationStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "cancelTokenHash" TEXT,
    "checkedInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AreaToWorkshopSeries" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AreaToWorkshopSeries_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_SessionFacilitators" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SessionFacilitators_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IssueCardToWorkshopIdea" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_IssueCardToWorkshopIdea_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_IdeaToIssueCard" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_IdeaToIssueCard_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_nameJa_key" ON "Municipality"("nameJa");

-- CreateIndex
CREATE INDEX "Municipality_areaId_idx" ON "Municipality"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OrganisationMember_userId_idx" ON "OrganisationMember"("userId");

-- CreateIndex
CREATE INDEX "SdgTarget_goalNumber_idx" ON "SdgTarget"("goalNumber");

-- CreateIndex
CREATE INDEX "SdgTag_goalNumber_idx" ON "SdgTag"("goalNumber");

-- CreateIndex
CREATE INDEX "SdgTag_ideaId_idx" ON "SdgTag"("ideaId");

-- CreateIndex
CREATE INDEX "SdgTag_projectId_idx" ON "SdgTag"("projectId");

-- CreateIndex
CREATE INDEX "SdgTag_kpiId_idx" ON "SdgTag"("kpiId");

-- CreateIndex
CREATE INDEX "SdgTag_workshopIdeaId_idx" ON "SdgTag"("workshopIdeaId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopSeries_slug_key" ON "WorkshopSeries"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopSession_joinCode_key" ON "WorkshopSession"("joinCode");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopSession_seriesId_number_key" ON "WorkshopSession"("seriesId", "number");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_sessionId_idx" ON "WorkshopParticipant"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_sessionId_userId_key" ON "WorkshopParticipant"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "SdgPick_sessionId_idx" ON "SdgPick"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SdgPick_participantId_goalNumber_key" ON "SdgPick"("participantId", "goalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "SdgReflection_participantId_key" ON "SdgReflection"("participantId");

-- CreateIndex
CREATE INDEX "IssueCard_sessionId_idx" ON "IssueCard"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "IssueCard_participantId_clientKey_key" ON "IssueCard"("participantId", "clientKey");

-- CreateIndex
CREATE INDEX "IssueLink_sessionId_idx" ON "IssueLink"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "IssueLink_fromCardId_toCardId_key" ON "IssueLink"("fromCardId", "toCardId");

-- CreateIndex
CREATE INDEX "WorkshopIdea_sessionId_idx" ON "WorkshopIdea"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopIdea_participantId_clientKey_key" ON "WorkshopIdea"("participantId", "clientKey");

-- CreateIndex
CREATE INDEX "Vote_participantId_idx" ON "Vote"("participantId");

-- CreateIndex
CREATE INDEX "Vote_workshopIdeaId_idx" ON "Vote"("workshopIdeaId");

-- CreateIndex
CREATE UNIQUE INDEX "Idea_workshopIdeaId_key" ON "Idea"("workshopIdeaId");

-- CreateIndex
CREATE INDEX "Idea_status_idx" ON "Idea"("status");

-- CreateIndex
CREATE INDEX "Idea_areaId_idx" ON "Idea"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Idea_authorId_clientKey_key" ON "Idea"("authorId", "clientKey");

-- CreateIndex
CREATE INDEX "IdeaLineage_toIdeaId_idx" ON "IdeaLineage"("toIdeaId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "Project_stage_idx" ON "Project"("stage");

-- CreateIndex
CREATE INDEX "Project_areaId_idx" ON "Project"("areaId");

-- CreateIndex
CREATE INDEX "ProjectIdea_ideaId_idx" ON "ProjectIdea"("ideaId");

-- CreateIndex
CREATE INDEX "ProjectStageChange_projectId_changedAt_idx" ON "ProjectStageChange"("projectId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectMember_projectId_userId_key" ON "ProjectMember"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectMember_projectId_organisationId_key" ON "ProjectMember"("projectId", "organisationId");

-- CreateIndex
CREATE INDEX "ProjectNeed_projectId_idx" ON "ProjectNeed"("projectId");

-- CreateIndex
CREATE INDEX "ProjectNeed_kind_status_idx" ON "ProjectNeed"("kind", "status");

-- CreateIndex
CREATE INDEX "SupportOffer_needId_idx" ON "SupportOffer"("needId");

-- CreateIndex
CREATE INDEX "SupportOffer_userId_idx" ON "SupportOffer"("userId");

-- CreateIndex
CREATE INDEX "ProjectUpdate_projectId_publishedAt_idx" ON "ProjectUpdate"("projectId", "publishedAt");

-- CreateIndex
CREATE INDEX "Comment_ideaId_idx" ON "Comment"("ideaId");

-- CreateIndex
CREATE INDEX "Comment_projectId_idx" ON "Comment"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Reaction_userId_ideaId_kind_key" ON "Reaction"("userId", "ideaId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Reaction_userId_projectId_kind_key" ON "Reaction"("userId", "projectId", "kind");

-- CreateIndex
CREATE INDEX "ModerationReport_subjectType_subjectId_idx" ON "ModerationReport"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "ModerationReport_status_idx" ON "ModerationReport"("status");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Upload_storageKey_key" ON "Upload"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_code_key" ON "Kpi"("code");

-- CreateIndex
CREATE UNIQUE INDEX "KpiSeries_kpiId_key_key" ON "KpiSeries"("kpiId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "KpiMilestone_seriesId_fiscalYear_key" ON "KpiMilestone"("seriesId", "fiscalYear");

-- CreateIndex
CREATE INDEX "KpiObservation_seriesId_state_idx" ON "KpiObservation"("seriesId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "KpiObservation_seriesId_fiscalYear_version_key" ON "KpiObservation"("seriesId", "fiscalYear", "version");

-- CreateIndex
CREATE INDEX "KpiGrade_kpiId_computedAt_idx" ON "KpiGrade"("kpiId", "computedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SpaceLocation_code_key" ON "SpaceLocation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SpaceResource_slug_key" ON "SpaceResource"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "OpeningHours_locationId_dayType_key" ON "OpeningHours"("locationId", "dayType");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipPlan_code_key" ON "MembershipPlan"("code");

-- CreateIndex
CREATE INDEX "Membership_holderId_idx" ON "Membership"("holderId");

-- CreateIndex
CREATE INDEX "Booking_resourceId_startsAt_idx" ON "Booking"("resourceId", "startsAt");

-- CreateIndex
CREATE INDEX "Booking_userId_startsAt_idx" ON "Booking"("userId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_userId_clientKey_key" ON "Booking"("userId", "clientKey");

-- CreateIndex
CREATE INDEX "CheckIn_userId_checkedInAt_idx" ON "CheckIn"("userId", "checkedInAt");

-- CreateIndex
CREATE INDEX "CheckIn_locationId_checkedInAt_idx" ON "CheckIn"("locationId", "checkedInAt");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_membershipId_month_key" ON "Statement"("membershipId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_idx" ON "EventRegistration"("eventId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_at_idx" ON "AuditLog"("subjectType", "subjectId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "_AreaToWorkshopSeries_B_index" ON "_AreaToWorkshopSeries"("B");

-- CreateIndex
CREATE INDEX "_SessionFacilitators_B_index" ON "_SessionFacilitators"("B");

-- CreateIndex
CREATE INDEX "_IssueCardToWorkshopIdea_B_index" ON "_IssueCardToWorkshopIdea"("B");

-- CreateIndex
CREATE INDEX "_IdeaToIssueCard_B_index" ON "_IdeaToIssueCard"("B");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMember" ADD CONSTRAINT "OrganisationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTarget" ADD CONSTRAINT "SdgTarget_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_goalNumber_fkey" FOREIGN KEY ("goalNumber") REFERENCES "SdgGoal"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_workshopIdeaId_fkey" FOREIGN KEY ("workshopIdeaId") REFERENCES "WorkshopIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "WorkshopSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgPick" ADD CONSTRAINT "SdgPick_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgPick" ADD CONSTRAINT "SdgPick_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgReflection" ADD CONSTRAINT "SdgReflection_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueCard" ADD CONSTRAINT "IssueCard_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueCard" ADD CONSTRAINT "IssueCard_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueCard" ADD CONSTRAINT "IssueCard_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "IssueCard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueLink" ADD CONSTRAINT "IssueLink_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueLink" ADD CONSTRAINT "IssueLink_fromCardId_fkey" FOREIGN KEY ("fromCardId") REFERENCES "IssueCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueLink" ADD CONSTRAINT "IssueLink_toCardId_fkey" FOREIGN KEY ("toCardId") REFERENCES "IssueCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueLink" ADD CONSTRAINT "IssueLink_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopIdea" ADD CONSTRAINT "WorkshopIdea_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "IdeaCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaCluster" ADD CONSTRAINT "IdeaCluster_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_workshopIdeaId_fkey" FOREIGN KEY ("workshopIdeaId") REFERENCES "WorkshopIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_workshopSessionId_fkey" FOREIGN KEY ("workshopSessionId") REFERENCES "WorkshopSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_workshopIdeaId_fkey" FOREIGN KEY ("workshopIdeaId") REFERENCES "WorkshopIdea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaLineage" ADD CONSTRAINT "IdeaLineage_fromIdeaId_fkey" FOREIGN KEY ("fromIdeaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaLineage" ADD CONSTRAINT "IdeaLineage_toIdeaId_fkey" FOREIGN KEY ("toIdeaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIdea" ADD CONSTRAINT "ProjectIdea_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectIdea" ADD CONSTRAINT "ProjectIdea_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLineage" ADD CONSTRAINT "ProjectLineage_fromProjectId_fkey" FOREIGN KEY ("fromProjectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLineage" ADD CONSTRAINT "ProjectLineage_toProjectId_fkey" FOREIGN KEY ("toProjectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStageChange" ADD CONSTRAINT "ProjectStageChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStageChange" ADD CONSTRAINT "ProjectStageChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeed" ADD CONSTRAINT "ProjectNeed_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_needId_fkey" FOREIGN KEY ("needId") REFERENCES "ProjectNeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectUpdate" ADD CONSTRAINT "ProjectUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollower" ADD CONSTRAINT "ProjectFollower_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollower" ADD CONSTRAINT "ProjectFollower_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectKpi" ADD CONSTRAINT "ProjectKpi_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectKpi" ADD CONSTRAINT "ProjectKpi_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_reporterParticipantId_fkey" FOREIGN KEY ("reporterParticipantId") REFERENCES "WorkshopParticipant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModerationReport" ADD CONSTRAINT "ModerationReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_projectUpdateId_fkey" FOREIGN KEY ("projectUpdateId") REFERENCES "ProjectUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiSeries" ADD CONSTRAINT "KpiSeries_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMilestone" ADD CONSTRAINT "KpiMilestone_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "KpiSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "KpiSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_evidenceUploadId_fkey" FOREIGN KEY ("evidenceUploadId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiGrade" ADD CONSTRAINT "KpiGrade_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiGrade" ADD CONSTRAINT "KpiGrade_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "KpiSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpaceResource" ADD CONSTRAINT "SpaceResource_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "SpaceLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "SpaceLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "SpaceLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_planId_fkey" FOREIGN KEY ("planId") REFERENCES "MembershipPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipSeat" ADD CONSTRAINT "MembershipSeat_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipSeat" ADD CONSTRAINT "MembershipSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "SpaceResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "SpaceLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_markedPaidById_fkey" FOREIGN KEY ("markedPaidById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementLine" ADD CONSTRAINT "StatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementLine" ADD CONSTRAINT "StatementLine_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "SpaceLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "SpaceResource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToWorkshopSeries" ADD CONSTRAINT "_AreaToWorkshopSeries_A_fkey" FOREIGN KEY ("A") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToWorkshopSeries" ADD CONSTRAINT "_AreaToWorkshopSeries_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkshopSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SessionFacilitators" ADD CONSTRAINT "_SessionFacilitators_A_fkey" FOREIGN KEY ("A") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SessionFacilitators" ADD CONSTRAINT "_SessionFacilitators_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueCardToWorkshopIdea" ADD CONSTRAINT "_IssueCardToWorkshopIdea_A_fkey" FOREIGN KEY ("A") REFERENCES "IssueCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IssueCardToWorkshopIdea" ADD CONSTRAINT "_IssueCardToWorkshopIdea_B_fkey" FOREIGN KEY ("B") REFERENCES "WorkshopIdea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IdeaToIssueCard" ADD CONSTRAINT "_IdeaToIssueCard_A_fkey" FOREIGN KEY ("A") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_IdeaToIssueCard" ADD CONSTRAINT "_IdeaToIssueCard_B_fkey" FOREIGN KEY ("B") REFERENCES "IssueCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the rules Prisma's schema language cannot state. The database enforces them so
-- that no code path (a bug, a script, a psql session) can break them. See scripts/db/engine.ts
-- for how these interact with drift checks.
-- ---------------------------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- NETSUGEN: one resource cannot be held twice. The blocked range includes the set-up and
-- clean-up buffers; only pending and confirmed bookings hold the slot.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap"
  EXCLUDE USING gist ("resourceId" WITH =, tstzrange("blockedFrom", "blockedUntil", '[)') WITH &&)
  WHERE ("status" IN ('PENDING', 'CONFIRMED'));
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_times"
  CHECK ("endsAt" > "startsAt" AND "blockedFrom" <= "startsAt" AND "blockedUntil" >= "endsAt");

CREATE UNIQUE INDEX "CheckIn_one_open_per_user" ON "CheckIn" ("userId") WHERE "checkedOutAt" IS NULL;
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_times" CHECK ("checkedOutAt" IS NULL OR "checkedOutAt" >= "checkedInAt");
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_fee" CHECK ("feeJpy" IS NULL OR "feeJpy" >= 0);

ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_minutes"
  CHECK ("opensMinute" >= 0 AND "closesMinute" <= 1440 AND "opensMinute" < "closesMinute");
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_times" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_times" CHECK ("endsAt" > "startsAt" AND "capacity" > 0);
ALTER TABLE "SpaceResource" ADD CONSTRAINT "SpaceResource_limits"
  CHECK ("capacity" > 0 AND "minMinutes" > 0 AND "maxMinutes" >= "minMinutes" AND "bufferBeforeMinutes" >= 0
         AND "bufferAfterMinutes" >= 0 AND "advanceDays" >= 0 AND "cancelDeadlineMinutes" >= 0);
ALTER TABLE "MembershipPlan" ADD CONSTRAINT "MembershipPlan_money"
  CHECK ("priceJpy" >= 0 AND ("dailyCapJpy" IS NULL OR "dailyCapJpy" >= 0));
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_total" CHECK ("totalJpy" >= 0);

-- Generic subjects: every tag, comment, reaction and team member belongs to exactly one thing.
ALTER TABLE "SdgTag" ADD CONSTRAINT "SdgTag_one_subject"
  CHECK (num_nonnulls("ideaId", "projectId", "kpiId", "workshopIdeaId") = 1);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_one_subject" CHECK (num_nonnulls("ideaId", "projectId") = 1);
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_one_subject" CHECK (num_nonnulls("ideaId", "projectId") = 1);
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_one_member" CHECK (num_nonnulls("userId", "organisationId") = 1);

-- Workshops.
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_rules"
  CHECK ("number" BETWEEN 1 AND 3 AND "endsAt" > "startsAt" AND "capacity" > 0 AND "votesPerParticipant" BETWEEN 1 AND 20);
ALTER TABLE "SdgPick" ADD CONSTRAINT "SdgPick_goal" CHECK ("goalNumber" BETWEEN 1 AND 17);
ALTER TABLE "IssueLink" ADD CONSTRAINT "IssueLink_not_self" CHECK ("fromCardId" <> "toCardId");

-- KPIs: four eyes (whoever submits may not approve), sane fiscal years, and at most one
-- published current value per series and year.
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_four_eyes"
  CHECK ("approvedById" IS NULL OR "submittedById" IS NULL OR "approvedById" <> "submittedById");
ALTER TABLE "KpiObservation" ADD CONSTRAINT "KpiObservation_fiscal_year" CHECK ("fiscalYear" BETWEEN 2000 AND 2100);
CREATE UNIQUE INDEX "KpiObservation_one_current_published" ON "KpiObservation" ("seriesId", "fiscalYear")
  WHERE "state" = 'PUBLISHED' AND "supersededAt" IS NULL;

-- The audit log is append-only, whoever connects.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP USING ERRCODE = '55000';
END;
$$;
CREATE TRIGGER "AuditLog_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
