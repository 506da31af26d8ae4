// One pino logger for the server, the server entry and the scripts: JSON lines in production (for
// log shippers), human-readable in development. Every line logged while a request is handled
// carries that request's id. See docs/decisions/019-structured-logs-and-request-ids.md.
import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import { currentRequestId } from "./context";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LEVELS)[number];

export function logLevelFrom(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase();
  return (LEVELS as readonly string[]).includes(level ?? "") ? (level as LogLevel) : "info";
}

/** LOG_FORMAT=json|pretty chooses explicitly; otherwise JSON in production, pretty elsewhere. */
export function prettyByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LOG_FORMAT === "json") return false;
  if (env.LOG_FORMAT === "pretty") return true;
  return env.NODE_ENV !== "production";
}

export interface LoggerOptions {
  level?: LogLevel;
  pretty?: boolean;
  destination?: DestinationStream;
}

function prettyStream(): DestinationStream {
  // Loaded only in development: the production image does not ship pino-pretty. Synchronous, in
  // this thread: pino's worker-thread transports do not survive Next's server bundling.
  const require = createRequire(import.meta.url);
  const pretty = require("pino-pretty") as (options: Record<string, unknown>) => DestinationStream;
  return pretty({ colorize: process.stdout.isTTY, ignore: "pid,hostname", translateTime: "HH:MM:ss.l", sync: true });
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const pretty = options.pretty ?? prettyByDefault();
  const destination = options.destination ?? (pretty ? prettyStream() : pino.destination({ sync: true }));
  return pino(
    {
      level: options.level ?? logLevelFrom(process.env.LOG_LEVEL),
      base: { app: "claimdesk" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    destination,
  );
}

const LOGGER_KEY = Symbol.for("claimdesk.logger");
const globalLogger = globalThis as unknown as { [LOGGER_KEY]?: Logger };

/** The process-wide logger (shared by the server entry and Next's chunks, like the request context). */
export function logger(): Logger {
  return (globalLogger[LOGGER_KEY] ??= createLogger());
}
