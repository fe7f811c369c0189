import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Mental Health-bedrijfsscan",
  // The link is personal: keep it out of search engines and referrers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
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
