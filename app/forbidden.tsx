import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="panel narrow">
      <h1>Not allowed</h1>
      <p>Your role does not give access to this page. If you need it, ask an admin to change your role.</p>
      <Link href="/articles">Back to articles</Link>
    </section>
  );
}
