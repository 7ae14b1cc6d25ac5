import type { FormAction } from "@/lib/schemas/action-state";

// An attachment as the plan page lists it (the plan detail query's shape) and what the upload and delete
// actions return to their forms; messages are already in the user's language.
export type AttachmentItem = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
  isOfficialRecord?: boolean;
};

export type AttachmentAction = FormAction;
