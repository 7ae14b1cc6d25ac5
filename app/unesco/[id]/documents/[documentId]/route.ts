import { openUnescoDocument } from "@/lib/server/services/unesco-dossiers";
import { downloadRoute, fileResponse } from "@/lib/server/storage/download";

// A dossier's file, for whoever may read the dossier (404 otherwise); always a download.
export const GET = downloadRoute<{ id: string; documentId: string }>(async ({ user, params }) => {
  const file = await openUnescoDocument(user, params.id.slice(0, 64), params.documentId.slice(0, 64));
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.mimeType });
});
