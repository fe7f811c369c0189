// FormData → plain object for zod. Repeated keys become arrays; empty strings stay strings so the
// schema decides what "empty" means. Built through a Map and Object.fromEntries, so a field named
// "__proto__", "constructor" or "toString" is an own property like any other and never reaches (or
// replaces) the object's prototype.
export function formDataToObject(form: FormData): Record<string, unknown> {
  const fields = new Map<string, string | string[]>();
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own action bookkeeping fields
    const v = typeof value === "string" ? value : value.name;
    const prev = fields.get(key);
    fields.set(key, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return Object.fromEntries(fields);
}

/** One field's value for a schema: the value when the field occurs once, else all of them (an array the schema refuses). */
export function fieldOf(form: FormData, name: string): unknown {
  const values = form.getAll(name);
  return values.length === 1 ? values[0] : values;
}
