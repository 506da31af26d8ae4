import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver for one of our zod schemas (the same schema the server action or API
 * parses with), whose code is loaded on demand instead of with the page.
 *
 * zod and the validation modules are about 45 KB of gzipped JavaScript, which pushed every page
 * with a form over the first-load budget (docs/decisions/023). With this, the schema module and the
 * resolver come in a chunk of their own: its download starts when the form's module is evaluated
 * in the browser (so it is normally there before anyone has typed), and the first validation waits
 * for it if it is not. The page itself becomes interactive without it.
 *
 * `loadSchema` must use a dynamic `import()` (e.g. `() => import("@/lib/validation/auth").then((m)
 * => m.loginSchema)`): a static import would put the schema back into the page's first load.
 */
export function lazyZodResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  loadSchema: () => Promise<Schema>,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  type Loaded = Resolver<z.input<Schema>, unknown, z.output<Schema>>;
  let loading: Promise<Loaded> | undefined;
  const load = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema) as unknown as Loaded,
    ).catch((error: unknown) => {
      // A failed chunk download (a flaky connection) is retried on the next validation.
      loading = undefined;
      throw error;
    }));
  if (typeof window !== "undefined") void load().catch(() => undefined);
  return async (values, context, options) => (await load())(values, context, options);
}
