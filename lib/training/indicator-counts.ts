import { CANDIDATE_CHANNELS, type CandidateChannelKey, type CandidateStatusKey } from "./labels";

// Pure: the first indicators of the programme (§5.1 of the first year's report) from the candidates'
// own facts, never counted by hand: per channel, how many were recruited, started in a cohort, stopped
// and were certified within a period. Each figure counts the event in the period, so one person can be
// recruited in one period and certified in a later one.

export interface CandidateFacts {
  channel: CandidateChannelKey;
  /** when the candidate was recorded: recruited */
  createdAt: Date;
  status: CandidateStatusKey;
  statusChangedAt: Date;
  stoppedAt: Date | null;
  /** their first place in a cohort (null before they started) */
  startedAt: Date | null;
}

export interface IndicatorFigures {
  recruited: number;
  started: number;
  stopped: number;
  certified: number;
}

export interface Indicators {
  rows: ({ channel: CandidateChannelKey } & IndicatorFigures)[];
  total: IndicatorFigures;
}

const none = (): IndicatorFigures => ({ recruited: 0, started: 0, stopped: 0, certified: 0 });

/** Counts within [from, until): every channel gets a row, zeros too, so the table always reads the same. */
export function countIndicators(candidates: CandidateFacts[], period: { from: Date; until: Date }): Indicators {
  const within = (d: Date | null) => d !== null && d >= period.from && d < period.until;
  const rows = CANDIDATE_CHANNELS.map((channel) => ({ channel, ...none() }));
  const total = none();
  for (const c of candidates) {
    const row = rows.find((r) => r.channel === c.channel)!;
    const hits: (keyof IndicatorFigures)[] = [];
    if (within(c.createdAt)) hits.push("recruited");
    if (within(c.startedAt)) hits.push("started");
    // only who are stopped now: stopping undone is not a stop
    if (c.status === "STOPPED" && within(c.stoppedAt)) hits.push("stopped");
    // certified is final: the status changed to it when the certificate was issued
    if (c.status === "CERTIFIED" && within(c.statusChangedAt)) hits.push("certified");
    for (const key of hits) {
      row[key]++;
      total[key]++;
    }
  }
  return { rows, total };
}
