-- One link per kind between two claims, whichever way round: "x supports y" and "y supports x"
-- (or "x updates y" and "y updates x") cannot both be true, and contradicts/duplicate are
-- symmetric. The application checks this before inserting; this index makes the rule hold when
-- two such requests arrive at the same moment. Prisma's schema language cannot express an
-- expression index, so it lives only here (see docs/decisions/014-races-settled-by-the-database.md).

-- Links stored before this rule may include both directions of a pair; the older one is kept,
-- and each removal is audited like a deletion from the app (no acting user: the migration did it).
WITH ranked AS (
  SELECT "id", "fromClaimId", "toClaimId", "kind", "note",
         row_number() OVER (
           PARTITION BY LEAST("fromClaimId", "toClaimId"), GREATEST("fromClaimId", "toClaimId"), "kind"
           ORDER BY "createdAt", "id"
         ) AS position
    FROM "ClaimLink"
),
removed AS (
  DELETE FROM "ClaimLink" link USING ranked
   WHERE link."id" = ranked."id" AND ranked.position > 1
  RETURNING link."id", link."fromClaimId", link."toClaimId", link."kind", link."note"
)
INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "claimId", "before")
SELECT NULL, 'link.delete', 'ClaimLink', removed."id"::text, removed."fromClaimId",
       jsonb_build_object('fromClaimId', removed."fromClaimId", 'toClaimId', removed."toClaimId", 'kind', removed."kind", 'note', removed."note",
                          'reason', 'the reverse link of the same kind existed already')
  FROM removed;

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_unordered_pair_kind_key"
  ON "ClaimLink" (LEAST("fromClaimId", "toClaimId"), GREATEST("fromClaimId", "toClaimId"), "kind");
