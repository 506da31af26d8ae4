-- CreateTable
CREATE TABLE "SubjectMerge" (
    "fromKey" TEXT NOT NULL,
    "toKey" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubjectMerge_pkey" PRIMARY KEY ("fromKey")
);

-- CreateIndex
CREATE INDEX "SubjectMerge_toKey_idx" ON "SubjectMerge"("toKey");
