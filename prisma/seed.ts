// Fills the database: the real facts of the Strategy always, the illustrative demo data only when
// DEMO_MODE is "true". Run as `tsx prisma/seed.ts` (see `npm run db:seed`); safe to run again.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "./seed/demo";
import { seedDemoActivities } from "./seed/demo-activities";
import { seedReference } from "./seed/reference";
import { countSeededRows, formatSeedSummary } from "./seed/summary";

function readSettings() {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  // Never fall back to pg's default localhost:5432, which may be somebody else's database.
  if (!databaseUrl) throw new Error("DATABASE_URL is not set; run the seed through `npm run db:seed`.");
  const demoMode = (process.env.DEMO_MODE ?? "false").trim().toLowerCase();
  if (!["true", "false", "1", "0", ""].includes(demoMode)) {
    throw new Error(`DEMO_MODE must be "true" or "false", not "${process.env.DEMO_MODE}"`);
  }
  return { databaseUrl, isDemoMode: demoMode === "true" || demoMode === "1" };
}

async function main(): Promise<void> {
  const { databaseUrl, isDemoMode } = readSettings();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    await seedReference(prisma);
    if (isDemoMode) {
      await seedDemo(prisma);
      await seedDemoActivities(prisma);
    }
    console.log(`Seeded (${isDemoMode ? "with" : "without"} demo data): ${formatSeedSummary(await countSeededRows(prisma))}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seed failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
