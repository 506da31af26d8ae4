import { createHash, randomUUID } from "node:crypto";
import { normalizeAlias } from "@/lib/actors/normalize";
import { derivedFacts } from "@/lib/assist/claim-facts";
import { hashPassword } from "@/lib/auth/password";
import { locateQuote } from "@/lib/claims/anchor";
import { VERDICTS_NEEDING_SOURCE } from "@/lib/claims/workflow";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import {
  DEMO_PASSWORD,
  demoActors,
  demoArticles,
  demoClaims,
  demoLinks,
  demoOutlets,
  demoUsers,
  type DemoArticleKey,
  type DemoClaim,
  type DemoClaimKey,
  type DemoOutletKey,
  type DemoUserKey,
} from "@/lib/demo/content";

const VERDICT_STATUSES: ReadonlySet<ClaimStatus> = new Set(["VERIFIED", "FALSE", "MISLEADING", "UNVERIFIABLE"]);

export interface DemoSeedRows {
  users: Prisma.UserCreateManyInput[];
  outlets: Prisma.OutletCreateManyInput[];
  actors: Prisma.ActorCreateManyInput[];
  aliases: Prisma.ActorAliasCreateManyInput[];
  articles: Prisma.ArticleCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  links: Prisma.ClaimLinkCreateManyInput[];
  sources: Prisma.SourceCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
}

