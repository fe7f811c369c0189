// The production server, in this process: Next's own request handler behind a plain Node HTTP server.
// Three things `next start` cannot do for us:
// - the client's socket address reaches the app in one header it can trust (x-ww-socket-address, always
//   overwritten here), for per-client limits (lib/security/client-address.ts);
// - SIGTERM and SIGINT stop it cleanly: stop accepting, let open requests finish, close the embedded
//   database (its lock file goes), exit — within 10 s, with no orphaned next-server behind;
// - every response carries the security headers, decided at run time (HSTS from APP_URL), which
//   next.config.js headers() cannot: those are fixed at build time.
// Used by `npm start`, the e2e server and the benchmarks: `node scripts/serve.mjs` (PORT, default 3000;
// HOST, default 0.0.0.0: every interface. Behind a proxy on the same machine set HOST=127.0.0.1, so
// nobody reaches the instance directly past the proxy; docs/operations.md).
import http from "node:http";
import path from "node:path";
import next from "next";
import { servedOverHttps, withSecurityHeaders } from "./security-headers.mjs";

export const SOCKET_ADDRESS_HEADER = "x-ww-socket-address";
const GRACE_MS = 5_000;
const HARD_DEADLINE_MS = 9_000;

export async function serve({
  port = Number(process.env.PORT ?? 3000),
  host = process.env.HOST || "0.0.0.0",
  dir = path.resolve(import.meta.dirname, ".."),
} = {}) {
  // lib/db closes the database itself on a signal unless a server coordinates the shutdown: we do.
  globalThis.__wwServerManagesShutdown = true;
  const app = next({ dev: false, dir, port, hostname: host });
  await app.prepare();
  const handle = app.getRequestHandler();
  // every response carries the security headers (scripts/security-headers.mjs; HSTS only under https)
  const server = http.createServer(
    withSecurityHeaders(
      (req, res) => {
        req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
        return handle(req, res);
      },
      { https: servedOverHttps() },
    ),
  );
  // Node's defaults; a slow phone on a bad network keeps its connection, a stalled one does not.
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve) => server.listen(port, host, resolve));
  console.log(`▲ Weerbare Werkgever op http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    // the app's scheduler starts no new job from here on (lib/scheduler/loop.ts)
    globalThis.__wwShuttingDown = true;
    console.log(`${signal}: de server stopt…`);
    setTimeout(() => process.exit(1), HARD_DEADLINE_MS).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), GRACE_MS);
    await closed;
    clearTimeout(forced);
    await globalThis.__wwCloseDb?.();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
  // If whatever started us goes away without a signal reaching us (a shell in between, kill -9), we are
  // re-parented: stop rather than keep the port and the database as an orphan.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop("parent gone"), 1_000).unref();
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
