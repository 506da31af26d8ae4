import { z } from "zod";
import { isSubjectKey } from "@/lib/subjects/key-shape";
import { plainString } from "@/lib/validation/fields";

const subjectKey = plainString("The subject")
  .trim()
  .min(3, "Choose a subject.")
  .max(300, "That subject key is too long.")
  .refine(isSubjectKey, "Choose a subject from the comparison list.");

/** Merge one subject into another: claims keyed `from` are then grouped and compared under `to`. */
export const mergeSubjectsSchema = z
  .object({ from: subjectKey, to: subjectKey })
  .refine((input) => input.from !== input.to, { message: "Choose two different subjects to merge.", path: ["to"] });

/** Undo a merge: the claims that came from `from` get their own subject again. */
export const splitSubjectSchema = z.object({ from: subjectKey });

export type MergeSubjectsInput = z.infer<typeof mergeSubjectsSchema>;

/**
 * The compare page's merge form: this subject (`from`, a key) into another subject as the editor
 * types or picks it (`into`, resolved to its key on the server).
 */
export const mergeSubjectFormSchema = z.object({
  from: subjectKey,
  into: plainString("The subject")
    .trim()
    .min(1, "Type the subject to merge into.")
    .max(300, "That subject is too long."),
});

export type MergeSubjectFormInput = z.infer<typeof mergeSubjectFormSchema>;
