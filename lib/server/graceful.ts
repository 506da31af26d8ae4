// An HTTP server that can stop without cutting requests off: it stops accepting connections, lets
// the requests in flight finish until a deadline, then closes whatever is left.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export interface GracefulServer {
  server: Server;
  inFlight(): number;
  /** Resolves once every request has finished or the deadline has passed; `forced` counts the cut-off ones. */
  stop(deadlineMs: number): Promise<{ forced: number }>;
}

export function createGracefulServer(handler: (request: IncomingMessage, response: ServerResponse) => void): GracefulServer {
  let inFlight = 0;
  let draining = false;
  let onIdle: (() => void) | undefined;

  const server = createServer((request, response) => {
    inFlight++;
    // A keep-alive connection would otherwise bring new requests while we drain.
    if (draining) response.setHeader("Connection", "close");
    response.once("close", () => {
      inFlight--;
      if (inFlight === 0) onIdle?.();
    });
    handler(request, response);
  });

  let stopping: Promise<{ forced: number }> | undefined;
  const stop = (deadlineMs: number) =>
    (stopping ??= new Promise((resolve) => {
      draining = true;
      server.close();
      server.closeIdleConnections();
      if (inFlight === 0) return resolve({ forced: 0 });
      const deadline = setTimeout(() => {
        const forced = inFlight;
        onIdle = undefined;
        server.closeAllConnections();
        resolve({ forced });
      }, deadlineMs);
      onIdle = () => {
        clearTimeout(deadline);
        resolve({ forced: 0 });
      };
    }));

  return { server, inFlight: () => inFlight, stop };
}
