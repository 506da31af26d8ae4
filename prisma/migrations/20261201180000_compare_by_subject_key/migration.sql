-- DropIndex
DROP INDEX "Claim_subjectKey_createdAt_idx";

-- CreateIndex
CREATE INDEX "Claim_subjectKey_createdAt_id_idx" ON "Claim"("subjectKey", "createdAt", "id");

-- Hand-written: the compare page groups claims by their normalised subject key (Claim.subjectKey,
-- the key link suggestions match on, with editors' merges applied) instead of by the subject as
-- typed, so "Norland military deaths" and a claim marked with only a quote about 31 Norland
-- soldiers killed are compared together. SubjectStat / SubjectOutletStat are now keyed by it; the
-- label shown is the subject editors typed most, or the engine's description when none typed one.
-- See docs/decisions/025-compare-by-subject-key.md.
DROP FUNCTION claimdesk_subject_stats_apply(text[], uuid[], int[]);

CREATE FUNCTION claimdesk_subject_stats_apply(keys text[], labels text[], outlets uuid[], deltas int[]) RETURNS void
  LANGUAGE sql AS $$
    WITH d AS (
      SELECT x.key AS "key", min(x.label) AS label, x.outlet AS "outletId", sum(x.delta)::int AS delta
      FROM unnest(keys, labels, outlets, deltas) AS x(key, label, outlet, delta)
      WHERE x.key IS NOT NULL AND x.outlet IS NOT NULL
      GROUP BY 1, 3
      HAVING sum(x.delta) <> 0
    ),
    up AS (
      INSERT INTO "SubjectOutletStat" ("key", "outletId", "claims")
      SELECT "key", "outletId", delta FROM d
      ON CONFLICT ("key", "outletId") DO UPDATE SET "claims" = "SubjectOutletStat"."claims" + EXCLUDED."claims"
      RETURNING "key", "outletId", "claims"
    )
    -- The label of an existing subject is kept: it names the group, whichever claims come and go.
    INSERT INTO "SubjectStat" ("key", "subject", "claims", "outlets")
    SELECT d."key", min(d.label), sum(d.delta),
           sum(CASE WHEN up."claims" - d.delta = 0 AND up."claims" > 0 THEN 1 WHEN up."claims" - d.delta > 0 AND up."claims" = 0 THEN -1 ELSE 0 END)
    FROM d JOIN up ON up."key" = d."key" AND up."outletId" = d."outletId"
    GROUP BY d."key"
    ON CONFLICT ("key") DO UPDATE SET "claims" = "SubjectStat"."claims" + EXCLUDED."claims", "outlets" = "SubjectStat"."outlets" + EXCLUDED."outlets";
  $$;

CREATE OR REPLACE FUNCTION claimdesk_claim_subject_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(n."subjectKey"), array_agg(coalesce(n."subject", n."facts" ->> 'subject', n."subjectKey")), array_agg(a."outletId"), array_agg(1))
      FROM new_rows n JOIN "Article" a ON a."id" = n."articleId" WHERE n."subjectKey" IS NOT NULL;
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(o."subjectKey"), array_agg(o."subjectKey"), array_agg(a."outletId"), array_agg(-1))
      FROM old_rows o JOIN "Article" a ON a."id" = o."articleId" WHERE o."subjectKey" IS NOT NULL;
    ELSE
      PERFORM claimdesk_subject_stats_apply(array_agg(x.key), array_agg(x.label), array_agg(a."outletId"), array_agg(x.delta))
      FROM (
        SELECT o."subjectKey" AS key, o."subjectKey" AS label, o."articleId", -1 AS delta FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        WHERE o."subjectKey" IS DISTINCT FROM n."subjectKey" OR o."articleId" <> n."articleId"
        UNION ALL
        SELECT n."subjectKey", coalesce(n."subject", n."facts" ->> 'subject', n."subjectKey"), n."articleId", 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        WHERE o."subjectKey" IS DISTINCT FROM n."subjectKey" OR o."articleId" <> n."articleId"
      ) x JOIN "Article" a ON a."id" = x."articleId" WHERE x.key IS NOT NULL;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE OR REPLACE FUNCTION claimdesk_article_subject_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      PERFORM claimdesk_subject_stats_apply(array_agg(c."subjectKey"), array_agg(c."subjectKey"), array_agg(OLD."outletId"), array_agg(-1))
      FROM "Claim" c WHERE c."articleId" = OLD."id" AND c."subjectKey" IS NOT NULL;
      RETURN OLD;
    END IF;
    -- An article moved to another outlet takes its claims with it.
    PERFORM claimdesk_subject_stats_apply(array_agg(c."subjectKey") || array_agg(c."subjectKey"),
                                          array_agg(c."subjectKey") || array_agg(c."subjectKey"),
                                          array_fill(OLD."outletId", ARRAY[count(*)::int]) || array_fill(NEW."outletId", ARRAY[count(*)::int]),
                                          array_fill(-1, ARRAY[count(*)::int]) || array_fill(1, ARRAY[count(*)::int]))
    FROM "Claim" c WHERE c."articleId" = NEW."id" AND c."subjectKey" IS NOT NULL;
    RETURN NEW;
  END
  $$;

-- Recomputes both tables from the claims; used below and by bulk loads that disable the triggers.
-- One pass; the label is the subject typed most often in the group.
CREATE OR REPLACE FUNCTION claimdesk_subject_stats_rebuild() RETURNS void
  LANGUAGE sql AS $$
    DELETE FROM "SubjectOutletStat";
    DELETE FROM "SubjectStat";
    INSERT INTO "SubjectOutletStat" ("key", "outletId", "claims")
      SELECT c."subjectKey", a."outletId", count(*) FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."subjectKey" IS NOT NULL GROUP BY 1, 2;
    INSERT INTO "SubjectStat" ("key", "subject", "claims", "outlets")
      SELECT c."subjectKey", coalesce(mode() WITHIN GROUP (ORDER BY c."subject"), min(c."facts" ->> 'subject'), c."subjectKey"), count(*), count(DISTINCT a."outletId")
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."subjectKey" IS NOT NULL GROUP BY c."subjectKey";
  $$;

SELECT claimdesk_subject_stats_rebuild();
