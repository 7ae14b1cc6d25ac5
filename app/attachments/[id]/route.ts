import { openAttachment } from "@/lib/server/services/attachments";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// An attachment, for whoever may read its plan; 404 for anyone else. Served as a download with the type
// sniffed at upload, never the type the uploader's browser claimed.
export const GET = downloadRoute<{ id: string }>(async ({ user, params }) => {
  const file = await openAttachment(user, params.id);
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.mimeType });
});
