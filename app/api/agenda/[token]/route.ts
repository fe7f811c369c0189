import { calendarFeed } from "@/lib/sessions/calendar-feed";
import { notFoundResponse } from "@/lib/http/download";
import { routeHandler, tokenPath } from "@/lib/http/route";

export const runtime = "nodejs";

/** A user's private calendar feed (the token is the key); 404 for anyone else. */
export const GET = routeHandler({ auth: "none", params: tokenPath, refusals: "not-found" }, async ({ params }) => {
  const ics = await calendarFeed(params.token.replace(/\.ics$/, ""));
  if (!ics) return notFoundResponse();
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
});
