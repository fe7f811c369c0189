import { notFound, redirect } from "next/navigation";
import { loadScanView } from "@/lib/scan/respondent/view";
import { checkScanLoad } from "@/lib/scan/respondent/load-limits";
import { requestClientAddress } from "@/lib/security/request-client";
import { busyPagePath } from "../drukte/path";

/** Resolve the link for a page; anything invalid is the same friendly 404. */
export async function requireScanView(params: Promise<{ token: string }>) {
  const { token } = await params;
  await refuseWhenBusy(token);
  const view = await loadScanView(token);
  if (!view) notFound();
  return view;
}

/** Counts a page view or form post on the link and the client; over the limit, the "even geduld" page. */
export async function refuseWhenBusy(token: string): Promise<void> {
  const load = await checkScanLoad("page", token, await requestClientAddress());
  if (!load.allowed) redirect(busyPagePath(token));
}
