// The UNESCO-titles indicators' observations, rewritten from the pipeline's inscribed dossiers
// (lib/domain/unesco-pipeline.ts: deriveUnescoObservations) in the transaction that changed them. Used by the
// dossier services and by the seed (prisma/seed/reference.ts), so it does not import `server-only` (the seed runs
// outside Next.js); it is server code all the same.
import type { Prisma } from "../generated/prisma/client";
import { deriveUnescoObservations, UNESCO_CATEGORY_INDICATORS, UNESCO_TOTAL_INDICATOR } from "../domain/unesco-pipeline";

type Client = Prisma.TransactionClient;

export const DERIVED_TITLES_NOTE =
  "Tính từ các hồ sơ ở giai đoạn Được ghi danh trong quy trình đề cử UNESCO của cổng, theo năm ghi danh; nguồn là nguồn của các hồ sơ được ghi danh trong năm.";

const CATEGORY_CODES = Object.values(UNESCO_CATEGORY_INDICATORS);

export async function syncUnescoTitleObservations(tx: Client): Promise<void> {
  // Writers take turns: national observations have no organization, and NULLs never collide in a unique index.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('portal:unesco-titles'))`;
  const indicators = await tx.indicator.findMany({
    where: { code: { in: [...CATEGORY_CODES, UNESCO_TOTAL_INDICATOR] } },
    select: { id: true, code: true },
  });
  const idByCode = new Map(indicators.map((i) => [i.code, i.id]));
  const totalId = idByCode.get(UNESCO_TOTAL_INDICATOR);
  const [dossiers, published] = await Promise.all([
    tx.unescoDossier.findMany({
      where: { stage: "INSCRIBED" },
      select: { programme: true, stage: true, inscribedYear: true, isExtension: true, sourceUrls: true, confidence: true },
    }),
    totalId
      ? tx.indicatorObservation.findFirst({
          where: { indicatorId: totalId, organizationId: null, isDerived: false },
          orderBy: { year: "desc" },
          select: { year: true, value: true },
        })
      : null,
  ]);
  const observations = deriveUnescoObservations(dossiers, published ? { year: published.year, total: published.value.toNumber() } : null);
  const categoryIds = CATEGORY_CODES.flatMap((code) => idByCode.get(code) ?? []);
  await tx.indicatorObservation.deleteMany({
    where: {
      organizationId: null,
      OR: [{ indicatorId: { in: categoryIds } }, ...(totalId ? [{ indicatorId: totalId, isDerived: true }] : [])],
    },
  });
  await tx.indicatorObservation.createMany({
    data: observations.flatMap((o) => {
      const indicatorId = idByCode.get(o.code);
      if (!indicatorId) return [];
      return [
        {
          indicatorId,
          year: o.year,
          value: o.value,
          asOfDate: null,
          sourceUrls: o.sourceUrls,
          sourceNote: DERIVED_TITLES_NOTE,
          confidence: o.confidence,
          isDerived: true,
        },
      ];
    }),
  });
}
