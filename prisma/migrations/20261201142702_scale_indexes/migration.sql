-- DropIndex
DROP INDEX "Claim_kind_idx";

-- DropIndex
DROP INDEX "Claim_speakerId_idx";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "relatedClaimId" UUID;

-- CreateTable
CREATE TABLE "SubjectStat" (
    "key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "claims" INTEGER NOT NULL,
    "outlets" INTEGER NOT NULL,

    CONSTRAINT "SubjectStat_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SubjectOutletStat" (
    "key" TEXT NOT NULL,
    "outletId" UUID NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "SubjectOutletStat_pkey" PRIMARY KEY ("key","outletId")
);

-- CreateIndex
CREATE INDEX "SubjectStat_outlets_claims_key_idx" ON "SubjectStat"("outlets" DESC, "claims" DESC, "key");

-- CreateIndex
CREATE INDEX "AuditEvent_relatedClaimId_createdAt_idx" ON "AuditEvent"("relatedClaimId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_status_createdAt_id_idx" ON "Claim"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_kind_createdAt_id_idx" ON "Claim"("kind", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_createdAt_id_idx" ON "Claim"("articleId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_speakerId_createdAt_id_idx" ON "Claim"("speakerId", "createdAt", "id");
-- Hand-written: equality filters are case-insensitive equality (not LIKE patterns), served by
-- expression indexes on lower(). text_pattern_ops lets the same index serve the autocomplete's
-- prefix match (`LIKE 'abc%'`) whatever the database's collation. Prisma's schema cannot describe
-- expression indexes; its migration diff does not read them either, so they cause no drift. See
-- docs/decisions/012-case-insensitive-equality-and-keyset-cursors.md.
CREATE INDEX "Claim_subject_lower_createdAt_id_idx" ON "Claim" (lower("subject") text_pattern_ops, "createdAt", "id");
CREATE INDEX "Actor_name_lower_idx" ON "Actor" (lower("name") text_pattern_ops);
CREATE INDEX "ActorAlias_alias_lower_idx" ON "ActorAlias" (lower("alias") text_pattern_ops);
CREATE INDEX "Outlet_name_lower_idx" ON "Outlet" (lower("name"));

-- Hand-written backfill: link events name the other claim in a column of their own from now on.
UPDATE "AuditEvent"
SET "relatedClaimId" = (coalesce("after", "before") ->> 'toClaimId')::uuid
WHERE "entityType" = 'ClaimLink' AND coalesce("after", "before") ? 'toClaimId';

-- Hand-written: SubjectStat / SubjectOutletStat are kept current by triggers (the compare page's
-- subject list reads them instead of aggregating every claim). A claim counts under
-- lower(subject) and its article's outlet. The claim triggers are per statement, with transition
-- tables, so a bulk insert costs one aggregated update rather than one per row. Cascades:
-- deleting an article deletes its claims after the article row is gone, so the article's own
-- trigger counts them out first and the claim trigger skips claims whose article it cannot see.

-- Applies per-(subject, outlet) deltas. SubjectStat.outlets changes when an outlet's count
-- leaves or reaches zero, judged from the count the upsert returns (race-free: a concurrent
-- change to the same row waits for the row lock and then sees the committed count).
CREATE FUNCTION claimdesk_subject_stats_apply(subjects text[], outlets uuid[], deltas int[]) RETURNS void
  LANGUAGE sql AS $$
    WITH d AS (
      SELECT lower(x.subject) AS "key", min(x.subject) AS subject, x.outlet AS "outletId", sum(x.delta)::int AS delta
      FROM unnest(subjects, outlets, deltas) AS x(subject, outlet, delta)
      WHERE x.subject IS NOT NULL AND x.outlet IS NOT NULL
      GROUP BY 1, 3
      HAVING sum(x.delta) <> 0
    ),
    up AS (
      INSERT INTO "SubjectOutletStat" ("key", "outletId", "claims")
      SELECT "key", "outletId", delta FROM d
      ON CONFLICT ("key", "outletId") DO UPDATE SET "claims" = "SubjectOutletStat"."claims" + EXCLUDED."claims"
      RETURNING "key", "outletId", "claims"
    )
    INSERT INTO "SubjectStat" ("key", "subject", "claims", "outlets")
    SELECT d."key", min(d.subject), sum(d.delta),
           sum(CASE WHEN up."claims" - d.delta = 0 AND up."claims" > 0 THEN 1 WHEN up."claims" - d.delta > 0 AND up."claims" = 0 THEN -1 ELSE 0 END)
    FROM d JOIN up ON up."key" = d."key" AND up."outletId" = d."outletId"
    GROUP BY d."key"
    ON CONFLICT ("key") DO UPDATE SET "claims" = "SubjectStat"."claims" + EXCLUDED."claims", "outlets" = "SubjectStat"."outlets" + EXCLUDED."outlets";
  $$;

CREATE FUNCTION claimdesk_claim_subject_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(n."subject"), array_agg(a."outletId"), array_agg(1))
      FROM new_rows n JOIN "Article" a ON a."id" = n."articleId" WHERE n."subject" IS NOT NULL;
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(o."subject"), array_agg(a."outletId"), array_agg(-1))
      FROM old_rows o JOIN "Article" a ON a."id" = o."articleId" WHERE o."subject" IS NOT NULL;
    ELSE
      PERFORM claimdesk_subject_stats_apply(array_agg(x.subject), array_agg(a."outletId"), array_agg(x.delta))
      FROM (
        SELECT o."subject", o."articleId", -1 AS delta FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        WHERE o."subject" IS DISTINCT FROM n."subject" OR o."articleId" <> n."articleId"
        UNION ALL
        SELECT n."subject", n."articleId", 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        WHERE o."subject" IS DISTINCT FROM n."subject" OR o."articleId" <> n."articleId"
      ) x JOIN "Article" a ON a."id" = x."articleId" WHERE x.subject IS NOT NULL;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE FUNCTION claimdesk_article_subject_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(c."subject"), array_agg(OLD."outletId"), array_agg(-1))
      FROM "Claim" c WHERE c."articleId" = OLD."id" AND c."subject" IS NOT NULL;
      RETURN OLD;
    END IF;
    -- An article moved to another outlet takes its claims with it.
    PERFORM claimdesk_subject_stats_apply(array_agg(c."subject") || array_agg(c."subject"),
                                          array_fill(OLD."outletId", ARRAY[count(*)::int]) || array_fill(NEW."outletId", ARRAY[count(*)::int]),
                                          array_fill(-1, ARRAY[count(*)::int]) || array_fill(1, ARRAY[count(*)::int]))
    FROM "Claim" c WHERE c."articleId" = NEW."id" AND c."subject" IS NOT NULL;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER "Claim_subject_stats_insert"
  AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_subject_stats_trigger();

