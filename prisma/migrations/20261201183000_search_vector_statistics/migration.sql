-- Hand-written (Prisma's schema cannot describe a column's statistics target; its diff ignores it).
--
-- A word that is not among a tsvector column's most common elements is estimated at half the
-- least common one's frequency: with the default statistics target that was about 3,300 of a
-- million claims for a word in 10 of them, so `q` walked the (createdAt, id) index backwards,
-- filtering every claim, for 2.4-3.8 s. With a larger sample the estimate for a rare word is tens
-- of rows and the plan reads the GIN index and sorts the matches (0.3 ms); a common word keeps the
-- index walk, which finds a page after a few hundred rows.
ALTER TABLE "Claim" ALTER COLUMN "searchVector" SET STATISTICS 10000;
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STATISTICS 10000;
ANALYZE "Claim" ("searchVector");
ANALYZE "Article" ("searchVector");
