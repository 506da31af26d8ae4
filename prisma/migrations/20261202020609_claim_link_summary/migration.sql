-- CreateTable
CREATE TABLE "ClaimLinkSummary" (
    "claimId" UUID NOT NULL,
    "contradicts" UUID[],
    "supports" UUID[],
    "supportedBy" UUID[],
    "duplicate" UUID[],
    "updates" UUID[],
    "supersededBy" UUID[],

    CONSTRAINT "ClaimLinkSummary_pkey" PRIMARY KEY ("claimId")
);

-- AddForeignKey
ALTER TABLE "ClaimLinkSummary" ADD CONSTRAINT "ClaimLinkSummary_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: the triggers that keep the summary current, its backfill, and the functions
-- both use. Prisma does not read functions or triggers: no drift.
--
-- Each column lists the other claim of the links on that side, sorted (uuid order is the byte
-- order of their text, which is how the export sorts ids), NULL when there are none. Triggers apply
-- each statement's links as additions and removals to the rows it touches. An UPDATE computes its
-- new value from the newest row, after waiting for that row's lock, so links that two transactions
-- add to the same claim at once both land; a list recounted in one statement from the links its
-- snapshot saw could drop the other transaction's link.

-- A sorted set of ids: `current` with `added` and without `removed`; NULL when empty.
CREATE FUNCTION claimdesk_uuid_set_apply(current uuid[], added uuid[], removed uuid[]) RETURNS uuid[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT nullif(ARRAY(SELECT DISTINCT u FROM unnest(coalesce(current, '{}') || coalesce(added, '{}')) u
                        WHERE u <> ALL (coalesce(removed, '{}')) ORDER BY u), '{}')
  $$;

-- The column a link is listed in on the summary of one of its claims: symmetric kinds in one,
-- directed kinds in one per direction. NULL for a kind this does not know, which the test of every
-- LinkKind catches.
CREATE FUNCTION claimdesk_claim_link_summary_field(kind "LinkKind", outgoing boolean) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE kind
      WHEN 'CONTRADICTS' THEN 'contradicts'
      WHEN 'DUPLICATE' THEN 'duplicate'
      WHEN 'SUPPORTS' THEN CASE WHEN outgoing THEN 'supports' ELSE 'supportedBy' END
      WHEN 'UPDATES' THEN CASE WHEN outgoing THEN 'updates' ELSE 'supersededBy' END
    END
  $$;

-- The summary entries of links added (sign 1) or removed (sign -1): one per end of each link, as
-- (claim, column, other claim, sign).
CREATE FUNCTION claimdesk_claim_link_summary_entries(from_ids uuid[], to_ids uuid[], kinds "LinkKind"[], signs int[])
  RETURNS TABLE (claim uuid, field text, other uuid, sign int)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT
  AS $$
    SELECT l.from_id, claimdesk_claim_link_summary_field(l.kind, true), l.to_id, l.sign
      FROM unnest(from_ids, to_ids, kinds, signs) AS l(from_id, to_id, kind, sign)
    UNION ALL
    SELECT l.to_id, claimdesk_claim_link_summary_field(l.kind, false), l.from_id, l.sign
      FROM unnest(from_ids, to_ids, kinds, signs) AS l(from_id, to_id, kind, sign)
  $$;

-- Applies links added or removed to the summaries of both of their claims. Rows are created as
-- needed (never for a claim deleted in this transaction: its links go with it), then locked in
-- claim id order, so two statements touching the same claims cannot deadlock here.
CREATE FUNCTION claimdesk_claim_link_summary_apply(from_ids uuid[], to_ids uuid[], kinds "LinkKind"[], signs int[]) RETURNS void
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    INSERT INTO "ClaimLinkSummary" ("claimId")
    SELECT DISTINCT e.claim FROM claimdesk_claim_link_summary_entries(from_ids, to_ids, kinds, signs) e
      JOIN "Claim" c ON c."id" = e.claim WHERE e.sign > 0 ORDER BY e.claim
    ON CONFLICT ("claimId") DO NOTHING;

    PERFORM 1 FROM "ClaimLinkSummary" s
      WHERE s."claimId" IN (SELECT e.claim FROM claimdesk_claim_link_summary_entries(from_ids, to_ids, kinds, signs) e)
      ORDER BY s."claimId" FOR UPDATE;

    UPDATE "ClaimLinkSummary" s SET
      "contradicts"  = claimdesk_uuid_set_apply(s."contradicts", g."contradicts+", g."contradicts-"),
      "supports"     = claimdesk_uuid_set_apply(s."supports", g."supports+", g."supports-"),
      "supportedBy"  = claimdesk_uuid_set_apply(s."supportedBy", g."supportedBy+", g."supportedBy-"),
      "duplicate"    = claimdesk_uuid_set_apply(s."duplicate", g."duplicate+", g."duplicate-"),
      "updates"      = claimdesk_uuid_set_apply(s."updates", g."updates+", g."updates-"),
      "supersededBy" = claimdesk_uuid_set_apply(s."supersededBy", g."supersededBy+", g."supersededBy-")
    FROM (
      SELECT e.claim,
             array_agg(e.other) FILTER (WHERE e.field = 'contradicts' AND e.sign > 0) AS "contradicts+",
             array_agg(e.other) FILTER (WHERE e.field = 'contradicts' AND e.sign < 0) AS "contradicts-",
             array_agg(e.other) FILTER (WHERE e.field = 'supports' AND e.sign > 0) AS "supports+",
             array_agg(e.other) FILTER (WHERE e.field = 'supports' AND e.sign < 0) AS "supports-",
             array_agg(e.other) FILTER (WHERE e.field = 'supportedBy' AND e.sign > 0) AS "supportedBy+",
             array_agg(e.other) FILTER (WHERE e.field = 'supportedBy' AND e.sign < 0) AS "supportedBy-",
             array_agg(e.other) FILTER (WHERE e.field = 'duplicate' AND e.sign > 0) AS "duplicate+",
             array_agg(e.other) FILTER (WHERE e.field = 'duplicate' AND e.sign < 0) AS "duplicate-",
             array_agg(e.other) FILTER (WHERE e.field = 'updates' AND e.sign > 0) AS "updates+",
             array_agg(e.other) FILTER (WHERE e.field = 'updates' AND e.sign < 0) AS "updates-",
             array_agg(e.other) FILTER (WHERE e.field = 'supersededBy' AND e.sign > 0) AS "supersededBy+",
             array_agg(e.other) FILTER (WHERE e.field = 'supersededBy' AND e.sign < 0) AS "supersededBy-"
        FROM claimdesk_claim_link_summary_entries(from_ids, to_ids, kinds, signs) e GROUP BY e.claim
    ) g
    WHERE s."claimId" = g.claim;
  END
  $$;

CREATE FUNCTION claimdesk_claim_link_summary_trigger() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM claimdesk_claim_link_summary_apply(array_agg(n."fromClaimId"), array_agg(n."toClaimId"), array_agg(n."kind"), array_agg(1))
        FROM new_rows n HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM claimdesk_claim_link_summary_apply(array_agg(o."fromClaimId"), array_agg(o."toClaimId"), array_agg(o."kind"), array_agg(-1))
        FROM old_rows o HAVING count(*) > 0;
    ELSE
      -- Only links whose claims or kind changed (a review changes neither).
      PERFORM claimdesk_claim_link_summary_apply(array_agg(x.from_id), array_agg(x.to_id), array_agg(x.kind), array_agg(x.sign))
        FROM (
          SELECT o."fromClaimId" AS from_id, o."toClaimId" AS to_id, o."kind", -1 AS sign FROM old_rows o JOIN new_rows n ON n."id" = o."id"
           WHERE (o."fromClaimId", o."toClaimId", o."kind") IS DISTINCT FROM (n."fromClaimId", n."toClaimId", n."kind")
          UNION ALL
          SELECT n."fromClaimId", n."toClaimId", n."kind", 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id"
           WHERE (o."fromClaimId", o."toClaimId", o."kind") IS DISTINCT FROM (n."fromClaimId", n."toClaimId", n."kind")
        ) x HAVING count(*) > 0;
    END IF;
    RETURN NULL;
  END
  $$;

CREATE TRIGGER "ClaimLink_summary_insert"
  AFTER INSERT ON "ClaimLink" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_link_summary_trigger();

CREATE TRIGGER "ClaimLink_summary_delete"
  AFTER DELETE ON "ClaimLink" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_link_summary_trigger();

CREATE TRIGGER "ClaimLink_summary_update"
  AFTER UPDATE ON "ClaimLink" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_claim_link_summary_trigger();

-- Recomputes every summary from the links; used below and by bulk loads that disable the triggers.
CREATE FUNCTION claimdesk_claim_link_summary_rebuild() RETURNS void
  LANGUAGE sql SET search_path FROM CURRENT
  AS $$
    DELETE FROM "ClaimLinkSummary";
    INSERT INTO "ClaimLinkSummary" ("claimId", "contradicts", "supports", "supportedBy", "duplicate", "updates", "supersededBy")
    SELECT e.claim,
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'contradicts'),
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'supports'),
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'supportedBy'),
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'duplicate'),
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'updates'),
           array_agg(DISTINCT e.other ORDER BY e.other) FILTER (WHERE e.field = 'supersededBy')
      FROM (SELECT l."fromClaimId" AS claim, claimdesk_claim_link_summary_field(l."kind", true) AS field, l."toClaimId" AS other FROM "ClaimLink" l
            UNION ALL
            SELECT l."toClaimId", claimdesk_claim_link_summary_field(l."kind", false), l."fromClaimId" FROM "ClaimLink" l) e
     GROUP BY e.claim
     ORDER BY e.claim;
  $$;

SELECT claimdesk_claim_link_summary_rebuild();
