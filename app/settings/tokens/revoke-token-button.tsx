"use client";

import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const toast = useToast();
  return (
    <Button
      variant="danger"
      size="small"
      pending={pending}
      onClick={() => {
        if (!window.confirm(`Revoke “${name}”? Tools using it stop working immediately.`)) return;
        startTransition(async () => {
          const result = await revokeTokenAction({ tokenId });
          if (result.ok) toast({ kind: "success", message: `Token “${name}” revoked. Tools using it can no longer connect.` });
          else toast({ kind: "error", message: `“${name}” was not revoked: ${result.message}` });
        });
      }}
    >
      {pending ? "Revoking…" : "Revoke"}
      <span className="visually-hidden"> token {name}</span>
    </Button>
  );
}
