// Benchmark: the full demo report (9 themes, 3 respondents, a gedragscode) rendered N times with the
// pdfkit renderer, against the same content as HTML printed by Chromium (page.pdf(), warm browser and
// once cold including launch). Usage: npx tsx bench/report-pdf.ts [N=30]
// pdfkit runs first, before Playwright is even imported, so the process memory printed for it is the
// renderer's own. Chromium memory is the sum of RSS over the Chromium process tree (from /proc).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { buildReportModel } from "../lib/report/model";
import { demoReportInput } from "../tests/fixtures/report-demo-input";
import { buildReportHtml, headerFooter } from "./report-html";

const N = Math.max(1, Number(process.argv[2] ?? 30));
const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function stats(samples: number[]): { mean: number; p95: number; min: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? NaN;
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95, min: sorted[0] ?? NaN };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;

/** PSS of this process: resident memory with shared pages (the node binary, libc) divided among their users. */
function ownPss(): number {
  return Number(/Pss:\s+(\d+)/.exec(fs.readFileSync("/proc/self/smaps_rollup", "utf8"))?.[1] ?? 0) * 1024;
}

/** The floor no Node renderer can go below: a bare node process, and one that has only imported pdfkit. */
function nodeFloor(): { bare: number; withPdfkit: number } {
  const rssOf = (code: string) =>
    Number(execFileSync(process.execPath, ["-e", `${code};console.log(process.memoryUsage().rss)`], { encoding: "utf8" }).trim());
  return { bare: rssOf(""), withPdfkit: rssOf("require('pdfkit')") };
}

/** Sum of VmRSS (and PSS, which does not double-count shared pages) of our Chromium descendants. */
function chromiumMemory(): { rss: number; pss: number; processes: number } {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* the process ended while we looked */
    }
  }
  const isOurs = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let rss = 0,
    pss = 0,
    processes = 0;
  for (const pid of parent.keys()) {
    if (!isOurs(pid)) continue;
    try {
      if (!/chrom/i.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"))) continue;
      rss += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      pss += Number(/Pss:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0) * 1024;
      processes++;
    } catch {
      /* ended meanwhile */
    }
  }
  return { rss, pss, processes };
}

