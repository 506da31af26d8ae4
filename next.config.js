/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Enables forbidden(): pages answer HTTP 403 (rendering app/forbidden.tsx) when a role is too low.
  experimental: {
    authInterrupts: true,
    // Uploaded articles (up to 4 MB, see lib/articles/import-sources.ts) travel through a server action.
    serverActions: { bodySizeLimit: "5mb" },
  },
  // Native or WASM packages that must be loaded from node_modules rather than bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "pino-pretty"],
  // A self-contained server with only the files it needs, for the Docker image's run stage.
  output: "standalone",
  // The request-independent security headers, for everything including build files; the policy
  // with its per-request nonce is set in proxy.ts (see lib/security/headers.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
