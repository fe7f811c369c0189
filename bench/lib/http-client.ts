import http from "node:http";

// A lean keep-alive client: node's fetch costs several times more CPU per request, and the load
// generator shares the machine's two cores with the server under test.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function putJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "PUT", agent, headers: { "content-type": "application/json", "content-length": payload.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}
