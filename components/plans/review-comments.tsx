import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";

export type ReviewCommentView = {
  id: string;
  body: string;
  createdAt: string;
  submissionNumber?: number | null;
  authorName?: string | null;
};

// The Steering Committee's comments, newest first.
export function ReviewComments({ comments, emptyText }: { comments: ReviewCommentView[]; emptyText: string }) {
  const t = useTranslations("plans.review");
  if (comments.length === 0) return <p className="text-sm text-slate-700">{emptyText}</p>;
  const newestFirst = [...comments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ol className="space-y-3" data-testid="review-comments">
      {newestFirst.map((comment) => (
        <li key={comment.id} className="rounded border-l-4 border-cb-orange bg-white p-3 shadow-sm">
          <p className="whitespace-pre-line text-slate-900">{comment.body}</p>
          <p className="mt-1 text-xs text-slate-700">
            {[
              comment.authorName,
              comment.submissionNumber ? t("submissionShort", { number: comment.submissionNumber }) : null,
              formatDateTime(comment.createdAt),
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
