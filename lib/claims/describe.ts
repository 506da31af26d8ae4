import type { Qualifier } from "@/lib/generated/prisma/enums";

const QUALIFIER_TEXT: Record<Qualifier, string> = {
  EXACT: "",
  AT_LEAST: "at least ",
  MORE_THAN: "more than ",
  ABOUT: "about ",
  NEARLY: "nearly ",
  AS_MANY_AS: "as many as ",
  UP_TO: "up to ",
  FEWER_THAN: "fewer than ",
  SOME: "some ",
  RANGE: "",
};

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 4 });

/** "at least 93 people", "4–5 minutes": the structured figure read back as an editor would say it. */
export function describeFigure(claim: { value: number | null; valueMax: number | null; qualifier: Qualifier | null; unit: string | null }): string {
  if (claim.value === null) return "no figure recorded";
  const amount =
    claim.valueMax !== null && claim.valueMax !== claim.value
      ? `${numberFormat.format(claim.value)}–${numberFormat.format(claim.valueMax)}`
      : numberFormat.format(claim.value);
  const qualifier = claim.qualifier ? QUALIFIER_TEXT[claim.qualifier] : "";
  return `${qualifier}${amount}${claim.unit ? ` ${claim.unit}` : ""}`;
}
