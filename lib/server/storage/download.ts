import "server-only";
import { cookies } from "next/headers";
import { contentDisposition } from "@/lib/domain/file-names";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { getSessionUser, type SessionUser } from "../auth/session";
import { problemFromError } from "../http/problem";

// Files handed to the browser: always a download (never rendered in the portal's origin), never sniffed into
// another type, never cached by shared caches.
export function fileResponse(bytes: Uint8Array, options: { fileName: string; contentType: string }): Response {
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    status: 200,
    headers: {
      "Content-Type": options.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(options.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      // Should a browser display it anyway, it runs nothing and loads nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

// A same-origin redirect by path: the request URL's scheme comes from X-Forwarded-Proto, which a client can
// set to anything (`javascript`), so it is never used to build the Location.
function redirectTo(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export type DownloadContext<P> = { request: Request; user: SessionUser; params: P; locale: Locale };

// Wraps a download route handler for signed-in users (a link clicked while signed out leads to the sign-in page
// and back); expected failures become problem+json with their status (404 for others' resources).
export function downloadRoute<P>(handler: (ctx: DownloadContext<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    try {
      const user = await getSessionUser();
      if (!user) return redirectTo(`/signin?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}`);
      if (user.mustChangePassword) return redirectTo("/account/password");
      return await handler({ request, user, params: await context.params, locale });
    } catch (error) {
      return problemFromError(error, locale);
    }
  };
}
