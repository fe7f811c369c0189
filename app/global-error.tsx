"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>Er ging iets mis</h1>
        <p>Dat ligt niet aan u. Probeer het nog eens.</p>
        <button type="button" onClick={reset}>
          Opnieuw proberen
        </button>
      </body>
    </html>
  );
}
