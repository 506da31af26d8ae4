import { expect, type Page } from "@playwright/test";
import { TEST_PASSWORD } from "../support/factories";

export const SCREENSHOT_DIR = "tests/e2e/.artifacts/screens";

export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Drags the mouse across `text` inside `region`, as an editor selecting a sentence would. */
export async function selectTextWithMouse(page: Page, regionName: string, text: string): Promise<void> {
  const region = page.getByRole("region", { name: regionName });
  // The page may still be scrolling (e.g. to a just-saved claim); measure until the text stops moving.
  let points = await measure();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(100);
    const again = await measure();
    const settled = JSON.stringify(again) === JSON.stringify(points);
    points = again;
    if (settled) break;
  }
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();

  function measure() {
    return region.evaluate((root, wanted) => {
    const full = root.textContent ?? "";
    const start = full.indexOf(wanted);
    if (start === -1) throw new Error(`text not found: ${wanted}`);
    const end = start + wanted.length;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let position = 0;
    let startPoint: [Text, number] | null = null;
    let endPoint: [Text, number] | null = null;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const length = node.data.length;
      if (!startPoint && start < position + length) startPoint = [node, start - position];
      if (!endPoint && end <= position + length) {
        endPoint = [node, end - position];
        break;
      }
      position += length;
    }
    if (!startPoint || !endPoint) throw new Error("could not map the text to the page");
    const first = document.createRange();
    first.setStart(startPoint[0], startPoint[1]);
    first.setEnd(startPoint[0], startPoint[1] + 1);
    const last = document.createRange();
    last.setStart(endPoint[0], endPoint[1] - 1);
    last.setEnd(endPoint[0], endPoint[1]);
    const top = first.getBoundingClientRect().top;
    if (top < 80 || top > window.innerHeight - 80) first.startContainer.parentElement?.scrollIntoView({ block: "center" });
    const a = first.getBoundingClientRect();
    const rects = last.getClientRects();
    const b = rects[rects.length - 1] ?? last.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }, text);
  }
}

export type PageVisit = { name: string; path: string; signedIn: boolean; heading: string | RegExp };

/**
 * The app's main pages with real content behind them: the demo newsroom (loaded through the
 * app's own seeding code; idempotent) supplies an article with claims, a contradiction, a
 * subject with several figures and a published fact-check.
 */
export async function mainPageVisits(): Promise<PageVisit[]> {
  const { db } = await import("@/lib/db");
  const { seedDemoData } = await import("@/lib/demo/seed");
  const { DEMO_SUBJECTS } = await import("@/lib/demo/content");
  await seedDemoData();
  const subject = DEMO_SUBJECTS.kellinDeaths;
  const [claim, link, published] = await Promise.all([
    db.claim.findFirstOrThrow({ where: { subject }, orderBy: { id: "asc" }, select: { id: true, articleId: true, article: { select: { title: true } } } }),
    db.claimLink.findFirstOrThrow({ where: { kind: "CONTRADICTS" }, orderBy: { id: "asc" }, select: { id: true } }),
    db.claim.findFirstOrThrow({ where: { publishedAt: { not: null } }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return [
    { name: "login", path: "/login", signedIn: false, heading: "Sign in to Claimdesk" },
    { name: "fact-check", path: `/fact-checks/${published.id}`, signedIn: false, heading: /./ },
    { name: "articles", path: "/articles", signedIn: true, heading: "Articles" },
    { name: "article-reader", path: `/articles/${claim.articleId}`, signedIn: true, heading: claim.article.title },
    { name: "import", path: "/articles/import", signedIn: true, heading: "Import an article" },
    { name: "claims", path: "/claims", signedIn: true, heading: "Claims" },
    { name: "claim", path: `/claims/${claim.id}`, signedIn: true, heading: /Claim/ },
    { name: "compare", path: "/compare", signedIn: true, heading: "Compare figures" },
    { name: "compare-subject", path: `/compare?${new URLSearchParams({ subject })}`, signedIn: true, heading: subject },
    { name: "contradictions", path: "/contradictions", signedIn: true, heading: "Contradictions" },
    { name: "side-by-side", path: `/contradictions/${link.id}`, signedIn: true, heading: /./ },
    { name: "search", path: "/search?q=market", signedIn: true, heading: /Search/ },
    { name: "queue", path: "/queue", signedIn: true, heading: /queue/i },
    { name: "speakers", path: "/speakers", signedIn: true, heading: "Speakers" },
    { name: "tokens", path: "/settings/tokens", signedIn: true, heading: /API tokens/ },
    { name: "users", path: "/admin/users", signedIn: true, heading: /Users/ },
  ];
}
