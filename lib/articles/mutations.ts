import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
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
async function findOrCreateOutlet(tx: Tx, actor: Actor | null, input: ImportArticleData): Promise<string> {
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
