-- The summary's breakthrough list reads the few breakthrough tasks in force, not every task.
-- CreateIndex
CREATE INDEX "RollupTask_isBreakthrough_idx" ON "RollupTask"("isBreakthrough");
