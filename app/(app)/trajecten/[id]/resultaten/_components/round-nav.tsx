import Link from "next/link";
import { roundLabel } from "@/lib/scan/rounds/rounds";

/** "?ronde=2" → 2; anything else → the default round (an unknown number is the page's 404). */
export function roundParam(value: string | string[] | undefined): number | undefined {
  return typeof value === "string" && /^[1-9]\d?$/.test(value) ? Number(value) : undefined;
}

/** The traject's scan rounds, when there is more than one: the first scan and the follow-ups. */
export function RoundNav({
  trajectId,
  rounds,
  current,
}: {
  trajectId: string;
  rounds: { number: number; open: boolean }[];
  current: number;
}) {
  return (
    <nav aria-label="Scanrondes" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {rounds.map((r) => (
          <li key={r.number}>
            <Link
              href={`/trajecten/${trajectId}/resultaten?ronde=${r.number}`}
              aria-current={r.number === current ? "page" : undefined}
              className={
                r.number === current
                  ? "inline-block rounded-md bg-brand-700 px-3 py-2 font-semibold text-white"
                  : "inline-block rounded-md border border-brand-600 bg-white px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50"
              }
            >
              {roundLabel(r.number)}
              {r.open ? " (loopt nog)" : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
