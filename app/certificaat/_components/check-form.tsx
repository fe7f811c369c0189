import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** Type a certificate's code: a plain GET form, so it works without JavaScript and without an account. */
export function CheckForm() {
  return (
    <form method="get" action="/certificaat" className="mt-6 space-y-3">
      <label htmlFor="code" className="block text-sm font-semibold text-slate-800">
        Controlecode van het certificaat
      </label>
      <p id="code-hint" className="text-sm text-slate-600">
        Elf tekens, zoals ABCD-EFGH-JK3. Streepjes en spaties mogen, hoofdletters of kleine letters maakt niet uit.
      </p>
      <input
        id="code"
        name="code"
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={60}
        aria-describedby="code-hint"
        className={`${inputClass} font-mono text-xl uppercase tracking-widest`}
      />
      <Button type="submit">Controleren</Button>
    </form>
  );
}
