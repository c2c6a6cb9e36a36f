-- DropIndex
DROP INDEX "Idea_status_idx";

-- CreateIndex
CREATE INDEX "Booking_resourceId_blockedUntil_idx" ON "Booking"("resourceId", "blockedUntil");

-- CreateIndex
CREATE INDEX "Idea_status_createdAt_idx" ON "Idea"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Idea_status_updatedAt_idx" ON "Idea"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Reaction_projectId_idx" ON "Reaction"("projectId");

-- CreateIndex
CREATE INDEX "Reaction_ideaId_idx" ON "Reaction"("ideaId");
-- Keyword search in Japanese text. A trigram index (pg_trgm) cannot serve a pattern shorter than
-- three characters, and Japanese keywords are often two (温泉, 観光, 防災). So the catalogue indexes
-- every two-character piece of a row's text instead: a row can contain a keyword only if it
-- contains all of the keyword's pieces, which the GIN index answers; ILIKE then confirms.
-- The same function and column lists are used by the queries (lib/search/keyword.ts).
CREATE FUNCTION search_bigrams(VARIADIC texts text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}')
    FROM (SELECT lower(array_to_string(texts, ' ')) AS t) AS folded, generate_series(1, length(t) - 1) AS i
  $$;

CREATE INDEX "Project_search_bigrams" ON "Project"
  USING gin (search_bigrams("titleJa", "titleEn", "summaryJa", "summaryEn", "descriptionJa"));
CREATE INDEX "Idea_search_bigrams" ON "Idea" USING gin (search_bigrams("title", "description"));
CREATE INDEX "WorkshopIdea_search_bigrams" ON "WorkshopIdea" USING gin (search_bigrams("title", "description"));

-- The review page's answers not yet published, oldest first: a few among years of ideas.
CREATE INDEX "Idea_unpublished_answers" ON "Idea" ("updatedAt") WHERE "answer" IS NOT NULL AND "answerPublishedAt" IS NULL;
