import { ValidationError } from "@/lib/domain/errors";
import { apiRoute, jsonCreated } from "@/lib/server/http/api";
import { problem } from "@/lib/server/http/problem";
import { readBodyBytes } from "@/lib/server/http/read-body";
import { describeImportErrors, importActivitiesFromSpreadsheet } from "@/lib/server/services/activity-import";
import { MAX_SPREADSHEET_BYTES } from "@/lib/server/spreadsheets/read-task-sheet";

// Imports activities led by the caller's organization from the activity Excel template (the request body is the
// .xlsx file itself). All or nothing: 201 with the number imported, or 422 with every refused cell (row, column,
// reason, value; a likely duplicate names the activity already recorded) and nothing saved.
export const POST = apiRoute(
  async ({ request, actor, locale }) => {
    const bytes = await readBodyBytes(request, MAX_SPREADSHEET_BYTES, "The spreadsheet is larger than 5 MB.");
    if (bytes.byteLength === 0) throw new ValidationError({ file: ["file_required"] });
    const result = await importActivitiesFromSpreadsheet(actor, bytes);
    if (result.status === "imported") return jsonCreated({ imported: result.count }, "/api/v1/activities");
    return problem(
      422,
      "spreadsheet_invalid",
      locale === "vi"
        ? "Bảng tính có ô không hợp lệ; chưa nhập hoạt động nào."
        : "The spreadsheet has invalid cells; no activity was imported.",
      { errors: describeImportErrors(result.errors, locale) },
    );
  },
  { bodyTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"] },
);
