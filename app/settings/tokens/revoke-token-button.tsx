"use client";

import { useState, useTransition } from "react";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button-small button-danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Revoke “${name}”? Tools using it stop working immediately.`)) return;
          startTransition(async () => {
            const result = await revokeTokenAction({ tokenId });
            setError(result.ok ? null : result.message);
          });
        }}
      >
        {pending ? "Revoking…" : "Revoke"}
        <span className="visually-hidden"> token {name}</span>
      </button>
      {error ? (
        <span className="form-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
