// How the production server's Node process is started: the V8 and malloc settings that keep a
// long-running server's memory close to what it actually uses (docs/decisions/027). One list for
// `npm start`, the Docker image (a structure test holds its CMD and ENV to these), the end-to-end
// tests and the benchmark, so what is measured is what runs.
//
// None of them caps anything: the heap and malloc still grow as far as the work needs, so they
// cannot cause an out-of-memory crash that the defaults would not.

/**
 * V8 flags, placed before the server entry on Node's command line.
 * - `--max-semi-space-size=4`: the young generation's two halves stay at 4 MB instead of growing
 *   to 16 MB each under load; short-lived request garbage is still collected young.
 * - `--heap-growing-percent=30`: after a full collection the old generation may grow 30% above
 *   what survived before the next one, where V8 otherwise allows up to four times it. After the
 *   benchmark's page runs the heap held about 80 MB live in 237 MB; now in about 100 MB.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=4", "--heap-growing-percent=30"];

/**
 * glibc malloc tunables (ignored by other C libraries).
 * - `arena_max=2`: the default allows 8 arenas per core, each keeping freed memory of its own.
 * - `mmap_threshold=32768`: fixed, so blocks of 32 KB and more (zlib's compression state for each
 *   gzip response, 64 KB socket reads) are mapped on their own and handed back when freed. By
 *   default the threshold rises after such blocks are freed, they land in the heap and leave it
 *   fragmented: measured 72 MB of main heap against 19 MB with this setting.
 * - `trim_threshold=131072`: free memory at the heap's top above 128 KB is returned.
 */
export const SERVER_MALLOC_TUNABLES: Readonly<Record<string, string>> = {
  "glibc.malloc.arena_max": "2",
  "glibc.malloc.mmap_threshold": "32768",
  "glibc.malloc.trim_threshold": "131072",
};

/** `name=value:name=value`, the GLIBC_TUNABLES form. */
export function glibcTunables(tunables: Readonly<Record<string, string>> = SERVER_MALLOC_TUNABLES): string {
  return Object.entries(tunables)
    .map(([name, value]) => `${name}=${value}`)
    .join(":");
}

/**
 * The server's environment: `env` with the malloc tunables added to GLIBC_TUNABLES. A tunable the
 * operator already set there keeps the operator's value.
 */
export function serverProcessEnv<Env extends Readonly<Record<string, string | undefined>>>(env: Env): Env & { GLIBC_TUNABLES: string } {
  const given = (env.GLIBC_TUNABLES ?? "").split(":").filter(Boolean);
  const givenNames = new Set(given.map((entry) => entry.split("=", 1)[0]));
  const added = glibcTunables(Object.fromEntries(Object.entries(SERVER_MALLOC_TUNABLES).filter(([name]) => !givenNames.has(name))));
  return { ...env, GLIBC_TUNABLES: [...given, added].filter(Boolean).join(":") };
}
