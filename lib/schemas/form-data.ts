// A text field of a submitted form: its text, or "" when the field is absent or carries a file.
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
