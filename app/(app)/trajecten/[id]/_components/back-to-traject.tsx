import Link from "next/link";

/** The way back from one of a traject's pages (results, code, follow-up, a preparation card, one's own scan) to the traject. */
export function BackToTraject({ trajectId, className = "" }: { trajectId: string; className?: string }) {
  return (
    <p className={className}>
      <Link href={`/trajecten/${trajectId}`} className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800">
        <span aria-hidden="true">← </span>Terug naar het traject
      </Link>
    </p>
  );
}
