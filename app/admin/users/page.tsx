import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_LABEL } from "@/lib/permissions";
import { listUsers } from "@/lib/users/queries";
import { CreateUserForm } from "./create-user-form";
import { UserRowControls } from "./user-row-controls";
import { LocalTime } from "@/components/local-time";
import { DataTable } from "@/components/ui/table";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePermission("users.manage");
  const users = await listUsers(admin);
  return (
    <section>
      <div className="page-heading">
        <h1>Users</h1>
      </div>
      <DataTable label="Users" stack>
        <caption className="visually-hidden">People with access to Claimdesk</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.deactivatedAt ? "inactive" : undefined}>
              <td data-label="Name">{user.name}</td>
              <td data-label="E-mail">{user.email}</td>
              <td data-label="Role">{ROLE_LABEL[user.role]}</td>
              <td data-label="Status">{user.deactivatedAt ? <LocalTime value={user.deactivatedAt} kind="day" prefix="Deactivated " /> : "Active"}</td>
              <td data-label="Since"><LocalTime value={user.createdAt} kind="day" /></td>
              <td data-label="Actions">
                <UserRowControls user={{ id: user.id, name: user.name, role: user.role, active: !user.deactivatedAt }} isSelf={user.id === admin.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Panel id="new-user" title="Add a user">
        <CreateUserForm />
      </Panel>
    </section>
  );
}
