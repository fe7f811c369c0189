import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Mental Health-bedrijfsscan",
  // The link is personal: keep it out of search engines and other sites' referrer logs.
  robots: { index: false, follow: false },
  // same-origin: the link never leaks to other sites, while our own form posts keep their Origin
  // header (with no-referrer Chromium sends "Origin: null" and Next rightly refuses the action).
  referrer: "same-origin",
};

export default function ScanLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-brand-100 bg-white">
        <div className="mx-auto max-w-2xl px-4 py-3">
          <p className="font-semibold text-brand-800">Weerbare Werkgever · Mental Health-bedrijfsscan</p>
        </div>
      </header>
      {children}
    </>
  );
}
