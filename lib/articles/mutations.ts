import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { draftCandidates, insertCandidates } from "@/lib/candidates/store";
import { db, type Tx } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { Article } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/permissions";
import type { ImportArticleData } from "@/lib/validation/articles";

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

async function findOrCreateOutlet(tx: Tx, actor: Actor | null, input: ImportArticleData): Promise<string> {
  const domain = outletDomain(input.url);
  const byName = await tx.outlet.findFirst({ where: { name: { equals: input.outlet, mode: "insensitive" } }, select: { id: true } });
  if (byName) return byName.id;
  if (domain) {
    const byDomain = await tx.outlet.findUnique({ where: { domain }, select: { id: true } });
    if (byDomain) return byDomain.id;
  }
  const outlet = await tx.outlet.create({ data: { name: input.outlet, domain, kind: input.outletKind ?? "NEWSPAPER" } });
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: "outlet.create",
    entityType: "Outlet",
    entityId: outlet.id,
    after: { name: outlet.name, domain: outlet.domain, kind: outlet.kind },
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
        },
      });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        action: "article.import",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, outletId, url: article.url, contentHash: hash, length: article.body.length },
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
