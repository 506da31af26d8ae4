// npm run token:create -- --email E --name N   (the token is the last line of the output)
import { db, disconnectDb } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/tokens";
import { emailSchema } from "@/lib/validation/auth";
import { createTokenSchema } from "@/lib/validation/tokens";
import { parseOptions } from "./cli-args";

const USAGE = "npm run token:create -- --email E --name N";
const options = parseOptions(["email", "name"] as const, USAGE);
const email = emailSchema.safeParse(options.email ?? "");
const input = createTokenSchema.safeParse({ name: options.name ?? "" });
if (!email.success || !input.success) {
  if (!email.success) console.error(`--email: ${email.error.issues[0]?.message}`);
  if (!input.success) console.error(`--name: ${input.error.issues[0]?.message}`);
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}
try {
  const user = await db.user.findFirst({ where: { email: email.data, deactivatedAt: null }, select: { id: true, role: true } });
  if (!user) {
    console.error(`No active user with the e-mail ${email.data}.`);
    process.exitCode = 1;
  } else {
    const { token, secret } = await createApiToken(user, input.data);
    console.log(`Created token “${token.name}” for ${email.data} (${user.role.toLowerCase()}). It is shown only this once:`);
    console.log(secret);
  }
} finally {
  await disconnectDb();
}
