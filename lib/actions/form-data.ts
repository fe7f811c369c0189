// FormData → plain object for zod. Repeated keys become arrays; empty strings stay strings so the
// schema decides what "empty" means.
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own action bookkeeping fields
    const v = typeof value === "string" ? value : value.name;
    const prev = out[key];
    if (prev === undefined) out[key] = v;
    else out[key] = Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
