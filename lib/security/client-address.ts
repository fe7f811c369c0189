// The address of the client that sent a request, for per-client limits. It comes from the TCP socket
// (scripts/serve.mjs writes it into SOCKET_ADDRESS_HEADER, replacing whatever the client sent), unless
// TRUST_PROXY names the header a trusted reverse proxy sets. Behind a proxy every socket address is the
// proxy's own, so without TRUST_PROXY all clients would share one limit.

/** Set by our own HTTP server from `socket.remoteAddress`; a client-sent value is always overwritten. */
export const SOCKET_ADDRESS_HEADER = "x-ww-socket-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address, or null when it cannot be known (e.g. `next dev`, which has no socket header).
 * With TRUST_PROXY=x-forwarded-for the right-most entry counts: the one the trusted proxy appended,
 * not the ones the client may have made up.
 */
export function clientAddress(headers: HeaderBag, trustProxy: string | undefined): string | null {
  warnIfForwardedWithoutTrust(headers, trustProxy);
  const raw = trustProxy ? header(headers, trustProxy.toLowerCase()) : header(headers, SOCKET_ADDRESS_HEADER);
  const last = raw
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  if (!last || last.length > 64 || !/^[0-9A-Fa-f:.]+$/.test(last)) return null;
  return last.startsWith("::ffff:") ? last.slice(7) : last;
}

const processWarning = { warned: false };

/**
 * Once per process: a request arrived through a proxy while TRUST_PROXY is unset, so every client behind
 * that proxy shares one address and one failing client locks out everyone. Next itself fills in a
 * missing X-Forwarded-For with the socket address, so only one that differs from it (or a Forwarded
 * header) was sent by someone else. Returns whether it warned now; `state` is for tests.
 */
export function warnIfForwardedWithoutTrust(headers: HeaderBag, trustProxy: string | undefined, state = processWarning): boolean {
  if (state.warned || trustProxy) return false;
  const socket = header(headers, SOCKET_ADDRESS_HEADER);
  const forwardedFor = header(headers, "x-forwarded-for");
  const viaProxy = header(headers, "forwarded") !== undefined || (forwardedFor !== undefined && forwardedFor !== socket);
  // without our server's socket header (next dev) there is no limit per client to spoil
  if (socket === undefined || !viaProxy) return false;
  state.warned = true;
  console.warn(
    "Let op: verzoeken komen via een proxy (X-Forwarded-For/Forwarded), maar TRUST_PROXY is niet gezet: alle bezoekers delen één limiet (docs/operations.md).",
  );
  return true;
}

/**
 * The unit a per-client limit counts: the address itself for IPv4, the /64 network for IPv6 (one
 * phone or home gets a whole /64 and can pick any address in it, so counting addresses counts nothing).
 */
export function clientLimitKey(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (g || "0").toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
