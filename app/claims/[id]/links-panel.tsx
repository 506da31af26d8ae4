"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { ErrorMessage } from "@/components/form-message";
import { useShortcuts } from "@/components/shortcuts";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { humanize } from "@/lib/format";
import { LinkKind } from "@/lib/generated/prisma/enums";
import { LINK_LABEL } from "@/lib/links/rules";
import { useAction } from "@/app/articles/action-feedback";
import { createLinkAction, deleteLinkAction, searchClaimsAction, type ClaimSearchHit } from "./actions";

export type LinkRow = { id: string; label: string; kind: LinkKind; note: string | null; fromClaimId: string; toClaimId: string; other: { id: string; quote: string; status: string; outlet: string; speaker: string | null } };

function LinkPicker({ claimId, onLinked }: { claimId: string; onLinked: () => void }) {
  const id = useId();
  const { call, toast } = useAction();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<ClaimSearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchFailed, setSearchFailed] = useState(false);
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
      const result = await searchClaimsAction({ q: text, excludeClaimId: claimId }).catch(() => null);
      setSearching(false);
      setSearchFailed(result === null);
      setHits(result?.ok ? result.data : []);
    }, 300);
    return () => clearTimeout(timer);
  }, [query, claimId]);

  return (
    <div className="link-picker">
      <Field id={`${id}-q`} label="Find a claim to link">
        {(control) => (
          <input
            {...control}
            ref={searchRef}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              if (event.target.value.trim().length < 2) setHits(null);
            }}
            placeholder="Words of the quote, subject, speaker or outlet"
            autoComplete="off"
          />
        )}
      </Field>
      <div aria-live="polite" className="small muted">
        {searching ? "Searching…" : searchFailed ? "The search did not answer — type again to retry." : hits && hits.length === 0 ? "No claim matches." : null}
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
              const result = await call(() => createLinkAction({ fromClaimId: claimId, toClaimId: chosen.id, kind, note }));
              if (!result) return;
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast({ message: `Link created: this claim ${LINK_LABEL[kind].outgoing.toLowerCase()} “${chosen.quote}”` });
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
            <Field id={`${id}-kind`} label="This claim…">
              {(control) => (
                <select {...control} value={kind} onChange={(event) => setKind(event.target.value as LinkKind)}>
                  {Object.values(LinkKind).map((value) => (
                    <option key={value} value={value}>
                      {LINK_LABEL[value].outgoing.toLowerCase()} the chosen claim
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${id}-note`} label="Link note" className="grow">
              {(control) => <input {...control} value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" />}
            </Field>
          </div>
          <div className="inline">
            <Button type="submit" pending={pending}>
              Link claims
            </Button>
            <Button variant="quiet" onClick={() => setChosen(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
    </div>
  );
}

type Suggested = { kind: LinkKind; reason: string; claim: { id: string; quote: string; outlet: string; speaker: string | null } };

function Suggestions({ claimId, suggestions, onLinked }: { claimId: string; suggestions: Suggested[]; onLinked: () => void }) {
  const { call, toast } = useAction();
  const [linking, setLinking] = useState<string | null>(null);
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
            <Button
              size="small"
              variant="quiet"
              disabled={pending}
              pending={linking === suggestion.claim.id}
              onClick={() => {
                setLinking(suggestion.claim.id);
                startTransition(async () => {
                  const result = await call(() => createLinkAction({ fromClaimId: claimId, toClaimId: suggestion.claim.id, kind: suggestion.kind, note: suggestion.reason }));
                  setLinking(null);
                  if (!result) return;
                  if (!result.ok) {
                    toast({ kind: "error", message: `The link was not created: ${result.message}` });
                    return;
                  }
                  toast({ message: `Link created: this claim ${LINK_LABEL[suggestion.kind].outgoing.toLowerCase()} “${suggestion.claim.quote}”` });
                  onLinked();
                });
              }}
            >
              Link as “{LINK_LABEL[suggestion.kind].outgoing.toLowerCase()}”<span className="visually-hidden"> {suggestion.claim.quote}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LinksPanel({ claimId, links, canEdit, suggestions = [] }: { claimId: string; links: LinkRow[]; canEdit: boolean; suggestions?: Suggested[] }) {
  const router = useRouter();
  const { call, toast } = useAction();
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // Unlinking says so in a toast with Undo, which links the same two claims again, the same way
  // round, with the same kind and note (audited as a new link).
  function unlink(link: LinkRow) {
    setUnlinking(link.id);
    startTransition(async () => {
      const result = await call(() => deleteLinkAction(link.id));
      setUnlinking(null);
      if (!result) return;
      router.refresh();
      if (result.ok) toast({ kind: "success", message: `Unlinked “${link.other.quote}”.`, action: { label: "Undo", onAction: () => relink(link) } });
      else toast({ kind: "error", message: `The link was not removed: ${result.message}` });
    });
  }

  function relink(link: LinkRow) {
    startTransition(async () => {
      const result = await call(() => createLinkAction({ fromClaimId: link.fromClaimId, toClaimId: link.toClaimId, kind: link.kind, note: link.note ?? "" }));
      if (!result) return;
      toast(result.ok ? { kind: "success", message: `Undone: the link to “${link.other.quote}” is back.` } : { kind: "error", message: `The link was not restored: ${result.message}` });
      router.refresh();
    });
  }

  return (
    <Panel id="links" title={`Linked claims (${links.length})`}>
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
              <Button size="small" variant="quiet" disabled={pending} pending={unlinking === link.id} onClick={() => unlink(link)}>
                Unlink<span className="visually-hidden"> {link.other.quote}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? <Suggestions claimId={claimId} suggestions={suggestions} onLinked={() => router.refresh()} /> : null}
      {canEdit ? <LinkPicker claimId={claimId} onLinked={() => router.refresh()} /> : null}
    </Panel>
  );
}
