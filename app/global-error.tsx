"use client";
// Shown when the root layout itself failed: its own html, and its own import of the stylesheet (classes,
// not a style attribute: the CSP allows none, lib/security/csp.ts).
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="px-4 py-16 text-center font-sans">
        <h1>Er ging iets mis</h1>
        <p>Dat ligt niet aan u. Probeer het nog eens.</p>
        <button type="button" onClick={reset}>
          Opnieuw proberen
        </button>
      </body>
    </html>
  );
}
