import { useTranslations } from "next-intl";

// Where a code means something more precise for one field than the shared sentence.
const FIELD_OVERRIDES: Record<string, string> = {
  "code.code_taken": "taskCodeTaken",
  "code.invalid_code": "taskInvalidCode",
};

// Validation codes → sentences in the user's language; unknown codes fall back to "invalid value".
export function useFieldError(fieldErrors: Record<string, string[]> | undefined) {
  const tv = useTranslations("validation");
  const t = useTranslations("plans.validation");
  return (field: string): string | undefined => {
    const code = fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    const override = FIELD_OVERRIDES[`${field}.${code}`];
    if (override) return t(override);
    return tv.has(code) ? tv(code) : tv("invalid_value");
  };
}