CREATE TRIGGER "Claim_subject_stats_delete"
  AFTER DELETE ON "Claim" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_subject_stats_trigger();

CREATE TRIGGER "Claim_subject_stats_update"
  AFTER UPDATE ON "Claim" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_subject_stats_trigger();

-- BEFORE DELETE: the claims are still there to be counted out.
CREATE TRIGGER "Article_subject_stats_delete"
  BEFORE DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION claimdesk_article_subject_stats_trigger();

CREATE TRIGGER "Article_subject_stats_outlet"
  AFTER UPDATE OF "outletId" ON "Article"
  FOR EACH ROW WHEN (OLD."outletId" IS DISTINCT FROM NEW."outletId")
  EXECUTE FUNCTION claimdesk_article_subject_stats_trigger();

-- Recomputes both tables from the claims; used below and by bulk loads that disable the triggers.
CREATE FUNCTION claimdesk_subject_stats_rebuild() RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM "SubjectOutletStat";
    DELETE FROM "SubjectStat";
    INSERT INTO "SubjectOutletStat" ("key", "outletId", "claims")
      SELECT lower(c."subject"), a."outletId", count(*) FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."subject" IS NOT NULL GROUP BY 1, 2;
    -- One pass over the claims: a per-subject lookup of the first spelling would scan the table
    -- once per subject wherever the lower(subject) index does not exist yet (a bulk load).
    INSERT INTO "SubjectStat" ("key", "subject", "claims", "outlets")
      SELECT lower(c."subject"), min(c."subject"), count(*), count(DISTINCT a."outletId")
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."subject" IS NOT NULL GROUP BY 1;
  $$;

SELECT claimdesk_subject_stats_rebuild();
