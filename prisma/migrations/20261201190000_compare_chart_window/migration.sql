-- Hand-written: the compare chart draws from the newest claims of a subject that give a figure.
-- A partial index holds just those (about a fifth of the claims), so the chart reads a bounded
-- range of it whatever the subject's size. Prisma's schema cannot describe a partial index; its
-- migration diff does not read this one either, so it causes no drift (as the lower() indexes).
CREATE INDEX "Claim_subjectKey_figures_idx" ON "Claim" ("subjectKey", "createdAt" DESC, "id" DESC) WHERE "value" IS NOT NULL;
