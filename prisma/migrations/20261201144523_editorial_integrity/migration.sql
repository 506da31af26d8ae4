-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "supersedesId" UUID,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" UUID;

-- AlterTable
ALTER TABLE "ClaimLink" ADD COLUMN     "challengesVerdictOfId" UUID,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Article_supersedesId_key" ON "Article"("supersedesId");

-- CreateIndex
CREATE INDEX "Claim_createdById_status_updatedAt_idx" ON "Claim"("createdById", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_publishedAt_id_idx" ON "Claim"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "ClaimLink_challengesVerdictOfId_idx" ON "ClaimLink"("challengesVerdictOfId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
