import { z } from "zod";

const offset = (label: string) =>
  z.number({ error: `${label} must be a whole number.` }).int(`${label} must be a whole number.`).min(0, `${label} cannot be negative.`);

/**
 * Names one candidate of an article by its span, as GET /articles/{id}/candidates lists it: a
 * candidate has no id of its own in the API, and (articleId, start, end) is unique.
 */
export const candidateSpanSchema = z
  .object({ start: offset("start"), end: offset("end") })
  .refine((span) => span.end > span.start, { path: ["end"], message: "end must be greater than start." });
export type CandidateSpanInput = z.input<typeof candidateSpanSchema>;
export type CandidateSpan = z.output<typeof candidateSpanSchema>;
