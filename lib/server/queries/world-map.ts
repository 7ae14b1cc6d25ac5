import "server-only";
import { readableOrganizations } from "@/lib/domain/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorldMapQuery } from "@/lib/schemas/world-map";
import type { Actor, SessionUser } from "../auth/session";
import { cachedRollup } from "../cache/rollup-cache";
import { db } from "../db";
import { authorize } from "../guards";

export type CountryCount = { countryCode: string; count: number };

// Activities (not cancelled) per country for the caller's visible rows, served from the roll-up cache: the key
// names the caller's scope and the filters, and the data version invalidates it on any write.
export async function countActivitiesByCountry(viewer: Actor | SessionUser, query: WorldMapQuery): Promise<CountryCount[]> {
  authorize(viewer, "activity:read");
  const user = "user" in viewer ? viewer.user : viewer;
  const scope = readableOrganizations(user, "activity:read");
  const where: Prisma.ActivityWhereInput = {
    status: { not: "CANCELLED" },
    ...(scope
      ? { OR: [{ leadOrganizationId: { in: [...scope] } }, { coOrganizers: { some: { organizationId: { in: [...scope] } } } }] }
      : {}),
    AND: [
      query.year ? { startDate: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } } : {},
      query.kind ? { kind: query.kind } : {},
      query.taskGroup ? { taskGroups: { some: { code: query.taskGroup.toUpperCase() } } } : {},
      query.organizationId
        ? { OR: [{ leadOrganizationId: query.organizationId }, { coOrganizers: { some: { organizationId: query.organizationId } } }] }
        : {},
    ],
  };
  const key = `world-map:${scope ? [...scope].sort().join(",") : "all"}:${query.year ?? ""}:${query.kind ?? ""}:${query.taskGroup ?? ""}:${query.organizationId ?? ""}`;
  return cachedRollup(key, async () => {
    const rows = await db.activity.groupBy({ by: ["countryCode"], where, _count: { _all: true } });
    return rows
      .map((r) => ({ countryCode: r.countryCode.toUpperCase(), count: r._count._all }))
      .sort((a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode));
  });
}

export type MissionDto = { id: string; code: string; nameVi: string; nameEn: string | null; isResident: boolean };
export type CountryMissions = { countryCode: string; missions: MissionDto[] };

// Vietnam's representative missions by the countries they serve: resident in the host country, and accredited
// to others from there. Organizations move the reporting data version, so the cache follows their changes.
export async function listMissionsByCountry(viewer: Actor | SessionUser): Promise<CountryMissions[]> {
  authorize(viewer, "activity:read");
  return cachedRollup(
    "missions-by-country",
    async () => {
      const rows = await db.organization.findMany({
        where: { kind: "REPRESENTATIVE_MISSION", isActive: true, hostCountryCode: { not: null } },
        select: { id: true, code: true, nameVi: true, nameEn: true, hostCountryCode: true, accreditedCountryCodes: true },
        orderBy: { code: "asc" },
      });
      const byCountry = new Map<string, MissionDto[]>();
      const add = (code: string, mission: MissionDto) => {
        const list = byCountry.get(code) ?? [];
        if (!list.some((m) => m.id === mission.id)) list.push(mission);
        byCountry.set(code, list);
      };
      for (const { hostCountryCode, accreditedCountryCodes, ...mission } of rows) {
        if (hostCountryCode) add(hostCountryCode.toUpperCase(), { ...mission, isResident: true });
        for (const code of accreditedCountryCodes) add(code.toUpperCase(), { ...mission, isResident: false });
      }
      return [...byCountry]
        .map(([countryCode, missions]) => ({ countryCode, missions: missions.sort((a, b) => Number(b.isResident) - Number(a.isResident)) }))
        .sort((a, b) => a.countryCode.localeCompare(b.countryCode));
    },
    "reporting",
  );
}
