-- CreateIndex
CREATE INDEX "PlanTask_dueDate_idx" ON "PlanTask"("dueDate");

-- CreateIndex
CREATE INDEX "ReportTaskRow_taskId_idx" ON "ReportTaskRow"("taskId");
