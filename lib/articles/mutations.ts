import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { draftCandidates, insertCandidates } from "@/lib/candidates/store";
import { db, type Tx } from "@/lib/db";
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import type { Article, Prisma } from "@/lib/generated/prisma/client";
import { can, isFinalStatus, type Actor } from "@/lib/permissions";
import { BODY_IS_FIXED_MESSAGE, type ImportArticleData, type UpdateArticleData } from "@/lib/validation/articles";

export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/** "https://www.example.org/a" → "example.org": how outlets are matched by domain. */
export function outletDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

async function findOutlet(tx: Tx, name: string, domain: string | null): Promise<string | null> {
  const byName = await tx.outlet.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (byName) return byName.id;
  if (!domain) return null;
  const byDomain = await tx.outlet.findUnique({ where: { domain }, select: { id: true } });
  return byDomain?.id ?? null;
}

/**
 * Race-free: the insert skips on a unique conflict (ON CONFLICT DO NOTHING waits for a concurrent
 * insert of the same name or domain to commit), and then the winner's row is found instead, so ten
 * imports naming one new outlet at once all land on the same outlet rather than nine failing.
 */
async function findOrCreateOutlet(tx: Tx, actor: Actor | null, input: Pick<ImportArticleData, "outlet" | "url" | "outletKind">): Promise<string> {

  const domain = outletDomain(input.url);
  const existing = await findOutlet(tx, input.outlet, domain);
  if (existing) return existing;
  const kind = input.outletKind ?? "NEWSPAPER";
  const { count } = await tx.outlet.createMany({ data: [{ name: input.outlet, domain, kind }], skipDuplicates: true });
  if (count === 0) {
    const winner = await findOutlet(tx, input.outlet, domain);
    if (winner) return winner;
    throw conflict("An outlet with this name was being created at the same moment; try again.");
  }
  const outlet = await tx.outlet.findUniqueOrThrow({ where: { name: input.outlet }, select: { id: true } });
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: "outlet.create",
    entityType: "Outlet",
    entityId: outlet.id,
    after: { name: input.outlet, domain, kind },
  });
  return outlet.id;
}

function findExisting(client: Tx | typeof db, url: string | null | undefined, hash: string) {
  return client.article.findFirst({ where: { OR: [...(url ? [{ url }] : []), { contentHash: hash }] } });
}

export type ImportResult = { article: Article; created: boolean };

/**
 * Stores an article exactly as given. Re-importing the same URL or identical text returns the
 * article already stored instead of a duplicate. `actor` is null for the command-line importer.
 */
export async function importArticle(actor: Actor | null, input: ImportArticleData): Promise<ImportResult> {
  if (actor && !can(actor, "article.import")) throw forbidden("Only editors, reviewers and admins import articles.");
  const hash = contentHash(input.body);
  const existing = await findExisting(db, input.url, hash);
  if (existing) return { article: existing, created: false };
  // Only a new article gets candidates here (older ones get theirs from `npm run
  // candidates:backfill`). The engine runs before the transaction so it holds no connection.
  const candidates = draftCandidates(input.body);
  try {
    return await db.$transaction(async (tx) => {
      if (input.supersedes) {
        const old = await tx.article.findUnique({ where: { id: input.supersedes }, select: { supersededBy: { select: { id: true } } } });
        if (!old) throw notFound("The article being corrected");
        if (old.supersededBy) throw new AppError("conflict", "That article has already been superseded by a corrected text.", { supersedes: ["Already superseded."] });
      }
      const outletId = await findOrCreateOutlet(tx, actor, input);
      const article = await tx.article.create({
        data: {
          outletId,
          title: input.title,
          url: input.url ?? null,
          author: input.author ?? null,
          publishedAt: input.publishedAt ?? null,
          language: input.language,
          body: input.body,
          contentHash: hash,
          importedById: actor?.id ?? null,
          supersedesId: input.supersedes ?? null,
        },
      });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: "article.import",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, outletId, url: article.url, contentHash: hash, length: article.body.length, ...(input.supersedes ? { supersedes: input.supersedes } : {}) },
      });
      await insertCandidates(tx, [{ articleId: article.id, drafts: candidates }]);
      return { article, created: true };
    });
  } catch (error) {
    // Two imports of the same article at once: the unique index lets one win; the other returns it.
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
      const winner = await findExisting(db, input.url, hash);
      if (winner) return { article: winner, created: false };
    }
    throw error;
  }
}

