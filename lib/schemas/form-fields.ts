// How a server action reads its form (lib/server/action.ts): every control as the browser sent it, bounded in
// length and count before anything else looks at it. The services validate the content with their own schemas
// (lib/schemas/*), after loading and authorizing what the input is about.
import { z } from "zod";

// A text control's value. Absent controls are read as "" (an unticked checkbox, a disabled select).
export const formText = (max: number) => z.string({ error: "invalid_type" }).max(max, { error: "too_long" });

// An id from a hidden field (cuid, or a code).
export const formId = formText(64);

// A multi-valued control (checkbox list): at most `maxItems` values of at most `maxLength` characters.
export const formList = (maxItems: number, maxLength: number) => z.array(formText(maxLength)).max(maxItems, { error: "too_long" });

// An uploaded file; an empty file input sends an empty File, which is no file.
export const formFile = (maxBytes: number, tooLargeCode: string) =>
  z
    .instanceof(File, { error: "file_required" })
    .refine((file) => file.size > 0, { error: "file_required" })
    .refine((file) => file.size <= maxBytes, { error: tooLargeCode });

// Forms whose field names carry ids (`section:<name>`, `task:<id>:progress`, `reason:task:<id>`): every text
// control by name, at most `maxFields` of them.
export const formEntries = (maxFields: number, maxValue: number) =>
  z.record(formText(200), formText(maxValue)).refine((entries) => Object.keys(entries).length <= maxFields, { error: "too_long" });
