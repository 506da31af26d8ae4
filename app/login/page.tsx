import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

// The only page open without a session; a signed-in user has no business here.
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/articles");
  const { callbackUrl } = await searchParams;
  // Only same-site paths, so the login page cannot be used to bounce users to another site.
  const safeCallback = safeCallbackPath(callbackUrl);
  return (
    <section className="panel narrow login">
      <h1>Sign in to Claimdesk</h1>
      <LoginForm callbackUrl={safeCallback} />
    </section>
  );
}
