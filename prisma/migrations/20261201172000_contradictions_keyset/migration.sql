-- The contradictions list pages with the row value ("createdAt", "id") < (cursor) among links of
-- one kind: an index that ends in "id" makes the whole cursor one index range.
-- DropIndex
DROP INDEX "ClaimLink_kind_createdAt_idx";

-- CreateIndex
CREATE INDEX "ClaimLink_kind_createdAt_id_idx" ON "ClaimLink"("kind", "createdAt", "id");
