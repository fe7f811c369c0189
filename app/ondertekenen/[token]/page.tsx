import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { CodeText } from "./_components/code-text";
import { signingLinkView } from "@/lib/gedragscode/signoff";
import { isAppError } from "@/lib/errors";
import { signWithLinkAction } from "./actions";

export const metadata: Metadata = {
  title: "EPA-gedragscode ondertekenen",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

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
      <p className="mt-2 text-sm text-slate-700" data-testid="sent-to">
        Deze link is verstuurd naar {view.sentTo}. Uw handtekening wordt vastgelegd met uw naam en functie zoals de werkgever die heeft
        opgegeven ({view.name}, {view.function}). Klopt dat niet, teken dan niet en neem contact op met de trainer of HR.
      </p>
      <div className="mt-6 rounded-xl border border-brand-100 bg-white p-6">
        <CodeText content={view.content} />
      </div>
      <section aria-labelledby="tekenen" className="mt-6 rounded-xl border border-brand-200 bg-white p-6">
        <h2 id="tekenen" className="text-xl font-semibold text-brand-800">
          Ondertekenen
        </h2>
        <SignerList view={view} />
        {view.canSign ? (
          <ActionForm
            action={signWithLinkAction}
            submitLabel={view.mustConfirmList ? "Ik bevestig de lijst en onderteken deze code" : "Ik onderteken deze code"}
            className="mt-3 space-y-3"
            // the link is spent once signed: the page says so instead of showing the form again
            done={
              <p className="mt-1 text-sm text-slate-700">
                Deze link werkt nu niet meer; dat hoort zo. Zodra de code is vastgesteld, krijgt u hem per e-mail, met de bladzijde met de
                handtekeningen.
              </p>
            }
          >
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="contentHash" value={view.hash} />
            {view.mustConfirmList ? <input type="hidden" name="signersHash" value={view.signersHash} /> : null}
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="consentToReuse" value="on" className="mt-0.5 size-4 accent-brand-700" />
              De code mag zonder naam van onze organisatie worden gebruikt om codes van werkgevers te vergelijken. (Alleen als iedereen die
              tekent dit aanvinkt.)
            </label>
          </ActionForm>
        ) : (
          <p className="mt-3 text-slate-800">
            {view.mustConfirmList
              ? "U kunt nog niet tekenen: de lijst hierboven is nog niet compleet. Zodra de trainer hem heeft aangepast, werkt deze link wel."
              : "U kunt nog niet tekenen: de directie heeft nog niet bevestigd wie er namens de werkgever tekent. Zodra dat gebeurd is, werkt deze link wel."}
          </p>
        )}
      </section>
    </main>
  );
}

/** Who signs for the employer; a directie confirming the list sees exactly what they confirm. */
function SignerList({ view }: { view: Awaited<ReturnType<typeof signingLinkView>> }) {
  return (
    <div className="mt-3 text-sm text-slate-800">
      <p>
        {view.mustConfirmList
          ? "U tekent namens de directie. Met uw handtekening bevestigt u ook dat deze mensen namens uw organisatie tekenen:"
          : "Namens de werkgever tekenen:"}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {view.signers.map((s) => (
          <li key={s.email}>
            {s.name} ({s.function}, {s.email})
          </li>
        ))}
      </ul>
      {view.mustConfirmList && view.problems.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {view.problems.map((p) => (
            <li key={p}>{p} Vraag de trainer de lijst aan te passen.</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
