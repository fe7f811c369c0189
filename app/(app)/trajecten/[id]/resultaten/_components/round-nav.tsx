import { roundLabel } from "@/lib/scan/rounds/rounds";
import { LinkButton } from "@/components/ui/button";

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
  rounds: { number: number; open: boolean; short: boolean }[];
  current: number;
}) {
  return (
    <nav aria-label="Scanrondes" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {rounds.map((r) => (
          <li key={r.number}>
            <LinkButton
              href={`/trajecten/${trajectId}/resultaten?ronde=${r.number}`}
              aria-current={r.number === current ? "page" : undefined}
              variant={r.number === current ? "primary" : "secondary"}
            >
              {roundLabel(r.number)}
              {r.short ? ", korte versie" : ""}
              {r.open ? " (loopt nog)" : ""}
            </LinkButton>
          </li>
        ))}
      </ul>
    </nav>
  );
}
