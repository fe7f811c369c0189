"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-brand-800">Er ging iets mis</h1>
      <p className="mt-4 text-slate-700">
        Dat ligt niet aan u. Probeer het nog eens; lukt het dan nog niet, neem contact op met uw trainer.
      </p>
      <Button type="button" onClick={reset} className="mt-8">
        Opnieuw proberen
      </Button>
    </main>
  );
}
