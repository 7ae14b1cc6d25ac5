import { renderCalendarFeed } from "@/lib/server/services/calendar-feeds";

// A calendar subscription (Outlook, Google Calendar): the secret in the URL is the credential, so the answer
// is never cached by intermediaries; an unknown or revoked secret is a plain 404.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const url = new URL(request.url);
  const ics = await renderCalendarFeed(token.replace(/\.ics$/, ""), new Date(), url.origin);
  if (ics === null)
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      "content-disposition": 'inline; filename="ngvh-2030.ics"',
    },
  });
}
