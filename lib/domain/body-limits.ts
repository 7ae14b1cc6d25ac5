// How large a request body the portal accepts where Next.js reads it (server actions on pages). Attachments are
// the largest forms: a 20 MB file (services/attachments MAX_ATTACHMENT_BYTES) plus the multipart framing and the
// form's other fields, far below one more megabyte.
export const SERVER_ACTION_BODY_LIMIT_BYTES = 21 * 1024 * 1024;

// Over-limit action bodies are refused before Next.js reads them, because Next answers its own limit with a 500
// (action-handler: "TODO: … respond with a 413"), and a body it cut short (proxyClientMaxBodySize) with a
// parsing error. Browsers always send a Content-Length with a form; only a hand-made client streams one without.
export function bodyLimitRefusal(
  method: string,
  headers: { get(name: string): string | null },
  limit = SERVER_ACTION_BODY_LIMIT_BYTES,
): 411 | 413 | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const length = headers.get("content-length");
  if (length === null) return headers.get("transfer-encoding") ? 411 : null;
  const bytes = Number(length);
  return !Number.isFinite(bytes) || bytes > limit ? 413 : null;
}
