import { LinkButton } from "@/components/ui/button";

export default function AccountLinkNotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Deze link werkt niet (meer)</h1>
      <p className="mt-4 text-slate-700">
        Een link om een wachtwoord te kiezen werkt één keer en een week lang. Vraag de beheerder gerust om een nieuwe link. Heeft u al een
        wachtwoord gekozen? Dan kunt u gewoon inloggen.
      </p>
      <LinkButton href="/login" className="mt-8">
        Naar inloggen
      </LinkButton>
    </main>
  );
}
