import type { Metadata } from "next";
import Link from "next/link";
import { getArticle, listOutlets } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { ImportForms } from "./import-forms";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ supersedes?: string }> }) {
  await requirePermission("article.import");
  const { supersedes } = await searchParams;
  const [outlets, corrected] = await Promise.all([listOutlets(), supersedes ? getArticle(supersedes) : null]);
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/articles">Articles</Link> / Import
      </p>
      <h1>Import an article</h1>
      <p className="lede">
        The text is stored exactly as imported and never changed afterwards, so that every claim keeps pointing at the same words. Importing the same URL or identical
        text again opens the article already stored.
      </p>
      {corrected ? (
        <p className="notice">
          Importing a corrected text of <Link href={`/articles/${corrected.id}`}>{corrected.title}</Link>. Both articles stay, linked to each other; claims on the old text stay where they are.
        </p>
      ) : null}
      <ImportForms outlets={outlets.map((outlet) => ({ name: outlet.name, kind: outlet.kind }))} supersedes={corrected?.id} />
    </section>
  );
}
