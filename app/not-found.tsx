import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel narrow">
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been removed, or the link may be mistyped.</p>
      <Link href="/articles">Back to articles</Link>
    </section>
  );
}
