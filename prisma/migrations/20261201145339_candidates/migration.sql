-- CreateEnum
CREATE TYPE "CandidateState" AS ENUM ('OPEN', 'ACCEPTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "ClaimCandidate" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "value" DOUBLE PRECISION,
    "valueMax" DOUBLE PRECISION,
    "qualifier" "Qualifier",
    "unit" TEXT,
    "speakerId" UUID,
    "speakerName" TEXT,
    "subject" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "CandidateState" NOT NULL DEFAULT 'OPEN',
    "claimId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimCandidate_articleId_state_start_idx" ON "ClaimCandidate"("articleId", "state", "start");

-- CreateIndex
CREATE INDEX "ClaimCandidate_claimId_idx" ON "ClaimCandidate"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimCandidate_articleId_start_end_key" ON "ClaimCandidate"("articleId", "start", "end");

-- AddForeignKey
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimCandidate" ADD CONSTRAINT "ClaimCandidate_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
