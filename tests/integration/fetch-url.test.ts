import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { fetchArticleFromUrl, isPublicAddress } from "@/lib/articles/fetch-url";
import { AppError } from "@/lib/errors";

// The test server is on 127.0.0.1, which the importer refuses unless told otherwise.
process.env.IMPORT_ALLOW_PRIVATE_HOSTS = "true";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Tessel flood toll disputed</title>
<script>var ignored = "SCRIPT";</script></head><body><nav>Home · World · NAV</nav>
<h1>Tessel flood toll disputed</h1>
<p>The governor said &ldquo;at least 12&rdquo; people died &mdash; the fire chief said nearly&nbsp;20.</p>
<p>Rescuers reached <a href="/lower-fenwick">Lower Fenwick</a> on Monday.</p>
<footer>FOOTER</footer></body></html>`;

const TEXT = "Port Calvane strike, day two\r\n\r\nThe union says \u201Cmore than 3,000\u201D walked out \u2014 the port says about 1,800.\r\n";

const timers = new Set<NodeJS.Timeout>();
let baseUrl = "";

function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const redirectStep = /^\/hop\/(\d+)$/.exec(path);
  if (redirectStep) {
    const step = Number(redirectStep[1]);
    response.writeHead(step === 3 ? 301 : 302, { location: step === 3 ? "/article.html" : `/hop/${step + 1}` });
    response.end();
    return;
  }
  switch (path) {
    case "/article.html":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(PAGE);
      return;
    case "/notes.txt":
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      response.end(TEXT);
      return;
    case "/notes.md":
      response.writeHead(200, { "content-type": "text/markdown" });
      response.end("# Harbour talks resume\n\nTalks resume on *Wednesday*.\n");
      return;
    case "/latin1.txt":
      response.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" });
      response.end(Buffer.from("Caf\u00E9 owners in Marrowby reopen\n", "latin1"));
      return;
    case "/meta-charset.html":
      response.writeHead(200, { "content-type": "text/html" });
      response.end(Buffer.from('<meta charset="windows-1252"><p>Na\u00EFve estimate</p>', "latin1"));
      return;
    case "/big": {
      // Streamed without a Content-Length, so only the running count can catch it.
      response.writeHead(200, { "content-type": "text/plain" });
      const chunk = `${"x".repeat(1023)}\n`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 1000 && !response.destroyed) {
          sent += 1;
          if (!response.write(chunk)) {
            response.once("drain", pump);
            return;
          }
        }
        if (!response.destroyed) response.end();
      };
      pump();
      return;
    }
    case "/declared-big":
      response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      response.write("<p>start");
      return;
    case "/slow": {
      const timer = setTimeout(() => {
        timers.delete(timer);
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("Too late.");
      }, 3_000);
      timers.add(timer);
      return;
    }
    case "/image.png":
      response.writeHead(200, { "content-type": "image/png" });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      return;
    case "/loop":
      response.writeHead(302, { location: "/loop" });
      response.end();
      return;
    case "/empty.html":
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><body><nav>Only navigation</nav></body></html>");
      return;
    default:
      response.writeHead(404, { "content-type": "text/html" });
      response.end("<h1>Not found</h1>");
  }
}

const server = createServer(handle);

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const timer of timers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function badRequest(pattern: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.code, "bad_request");
    assert.match(error.message, pattern);
    return true;
  };
}

describe("fetchArticleFromUrl", () => {
  it("turns an HTML page into text and takes its title", async () => {
    const result = await fetchArticleFromUrl(`${baseUrl}/article.html`);
    assert.equal(result.url, `${baseUrl}/article.html`);
    assert.equal(result.contentType, "text/html");
    assert.equal(result.title, "Tessel flood toll disputed");
    assert.equal(
      result.body,
      "Tessel flood toll disputed\n\nThe governor said \u201Cat least 12\u201D people died \u2014 the fire chief said nearly\u00A020.\n\nRescuers reached Lower Fenwick on Monday.",
    );
  });

  it("keeps plain text as sent (line endings normalised to LF) and takes its first line as title", async () => {
    const result = await fetchArticleFromUrl(`${baseUrl}/notes.txt`);
    assert.equal(result.contentType, "text/plain");
    assert.equal(result.body, TEXT.replace(/\r\n/g, "\n"));
    assert.equal(result.title, "Port Calvane strike, day two");
  });

  it("keeps Markdown as sent and takes its heading as title", async () => {
    const result = await fetchArticleFromUrl(`${baseUrl}/notes.md`);
    assert.equal(result.body, "# Harbour talks resume\n\nTalks resume on *Wednesday*.\n");
    assert.equal(result.title, "Harbour talks resume");
  });

  it("decodes with the charset from the header, or from the page's <meta>", async () => {
    assert.equal((await fetchArticleFromUrl(`${baseUrl}/latin1.txt`)).body, "Caf\u00E9 owners in Marrowby reopen\n");
    assert.equal((await fetchArticleFromUrl(`${baseUrl}/meta-charset.html`)).body, "Na\u00EFve estimate");
  });

  it("follows a chain of redirects and reports the final URL", async () => {
    const result = await fetchArticleFromUrl(`${baseUrl}/hop/1`);
    assert.equal(result.url, `${baseUrl}/article.html`);
    assert.equal(result.title, "Tessel flood toll disputed");
  });

  it("gives up after five redirects", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/loop`), badRequest(/\/loop.*redirected more than 5 times/));
  });

  it("stops reading a streamed page once it passes the size limit", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/big`, { maxBytes: 64 * 1024 }), badRequest(/\/big.*larger than 64 KB/));
    // The same page fits when the limit allows it.
    const whole = await fetchArticleFromUrl(`${baseUrl}/big`, { maxBytes: 2 * 1024 * 1024 });
    assert.equal(whole.body.length, 1000 * 1024);
  });

  it("refuses a page whose declared length is over the limit without reading it", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/declared-big`), badRequest(/declared-big.*larger than 5 MB/));
  });

  it("times out on a page that is too slow", async () => {
    const started = Date.now();
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/slow`, { timeoutMs: 300 }), badRequest(/\/slow.*did not respond within 0\.3 seconds/));
    assert.ok(Date.now() - started < 2_500, "gave up at the timeout, not when the server answered");
  });

  it("refuses content that is not a web page or text", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/image.png`), badRequest(/image\.png.*is an image\/png, not a web page or text/));
  });

  it("turns HTTP errors into a plain-language message", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/gone`), badRequest(/\/gone.*not found \(HTTP 404\)/));
  });

  it("refuses a page with no readable text", async () => {
    await assert.rejects(fetchArticleFromUrl(`${baseUrl}/empty.html`), badRequest(/no readable text/));
  });

  it("refuses addresses that are not http(s) web pages", async () => {
    await assert.rejects(fetchArticleFromUrl("not a url"), badRequest(/is not a web address/));
    await assert.rejects(fetchArticleFromUrl("file:///etc/passwd"), badRequest(/only http:\/\/ and https:\/\//));
    await assert.rejects(fetchArticleFromUrl(`http://user:secret@127.0.0.1/`), badRequest(/user name or password/));
  });

  it("reports a host name that does not exist", async () => {
    await assert.rejects(fetchArticleFromUrl("http://no-such-host.invalid/story", { allowPrivateHosts: false, timeoutMs: 5_000 }), badRequest(/no-such-host\.invalid/));
  });
});

