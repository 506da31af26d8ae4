import type { Metadata } from "next";
import Link from "next/link";
import { listOutlets } from "@/lib/articles/queries";
import { requirePermission } from "@/lib/auth/session";
import { ImportForms } from "./import-forms";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportPage() {
  await requirePermission("article.import");
  const outlets = await listOutlets();
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
      <ImportForms outlets={outlets.map((outlet) => ({ name: outlet.name, kind: outlet.kind }))} />
    </section>
  );
}
