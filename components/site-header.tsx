import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { can, ROLE_LABEL } from "@/lib/permissions";
import type { Theme } from "@/lib/theme";
import { HeaderMenu } from "@/components/header-menu";
import { NavLinks } from "@/components/nav-links";
import { SearchBox } from "@/components/search-box";
import { SignOutButton } from "@/components/sign-out-button";
import { ThemeToggle } from "@/components/theme-toggle";

export async function SiteHeader({ theme }: { theme: Theme }) {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <Link href={user ? "/articles" : "/login"} className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
            <path d="M9 11h14M9 16h9M9 21h11" stroke="var(--color-on-accent)" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          Claimdesk
        </Link>
        {user ? (
          <HeaderMenu>
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
              <ThemeToggle initial={theme} />
              <SignOutButton />
            </div>
          </HeaderMenu>
        ) : (
          <div className="header-end">
            <ThemeToggle initial={theme} />
          </div>
        )}
      </div>
    </header>
  );
}
