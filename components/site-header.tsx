import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can, ROLE_LABEL } from "@/lib/permissions";
import { NavLinks } from "@/components/nav-links";
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
          <NavLinks
            links={[
              { href: "/articles", label: "Articles" },
              { href: "/claims", label: "Claims" },
              { href: "/compare", label: "Compare" },
              { href: "/contradictions", label: "Contradictions" },
              { href: "/speakers", label: "Speakers" },
              ...(can(user, "article.import") ? [{ href: "/articles/import", label: "Import" }] : []),
              ...(can(user, "claim.create") ? [{ href: "/queue", label: "My queue" }] : []),
            ]}
          />
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
