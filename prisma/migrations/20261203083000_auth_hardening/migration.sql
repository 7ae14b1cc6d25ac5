-- Sign-in lockout per account as well as per typed address, and purging of old attempts.
ALTER TABLE "LoginAttempt" ADD COLUMN "userId" TEXT;
CREATE INDEX "LoginAttempt_userId_createdAt_idx" ON "LoginAttempt"("userId", "createdAt");
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");

-- Personal API tokens end with the owner's session version. Existing tokens keep working until it moves on.
ALTER TABLE "ApiToken" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 1;
UPDATE "ApiToken" t SET "sessionVersion" = u."sessionVersion" FROM "User" u WHERE u.id = t."userId";

-- Server-side sessions: signing out ends one; expiresAt is the absolute lifetime.
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rate-limit counters are worth nothing after a crash: no write-ahead log for them (cheaper per request).
ALTER TABLE "RateLimitBucket" SET UNLOGGED;
