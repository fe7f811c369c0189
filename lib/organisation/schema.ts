import { isUploadedFile, line, wholeNumber, z } from "@/lib/zod";

// The forms of /beheer/organisatie. Client-safe: the logo rules (type by its first bytes, size) are
// checked again on the server, where the bytes are.

const required = (what: string, max: number) =>
  line()
    .trim()
    .min(1, `Vul ${what} in.`)
    .max(max, `Houd ${what} korter dan ${max + 1} tekens.`);

/** "" is "not set"; anything else must be an e-mail address. */
const optionalEmail = (what: string) =>
  line()
    .trim()
    .toLowerCase()
    .max(254, `Dit e-mailadres is te lang (${what}).`)
    .refine((v) => v === "" || z.email().safeParse(v).success, { message: `Vul bij ${what} een geldig e-mailadres in, of laat het leeg.` })
    .transform((v) => v || null);

const optionalLine = (max: number, message: string, valid: (v: string) => boolean = () => true) =>
  line()
    .trim()
    .max(max, message)
    .refine((v) => v === "" || valid(v), { message })
    .transform((v) => v || null);

const isWebAddress = (v: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v) && URL.canParse(v);

export const organisationSchema = z.object({
  version: wholeNumber(z.number().min(1)),
  programmeName: required("de naam van het programma", 80),
  name: required("de naam van de organisatie", 120),
  shortName: required("een korte naam", 20),
  ownerName: required("de naam van de beheerder van het programma", 80),
  initiativeLine: required("de zin over wie achter het programma staat", 300).refine((v) => /^Een\s/.test(v), {
    message: "Begin de zin over wie achter het programma staat met ‘Een’, bijvoorbeeld ‘Een initiatief van …’.",
  }),
  contactEmail: optionalEmail("het contactadres"),
  contactPhone: optionalLine(30, "Vul een telefoonnummer in met cijfers, spaties, +, - of haakjes, of laat het leeg.", (v) =>
    /^\+?[0-9 ()-]{6,29}$/.test(v),
  ),
  website: optionalLine(200, "Vul een webadres in dat begint met https://, of laat het leeg.", isWebAddress),
  mailFromName: optionalLine(80, 'Houd de afzendernaam korter dan 81 tekens, zonder < > of ".', (v) => !/[<>"]/.test(v)),
  mailFromAddress: optionalEmail("het afzenderadres"),
  replyToAddress: optionalEmail("het antwoordadres"),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;

// ---------------------------------------------------------------- logo

export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_TOO_LARGE = "Het logo is groter dan 512 kB. Kies een kleinere PNG of JPEG.";
export const LOGO_WRONG_TYPE = "Het logo moet een PNG- of JPEG-bestand zijn.";

export const logoSchema = z.object({
  version: wholeNumber(z.number().min(1)),
  file: z
    .custom<File>(isUploadedFile, { error: "Kies een PNG- of JPEG-bestand met het logo." })
    .refine((f) => f.size > 0 || f.name !== "", { error: "Kies een PNG- of JPEG-bestand met het logo.", abort: true })
    .refine((f) => f.size > 0, { error: "Het gekozen bestand is leeg.", abort: true })
    .refine((f) => f.size <= MAX_LOGO_BYTES, { error: LOGO_TOO_LARGE }),
});
export type LogoInput = z.infer<typeof logoSchema>;

export const logoRemoveSchema = z.object({ version: wholeNumber(z.number().min(1)) });

export type LogoType = "image/png" | "image/jpeg";

/** The file's type by its first bytes (a name or a browser's guess says nothing): PNG, JPEG or neither. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > png.length && png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}
