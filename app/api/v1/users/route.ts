import { requireApiPermission } from "@/lib/api/auth";
import { apiRoute, otherMethods } from "@/lib/api/respond";
import { listUsers } from "@/lib/users/queries";

export const GET = apiRoute(async (request) => {
  const admin = await requireApiPermission(request, "users.manage");
  const users = await listUsers(admin);
  return Response.json({ items: users });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
