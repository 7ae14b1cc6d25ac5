import type { ReactNode } from "react";
import { DateField, TextField } from "@/components/ui/form-field";
import { useFieldError } from "@/components/ui/use-field-error";
import { textValue, type ActionState } from "@/lib/schemas/action-state";

// The date and the Vietnamese name that every dated entry of the working calendar has (a public holiday, a day swap
// or extra day off), both required, as the fields `date` and `nameVi`; each form brings its own ids and words, and
// `afterDate` puts a field of its own between the two. What was typed comes back after a refusal.
export function DatedEntryFields({
  ids,
  labels,
  state,
  requiredLabel,
  afterDate,
}: {
  ids: { date: string; name: string };
  labels: { date: string; dateHint: string; name: string };
  state: ActionState;
  requiredLabel: string;
  afterDate?: ReactNode;
}) {
  const error = useFieldError(state.fieldErrors);
  return (
    <>
      <DateField
        id={ids.date}
        name="date"
        label={labels.date}
        hint={labels.dateHint}
        error={error("date")}
        isRequired
        requiredLabel={requiredLabel}
        defaultValue={textValue(state.values, "date")}
      />
      {afterDate}
      <TextField
        id={ids.name}
        name="nameVi"
        label={labels.name}
        error={error("nameVi")}
        isRequired
        requiredLabel={requiredLabel}
        lang="vi"
        maxLength={200}
        defaultValue={textValue(state.values, "nameVi")}
      />
    </>
  );
}
