import { notFound } from "next/navigation";
import { loadScanView } from "@/lib/scan/respondent/view";

/** Resolve the link for a page; anything invalid is the same friendly 404. */
export async function requireScanView(params: Promise<{ token: string }>) {
  const { token } = await params;
  const view = await loadScanView(token);
  if (!view) notFound();
  return view;
}
