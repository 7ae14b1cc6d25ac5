import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Cell, DataTable, HeaderCell } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";

export type OutboxMessageView = {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
};

export function OutboxTable({ messages, caption }: { messages: OutboxMessageView[]; caption: string }) {
  const t = useTranslations("reportingConfig.outbox");
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <HeaderCell>{t("createdAt")}</HeaderCell>
          <HeaderCell>{t("to")}</HeaderCell>
          <HeaderCell className="min-w-96">{t("subject")}</HeaderCell>
          <HeaderCell>{t("status")}</HeaderCell>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id} data-testid="outbox-row">
            <th scope="row" className="whitespace-nowrap border-b border-slate-100 px-3 py-2 align-top font-medium text-slate-900">
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </th>
            <Cell className="break-all">{message.toAddress}</Cell>
            <Cell>
              <span className="font-medium">{message.subject}</span>
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-cb-blue underline underline-offset-2">
                  {t("showBody")}
                  <span className="sr-only">: {message.subject}</span>
                </summary>
                <pre className="mt-2 max-w-3xl whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-sans text-sm text-slate-900">
                  {message.body}
                </pre>
              </details>
            </Cell>
            <Cell>
              {message.sentAt ? (
                <Badge tone="info">{t("sentAt", { at: formatDateTime(message.sentAt) })}</Badge>
              ) : message.error ? (
                <span className="text-sm text-red-900">{t("failed", { error: message.error })}</span>
              ) : (
                <Badge>{t("pending")}</Badge>
              )}
            </Cell>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
