-- CreateTable
CREATE TABLE "AccessibilityFeedback" (
    "id" TEXT NOT NULL,
    "pageUrl" TEXT,
    "description" TEXT NOT NULL,
    "assistiveTech" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMPTZ(3),

    CONSTRAINT "AccessibilityFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_createdAt_idx" ON "AccessibilityFeedback"("createdAt");

-- Hand-written: the form's limits hold for every writer, not only the app (lib/accessibility/feedback-schemas.ts).
ALTER TABLE "AccessibilityFeedback"
  ADD CONSTRAINT "AccessibilityFeedback_lengths" CHECK (
    char_length(btrim("description")) BETWEEN 1 AND 2000
    AND (char_length("pageUrl") <= 500)
    AND (char_length("assistiveTech") <= 200)
    AND (char_length("contactEmail") <= 254)
  );
