import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { ToastProvider } from "@/components/ui/toast";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Claim tracking and fact-checking for newsrooms",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The chosen theme is rendered by the server (no inline script, no flash of the other theme);
  // without a choice, CSS follows prefers-color-scheme.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme} suppressHydrationWarning>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ToastProvider>
          <SiteHeader theme={theme} />
          <main id="main">{children}</main>
        </ToastProvider>
      </body>
    </html>
  );
}
