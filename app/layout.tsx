import type { Metadata, Viewport } from "next";
import { DemoBanner } from "./_components/demo-banner";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Weerbare Werkgever", template: "%s · Weerbare Werkgever" },
  description: "Samen werken aan een mentaal toegankelijke werkvloer.",
};

// Every page carries a per-request CSP nonce (proxy.ts), so none may be prerendered without one.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl" className={inter.variable}>
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Naar de inhoud
        </a>
        <DemoBanner />
        {children}
      </body>
    </html>
  );
}
