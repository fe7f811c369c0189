// iMIP (RFC 6047): how an invitation travels in a mail. The calendar object goes twice, as mail clients
// expect: inline beside the text (Outlook, Gmail and Thunderbird show it as an invitation to answer) and
// as a file for clients without that, named for what it is ("uitnodiging.ics", not nodemailer's
// default "invite.ics"). Both parts are text/calendar with the method (RFC 6047 2.4), the registered
// type; nodemailer's own icalEvent sends the file as the unregistered application/ics.

export type CalendarMethod = "REQUEST" | "CANCEL";

const FILE_NAME: Record<CalendarMethod, string> = { REQUEST: "uitnodiging.ics", CANCEL: "afzegging.ics" };

const isMethod = (m: string): m is CalendarMethod => m in FILE_NAME;

/** The mail parts (nodemailer's alternatives and attachments) of one calendar object. */
export function calendarMailParts(method: string, content: string) {
  const m: CalendarMethod = isMethod(method) ? method : "REQUEST";
  const contentType = `text/calendar; method=${m}; charset=utf-8`;
  return {
    alternatives: [{ contentType, content }],
    attachments: [{ filename: FILE_NAME[m], contentType, content, contentDisposition: "attachment" as const }],
  };
}
