import type { NextApiRequest, NextApiResponse } from "next";
import {
  handleAutosaveRequest,
  MAX_AUTOSAVE_BODY_BYTES,
  METHOD_REPLY,
  TOO_LARGE_REPLY,
  type AutosaveReply,
} from "@/lib/scan/respondent/autosave-request";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";

// The one Pages Router file in the app, on purpose: every answer a respondent clicks lands here,
// and Next's Pages API path costs about half of what an App Router route handler costs per request
// (measured in bench/scan-autosave; see docs/decisions/002-autosave-hot-path.md).
export const config = { api: { bodyParser: false } };

export default async function autosaveRoute(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "PUT") {
    res.setHeader("Allow", "PUT");
    return send(res, METHOD_REPLY);
  }
  const body = await readBody(req);
  if (body === null) return send(res, TOO_LARGE_REPLY);
  const token = typeof req.query.token === "string" ? req.query.token : "";
  send(res, await handleAutosaveRequest(token, body, clientAddress(req.headers, env().TRUST_PROXY)));
}

function send(res: NextApiResponse, { status, body, retryAfterSeconds }: AutosaveReply) {
  res.setHeader("Cache-Control", "no-store");
  if (retryAfterSeconds) res.setHeader("Retry-After", String(retryAfterSeconds));
  res.status(status).json(body);
}

/** The raw body as text, or null once it exceeds the limit (the rest is drained, not buffered). */
async function readBody(req: NextApiRequest): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_AUTOSAVE_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_AUTOSAVE_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}
