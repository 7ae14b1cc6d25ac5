import { downloadRoute, fileResponse } from "@/lib/server/storage/download";
import { openActivityEvidence } from "@/lib/server/services/activities";

// An evidence file, for whoever may read the activity (404 otherwise); always a download.
export const GET = downloadRoute<{ id: string; evidenceId: string }>(async ({ user, params }) => {
  const file = await openActivityEvidence(user, params.evidenceId);
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.mimeType });
});
