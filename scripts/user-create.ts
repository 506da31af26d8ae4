// npm run user:create -- --email E --password P --role R [--name N]
import { disconnectDb } from "@/lib/db";
import { toAppError } from "@/lib/errors";
import { createUser } from "@/lib/users/mutations";
import { createUserSchema } from "@/lib/validation/users";
import { parseOptions } from "./cli-args";

const USAGE = "npm run user:create -- --email E --password P --role VIEWER|EDITOR|REVIEWER|ADMIN [--name N]";
const options = parseOptions(["email", "password", "role", "name"] as const, USAGE);
const parsed = createUserSchema.safeParse({
  email: options.email ?? "",
  password: options.password ?? "",
  role: options.role?.toUpperCase() ?? "",
  name: options.name ?? options.email?.split("@")[0] ?? "",
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}
try {
  const user = await createUser(null, parsed.data);
  console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.id})`);
} catch (error) {
  const appError = toAppError(error);
  console.error(appError.code === "internal" ? error : appError.message);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
