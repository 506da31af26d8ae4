/** The colour theme a reader picked; "system" follows prefers-color-scheme. Kept in a cookie so the server renders the right one on the first paint. */
export const THEME_COOKIE = "claimdesk-theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined | null): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
