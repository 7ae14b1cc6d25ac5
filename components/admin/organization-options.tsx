import type { OrganizationKindValue } from "@/lib/schemas/organizations";
import { ORGANIZATION_KINDS } from "@/lib/schemas/organizations";

export type OrganizationOption = {
  id: string;
  code: string;
  kind: OrganizationKindValue;
  nameVi: string;
  nameEn: string | null;
  isActive: boolean;
};

// <option>s grouped by kind, in the order given (already sorted by name within a kind).
export function OrganizationOptions({
  options,
  kindLabel,
  inactiveLabel,
  excludeId,
  pick,
}: {
  options: readonly OrganizationOption[];
  kindLabel: (kind: OrganizationKindValue) => string;
  inactiveLabel: string;
  excludeId?: string;
  pick: (option: OrganizationOption) => string;
}) {
  return (
    <>
      {ORGANIZATION_KINDS.map((kind) => {
        const group = options.filter((option) => option.kind === kind && option.id !== excludeId);
        if (group.length === 0) return null;
        return (
          <optgroup key={kind} label={kindLabel(kind)}>
            {group.map((option) => (
              <option key={option.id} value={option.id}>
                {`${pick(option)} (${option.code})${option.isActive ? "" : ` — ${inactiveLabel}`}`}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
