import Link from "next/link";
import { SCAN_CLOSED_MESSAGE } from "@/lib/scan/respondent/link";
import { requireScanView } from "../load";
import { LinkButton } from "@/components/ui/button";

export default async function ThankYouPage({ params }: { params: Promise<{ token: string }> }) {
  const view = await requireScanView(params);
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-10">
      {view.lockReason === "closed" ? (
        <>
          <h1 className="text-2xl font-bold text-brand-800">De scan is gesloten</h1>
          <p className="mt-4 text-slate-800">{SCAN_CLOSED_MESSAGE}</p>
          <p className="mt-4 text-slate-800">Vragen? Neem contact op met {view.trainerName}.</p>
        </>
      ) : view.isLocked ? (
        <>
          <h1 className="text-2xl font-bold text-brand-800">Dank u wel!</h1>
          <p className="mt-4 text-slate-800">
            Uw antwoorden zijn verstuurd. Samen met die van uw collega&apos;s vormen ze het vertrekpunt van de bijeenkomst met{" "}
            {view.trainerName} en een ervaringsdeskundige.
          </p>
          <p className="mt-4 text-slate-800">Wilt u toch nog iets aanpassen? Vraag de trainer dan om uw scan te heropenen.</p>
          <Link href={`/scan/${view.token}/thema/1`} className="mt-8 inline-block text-brand-800 underline">
            Mijn antwoorden bekijken
          </Link>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold text-brand-800">Nog niet verstuurd</h1>
          <p className="mt-4 text-slate-800">Uw antwoorden zijn bewaard, maar de scan is nog niet verstuurd.</p>
          <LinkButton href={`/scan/${view.token}/controle`} size="lg" className="mt-8">
            Naar controleren en versturen
          </LinkButton>
        </>
      )}
    </main>
  );
}
