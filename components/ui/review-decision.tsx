import { FieldErrorText, FormField, inputClass, primaryButtonClass } from "./form-field";

export type ReviewDecisionOption = { value: string; label: string; hint: string; symbol: string };

// The reviewer's decision, last in a review form: a general comment, one required choice (each with a symbol, so
// it is not told apart by colour or position alone, and a hint), and the submit button.
export function ReviewDecisionSection({
  heading,
  commentLabel,
  commentHint,
  commentValue,
  commentError,
  legend,
  options,
  decision,
  decisionError,
  submitLabel,
  pendingLabel,
  isPending,
  submitTestId,
}: {
  heading: string;
  commentLabel: string;
  commentHint: string;
  commentValue: string;
  commentError?: string;
  legend: string;
  options: ReviewDecisionOption[];
  decision: string;
  decisionError?: string;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  submitTestId: string;
}) {
  return (
    <section
      aria-labelledby="review-decision-heading"
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="review-decision-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      <FormField id="review-comment" label={commentLabel} error={commentError} hint={commentHint}>
        {(a11y) => (
          <textarea {...a11y} name="comment" lang="vi" rows={4} maxLength={5000} defaultValue={commentValue} className={inputClass} />
        )}
      </FormField>
      <fieldset aria-describedby={decisionError ? "review-decision-error" : undefined} className="space-y-2">
        <legend className="font-medium">
          {legend}
          <span className="ml-1 text-red-800" aria-hidden="true">
            *
          </span>
        </legend>
        {options.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              id={`decision-${option.value}`}
              type="radio"
              name="decision"
              value={option.value}
              required
              defaultChecked={decision === option.value}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`decision-${option.value}`}>
              <span className="font-medium">
                <span aria-hidden="true">{option.symbol} </span>
                {option.label}
              </span>
              <span className="block text-sm text-slate-700">{option.hint}</span>
            </label>
          </div>
        ))}
        <FieldErrorText id="review-decision-error" error={decisionError} />
      </fieldset>
      <button type="submit" disabled={isPending} className={primaryButtonClass} data-testid={submitTestId}>
        {isPending ? pendingLabel : submitLabel}
      </button>
    </section>
  );
}

// A reviewer's note on one part of the document (a section, a task). In a table cell the label is for screen
// readers only, the row saying which task it is.
export function ReviewNoteBox({
  id,
  name,
  label,
  isLabelVisible = false,
  defaultValue,
  error,
}: {
  id: string;
  name: string;
  label: string;
  isLabelVisible?: boolean;
  defaultValue: string;
  error?: string;
}) {
  const box = (
    <>
      <label htmlFor={id} className={isLabelVisible ? "block text-sm font-medium text-slate-800" : "sr-only"}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        lang="vi"
        rows={2}
        maxLength={2000}
        defaultValue={defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${inputClass} text-sm`}
      />
      <FieldErrorText id={`${id}-error`} error={error} />
    </>
  );
  return isLabelVisible ? <div className="space-y-1">{box}</div> : box;
}
