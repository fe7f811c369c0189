// Putting names and labels into Dutch sentences without doubled punctuation. Pure and client-safe.

/**
 * Ends a sentence with a period, unless it already ends with one (or with ? ! …): an employer called
 * "Bakkerij Jansen B.V." closes the sentence "… bij Bakkerij Jansen B.V." and not "B.V..".
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * An aside in brackets without brackets inside brackets: a label that explains itself in brackets, such as
 * "OR (ondernemingsraad)", is shown by its explanation: "(ondernemingsraad)", never "(OR (ondernemingsraad))".
 */
export function inBrackets(aside: string): string {
  const explained = /^[^()]+\(([^()]+)\)$/.exec(aside.trim())?.[1];
  return `(${(explained ?? aside).trim()})`;
}

/** "Naam (functie)", with the function in brackets as inBrackets writes it: "Fatima Ouali (ondernemingsraad)". */
export const withInBrackets = (main: string, aside: string): string => `${main} ${inBrackets(aside)}`;
