import { parseArgs } from "node:util";

/** `--name value` options for the small command-line scripts; unknown options are an error. */
export function parseOptions<const Names extends readonly string[]>(names: Names, usage: string): Record<Names[number], string | undefined> {
  try {
    const { values } = parseArgs({
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Record<Names[number], string | undefined>;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}`);
    process.exit(2);
  }
}
