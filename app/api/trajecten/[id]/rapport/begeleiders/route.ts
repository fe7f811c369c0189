import { reportRoute } from "../report-response";

export const runtime = "nodejs";

/**
 * The tandem's own report (live results, with the texts respondents did not share, marked), for who
 * may read the results per respondent; 404 for anyone else, also for the employer's users.
 */
export const GET = reportRoute("tandem");
