import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { normaliseJoinCode } from "@/lib/room/join-code";

// same-origin, not no-referrer: a form posted without JavaScript must carry its Origin (lib/security/origin.ts)
export const metadata: Metadata = { title: "Meedoen met de sessie", robots: { index: false, follow: false }, referrer: "same-origin" };

/**
 * Where the projector sends the room: type the code from the screen (the QR code goes straight to the
 * code's page). A plain GET form, so it works without JavaScript; the code's page says whether it works.
 */
export default async function JoinWithCode({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code : "";
  const normal = normaliseJoinCode(typed);
  if (normal) redirect(`/doe-mee/${normal}`);
  return (
    <main id="inhoud" className="mx-auto max-w-md px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-2xl font-bold text-brand-800">Meedoen met de sessie</h1>
      <p className="mt-3 text-slate-700">Vul de code in die op het scherm in de zaal staat. U heeft geen account nodig.</p>
      <form method="get" action="/doe-mee" className="mt-6 space-y-3">
        <label htmlFor="code" className="block text-sm font-semibold text-slate-800">
          Code van het scherm
        </label>
        {typed ? (
          <p id="code-fout" className="text-sm font-medium text-amber-800">
            &ldquo;{typed.slice(0, 40)}&rdquo; is geen code van zes tekens. Kijk nog eens op het scherm.
          </p>
        ) : null}
        <input
          id="code"
          name="code"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          defaultValue={typed.slice(0, 40)}
          aria-describedby={typed ? "code-fout" : undefined}
          aria-invalid={typed ? true : undefined}
          className={`${inputClass} font-mono text-2xl uppercase tracking-widest`}
        />
        <Button type="submit">Meedoen</Button>
      </form>
    </main>
  );
}
