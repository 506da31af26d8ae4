"use client";

import { ErrorMessage } from "@/components/form-message";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useShortcuts } from "@/components/shortcuts";
import { humanize } from "@/lib/format";
import { LinkKind } from "@/lib/generated/prisma/enums";
import { LINK_LABEL } from "@/lib/links/rules";
import { createLinkAction, deleteLinkAction, searchClaimsAction, type ClaimSearchHit } from "./actions";
import { useToast } from "@/components/ui/toast";

export type LinkRow = { id: string; label: string; kind: LinkKind; note: string | null; fromClaimId: string; toClaimId: string; other: { id: string; quote: string; status: string; outlet: string; speaker: string | null } };

function LinkPicker({ claimId, onLinked }: { claimId: string; onLinked: () => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<ClaimSearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [chosen, setChosen] = useState<ClaimSearchHit | null>(null);
  const [kind, setKind] = useState<LinkKind>("CONTRADICTS");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = () => {
    searchRef.current?.scrollIntoView({ block: "center" });
    searchRef.current?.focus({ preventScroll: true });
  };
  // Arriving from the reader's `l` key (…#link) goes straight to the search field.
  useEffect(() => {
    if (window.location.hash === "#link") focusSearch();
  }, []);
  useShortcuts([{ key: "l", description: "Link this claim to another: find it in the link picker", run: focusSearch }]);

  // Search as the editor types, a moment after they pause, so each keystroke is not a query.
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return;
    const timer = setTimeout(async () => {
      setSearching(true);
      const result = await searchClaimsAction({ q: text, excludeClaimId: claimId });
      setSearching(false);
      setHits(result.ok ? result.data : []);
    }, 300);
    return () => clearTimeout(timer);
  }, [query, claimId]);

  return (
    <div className="link-picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>Find a claim to link</label>
        <input
          ref={searchRef}
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value.trim().length < 2) setHits(null);
          }}
          placeholder="Words of the quote, subject, speaker or outlet"
          autoComplete="off"
        />
      </div>
      <div aria-live="polite" className="small muted">
        {searching ? "Searching…" : hits && hits.length === 0 ? "No claim matches." : null}
      </div>
      {hits && hits.length > 0 ? (
        <ul className="plain-list search-hits" aria-label="Matching claims">
          {hits.map((hit) => (
            <li key={hit.id} className={chosen?.id === hit.id ? "chosen" : undefined}>
              <button type="button" className="hit-button" aria-pressed={chosen?.id === hit.id} onClick={() => setChosen(hit)}>
                <span className="claim-card-quote">{hit.quote}</span>
                <span className="small muted">
                  {hit.outlet}
                  {hit.speaker ? ` · ${hit.speaker}` : ""} · {humanize(hit.status)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              setError(null);
              const result = await createLinkAction({ fromClaimId: claimId, toClaimId: chosen.id, kind, note });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              setChosen(null);
              setQuery("");
              setHits(null);
              setNote("");
              onLinked();
            });
          }}
        >
          <p className="small">
            Link to: <q>{chosen.quote}</q> ({chosen.outlet})
          </p>
          <div className="inline">
            <div className="field">
              <label htmlFor={`${id}-kind`}>This claim…</label>
              <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as LinkKind)}>
                {Object.values(LinkKind).map((value) => (
                  <option key={value} value={value}>
                    {LINK_LABEL[value].outgoing.toLowerCase()} the chosen claim
                  </option>
                ))}
              </select>
            </div>
            <div className="field grow">
              <label htmlFor={`${id}-note`}>Link note</label>
              <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" />
            </div>
          </div>
          <div className="inline">
            <button type="submit" disabled={pending}>
              {pending ? "Linking…" : "Link claims"}
            </button>
            <button type="button" className="button-quiet" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
    </div>
  );
}

type Suggested = { kind: LinkKind; reason: string; claim: { id: string; quote: string; outlet: string; speaker: string | null } };

function Suggestions({ claimId, suggestions, onLinked }: { claimId: string; suggestions: Suggested[]; onLinked: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (suggestions.length === 0) return null;
  return (
    <div className="suggestions">
      <h3>Suggested links</h3>
      <ul className="plain-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.claim.id} className="small">
            <Link href={`/claims/${suggestion.claim.id}`}>
              <q>{suggestion.claim.quote}</q>
            </Link>{" "}
            <span className="muted">
              — {suggestion.claim.outlet}
              {suggestion.claim.speaker ? `, ${suggestion.claim.speaker}` : ""}: {suggestion.reason}
            </span>{" "}
            <button
              type="button"
              className="button-small button-quiet"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await createLinkAction({ fromClaimId: claimId, toClaimId: suggestion.claim.id, kind: suggestion.kind, note: suggestion.reason });
                  setError(result.ok ? null : result.message);
                  if (result.ok) onLinked();
                })
              }
            >
              Link as “{LINK_LABEL[suggestion.kind].outgoing.toLowerCase()}”<span className="visually-hidden"> {suggestion.claim.quote}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
    </div>
  );
}

export function LinksPanel({ claimId, links, canEdit, suggestions = [] }: { claimId: string; links: LinkRow[]; canEdit: boolean; suggestions?: Suggested[] }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // Unlinking says so in a toast with Undo, which links the same two claims again, the same way
  // round, with the same kind and note (audited as a new link).
  function unlink(link: LinkRow) {
    startTransition(async () => {
      const result = await deleteLinkAction(link.id);
      setError(result.ok ? null : result.message);
      router.refresh();
      if (result.ok) toast({ kind: "success", message: `Unlinked “${link.other.quote}”.`, action: { label: "Undo", onAction: () => relink(link) } });
    });
  }

  function relink(link: LinkRow) {
    startTransition(async () => {
      const result = await createLinkAction({ fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, kind: link.kind, note: link.note ?? "" });
      toast(result.ok ? { kind: "success", message: `Undone: the link to “${link.other.quote}” is back.` } : { kind: "error", message: `The link was not restored: ${result.message}` });
      router.refresh();
    });
  }

  return (
    <section className="panel" aria-labelledby="links-heading">
      <h2 id="links-heading">Linked claims ({links.length})</h2>
      {links.length === 0 ? <p className="muted">Not linked to other claims yet.</p> : null}
      <ul className="plain-list">
        {links.map((link) => (
          <li key={link.id} className={`link-item link-${link.kind.toLowerCase()}`}>
            <span className="link-kind">{link.label}</span>{" "}
            <Link href={`/claims/${link.other.id}`}>
              <q>{link.other.quote}</q>
            </Link>
            <span className="small muted">
              {" "}
              — {link.other.outlet}
              {link.other.speaker ? `, ${link.other.speaker}` : ""} · {humanize(link.other.status)}
            </span>
            {link.note ? <p className="small">{link.note}</p> : null}
            {canEdit ? (
              <button
                type="button"
                className="button-small button-quiet"
                disabled={pending}
                onClick={() => unlink(link)}
              >
                Unlink<span className="visually-hidden"> {link.other.quote}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
      {canEdit ? <Suggestions claimId={claimId} suggestions={suggestions} onLinked={() => router.refresh()} /> : null}
      {canEdit ? <LinkPicker claimId={claimId} onLinked={() => router.refresh()} /> : null}
    </section>
  );
}
