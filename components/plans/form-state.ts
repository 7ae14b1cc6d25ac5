// The review form's per-task comment boxes are named `taskComment:<taskId>`.
export const TASK_COMMENT_PREFIX = "taskComment:";
