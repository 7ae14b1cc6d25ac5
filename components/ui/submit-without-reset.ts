import { startTransition, type FormEvent } from "react";

// React resets a form after its action runs, and a <select> does not take a changed defaultValue back: submitting
// from here instead keeps every control exactly as the user left it. Without JavaScript the form posts natively
// and the server renders it again from the returned `values`.
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => formAction(formData));
  };
}