describe("the private-network guard", () => {
  it("refuses loopback and private hosts unless allowed", async () => {
    await assert.rejects(
      fetchArticleFromUrl(`${baseUrl}/article.html`, { allowPrivateHosts: false }),
      badRequest(/127\.0\.0\.1.*private or local network address.*public internet/),
    );
    await assert.rejects(fetchArticleFromUrl("http://localhost:9/", { allowPrivateHosts: false }), badRequest(/private or local network address/));
    await assert.rejects(fetchArticleFromUrl("http://[::1]:9/", { allowPrivateHosts: false }), badRequest(/private or local network address \(::1\)/));
  });

  it("re-checks every redirect hop", async () => {
    const outside = createServer((_request, response) => {
      response.writeHead(302, { location: `${baseUrl}/article.html` });
      response.end();
    });
    await new Promise<void>((resolve) => outside.listen(0, "127.0.0.1", resolve));
    try {
      // Allowed through the environment switch; refused hop by hop when the option says no.
      const { port } = outside.address() as AddressInfo;
      assert.equal((await fetchArticleFromUrl(`http://127.0.0.1:${port}/`)).url, `${baseUrl}/article.html`);
      await assert.rejects(fetchArticleFromUrl(`http://127.0.0.1:${port}/`, { allowPrivateHosts: false }), badRequest(/private or local/));
    } finally {
      outside.closeAllConnections();
      await new Promise<void>((resolve) => outside.close(() => resolve()));
    }
  });

  it("checks the address of every hop, not only the first", async () => {
    // Two loopback addresses stand for "public" (127.0.0.1, allowed by the test's policy) and
    // "private" (127.0.0.2): the first hop is allowed, the redirect target must be refused.
    const inside = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("Internal admin page");
    });
    await new Promise<void>((resolve) => inside.listen(0, "127.0.0.2", resolve));
    const { port: insidePort } = inside.address() as AddressInfo;
    const outside = createServer((_request, response) => {
      response.writeHead(302, { location: `http://127.0.0.2:${insidePort}/admin` });
      response.end();
    });
    await new Promise<void>((resolve) => outside.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = outside.address() as AddressInfo;
      const onlyFirst = { allowPrivateHosts: false, isAllowedAddress: (address: string) => address === "127.0.0.1" };
      await assert.rejects(fetchArticleFromUrl(`http://127.0.0.1:${port}/`, onlyFirst), badRequest(/127\.0\.0\.2.*private or local network address \(127\.0\.0\.2\)/));
      // The same chain is followed when both addresses are allowed, so the refusal above is the guard's.
      const both = { allowPrivateHosts: false, isAllowedAddress: (address: string) => address.startsWith("127.0.0.") };
      assert.equal((await fetchArticleFromUrl(`http://127.0.0.1:${port}/`, both)).body, "Internal admin page");
    } finally {
      for (const server of [inside, outside]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
  });

  it("connects to the address it checked, even if DNS answers differently the second time", async () => {
    const port = new URL(baseUrl).port;
    const answers = [["127.0.0.1"], ["127.0.0.9"]];
    let lookups = 0;
    // A rebinding DNS server: the checked answer first, a forbidden one on any later lookup.
    const resolveHost = async (host: string): Promise<string[]> => {
      assert.equal(host, "news.rebind.test");
      return answers[Math.min(lookups++, 1)]!;
    };
    const options = { allowPrivateHosts: false, resolveHost, isAllowedAddress: (address: string) => address === "127.0.0.1" };
    const result = await fetchArticleFromUrl(`http://news.rebind.test:${port}/article.html`, options);
    assert.equal(result.title, "Tessel flood toll disputed");
    assert.equal(lookups, 1, "the host was resolved once per hop");
    // A name whose only address is forbidden is refused before any connection.
    await assert.rejects(
      fetchArticleFromUrl(`http://news.rebind.test:${port}/article.html`, { ...options, resolveHost: async () => ["127.0.0.9"] }),
      badRequest(/news\.rebind\.test points to a private or local network address \(127\.0\.0\.9\)/),
    );
  });

  it("refuses IPv6 addresses that embed a private IPv4 address", async () => {
    for (const host of ["[::127.0.0.1]", "[::ffff:127.0.0.1]", "[::ffff:a00:1]", "[64:ff9b::a00:1]", "[2002:7f00:1::]"]) {
      await assert.rejects(fetchArticleFromUrl(`http://${host}:9/`, { allowPrivateHosts: false, timeoutMs: 3_000 }), badRequest(/private or local network address/), host);
    }
  });

  it("classifies addresses", () => {
    const refused = ["::127.0.0.1", "::7f00:1", "::10.0.0.1", "::", "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not-an-ip"];
    const allowed = ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"];
    for (const address of refused) assert.equal(isPublicAddress(address), false, address);
    for (const address of allowed) assert.equal(isPublicAddress(address), true, address);
  });
});
