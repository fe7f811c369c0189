import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { CodeText } from "@/components/gedragscode/code-text";
import { signingLinkView } from "@/lib/gedragscode/signoff";
import { isAppError } from "@/lib/errors";
import { signWithLinkAction } from "./actions";

export const metadata: Metadata = {
  title: "EPA-gedragscode ondertekenen",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** A key person without an account reads the code and signs it, once, through their personal link. */
export default async function SignPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await signingLinkView(token).catch((e) => {
    if (isAppError(e)) notFound();
    throw e;
  });
  return (
    <main id="inhoud" className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Weerbare Werkgever</p>
      <h1 className="mt-1 text-3xl font-bold text-brand-800">EPA-gedragscode van {view.employerName}</h1>
      <p className="mt-3 text-slate-700">
        Beste {view.name}, u bent gevraagd om deze gedragscode namens {view.function} te ondertekenen. Lees de tekst hieronder. Met uw
        handtekening legt u vast dat u achter precies deze tekst staat.
      </p>
      <div className="mt-6 rounded-xl border border-brand-100 bg-white p-6">
        <CodeText content={view.content} />
      </div>
      <section aria-labelledby="tekenen" className="mt-6 rounded-xl border border-brand-200 bg-white p-6">
        <h2 id="tekenen" className="text-xl font-semibold text-brand-800">
          Ondertekenen
        </h2>
        <ActionForm action={signWithLinkAction} submitLabel="Ik onderteken deze code" className="mt-3 space-y-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="contentHash" value={view.hash} />
          <label className="block text-sm font-semibold text-slate-800">
            Uw naam
            <input name="name" required maxLength={160} defaultValue={view.name} autoComplete="name" className={input} />
          </label>
          <label className="block text-sm font-semibold text-slate-800">
            Uw functie
            <input
              name="function"
              required
              maxLength={160}
              defaultValue={view.function}
              autoComplete="organization-title"
              className={input}
            />
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="consentToReuse" value="on" className="mt-0.5 size-4 accent-brand-700" />
            De code mag zonder naam van onze organisatie worden gebruikt om codes van werkgevers te vergelijken. (Alleen als iedereen die
            tekent dit aanvinkt.)
          </label>
        </ActionForm>
      </section>
    </main>
  );
}
