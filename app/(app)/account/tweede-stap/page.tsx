import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorPage } from "@/lib/auth/session";
import { homeOf } from "@/lib/auth/roles";
import { formatDate } from "@/lib/dates";
import { secondFactorStatus } from "@/lib/users/second-factor";
import { confirmTotpAction, disableTotpAction, regenerateRecoveryCodesAction, startTotpAction } from "./actions";
import { CodesForm } from "./_components/codes-form";
import { CodeInput, PasswordInput } from "./_components/inputs";

export const metadata: Metadata = { title: "Tweede stap bij inloggen" };

// The one page an admin or trainer without their required second factor can open (lib/auth/session.ts).
export default async function SecondFactorPage() {
  const actor = await requireActorPage("account:own", { allowMissingSecondFactor: true });
  const status = await secondFactorStatus(actor);
  return (
    <>
      <PageHeader
        title="Tweede stap bij inloggen"
        intro="Met een tweede stap vult u na uw wachtwoord ook een code in uit een app op uw telefoon (een authenticator-app, zoals Microsoft Authenticator, Google Authenticator of FreeOTP). Wie uw wachtwoord kent, komt dan nog niet in uw account."
      />
      {actor.secondFactorMissing ? (
        <p
          className="mb-6 max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
          data-testid="second-factor-required"
        >
          Als beheerder of trainer ziet u gegevens van veel werkgevers. Daarom is de tweede stap voor u verplicht. Stel hem hieronder in;
          daarna kunt u verder met uw werk.
        </p>
      ) : null}
      {status.enabledAt ? (
        <div className="max-w-2xl space-y-8">
          <p className="text-slate-800" data-testid="second-factor-on">
            De tweede stap staat aan sinds {formatDate(status.enabledAt)}. U heeft nog {status.recoveryCodesLeft} ongebruikte herstelcodes.
          </p>
          <section aria-labelledby="herstelcodes">
            <h2 id="herstelcodes" className="mb-2 text-xl font-semibold text-brand-800">
              Nieuwe herstelcodes
            </h2>
            <p className="mb-3 text-slate-700">U krijgt tien nieuwe codes; de codes die u nu heeft, werken daarna niet meer.</p>
            <CodesForm action={regenerateRecoveryCodesAction} submitLabel="Nieuwe herstelcodes maken" next="/account/tweede-stap" />
          </section>
          <section aria-labelledby="uitzetten">
            <h2 id="uitzetten" className="mb-2 text-xl font-semibold text-brand-800">
              Tweede stap uitzetten
            </h2>
            <p className="mb-3 text-slate-700">
              Bijvoorbeeld omdat u een nieuwe telefoon heeft: zet hem uit en stel hem daarna opnieuw in.
              {status.required ? " Voor u is de tweede stap verplicht: u stelt hem dan meteen opnieuw in." : ""} Vul ter bevestiging uw
              wachtwoord of een code in.
            </p>
            <ActionForm action={disableTotpAction} submitLabel="Tweede stap uitzetten" className="max-w-md space-y-4">
              <PasswordInput />
              <CodeInput name="code" label="Of: een code uit uw app of een herstelcode" />
            </ActionForm>
          </section>
        </div>
      ) : status.pending ? (
        <ol className="max-w-2xl list-decimal space-y-6 pl-5">
          <li>Installeer een authenticator-app op uw telefoon, als u die nog niet heeft.</li>
          <li>
            <p className="mb-3">Scan in de app deze QR-code. Lukt scannen niet? Typ dan deze geheime sleutel over:</p>
            <div
              role="img"
              aria-label="QR-code om de app te koppelen. Kunt u hem niet scannen, gebruik dan de geheime sleutel hieronder."
              className="h-48 w-48 border border-slate-200 bg-white p-1"
              // the qrcode package's own SVG markup (no scripts, no styles), inline: no image request for the CSP
              dangerouslySetInnerHTML={{ __html: status.pending.qrSvg }}
            />
            <p className="mt-3 font-mono text-lg tracking-wider" data-testid="totp-secret" aria-label="Geheime sleutel">
              {status.pending.secret}
            </p>
          </li>
          <li>
            <p className="mb-3">Vul de code van zes cijfers in die de app nu toont.</p>
            <CodesForm action={confirmTotpAction} submitLabel="Bevestigen" next={homeOf(actor)}>
              <CodeInput name="code" label="Code uit de app" />
            </CodesForm>
          </li>
        </ol>
      ) : (
        <ActionForm action={startTotpAction} submitLabel="Tweede stap instellen">
          {null}
        </ActionForm>
      )}
    </>
  );
}
