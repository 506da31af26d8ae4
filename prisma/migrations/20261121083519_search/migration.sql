-- Search: full-text vectors on Article and Claim, trigram indexes for names and near-duplicates.
-- See docs/decisions/007-search-full-text-and-trigram.md.

-- Hand-written: the text search configuration. 'simple' (no stemming and no stop words, so it
-- favours no language) with accents folded by unaccent, so that "economie" finds "Économie".
-- unaccent is a contrib extension like pg_trgm. Prisma manages neither extensions (no
-- postgresqlExtensions preview feature) nor text search configurations, so they cause no drift.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION claimdesk_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION claimdesk_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Actor_name_trgm_idx" ON "Actor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_trgm_idx" ON "ActorAlias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_quote_trgm_idx" ON "Claim" USING GIN ("quote" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_subject_trgm_idx" ON "Claim" USING GIN ("subject" gin_trgm_ops);

-- Hand-written: the "searchVector" columns are filled by triggers. A GENERATED ... STORED column
-- would be simpler, but Prisma reads its expression as a column default that schema.prisma lacks
-- and puts `ALTER COLUMN "searchVector" DROP DEFAULT` (which PostgreSQL rejects for a generated
-- column) into every later migration. Prisma does not read functions or triggers: no drift.
--
-- The vector definitions live in one function per table, used by the trigger and by the backfill
-- below, so a later change is `CREATE OR REPLACE FUNCTION` plus the same UPDATE. `SET search_path
-- FROM CURRENT` pins the schema the text search configuration was created in, whatever the
-- caller's search_path is.
--
-- Only the first 100,000 characters of a body or quote are indexed: a tsvector cannot exceed
-- 1 MB, and a body at the import limit (a million characters) with many distinct words exceeds
-- it, which would make the import fail. The search queries take their snippets from the same
-- prefix.

CREATE FUNCTION claimdesk_article_search_vector(title text, body text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path FROM CURRENT
  AS $$
    SELECT setweight(to_tsvector('claimdesk_search', coalesce(title, '')), 'A')
        || setweight(to_tsvector('claimdesk_search', left(coalesce(body, ''), 100000)), 'D')
  $$;

CREATE FUNCTION claimdesk_claim_search_vector(quote text, subject text, note text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path FROM CURRENT
  AS $$
    SELECT setweight(to_tsvector('claimdesk_search', left(coalesce(quote, ''), 100000)), 'A')
        || setweight(to_tsvector('claimdesk_search', coalesce(subject, '')), 'B')
        || setweight(to_tsvector('claimdesk_search', coalesce(note, '')), 'C')
  $$;

CREATE FUNCTION claimdesk_article_search_vector_trigger() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    NEW."searchVector" := claimdesk_article_search_vector(NEW."title", NEW."body");
    RETURN NEW;
  END
  $$;

CREATE FUNCTION claimdesk_claim_search_vector_trigger() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT
  AS $$
  BEGIN
    NEW."searchVector" := claimdesk_claim_search_vector(NEW."quote", NEW."subject", NEW."note");
    RETURN NEW;
  END
  $$;

-- Also on an UPDATE that sets "searchVector" itself, so that the column cannot be overwritten.
CREATE TRIGGER "Article_searchVector_update"
  BEFORE INSERT OR UPDATE OF "title", "body", "searchVector" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION claimdesk_article_search_vector_trigger();

CREATE TRIGGER "Claim_searchVector_update"
  BEFORE INSERT OR UPDATE OF "quote", "subject", "note", "searchVector" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimdesk_claim_search_vector_trigger();

-- Backfill: fires the triggers above for every existing row.
UPDATE "Article" SET "searchVector" = NULL;
UPDATE "Claim" SET "searchVector" = NULL;
