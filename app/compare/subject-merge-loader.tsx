"use client";

import dynamic from "next/dynamic";

/**
 * The merge form brings react-hook-form and zod with it; loaded on demand, the compare page's
 * first load stays within the 170 KB budget (only editors see the form). Rendered on the server
 * as before, so nothing moves when its code arrives.
 */
export const MergeSubjectForm = dynamic(() => import("./subject-merge").then((module) => module.MergeSubjectForm));
export const MergedSubjects = dynamic(() => import("./subject-merge").then((module) => module.MergedSubjects));
