// Dutch words for a candidate's status and for how they heard of the programme (client-safe). The
// channels are the ones the programme recruits through (§3.2 of the first year's report), plus "anders".

export const CANDIDATE_STATUSES = ["INTERESTED", "INTAKE_HELD", "IN_COHORT", "CERTIFIED", "STOPPED"] as const;
export type CandidateStatusKey = (typeof CANDIDATE_STATUSES)[number];

export const CANDIDATE_STATUS_LABEL = {
  INTERESTED: "Belangstelling",
  INTAKE_HELD: "Intake gehouden",
  IN_COHORT: "In een cohort",
  CERTIFIED: "Gecertificeerd",
  STOPPED: "Gestopt",
} as const satisfies Record<CandidateStatusKey, string>;

export const CANDIDATE_CHANNELS = ["PATIENTENVERENIGING", "IPS_COACH", "ONLINE", "SOCIALE_MEDIA", "VIA_VIA", "ANDERS"] as const;
export type CandidateChannelKey = (typeof CANDIDATE_CHANNELS)[number];

export const CANDIDATE_CHANNEL_LABEL = {
  PATIENTENVERENIGING: "Patiëntenvereniging",
  IPS_COACH: "IPS-coach",
  ONLINE: "Online (website, nieuwsbrief)",
  SOCIALE_MEDIA: "Sociale media",
  VIA_VIA: "Via via",
  ANDERS: "Anders",
} as const satisfies Record<CandidateChannelKey, string>;
