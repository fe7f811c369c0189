import { Pool } from "undici";

// The load generator shares the machine's two cores with the server under test, so its own cost per
// request counts: undici's Pool costs a fraction of node:http's client (and of fetch, built on it).
const pools = new Map<string, Pool>();

function poolFor(origin: string) {
  let pool = pools.get(origin);
  if (!pool) pools.set(origin, (pool = new Pool(origin, { connections: 256, pipelining: 1 })));
  return pool;
}

export async function putJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  const u = new URL(url);
  const res = await poolFor(u.origin).request({
    path: u.pathname + u.search,
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, json: await res.body.json() };
}

export async function closeClients() {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
