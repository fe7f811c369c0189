import { gzipSync } from "node:zlib";

/** Sums the gzipped size of every script a respondent page loads on first visit. */
export async function firstLoadJs(base: string, token: string) {
  const pages = [`/scan/${token}`, `/scan/${token}/thema/1`, `/scan/${token}/afronden`, `/scan/${token}/controle`];
  const out: { page: string; gzipBytes: number; files: number }[] = [];
  for (const p of pages) {
    const html = await (await fetch(base + p)).text();
    const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
    let total = 0;
    for (const src of srcs) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
    out.push({ page: p.replace(token, "<token>"), gzipBytes: total, files: srcs.length });
  }
  return out;
}
