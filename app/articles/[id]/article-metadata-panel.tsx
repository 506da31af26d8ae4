"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { ArticleMetadataValues } from "./article-metadata-form";

// The form (react-hook-form and its resolver) is fetched when the disclosure is first opened: it is
// closed on almost every visit, and the reader's first-load JavaScript is at its budget (decision 023).
const ArticleMetadataForm = dynamic(() => import("./article-metadata-form").then((module) => module.ArticleMetadataForm), {
  ssr: false,
  loading: () => (
    <p className="muted small" aria-busy="true">
      Loading the form…
    </p>
  ),
});

export function ArticleMetadataPanel(props: { articleId: string; values: ArticleMetadataValues; canDelete: boolean; hasVerdicts: boolean }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="panel metadata-panel" onToggle={(event) => setOpened((was) => was || event.currentTarget.open)}>
      <summary>Correct the article’s details</summary>
      {opened ? <ArticleMetadataForm {...props} /> : null}
    </details>
  );
}
