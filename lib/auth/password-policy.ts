import "server-only";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { AppError } from "@/lib/errors";

// A new password must be hard to guess, judged by zxcvbn-ts with the common password lists and the
// English and Dutch dictionaries, offline. Score 3 of 4 ("safely unguessable": about 10^8 guesses,
// what an online attacker never gets through with our login limits and what slows an offline one)
// is the bar, and the person's own e-mail address and name may not be in it. The length rule (12)
// stays in the forms' schemas (lib/users/schema.ts): the dictionaries are too big for the browser.

export const MIN_PASSWORD_SCORE = 3;
/** Name and address parts shorter than this are not looked for (de, van, ten, …). */
const MIN_PART_LENGTH = 4;

let factory: Promise<ZxcvbnFactory> | null = null;

/** The dictionaries load once per process, at the first check (a few MB; about a second). */
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, nl] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      import("@zxcvbn-ts/language-nl-be"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
      graphs: common.adjacencyGraphs,
      // no Levenshtein matching: it compares against every word (≈ 0.5 s a check here) for little gain
    });
  })();
  return factory;
}

export interface PasswordOwner {
  email: string;
  name: string;
}

/** What of the person a password may not contain: the address, its local part, the name and its longer parts. */
export function personalWords({ email, name }: PasswordOwner): string[] {
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  const fullName = name.trim().toLowerCase();
  const parts = [...local.split(/[^\p{L}\p{N}]+/u), ...fullName.split(/[^\p{L}\p{N}]+/u)];
  const words = [address, local, fullName, fullName.replace(/\s+/g, ""), ...parts];
  return [...new Set(words.filter((w) => w.length >= MIN_PART_LENGTH))];
}

// zxcvbn's own Dutch feedback says "je"; the app says "u". Its warning keys, in our words.
const WARNINGS: Record<string, string> = {
  topTen: "Dit is een van de meest gebruikte wachtwoorden.",
  topHundred: "Dit wachtwoord wordt heel veel gebruikt.",
  common: "Dit wachtwoord wordt veel gebruikt.",
  similarToCommon: "Dit lijkt op een veelgebruikt wachtwoord.",
  simpleRepeat: "Herhaalde tekens, zoals “aaa”, zijn makkelijk te raden.",
  extendedRepeat: "Herhaalde patronen, zoals “abcabc”, zijn makkelijk te raden.",
  sequences: "Reeksen, zoals “1234” of “abcd”, zijn makkelijk te raden.",
  straightRow: "Toetsen die op het toetsenbord naast elkaar liggen, zijn makkelijk te raden.",
  keyPattern: "Patronen op het toetsenbord zijn makkelijk te raden.",
  recentYears: "Jaartallen zijn makkelijk te raden.",
  dates: "Datums zijn makkelijk te raden.",
  wordByItself: "Eén woord is makkelijk te raden.",
  namesByThemselves: "Namen zijn makkelijk te raden.",
  commonNames: "Veelvoorkomende namen zijn makkelijk te raden.",
  userInputs: "Uw naam of e-mailadres is makkelijk te raden.",
};

export const PASSWORD_HINT =
  "Tip: kies vier of vijf gewone woorden die niet bij elkaar horen, bijvoorbeeld “fiets wolk pannenkoek lantaarn”. Zo’n zin is lang, makkelijk te onthouden en moeilijk te raden.";

export interface PasswordVerdict {
  ok: boolean;
  score: number;
  /** Plain Dutch: why it is refused, and the hint. Empty when ok. */
  messages: string[];
}

/** Judges a new password for this person; pure apart from loading the dictionaries once. */
export async function judgePassword(password: string, owner: PasswordOwner): Promise<PasswordVerdict> {
  const lower = password.toLowerCase();
  const personal = personalWords(owner);
  if (personal.some((w) => lower.includes(w))) {
    return { ok: false, score: 0, messages: ["Uw wachtwoord bevat uw naam of e-mailadres; dat is makkelijk te raden.", PASSWORD_HINT] };
  }
  const result = (await estimator()).check(password, [...personal, "weerbare", "werkgever", "weerbarewerkgever", "ecio"]);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score, messages: [] };
  const warning = (result.feedback.warning && WARNINGS[result.feedback.warning]) || "Dit wachtwoord is te makkelijk te raden.";
  return { ok: false, score: result.score, messages: [warning, PASSWORD_HINT] };
}

/** For the domain functions that set a password: refuses a weak one as a field error on `field`. */
export async function assertStrongPassword(password: string, owner: PasswordOwner, field = "password") {
  const verdict = await judgePassword(password, owner);
  if (verdict.ok) return;
  // one message: the forms show a field's first message under it (components/ui/use-server-submit.ts)
  throw new AppError("VALIDATION", "Kies een ander wachtwoord.", { [field]: [verdict.messages.join(" ")] });
}
