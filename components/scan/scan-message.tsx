const MESSAGES: Record<string, string> = {
  ongeldig: "Niet alles kon worden opgeslagen: kies bij elke stelling een van de antwoorden. Controleer de stellingen hieronder.",
  verstuurd: "U heeft de scan al verstuurd. Uw antwoorden zijn bewaard en kunnen niet meer worden gewijzigd.",
  link: "Deze link werkt niet meer. Gebruik de nieuwste link uit uw e-mail.",
  tekst:
    "Niet alles kon worden opgeslagen: een toelichting bevat onzichtbare tekens of stuurtekens, of is langer dan 4000 tekens. Pas de tekst aan en probeer het nog eens.",
  fout: "Er ging iets mis bij het opslaan. Dat ligt niet aan u: probeer het nog eens.",
  open: "Nog niet alle stellingen zijn beantwoord. Hieronder ziet u welke.",
  // the health-data check (issue 25): the question, and what the respondent can do
  gezondheid:
    "Staat hier gezondheidsinformatie over iemand? Die hoort hier niet. Kijk uw toelichtingen hieronder na en pas ze aan via ‘Wijzigen’. Gaat het niet over de gezondheid van iemand, dan kunt u de scan toch versturen.",
};

/** A message after a form post (works without JavaScript); focusable, announced to screen readers. */
export function ScanMessage({ code, changed }: { code?: string; changed?: string }) {
  const text = code
    ? typeof code === "string" && Object.hasOwn(MESSAGES, code)
      ? MESSAGES[code]
      : MESSAGES.fout // ?melding= comes from the URL: never an inherited name such as "__proto__"
    : changed
      ? "Een of meer antwoorden waren intussen op een ander apparaat gewijzigd. We laten nu de bewaarde antwoorden zien: kijk ze even na."
      : null;
  if (!text) return null;
  return (
    <div role="alert" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="scan-message">
      {text}
    </div>
  );
}
