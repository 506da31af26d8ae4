import { z } from "zod";

// Parsed once, on first use, so that a missing variable is reported by name instead of surfacing
// later as a confusing connection or crypto error.
const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (e.g. postgresql://user:pass@localhost:5432/claimdesk)" })
    .min(1, "DATABASE_URL is empty")
    .refine((value) => /^postgres(ql)?:\/\//.test(value), "DATABASE_URL must start with postgresql://"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set (any long random string; `openssl rand -base64 32`)" })
    .min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, e.g. http://localhost:3000").optional(),
  CLAIMREVIEW_ORG_NAME: z.string().min(1).default("Claimdesk"),
  CLAIMREVIEW_ORG_URL: z.url().optional(),
  IMPORT_ALLOW_PRIVATE_HOSTS: z.enum(["true", "false"], { error: "IMPORT_ALLOW_PRIVATE_HOSTS must be true or false" }).optional(),
  TRUST_PROXY_HOPS: z
    .string()
    .regex(/^(10|\d)$/, "TRUST_PROXY_HOPS must be a whole number from 0 to 10: how many proxies of yours add to X-Forwarded-For")
    .optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function formatEnvIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`).join("\n");
}

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Claimdesk configuration is incomplete:\n${formatEnvIssues(parsed.error)}`);
  }
  cached = parsed.data;
  return cached;
}

/** Only the database is needed by command-line scripts (migrations, users, tokens). */
export function databaseUrl(): string {
  const parsed = serverEnvSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) throw new Error(`Claimdesk configuration is incomplete:\n${formatEnvIssues(parsed.error)}`);
  return parsed.data;
}
