import { resolveSpeaker } from "@/lib/actors/resolve";
import { derivedFacts, type TypedFields } from "@/lib/assist/claim-facts";
import { applySubjectMerges } from "@/lib/subjects/mutations";
import { anchorContext } from "@/lib/claims/anchor";
import { checkSpan } from "@/lib/claims/span";
import { claimAuditSnapshot, claimSelect, type ClaimRecord } from "@/lib/claims/serialize";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, canOnClaim, isFinalStatus, type Actor } from "@/lib/permissions";
import { figureIssues, type CreateClaimData, type UpdateClaimData } from "@/lib/validation/claims";

type FieldData = Omit<UpdateClaimData, "version">;

/** The derived-facts columns, with the subject key mapped through editors' subject merges. */
async function factsColumns(tx: Tx, body: string, span: { start: number; end: number }, typed: TypedFields) {
  const columns = derivedFacts(body, span, typed);
  if (columns.subjectKey) columns.subjectKey = (await applySubjectMerges(tx, [columns.subjectKey])).get(columns.subjectKey) ?? columns.subjectKey;
  return columns;
}


/** Turns validated PATCH fields into Prisma data; `undefined` stays "unchanged", `null` clears. */
async function fieldData(tx: Tx, actor: Actor, input: FieldData): Promise<Prisma.ClaimUncheckedUpdateInput> {
  const data: Prisma.ClaimUncheckedUpdateInput = {};
  if (input.kind !== undefined) data.kind = input.kind;
  if (input.subject !== undefined) data.subject = input.subject;
  if (input.value !== undefined) data.value = input.value;
  if (input.valueMax !== undefined) data.valueMax = input.valueMax;
  if (input.qualifier !== undefined) data.qualifier = input.qualifier;
  if (input.unit !== undefined) data.unit = input.unit;
  if (input.occurredAt !== undefined) data.occurredAt = input.occurredAt;
  if (input.place !== undefined) data.place = input.place;
  if (input.note !== undefined) data.note = input.note;
  if (input.speaker !== undefined) data.speakerId = input.speaker === null ? null : await resolveSpeaker(tx, actor.id, input.speaker);
  return data;
}

/** `within`: the caller's transaction, when the claim is one part of a larger change (accepting a candidate). */
export async function createClaim(actor: Actor, input: CreateClaimData, within?: Tx): Promise<ClaimRecord> {
  if (!can(actor, "claim.create")) throw forbidden("Only editors, reviewers and admins mark claims.");
  const insert = async (tx: Tx): Promise<ClaimRecord> => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { body: true } });
    if (!article) throw notFound("The article");
    const quote = checkSpan(article.body, input);
    const created = await tx.claim.create({
      data: {
        kind: input.kind,
        subject: input.subject ?? null,
        speakerId: input.speaker ? await resolveSpeaker(tx, actor.id, input.speaker) : null,
        value: input.value ?? null,
        valueMax: input.valueMax ?? null,
        qualifier: input.qualifier ?? null,
        unit: input.unit ?? null,
        occurredAt: input.occurredAt ?? null,
        place: input.place ?? null,
        note: input.note ?? null,
        articleId: input.articleId,
        start: input.start,
        end: input.end,
        quote,
        ...anchorContext(article.body, input.start, input.end),
        ...(await factsColumns(tx, article.body, input, {
          kind: input.kind,
          subject: input.subject ?? null,
          speaker: input.speaker ?? null,
          value: input.value ?? null,
          valueMax: input.valueMax ?? null,
          qualifier: input.qualifier ?? null,
          unit: input.unit ?? null,
          place: input.place ?? null,
        })),
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: claimSelect,
    });
    await recordAudit(tx, { actorId: actor.id, action: "claim.create", entityType: "Claim", entityId: created.id, claimId: created.id, after: claimAuditSnapshot(created) });
    return created;
  };
  return within ? insert(within) : db.$transaction(insert);
}

