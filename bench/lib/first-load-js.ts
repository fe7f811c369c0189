import { gzipSync } from "node:zlib";

/**
 * Sums the gzipped size of every script a respondent page makes a modern browser load on first
 * visit. `nomodule` scripts (Next's legacy polyfills) are skipped by every browser that runs ES
 * modules, so they are reported apart.
 */
export async function firstLoadJs(base: string, token: string) {
  const pages = [`/scan/${token}`, `/scan/${token}/thema/1`, `/scan/${token}/afronden`, `/scan/${token}/controle`];
  const out: { page: string; gzipBytes: number; files: number; legacyGzipBytes: number }[] = [];
  for (const p of pages) {
    const html = await (await fetch(base + p)).text();
    const tags = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => m[0]))];
    let total = 0;
    let legacy = 0;
    let files = 0;
    for (const tag of tags) {
      const src = tag.match(/src="([^"]+)"/)![1]!;
      const size = gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
      if (/\snomodule/i.test(tag)) legacy += size;
      else {
        total += size;
        files++;
      }
    }
    out.push({ page: p.replace(token, "<token>"), gzipBytes: total, files, legacyGzipBytes: legacy });
  }
  return out;
}
