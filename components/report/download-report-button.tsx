import { buttonStyle } from "@/components/ui/button";

const ICON = (
  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
    <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V3a1 1 0 0 1 1-1ZM4 16a1 1 0 0 1 1-1h10a1 1 0 1 1 0 2H5a1 1 0 0 1-1-1Z" />
  </svg>
);

/**
 * Plain links: the browser downloads the PDF (Content-Disposition: attachment), no JavaScript needed.
 * The main button is the employer's version for every role; the tandem also gets its own edition, as
 * a separate, quieter link that says it holds texts the employer may not read.
 */
export function DownloadReportButton({ trajectId, tandemEdition = false }: { trajectId: string; tandemEdition?: boolean }) {
  return (
    <div className="flex flex-col items-start gap-2">
      <a href={`/api/trajecten/${trajectId}/rapport`} download className={buttonStyle()}>
        {ICON}
        Download rapport (PDF)
      </a>
      {tandemEdition ? (
        <p className="max-w-xs text-sm text-slate-700">
          Dit is het rapport zoals de werkgever het krijgt.{" "}
          <a
            href={`/api/trajecten/${trajectId}/rapport/begeleiders`}
            download
            className="font-medium text-brand-700 underline underline-offset-4"
          >
            Rapport alleen voor de begeleiders (PDF)
          </a>
          : met de toelichtingen die respondenten niet met de werkgever deelden. Niet doorsturen.
        </p>
      ) : null}
    </div>
  );
}
