import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_LABEL } from "@/lib/permissions";
import { listOwnApiTokens } from "@/lib/tokens/tokens";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";
import { LocalTime } from "@/components/local-time";
import { DataTable } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePermission("tokens.manage_own");
  const tokens = await listOwnApiTokens(user);
  return (
    <section>
      <div className="page-heading">
        <h1>API tokens</h1>
      </div>
      <p className="lede">
        Tokens let other tools use the Claimdesk API (<code>/api/v1</code>) as you, with your role ({ROLE_LABEL[user.role]}). Send one as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token as soon as a tool no longer needs it.
      </p>
      <Panel id="new-token" title="Create a token">
        <CreateTokenForm />
      </Panel>
      {tokens.length === 0 ? (
        <EmptyState title="You have no API tokens.">Create one above for each tool that should reach the API, so you can revoke them one by one.</EmptyState>
      ) : (
        <DataTable label="API tokens" stack>
          <caption className="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className={token.revokedAt ? "inactive" : undefined}>
                <td data-label="Name">{token.name}</td>
                <td data-label="Starts with">
                  <code>{token.prefix}…</code>
                </td>
                <td data-label="Created"><LocalTime value={token.createdAt} /></td>
                <td data-label="Last used">{token.lastUsedAt ? <LocalTime value={token.lastUsedAt} /> : "Never"}</td>
                <td data-label="Status">{token.revokedAt ? <LocalTime value={token.revokedAt} prefix="Revoked " /> : "Active"}</td>
                <td data-label="Actions">{token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
