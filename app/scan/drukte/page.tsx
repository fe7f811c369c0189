import { LINK_TOKEN_PATTERN } from "@/lib/link-token-pattern";

// Static on purpose: no database work, so it stays cheap exactly when someone is over a load limit.
export default async function ScanBusyPage({ searchParams }: { searchParams: Promise<{ link?: string | string[] }> }) {
  const { link } = await searchParams;
  const token = typeof link === "string" && LINK_TOKEN_PATTERN.test(link) ? link : null;
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-800">Even geduld</h1>
      <p className="mt-4 text-slate-700">
        Via uw verbinding komen op dit moment heel veel verzoeken tegelijk binnen. Daarom wachten we even. Wat al was opgeslagen, blijft
        bewaard.
      </p>
      <p className="mt-4 text-slate-700">
        Had u net op een knop gedrukt om op te slaan? Ga dan met de terugknop van uw browser terug en druk over een minuut opnieuw op die
        knop.
      </p>
      {token ? (
        <p className="mt-6">
          {/* a plain link: no prefetch, which would count as one more visit */}
          <a href={`/scan/${token}`} className="font-semibold text-brand-800 underline underline-offset-2">
            Over een minuut verder met de scan
          </a>
        </p>
      ) : null}
    </main>
  );
}