async function main(): Promise<void> {
  const model = buildReportModel(demoReportInput());
  const baselineRss = process.memoryUsage().rss;

  // ---- pdfkit
  const { renderReportPdf } = await import("../lib/report/render-pdf");
  const [first, pdf] = await time(() => renderReportPdf(model));
  const pdfkitTimes: number[] = [];
  for (let i = 0; i < N; i++) pdfkitTimes.push((await time(() => renderReportPdf(model)))[0]);
  const pk = stats(pdfkitTimes);
  const pkMem = process.memoryUsage();
  const pkMaxRss = process.resourceUsage().maxRSS * 1024;
  const pkPss = ownPss();
  const floor = nodeFloor();
  // Live heap after a full GC: what the renderer keeps (code, parsed fonts, caches). RSS above also
  // holds V8's headroom of not yet collected garbage, which V8 sizes by its own heuristics.
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
  const pkLiveHeap = process.memoryUsage().heapUsed;
  fs.writeFileSync("/tmp/bench-report-pdfkit.pdf", pdf);

  // ---- Chromium
  const { chromium } = await import("@playwright/test");
  const html = buildReportHtml(model);
  const pdfOptions = {
    format: "A4",
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    ...headerFooter(model),
    margin: { top: "26mm", bottom: "25mm", left: "22mm", right: "22mm" },
  } as const;
  const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

  const [cold, chromePdf] = await time(async () => {
    const browser = await launch();
    const page = await browser.newPage();
    await page.setContent(html);
    const out = await page.pdf(pdfOptions);
    await browser.close();
    return out;
  });
  fs.writeFileSync("/tmp/bench-report-chromium.pdf", chromePdf);

  const browser = await launch();
  const page = await browser.newPage();
  const printOnce = async () => {
    await page.setContent(html);
    return page.pdf(pdfOptions);
  };
  for (let i = 0; i < 2; i++) await printOnce(); // warm-up: fonts, layout code paths
  const warmTimes: number[] = [];
  let peak = { rss: 0, pss: 0, processes: 0 };
  for (let i = 0; i < N; i++) {
    warmTimes.push((await time(printOnce))[0]);
    const mem = chromiumMemory();
    if (mem.rss > peak.rss) peak = mem;
  }
  // for reference: Chromium without the accessibility work (no tagging, no outline)
  const plainTimes: number[] = [];
  for (let i = 0; i < N; i++) {
    plainTimes.push(
      (
        await time(async () => {
          await page.setContent(html);
          return page.pdf({ ...pdfOptions, tagged: false, outline: false });
        })
      )[0],
    );
  }
  await browser.close();
  const warm = stats(warmTimes);
  const plain = stats(plainTimes);

  // ---- report
  const pkRenderer = pkMem.rss - baselineRss;
  console.log(
    `Report: ${model.themes.length} themes, ${demoReportInput().result.respondents} respondents, gedragscode ${model.gedragscode ? model.gedragscode.statusLabel.toLowerCase() : "none"}; N = ${N}`,
  );
  console.log(`\npdfkit   ${pageCount(pdf)} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
  console.log(`  first render (cold process: font parsing, empty caches)  ${ms(first)}`);
  console.log(`  mean ${ms(pk.mean)}   p95 ${ms(pk.p95)}   min ${ms(pk.min)}`);
  console.log(
    `  process RSS ${mb(pkMem.rss)} (before importing the renderer ${mb(baselineRss)}, renderer adds ${mb(pkRenderer)}); peak RSS ${mb(pkMaxRss)}`,
  );
  console.log(`  heap used ${mb(pkMem.heapUsed)}; live heap after full GC ${mb(pkLiveHeap)}; PSS ${mb(pkPss)}`);
  console.log(`  floor: a bare node process ${mb(floor.bare)} RSS; node that only imported pdfkit ${mb(floor.withPdfkit)} RSS`);
  console.log(`\nChromium ${pageCount(chromePdf)} pages, ${(chromePdf.length / 1024).toFixed(0)} KB (page.pdf, tagged, outline)`);
  console.log(`  cold (launch + setContent + pdf + close)  ${ms(cold)}`);
  console.log(`  warm mean ${ms(warm.mean)}   p95 ${ms(warm.p95)}   min ${ms(warm.min)}`);
  console.log(`  warm, untagged and without outline (reference only): mean ${ms(plain.mean)}   p95 ${ms(plain.p95)}`);
  console.log(`  process tree: ${peak.processes} processes, sum RSS ${mb(peak.rss)} (sum PSS ${mb(peak.pss)})`);
  const ratio = (a: number, b: number, target: number) =>
    `${(a / b).toFixed(1)}×  (target ≥ ${target}×: ${a / b >= target ? "met" : "NOT met"})`;
  console.log(`\nRatios (Chromium / pdfkit)`);
  console.log(`  warm Chromium mean / pdfkit mean     ${ratio(warm.mean, pk.mean, 2)}`);
  console.log(`  warm Chromium p95 / pdfkit p95       ${ratio(warm.p95, pk.p95, 2)}`);
  console.log(`  warm untagged Chromium / pdfkit mean ${ratio(plain.mean, pk.mean, 2)}`);
  console.log(`  cold Chromium / pdfkit mean          ${ratio(cold, pk.mean, 10)}`);
  console.log(`  cold Chromium / pdfkit first render  ${ratio(cold, first, 10)}`);
  console.log(`  memory: Chromium RSS / process RSS   ${ratio(peak.rss, pkMem.rss, 20)}`);
  console.log(`  memory: Chromium RSS / renderer's RSS increase  ${ratio(peak.rss, pkRenderer, 20)}`);
  console.log(`  memory: Chromium PSS / process PSS   ${ratio(peak.pss, pkPss, 20)}`);
  console.log(`  memory: Chromium RSS / live heap after GC      ${ratio(peak.rss, pkLiveHeap, 20)}`);
  console.log(`  (20× below Chromium's RSS is ${mb(peak.rss / 20)}; a bare node process alone is ${mb(floor.bare)})`);
  console.log(`\nPDFs written to /tmp/bench-report-pdfkit.pdf and /tmp/bench-report-chromium.pdf`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
