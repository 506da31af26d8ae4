"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="panel narrow" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. Nothing you entered has been saved twice; try again.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
