import { line, recordId, wholeNumber, z } from "@/lib/zod";

// Shared by the employer forms (client) and their server actions: one schema per form.

/** A key person's function at the employer (also the function of an employer account). */
export const EMPLOYER_FUNCTIONS = ["DIRECTIE", "HR", "LEIDINGGEVENDE", "ONDERNEMINGSRAAD", "MEDEWERKER", "ANDERS"] as const;
export type EmployerFunctionKey = (typeof EMPLOYER_FUNCTIONS)[number];

const id = recordId();
const version = wholeNumber(z.number().min(1));
const name = line().trim().min(2, "Vul de naam in.").max(160, "Gebruik maximaal 160 tekens.");
const sector = line().trim().min(2, "Vul de sector in.").max(120, "Gebruik maximaal 120 tekens.");
const city = line().trim().max(120, "Gebruik maximaal 120 tekens.");
// The KvK number has 8 digits; people often type it with spaces or dots.
const kvkNumber = line()
  .transform((v) => v.replace(/[\s.]/g, ""))
  .refine((v) => v === "" || /^\d{8}$/.test(v), "Een KvK-nummer heeft 8 cijfers.");
const werkvloerName = line().trim().min(2, "Vul de naam van de werkvloer of locatie in.").max(160, "Gebruik maximaal 160 tekens.");
export const personEmail = line().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254, "Dit e-mailadres is te lang.");

export const employerFields = {
  name,
  sector,
  city: city.optional().default(""),
  kvkNumber: kvkNumber.optional().default(""),
};

export const employerCreateSchema = z.object({
  ...employerFields,
  werkvloerName: werkvloerName,
});
export type EmployerCreateInput = z.infer<typeof employerCreateSchema>;

export const employerUpdateSchema = z.object({ employerId: id, version, ...employerFields });
export type EmployerUpdateInput = z.infer<typeof employerUpdateSchema>;

export const employerReassignSchema = z.object({ employerId: id, trainerId: line().min(1, "Kies een trainer.").max(40) });
export type EmployerReassignInput = z.infer<typeof employerReassignSchema>;

export const werkvloerCreateSchema = z.object({ employerId: id, name: werkvloerName });
export type WerkvloerCreateInput = z.infer<typeof werkvloerCreateSchema>;

export const werkvloerRenameSchema = z.object({ werkvloerId: id, name: werkvloerName });
export type WerkvloerRenameInput = z.infer<typeof werkvloerRenameSchema>;

export const werkvloerArchiveSchema = z.object({
  werkvloerId: id,
  archived: z.enum(["true", "false"], { message: "Onbekende handeling." }).transform((v) => v === "true"),
});
export type WerkvloerArchiveInput = z.infer<typeof werkvloerArchiveSchema>;

const keyPersonFields = {
  name: line().trim().min(2, "Vul de naam in.").max(120, "Gebruik maximaal 120 tekens."),
  email: personEmail,
  function: z.enum(EMPLOYER_FUNCTIONS, { message: "Kies een functie." }),
};

export const keyPersonCreateSchema = z.object({ employerId: id, ...keyPersonFields });
export type KeyPersonCreateInput = z.infer<typeof keyPersonCreateSchema>;

export const keyPersonUpdateSchema = z.object({ keyPersonId: id, version, ...keyPersonFields });
export type KeyPersonUpdateInput = z.infer<typeof keyPersonUpdateSchema>;

export const keyPersonIdSchema = z.object({ keyPersonId: id });

/** The admin confirms an employer's first directie, as shown (its version: a changed address is a conflict). */
export const directieFirstSchema = z.object({ keyPersonId: id, version });
/** A confirmed directie confirms another directie key person of its employer (issue 20), as shown. */
export const directieConfirmSchema = z.object({ trajectId: id, keyPersonId: id, version });
/** The directie states whether the employer has an OR (ondernemingsraad). */
export const worksCouncilSchema = z.object({
  trajectId: id,
  hasWorksCouncil: z.enum(["ja", "nee"], { message: "Kies ja of nee." }).transform((v) => v === "ja"),
});
