import { z } from "zod";
import { Qualifier } from "@/lib/generated/prisma/enums";
import { DERIVABLE_FIELDS, type StoredFacts } from "@/lib/assist/claim-facts";

/**
 * Claim.facts as stored and as the API shows it. One schema reads the JSON column back into typed
 * facts (a row written by an older engine that no longer parses is treated as "not derived yet")
 * and documents the field in OpenAPI.
 */
export const claimFactsSchema = z
  .object({
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    qualifier: z.enum(Qualifier).nullable(),
    unit: z.string().nullable().meta({ description: "What is counted." }),
    measure: z.string().nullable().meta({ description: "What happened to those counted: killed, wounded, displaced, detained, in need." }),
    counted: z.string().nullable().meta({ description: "The class compared across outlets: people, military, fighters, children …" }),
    group: z.string().nullable(),
    speaker: z.string().nullable(),
    place: z.string().nullable().meta({ description: "A local place that narrows the claim; national places are left out." }),
    incident: z.boolean().meta({ description: "The figure covers one incident or a short window." }),
    total: z.boolean(),
    part: z.boolean(),
    event: z.object({ name: z.string(), polarity: z.union([z.literal(1), z.literal(-1)]) }).nullable(),
    actor: z.string().nullable(),
    subject: z.string().nullable(),
    subjectKey: z.string().nullable().meta({ description: "Normalised key of what the claim is about; claims that share it are compared." }),
    derived: z.array(z.enum(DERIVABLE_FIELDS)).meta({ description: "Fields the server derived from the text; the others were typed by an editor, and what an editor typed always wins." }),
  })
  .meta({ id: "ClaimFacts", description: "The claim's comparable facts: typed fields where an editor gave them, otherwise derived from the quote and its sentence." });

export function readStoredFacts(json: unknown): StoredFacts | null {
  const parsed = claimFactsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
