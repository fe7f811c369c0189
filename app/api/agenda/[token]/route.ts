import { calendarFeed } from "@/lib/calendar/feed";
import { notFoundResponse } from "@/lib/http/download";

export const runtime = "nodejs";

/** A user's private calendar feed (the token is the key); 404 for anything else. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await calendarFeed(token.replace(/\.ics$/, ""));
  if (!ics) return notFoundResponse();
  return new Response(ics, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
