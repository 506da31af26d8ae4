-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "facts" JSONB,
ADD COLUMN     "factsVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "subjectKey" TEXT;

-- CreateIndex
CREATE INDEX "Claim_subjectKey_createdAt_idx" ON "Claim"("subjectKey", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_factsVersion_idx" ON "Claim"("factsVersion");
