// Task statuses in the order the stacked charts draw them, with Okabe–Ito colours (app/globals.css); shared
// by the server-rendered legend and the lazily loaded plot.
export const TASK_STATUS_ORDER = ["COMPLETED", "IN_PROGRESS", "NOT_STARTED", "DELAYED", "CANCELLED"] as const;
export type TaskStatusKey = (typeof TASK_STATUS_ORDER)[number];

export const TASK_STATUS_COLOURS: Record<TaskStatusKey, string> = {
  COMPLETED: "#009e73",
  IN_PROGRESS: "#0072b2",
  NOT_STARTED: "#f0e442",
  DELAYED: "#d55e00",
  CANCELLED: "#cc79a7",
};

export type StatusStackRow = { label: string } & Record<TaskStatusKey, number>;
