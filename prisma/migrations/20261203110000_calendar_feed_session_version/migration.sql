-- A calendar feed's secret URL ends with its owner's session version, like a personal API token: a password
-- change or reset, a forced sign-out or a deactivation ends it. Feeds made before this carry the owner's current
-- version.
ALTER TABLE "CalendarFeed" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 1;
UPDATE "CalendarFeed" f SET "sessionVersion" = u."sessionVersion" FROM "User" u WHERE u.id = f."userId";
