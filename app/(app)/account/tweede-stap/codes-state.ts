import type { ActionFailure } from "@/lib/actions/result";

/** A form whose success shows the recovery codes, once. */
export type CodesState = { ok: true; message: string; codes: string[] } | ActionFailure | null;
