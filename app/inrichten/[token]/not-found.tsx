import { LinkButton } from "@/components/ui/button";

export default function SetupLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        De link om de eerste beheerder aan te maken werkt één keer en 24 uur lang, en alleen zolang er nog geen beheerder is. Vraag de
        technisch beheerder om de app opnieuw te starten (dan komt er een nieuwe link) of om de eerste beheerder aan te maken. Is er al een
        beheerder? Log dan in.
      </p>
      <LinkButton href="/login" className="mt-8">
        Naar inloggen
      </LinkButton>
    </main>
  );
}
