/** A plain link: the browser downloads the PDF (Content-Disposition: attachment), no JavaScript needed. */
export function DownloadReportButton({ trajectId }: { trajectId: string }) {
  return (
    <a
      href={`/api/trajecten/${trajectId}/rapport`}
      download
      className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
        <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.6V3a1 1 0 0 1 1-1ZM4 16a1 1 0 0 1 1-1h10a1 1 0 1 1 0 2H5a1 1 0 0 1-1-1Z" />
      </svg>
      Download rapport (PDF)
    </a>
  );
}