const articleMetadataSelect = {
  id: true,
  title: true,
  url: true,
  author: true,
  publishedAt: true,
  language: true,
  version: true,
  outlet: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

type ArticleMetadata = Prisma.ArticleGetPayload<{ select: typeof articleMetadataSelect }>;

function metadataSnapshot(article: ArticleMetadata): Prisma.InputJsonObject {
  return {
    title: article.title,
    outlet: article.outlet.name,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    url: article.url,
    language: article.language,
    version: article.version,
  };
}

async function outletByName(tx: Tx, actor: Actor, name: string, url: string | null): Promise<string> {
  const existing = await tx.outlet.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (existing) return existing.id;
  return findOrCreateOutlet(tx, actor, { outlet: name, url });
}

/**
 * Corrects what describes an article (headline, outlet, author, date, address, language). The body
 * is not among them: claims point into it. Optimistic: only applies at the version the editor read.
 */
export async function updateArticleMetadata(actor: Actor, id: string, input: UpdateArticleData) {
  if (!can(actor, "article.import")) throw forbidden("Only editors, reviewers and admins correct articles.");
  if (input.body !== undefined) throw badRequest(BODY_IS_FIXED_MESSAGE, { body: [BODY_IS_FIXED_MESSAGE] });
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id }, select: articleMetadataSelect });
    if (!before) throw notFound("The article");
    if (before.version !== input.version) throw staleArticle(input.version, before.version);
    const url = input.url === undefined ? before.url : input.url;
    const data: Prisma.ArticleUncheckedUpdateManyInput = { version: { increment: 1 } };
    if (input.title !== undefined) data.title = input.title;
    if (input.author !== undefined) data.author = input.author;
    if (input.publishedAt !== undefined) data.publishedAt = input.publishedAt;
    if (input.url !== undefined) data.url = input.url;
    if (input.language !== undefined) data.language = input.language;
    if (input.outlet !== undefined && input.outlet.toLowerCase() !== before.outlet.name.toLowerCase()) data.outletId = await outletByName(tx, actor, input.outlet, url);
    const updated = await tx.article.updateMany({ where: { id, version: input.version }, data });
    if (updated.count === 0) {
      const current = await tx.article.findUnique({ where: { id }, select: { version: true } });
      if (!current) throw notFound("The article");
      throw staleArticle(input.version, current.version);
    }
    const after = await tx.article.findUniqueOrThrow({ where: { id }, select: articleMetadataSelect });
    await recordAudit(tx, { actorId: actor.id, action: "article.update", entityType: "Article", entityId: id, before: metadataSnapshot(before), after: metadataSnapshot(after) });
    return after;
  });
}

function staleArticle(had: number, now: number): AppError {
  return new AppError("conflict", `This article was corrected by someone else since you opened it (you had version ${had}, it is now version ${now}). Reload to see their changes; yours were not saved.`, {
    version: [`Current version is ${now}.`],
  });
}

/**
 * Removes an article with its claims, sources and links, in one transaction with its audit. Refused
 * while any claim of it has a verdict: a verdict (and perhaps a public page) rests on the text.
 */
export async function deleteArticle(actor: Actor, id: string): Promise<{ id: string; claims: number }> {
  if (!can(actor, "users.manage")) throw forbidden("Only an admin can delete an article.");
  return db.$transaction(async (tx) => {
    // Locks the article and its claims, so no verdict can be given while the check below holds.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound("The article");
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE "articleId" = ${id}::uuid FOR UPDATE`;
    const article = await tx.article.findUniqueOrThrow({ where: { id }, select: { ...articleMetadataSelect, contentHash: true } });
    const claims = await tx.claim.findMany({
      where: { articleId: id },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: { id: true, quote: true, status: true, _count: { select: { sources: true, linksFrom: true, linksTo: true } } },
    });
    const judged = claims.filter((claim) => isFinalStatus(claim.status));
    if (judged.length > 0) {
      throw conflict(`${judged.length === 1 ? "One claim" : `${judged.length} claims`} of this article ${judged.length === 1 ? "has" : "have"} a verdict. Reopen ${judged.length === 1 ? "it" : "them"} first: a verdict rests on this text.`);
    }
    await tx.article.delete({ where: { id } });
    // One event per claim keeps each claim's history complete; the article's event holds the whole.
    if (claims.length > 0) {
      await tx.auditEvent.createMany({
        data: claims.map((claim) => ({ actorId: actor.id, action: "claim.delete", entityType: "Claim", entityId: claim.id, claimId: claim.id, before: { quote: claim.quote, status: claim.status, articleId: id, withArticle: true } })),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.delete",
      entityType: "Article",
      entityId: id,
      before: {
        ...metadataSnapshot(article),
        contentHash: article.contentHash,
        claims: claims.map((claim) => ({ id: claim.id, quote: claim.quote, status: claim.status })),
        sources: claims.reduce((sum, claim) => sum + claim._count.sources, 0),
        links: claims.reduce((sum, claim) => sum + claim._count.linksFrom + claim._count.linksTo, 0),
      },
    });
    return { id, claims: claims.length };
  });
}
