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