/** Drops undefined fields so the audit snapshot only names what was actually set. */
function snapshot(fields: Record<string, Prisma.InputJsonValue | null | undefined>): Prisma.InputJsonObject {
  const out: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function entries<K extends string, V>(record: Record<K, V>): [K, V][] {
  return Object.entries(record) as [K, V][];
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data is inconsistent: ${what}`);
  return value;
}

/**
 * Turns lib/demo/content.ts into rows, with client-side ids so claims, links and audit events can
 * refer to each other without a round trip per row. Pure apart from id generation; throws if the
 * content is inconsistent (a quote that is not in its article, an unknown speaker, ...), so a bad
 * edit to the demo text fails before anything is written.
 *
 * `now` is the moment of the last event; earlier events are spaced a few milliseconds apart before
 * it, so that histories sort in the order things "happened" (import, claim, review, link) instead
 * of all sharing the transaction's timestamp.
 */
export function buildDemoSeedRows(passwordHashes: Record<DemoUserKey, string>, now: Date = new Date()): DemoSeedRows {
  const rows: DemoSeedRows = {
    users: [],
    outlets: [],
    actors: [],
    aliases: [],
    articles: [],
    claims: [],
    links: [],
    sources: [],
    auditEvents: [],
  };

  // Timestamps are assigned after the fact, once the number of events is known.
  const stamped: { assign: (at: Date) => void }[] = [];
  const later = (assign: (at: Date) => void): void => {
    stamped.push({ assign });
  };
  const audit = (event: Omit<Prisma.AuditEventCreateManyInput, "createdAt">, alsoAt?: (at: Date) => void): void => {
    const row: Prisma.AuditEventCreateManyInput = { ...event };
    rows.auditEvents.push(row);
    later((at) => {
      row.createdAt = at;
      alsoAt?.(at);
    });
  };

  const userIds = {} as Record<DemoUserKey, string>;
  for (const [key] of entries(demoUsers)) userIds[key] = randomUUID();
  const adminId = userIds.admin;
  const editorId = userIds.editor;

  for (const [key, user] of entries(demoUsers)) {
    const row: Prisma.UserCreateManyInput = {
      id: userIds[key],
      email: user.email.toLowerCase(),
      name: user.name,
      passwordHash: passwordHashes[key],
      role: user.role,
    };
    rows.users.push(row);
    audit(
      {
        actorId: adminId,
        action: "user.create",
        entityType: "User",
        entityId: userIds[key],
        after: snapshot({ email: row.email, name: row.name, role: user.role }),
      },
      (at) => {
        row.createdAt = at;
        row.updatedAt = at;
      },
    );
  }

  const outletIds = {} as Record<DemoOutletKey, string>;
  for (const [key, outlet] of entries(demoOutlets)) {
    const id = randomUUID();
    outletIds[key] = id;
    const row: Prisma.OutletCreateManyInput = { id, name: outlet.name, domain: outlet.domain.toLowerCase(), kind: outlet.kind };
    rows.outlets.push(row);
    audit(
      {
        actorId: editorId,
        action: "outlet.create",
        entityType: "Outlet",
        entityId: id,
        after: snapshot({ name: row.name, domain: row.domain, kind: outlet.kind }),
      },
      (at) => {
        row.createdAt = at;
        row.updatedAt = at;
      },
    );
  }

  const actorIds = new Map<string, string>();
  const aliasOwner = new Map<string, string>();
  for (const actor of demoActors) {
    const id = randomUUID();
    actorIds.set(actor.name, id);
    const row: Prisma.ActorCreateManyInput = { id, name: actor.name, kind: actor.kind };
    rows.actors.push(row);
    audit(
      {
        actorId: editorId,
        action: "actor.create",
        entityType: "Actor",
        entityId: id,
        after: snapshot({ name: actor.name, kind: actor.kind }),
      },
      (at) => {
        row.createdAt = at;
        row.updatedAt = at;
      },
    );

    for (const alias of [actor.name, ...actor.aliases]) {
      const normalized = normalizeAlias(alias);
      const owner = aliasOwner.get(normalized);
      // Two spellings of one name may fold together ("Tomáš" / "Tomas"): keep the first.
      if (owner === actor.name) continue;
      if (owner !== undefined) {
        throw new Error(`Demo data is inconsistent: alias "${alias}" of ${actor.name} normalises like one of ${owner}`);
      }
      aliasOwner.set(normalized, actor.name);
      const aliasId = randomUUID();
      rows.aliases.push({ id: aliasId, actorId: id, alias, normalized });
      audit({
        actorId: editorId,
        action: "actor.alias_add",
        entityType: "ActorAlias",
        entityId: aliasId,
        after: snapshot({ actorId: id, alias, normalized }),
      });
    }
  }

  const articleIds = {} as Record<DemoArticleKey, string>;
  for (const [key, article] of entries(demoArticles)) {
    const id = randomUUID();
    articleIds[key] = id;
    const row: Prisma.ArticleCreateManyInput = {
      id,
      outletId: outletIds[article.outlet],
      title: article.title,
      url: article.url,
      author: article.author,
      publishedAt: new Date(article.publishedAt),
      language: article.language,
      body: article.body,
      contentHash: sha256Hex(article.body),
      importedById: editorId,
    };
    rows.articles.push(row);
    audit(
      {
        actorId: editorId,
        action: "article.import",
        entityType: "Article",
        entityId: id,
        after: snapshot({
          outletId: row.outletId,
          title: row.title,
          url: article.url,
          publishedAt: article.publishedAt,
          contentHash: row.contentHash,
          length: article.body.length,
        }),
      },
      (at) => {
        row.createdAt = at;
        row.updatedAt = at;
      },
    );
  }

  const claimIds = {} as Record<DemoClaimKey, string>;
  const verdictClaims = new Map<DemoClaimKey, boolean>();
  for (const [key, claim] of entries<DemoClaimKey, DemoClaim>(demoClaims)) {
    const id = randomUUID();
    claimIds[key] = id;
    const article = demoArticles[claim.article];
    const anchor = (() => {
      try {
        return locateQuote(article.body, claim.quote, claim.occurrence ?? 1);
      } catch (error) {
        throw new Error(`Demo claim "${key}" in article "${claim.article}": ${(error as Error).message}`);
      }
    })();
    const speakerId =
      claim.speaker === undefined ? null : required(actorIds.get(claim.speaker), `unknown speaker "${claim.speaker}"`);
    const creatorId = userIds[claim.createdBy];
    const isVerdict = VERDICT_STATUSES.has(claim.status);
    if (isVerdict && (claim.reviewedBy === undefined || claim.reviewedBy === claim.createdBy)) {
      throw new Error(`Demo claim "${key}" has a verdict but no reviewer distinct from its creator`);
    }
    // The same evidence rule the app enforces (lib/claims/workflow.ts), so the demo never shows a
    // verdict the app itself would refuse.
    if (VERDICTS_NEEDING_SOURCE.includes(claim.status) && !claim.sources?.length) {
      throw new Error(`Demo claim "${key}" has the verdict ${claim.status} but no source`);
    }
    if (claim.published && !isVerdict) throw new Error(`Demo claim "${key}" is published without a verdict`);
    verdictClaims.set(key, isVerdict);

    const row: Prisma.ClaimCreateManyInput = {
      id,
      articleId: articleIds[claim.article],
      start: anchor.start,
      end: anchor.end,
      quote: claim.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      kind: claim.kind,
      subject: claim.subject,
      speakerId,
      value: claim.value ?? null,
      valueMax: claim.valueMax ?? null,
      qualifier: claim.qualifier ?? null,
      unit: claim.unit ?? null,
      occurredAt: claim.occurredAt === undefined ? null : new Date(claim.occurredAt),
      place: claim.place ?? null,
      note: claim.note ?? null,
      status: "DRAFT",
      createdById: creatorId,
      updatedById: creatorId,
      version: 1,
      ...derivedFacts(article.body, anchor, {
        kind: claim.kind,
        subject: claim.subject ?? null,
        speaker: claim.speaker ?? null,
        value: claim.value ?? null,
        valueMax: claim.valueMax ?? null,
        qualifier: claim.qualifier ?? null,
        unit: claim.unit ?? null,
        place: claim.place ?? null,
      }),
    };
    rows.claims.push(row);
    audit(
      {
        actorId: creatorId,
        action: "claim.create",
        entityType: "Claim",
        entityId: id,
        claimId: id,
        after: snapshot({
          articleId: row.articleId,
          start: anchor.start,
          end: anchor.end,
          quote: claim.quote,
          kind: claim.kind,
          subject: claim.subject,
          speakerId,
          value: claim.value,
          valueMax: claim.valueMax,
          qualifier: claim.qualifier,
          unit: claim.unit,
          status: "DRAFT",
          version: 1,
        }),
      },
      (at) => {
        row.createdAt = at;
        row.updatedAt = at;
      },
    );

    for (const source of claim.sources ?? []) {
      const sourceRow: Prisma.SourceCreateManyInput = { id: randomUUID(), claimId: id, ...source, accessedAt: new Date(source.accessedAt), createdById: creatorId };
      rows.sources.push(sourceRow);
      audit(
        { actorId: creatorId, action: "source.add", entityType: "Source", entityId: sourceRow.id!, claimId: id, after: snapshot({ url: source.url, title: source.title, publisher: source.publisher, kind: source.kind, accessedAt: source.accessedAt }) },
        (at) => {
          sourceRow.createdAt = at;
          sourceRow.updatedAt = at;
        },
      );
    }

    // Claims past draft went through the workflow: submitted by their editor, then (for verdicts)
    // decided by a reviewer. Each step is its own audited write, as the app would record it.
    const steps: { status: ClaimStatus; by: string; rationale?: string }[] = [];
    if (claim.status !== "DRAFT") {
      if (claim.status !== "IN_REVIEW" && claim.status !== "DISPUTED" && !isVerdict) {
        throw new Error(`Demo claim "${key}": unsupported status ${claim.status}`);
      }
      steps.push({ status: claim.status === "DISPUTED" ? "DISPUTED" : "IN_REVIEW", by: creatorId });
      if (isVerdict) {
        steps.push({
          status: claim.status,
          by: userIds[required(claim.reviewedBy, `reviewer of ${key}`)],
          rationale: claim.verdictRationale,
        });
      }
    }
    let previous: ClaimStatus = "DRAFT";
    for (const step of steps) {
      const version = (row.version ?? 1) + 1;
      const before = { status: previous, version: version - 1 };
      row.status = step.status;
      row.version = version;
      const verdict = VERDICT_STATUSES.has(step.status);
      if (verdict) {
        row.verdictRationale = step.rationale ?? null;
        row.reviewedById = step.by;
      }
      audit(
        {
          actorId: step.by,
          action: "claim.status_change",
          entityType: "Claim",
          entityId: id,
          claimId: id,
          before: snapshot(before),
          after: snapshot({ status: step.status, version, verdictRationale: verdict ? step.rationale : undefined }),
        },
        (at) => {
          row.updatedAt = at;
          if (verdict) row.reviewedAt = at;
        },
      );
      previous = step.status;
    }
    if (claim.published) {
      const reviewerId = userIds[required(claim.reviewedBy, `reviewer of ${key}`)];
      audit({ actorId: reviewerId, action: "claim.publish", entityType: "Claim", entityId: id, claimId: id, before: snapshot({ publishedAt: null }), after: snapshot({ status: claim.status }) }, (at) => {
        row.publishedAt = at;
        row.publishedById = reviewerId;
      });
    }
  }

  for (const link of demoLinks) {
    if (link.from === link.to) throw new Error(`Demo link ${link.kind} links claim "${link.from}" to itself`);
    // Links are made after the reviews, so the app's freeze applies: never from a claim with a
    // verdict; a contradiction pointing at one is flagged against that verdict.
    if (verdictClaims.get(link.from)) throw new Error(`Demo link ${link.kind} starts at "${link.from}", which has a verdict`);
    const challengesVerdictOfId = link.kind === "CONTRADICTS" && verdictClaims.get(link.to) ? claimIds[link.to] : null;
    let fromClaimId = claimIds[link.from];
    let toClaimId = claimIds[link.to];
    // Symmetric kinds are stored once, smaller id first, so the unique index also catches the
    // same link entered from the other end.
    if ((link.kind === "CONTRADICTS" || link.kind === "DUPLICATE") && fromClaimId > toClaimId) {
      [fromClaimId, toClaimId] = [toClaimId, fromClaimId];
    }
    const id = randomUUID();
    const createdById = userIds[link.createdBy];
    const row: Prisma.ClaimLinkCreateManyInput = {
      id,
      fromClaimId,
      toClaimId,
      kind: link.kind,
      note: link.note ?? null,
      createdById,
      challengesVerdictOfId,
    };
    rows.links.push(row);
    audit(
      {
        actorId: createdById,
        action: "link.create",
        entityType: "ClaimLink",
        entityId: id,
        claimId: fromClaimId,
        relatedClaimId: toClaimId,
        after: snapshot({ fromClaimId, toClaimId, kind: link.kind, note: link.note, challengesVerdictOfId: challengesVerdictOfId ?? undefined }),
      },
      (at) => {
        row.createdAt = at;
      },
    );
  }

  const stepMs = 10;
  const first = now.getTime() - (stamped.length - 1) * stepMs;
  stamped.forEach(({ assign }, index) => assign(new Date(first + index * stepMs)));
  return rows;
}

async function demoAdminExists(): Promise<boolean> {
  const admin = await db.user.findUnique({ where: { email: demoUsers.admin.email }, select: { id: true } });
  return admin !== null;
}

/**
 * Loads the demo data set unless it is already there (judged by the demo admin account, so a
 * database where someone has since deleted a demo article is not re-seeded on top).
 */
export async function seedDemoData(): Promise<{ seeded: boolean }> {
  if (await demoAdminExists()) return { seeded: false };

  // argon2 is deliberately slow; hashing inside the transaction would hold it open for seconds.
  const keys = Object.keys(demoUsers) as DemoUserKey[];
  const hashes = await Promise.all(keys.map(() => hashPassword(DEMO_PASSWORD)));
  const passwordHashes = {} as Record<DemoUserKey, string>;
  keys.forEach((key, index) => {
    passwordHashes[key] = required(hashes[index], `password hash for ${key}`);
  });

  const rows = buildDemoSeedRows(passwordHashes);

  try {
    await db.$transaction(
      async (tx) => {
        await tx.user.createMany({ data: rows.users });
        await tx.outlet.createMany({ data: rows.outlets });
        await tx.actor.createMany({ data: rows.actors });
        await tx.actorAlias.createMany({ data: rows.aliases });
        await tx.article.createMany({ data: rows.articles });
        await tx.claim.createMany({ data: rows.claims });
        await tx.claimLink.createMany({ data: rows.links });
        await tx.source.createMany({ data: rows.sources });
        await tx.auditEvent.createMany({ data: rows.auditEvents });
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // Two seeders started together: the loser's insert of the admin hits the unique e-mail.
    if (await demoAdminExists()) return { seeded: false };
    throw error;
  }
  return { seeded: true };
}
