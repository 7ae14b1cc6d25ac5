// The message namespaces client components read, per part of the site. Only these are sent to the browser with
// each page (the whole catalogue is ~120 KB of JSON in every page's HTML otherwise; all sections together ~70 KB);
// server components read every message on the server. The root layout sends the global namespaces, which the
// header, the footer and the error pages use; a section's layout (app/<section>/layout.tsx through
// components/layout/section-messages.tsx) sends the global ones and its own, so the overview page carries none of
// the plan or report forms' texts. lib/i18n/client-namespaces.test.ts follows the imports from each section's
// files into client code and fails when a section's list misses a namespace its client code reads, or names one
// it no longer reads.
export const GLOBAL_CLIENT_NAMESPACES = ["common"] as const;

export const SECTION_CLIENT_NAMESPACES = {
  account: ["account"],
  activities: ["activities"],
  admin: [
    "account",
    "admin",
    "reportingConfig.calendar",
    "reportingConfig.expectations",
    "reportingConfig.holidays",
    "reportingConfig.outbox",
    "reportingConfig.recipient",
    "reportingConfig.types",
    "ui.confirmDialog",
  ],
  notifications: ["notifications"],
  plans: ["files.attachments", "files.import", "organizations.kind", "plans", "ui.confirmDialog"],
  reports: ["activities.annex", "plans.taskStatus", "reports"],
  signin: ["auth"],
  tasks: ["organizations.kind", "plans", "ui.confirmDialog"],
  timeline: ["timeline.feeds"],
  unesco: [
    "admin.form",
    "files.attachments",
    "unesco.advance",
    "unesco.confidence",
    "unesco.documents",
    "unesco.form",
    "unesco.programmes",
    "unesco.stages",
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClientSection = keyof typeof SECTION_CLIENT_NAMESPACES;

type Messages = Record<string, unknown>;

function pickPath(source: Messages, target: Messages, keys: string[]): void {
  const [head, ...rest] = keys;
  if (head === undefined || !(head in source)) return;
  if (rest.length === 0) {
    target[head] = source[head];
    return;
  }
  const child = source[head];
  if (typeof child !== "object" || child === null) return;
  const into = (target[head] ??= {}) as Messages;
  pickPath(child as Messages, into, rest);
}

// The part of `messages` that client components need: the global namespaces, and a section's own when given.
export function clientMessages(messages: Messages, section?: ClientSection): Messages {
  const picked: Messages = {};
  const namespaces: readonly string[] = [...GLOBAL_CLIENT_NAMESPACES, ...(section ? SECTION_CLIENT_NAMESPACES[section] : [])];
  for (const namespace of namespaces) pickPath(messages, picked, namespace.split("."));
  return picked;
}
