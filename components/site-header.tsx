import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can, ROLE_LABEL } from "@/lib/permissions";
import { SearchBox } from "@/components/search-box";
import { SignOutButton } from "@/components/sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <Link href="/articles" className="brand">
        Claimdesk
      </Link>
      {user ? (
        <>
          <nav aria-label="Main">
            <Link href="/articles">Articles</Link>
            <Link href="/claims">Claims</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/contradictions">Contradictions</Link>
            <Link href="/speakers">Speakers</Link>
            {can(user, "article.import") ? <Link href="/articles/import">Import</Link> : null}
            {can(user, "claim.create") ? <Link href="/queue">My queue</Link> : null}
          </nav>
          <SearchBox />
          <div className="current-user">
            <Link href="/settings/tokens" className="header-aside-link">
              API tokens
            </Link>
            {can(user, "users.manage") ? (
              <Link href="/admin/users" className="header-aside-link">
                Users
              </Link>
            ) : null}
            <span>
              <span className="current-user-name">{user.name}</span>{" "}
              <span className={`role-badge role-${user.role.toLowerCase()}`} aria-label={`Role: ${ROLE_LABEL[user.role]}`}>
                {ROLE_LABEL[user.role]}
              </span>
            </span>
            <SignOutButton />
          </div>
        </>
      ) : null}
    </header>
  );
}