/** Distinguishes "no such claim" from "someone saved first" after a conditional write matched nothing. */
async function staleOrMissing(tx: Tx, id: string, version: number): Promise<never> {
  const current = await tx.claim.findUnique({ where: { id }, select: { version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
  if (!current) throw notFound("The claim");
  throw new AppError(
    "conflict",
    `This claim was changed by ${current.updatedBy.name} since you opened it (you had version ${version}, it is now version ${current.version}). Your changes were not saved.`,
    { version: [`Current version is ${current.version}.`] },
  );
}

/** Optimistic concurrency: the write only applies if the claim is still at the version the editor read. */
export async function updateClaim(actor: Actor, id: string, input: UpdateClaimData): Promise<ClaimRecord> {
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({ where: { id }, select: claimSelect });
    if (!before) throw notFound("The claim");
    if (!canOnClaim(actor, "claim.edit", before)) {
      throw forbidden(isFinalStatus(before.status) ? "This claim has a verdict; reopen it for review before editing." : "Your role does not allow editing claims.");
    }
    if (before.version !== input.version) return staleOrMissing(tx, id, input.version);
    const { version, ...fields } = input;
    const merged = <T,>(next: T | undefined, previous: T): T => (next === undefined ? previous : next);
    const figure = { value: merged(fields.value, before.value), valueMax: merged(fields.valueMax, before.valueMax) };
    const figureProblems = figureIssues(figure);
    if (Object.keys(figureProblems).length > 0) {
      throw badRequest(
        `With this change the claim's figure would be ${figure.value ?? "empty"} and its upper bound ${figure.valueMax ?? "empty"}: ${Object.values(figureProblems).join(" ")}`,
        Object.fromEntries(Object.entries(figureProblems).map(([field, message]) => [field, [message]])),
      );
    }
    const data = await fieldData(tx, actor, fields);
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { body: true } });
    const facts = await factsColumns(tx, article.body, before, {
      kind: merged(fields.kind, before.kind),
      subject: merged(fields.subject, before.subject),
      speaker: merged(fields.speaker, before.speaker?.name ?? null),
      ...figure,
      qualifier: merged(fields.qualifier, before.qualifier),
      unit: merged(fields.unit, before.unit),
      place: merged(fields.place, before.place),
    });
    const updated = await tx.claim.updateMany({ where: { id, version }, data: { ...data, ...facts, updatedById: actor.id, version: { increment: 1 } } });
    if (updated.count === 0) return staleOrMissing(tx, id, version);
    const after = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSelect });
    await recordAudit(tx, { actorId: actor.id, action: "claim.update", entityType: "Claim", entityId: id, claimId: id, before: claimAuditSnapshot(before), after: claimAuditSnapshot(after) });
    return after;
  });
}

/** Editors delete only their own drafts; the rule is repeated in the `where` so a race cannot widen it. */
export async function deleteClaim(actor: Actor, id: string, version?: number): Promise<{ articleId: string }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id }, select: claimSelect });
    if (!claim) throw notFound("The claim");
    if (!canOnClaim(actor, "claim.delete", claim)) {
      throw forbidden(claim.createdById === actor.id ? "Only drafts can be deleted; this claim has moved on in review." : "You can only delete drafts you created.");
    }
    const ownDraftOnly: Prisma.ClaimWhereInput = actor.role === "ADMIN" ? {} : { createdById: actor.id, status: "DRAFT" };
    const deleted = await tx.claim.deleteMany({ where: { id, ...(version ? { version } : {}), ...ownDraftOnly } });
    if (deleted.count === 0) {
      if (version) return staleOrMissing(tx, id, version);
      throw conflict("The claim changed while it was being deleted; reload and try again.");
    }
    await recordAudit(tx, { actorId: actor.id, action: "claim.delete", entityType: "Claim", entityId: id, claimId: id, before: claimAuditSnapshot(claim) });
    return { articleId: claim.articleId };
  });
}
