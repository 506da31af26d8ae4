// Every route under /api/v1 must answer a method it does not support with the API's JSON error
// (405, code method_not_allowed) and an Allow header naming what it does support. Next.js answers
// a method a route module does not export with its own empty 405, so each route.ts has to export
// all five methods; this walks the directory so a new route without `otherMethods` fails here.
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { after, describe, it } from "node:test";
import { disconnectDb } from "@/lib/db";

after(disconnectDb);

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const root = fileURLToPath(new URL("../..", import.meta.url));
const apiDir = join(root, "app", "api", "v1");
const SOME_ID = "00000000-0000-4000-8000-000000000000";

type Handler = (request: Request, context: unknown) => Promise<Response>;

async function routeFiles(): Promise<string[]> {
  const names = await readdir(apiDir, { recursive: true });
  return (
    names
      .filter((name) => name === "route.ts" || name.endsWith(`${sep}route.ts`))
      // The catch-all answers 404 for every method: it serves addresses no route claims.
      .filter((name) => !name.includes("[[...path]]"))
      .sort()
  );
}

function urlPath(file: string): string {
  const dir = file.slice(0, -"route.ts".length).replace(/[\\/]$/, "");
  return `/api/v1/${dir.split(sep).join("/")}`.replace(/\/$/, "").replace(/\[id\]/g, SOME_ID);
}

describe("405 for unsupported methods on every /api/v1 route", async () => {
  const files = await routeFiles();

  it("finds the API's routes", () => {
    // Guards the walk itself: a broken glob would make every check below pass vacuously.
    assert.ok(files.length >= 19, `only ${files.length} route files found`);
    assert.ok(files.some((file) => file.includes(`candidates${sep}accept`)));
  });

  for (const file of files) {
    const path = urlPath(file);
    it(`${path} exports every method and refuses the unsupported ones in the error shape`, async () => {
      const routeModule = (await import(pathToFileURL(join(apiDir, file)).href)) as Partial<Record<(typeof METHODS)[number], Handler>>;
      const supported: string[] = [];
      const refused: { method: string; response: Response }[] = [];
      for (const method of METHODS) {
        const handler = routeModule[method];
        assert.equal(typeof handler, "function", `${relative(root, join(apiDir, file))} does not export ${method}: Next would answer it with an empty 405`);
        // No token: a supported method stops at authentication (or serves a public document),
        // so nothing is written; an unsupported one answers 405 before looking at the request.
        const response = await handler!(new Request(`http://claimdesk.test${path}`, { method }), { params: Promise.resolve({ id: SOME_ID }) });
        if (response.status === 405) refused.push({ method, response });
        else supported.push(method);
      }
      assert.ok(supported.length > 0, `${path} supports no method at all`);
      const allow = [...supported, ...(supported.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
      for (const { method, response } of refused) {
        assert.equal(response.headers.get("allow"), allow, `${method} ${path}`);
        assert.match(response.headers.get("content-type") ?? "", /application\/json/);
        const body = (await response.json()) as { error: { code: string; message: string } };
        assert.equal(body.error.code, "method_not_allowed", `${method} ${path}`);
        assert.match(body.error.message, new RegExp(`^${method} is not supported here`));
      }
    });
  }
});
