import type { FailureOptions } from "@/lib/server/action";

// The service names list items by index (`sourceUrls.2`, `supporterIds.0`); the form marks the whole control.
export const DOSSIER_FORM_FAILURES: FailureOptions = {
  errors: "unesco.errors",
  messages: { conflict: "unesco.errors.conflict" },
  fieldNames: (fieldErrors) => {
    const mapped: Record<string, string[]> = {};
    for (const [key, codes] of Object.entries(fieldErrors)) {
      const field = key.split(".")[0] ?? key;
      mapped[field] = [...(mapped[field] ?? []), ...codes];
    }
    return mapped;
  },
};
