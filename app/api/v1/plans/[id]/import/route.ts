import { ValidationError } from "@/lib/domain/errors";
import { translateValidationCode } from "@/lib/i18n/validation";
import { apiRoute, jsonCreated } from "@/lib/server/http/api";
import { problem } from "@/lib/server/http/problem";
import { readBodyBytes } from "@/lib/server/http/read-body";
import { importTasksFromSpreadsheet } from "@/lib/server/services/plan-import";
import { MAX_SPREADSHEET_BYTES } from "@/lib/server/spreadsheets/read-task-sheet";

// Imports tasks from the plan's Excel template (the request body is the .xlsx file itself). All or nothing:
// 201 with the number of tasks added, or 422 with every refused cell (row, column, reason) and nothing saved.
export const POST = apiRoute<{ id: string }>(
  async ({ request, actor, params, locale }) => {
    const bytes = await readBodyBytes(request, MAX_SPREADSHEET_BYTES, "The spreadsheet is larger than 5 MB.");
    if (bytes.byteLength === 0) throw new ValidationError({ file: ["file_required"] });
    const result = await importTasksFromSpreadsheet(actor, params.id, bytes);
    if (result.status === "imported") return jsonCreated({ imported: result.count }, `/api/v1/plans/${params.id}/tasks`);
    return problem(
      422,
      "spreadsheet_invalid",
      locale === "vi" ? "Bảng tính có ô không hợp lệ; chưa nhập nhiệm vụ nào." : "The spreadsheet has invalid cells; no task was imported.",
      {
        errors: result.errors.map((e) => ({
          row: e.row,
          column: e.column,
          reason: translateValidationCode(e.code, locale),
          value: e.value,
        })),
      },
    );
  },
  { bodyTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"] },
);
