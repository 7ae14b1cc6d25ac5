// The message namespaces client components read. Only these are sent to the browser with each page (the
// whole catalogue is ~120 KB of JSON in every page's HTML otherwise); server components read every message on
// the server. lib/i18n/client-namespaces.test.ts follows the imports of every "use client" file and fails when
// this list misses a namespace they use, or names one they no longer use.
export const CLIENT_MESSAGE_NAMESPACES = [
  "account",
  "activities",
  "admin",
  "auth",
  "common",
  "files.attachments",
  "files.import",
  "notifications",
  "organizations.kind",
  "plans",
  "reportingConfig.calendar",
  "reportingConfig.expectations",
  "reportingConfig.holidays",
  "reportingConfig.outbox",
  "reportingConfig.types",
  "reportingConfig.recipient",
  "reports",
  "ui.confirmDialog",
  "timeline.feeds",
  "unesco.advance",
  "unesco.confidence",
  "unesco.documents",
  "unesco.form",
  "unesco.programmes",
  "unesco.stages",
] as const;

export function isClientNamespace(namespace: string): boolean {
  return CLIENT_MESSAGE_NAMESPACES.some((ns) => namespace === ns || namespace.startsWith(`${ns}.`));
}

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

// The part of `messages` that client components need.
export function clientMessages(messages: Messages): Messages {
  const picked: Messages = {};
  for (const namespace of CLIENT_MESSAGE_NAMESPACES) pickPath(messages, picked, namespace.split("."));
  return picked;
}
