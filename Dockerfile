# Claimdesk production image: deps → build → run. Used by docker-compose.yml; see README.md and
# docs/decisions/018-production-image-and-shutdown.md. Node 22 is the oldest supported LTS (CI
# tests on it too).

# --- deps: every dependency exactly as package-lock.json records it (build tools included).
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts are skipped: the postinstall generates the Prisma client from a schema not copied yet;
# `npm run build` generates it.
RUN npm ci --no-audit --no-fund --ignore-scripts

# --- build: the Prisma client, Next's standalone output and the bundled server entry (dist/).
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# --- run: plain Node and only what the server needs; no npm scripts, tsx, TypeScript or compilers.
FROM node:22-bookworm-slim AS run
WORKDIR /app
# GLIBC_TUNABLES and the node flags in CMD are the server's memory settings, the same as `npm start`
# uses (lib/server/process-settings.ts, docs/decisions/027; a unit test keeps them equal).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOST=0.0.0.0 \
    GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=32768:glibc.malloc.trim_threshold=131072
# Next's traced server files and the node_modules they use.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The server entry, and what it needs to migrate at start: the migrations and Prisma's schema
# engine compiled to WebAssembly with its driver-adapter glue (the app's own trace omits them).
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/node_modules/@prisma/schema-engine-wasm ./node_modules/@prisma/schema-engine-wasm
COPY --from=build --chown=node:node /app/node_modules/@prisma/driver-adapter-utils ./node_modules/@prisma/driver-adapter-utils
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1's only child under `docker run --init` / compose's `init: true`; it handles SIGTERM
# itself (drains requests for up to 10 s, exits 0). `--prepare` applies pending migrations first.
# Accounts: `node dist/user-create.mjs --email … --password … --role ADMIN` (no npm needed).
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "dist/serve.mjs", "--prepare"]
