import { forbidden, unauthenticated } from "@/lib/errors";
import { can, type Actor, type GeneralAction } from "@/lib/permissions";
import { userForTokenSecret } from "@/lib/tokens/tokens";

export type ApiActor = Actor & { email: string };

/** /api/v1 is for other tools: it authenticates by `Authorization: Bearer <token>` only. */
export async function requireApiUser(request: Request): Promise<ApiActor> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("Send an API token as `Authorization: Bearer <token>`.");
  const user = await userForTokenSecret(match[1]!);
  if (!user) throw unauthenticated("The API token is unknown or has been revoked.");
  return user;
}

export async function requireApiPermission(request: Request, action: GeneralAction): Promise<ApiActor> {
  const user = await requireApiUser(request);
  if (!can(user, action)) throw forbidden(`Your role (${user.role.toLowerCase()}) does not allow this.`);
  return user;
}
