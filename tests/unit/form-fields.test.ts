// The field components replace hand-written FormField blocks in the forms: they must render the very same markup
// (label, required marker, hint and error tied by aria-describedby, the value kept after a refusal).
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DatedEntryFields } from "@/components/reporting-config/dated-entry-fields";
import { DateField, FormField, inputClass, SelectField, TextAreaField, TextField, type FieldA11y } from "@/components/ui/form-field";

// Attribute order is not part of what a browser sees: compare tags with their attributes sorted.
const normalize = (html: string) =>
  html.replace(/<([a-z]+)((?:\s[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g, (_tag, name: string, attributes: string, slash: string) => {
    const sorted = (attributes.match(/\s[^\s=>]+(?:="[^"]*")?/g) ?? []).map((a) => a.trim()).sort();
    return `<${[name, ...sorted].join(" ")}${slash}>`;
  });
const render = (element: ReactElement) => normalize(renderToStaticMarkup(element));

const field = { id: "f", label: "Nguồn kinh phí", hint: "Chọn trong danh sách", error: "Giá trị không hợp lệ", requiredLabel: "bắt buộc" };
const OPTIONS = [
  { value: "STATE_BUDGET", label: "Ngân sách nhà nước" },
  { value: "FOREIGN", label: "Tài trợ nước ngoài" },
];

describe("SelectField", () => {
  const select = (props: Partial<Parameters<typeof SelectField>[0]> = {}) =>
    createElement(SelectField, { ...field, name: "fundingSource", isRequired: true, defaultValue: "FOREIGN", options: OPTIONS, ...props });

  it("renders what the hand-written FormField and select rendered", () => {
    // FormField's props type requires `children`, which createElement's third argument does not satisfy.
    // eslint-disable-next-line react/no-children-prop -- the props object is the only way to pass it here
    const byHand = createElement(FormField, {
      ...field,
      isRequired: true,
      children: (a11y: FieldA11y) =>
        createElement(
          "select",
          { ...a11y, name: "fundingSource", required: true, defaultValue: "FOREIGN", className: inputClass },
          createElement("option", { value: "" }, "—"),
          ...OPTIONS.map((o) => createElement("option", { key: o.value, value: o.value }, o.label)),
        ),
    });
    expect(render(select({ children: createElement("option", { value: "" }, "—") }))).toBe(render(byHand));
  });

  it("ties the label, the hint and the error to the control and keeps the chosen value", () => {
    const html = renderToStaticMarkup(select());
    expect(html).toContain('<label for="f"');
    expect(html).toMatch(/Nguồn kinh phí<span[^>]*aria-hidden="true">\*<\/span><span class="sr-only"> \(bắt buộc\)<\/span><\/label>/);
    expect(html).toMatch(/<select id="f" aria-invalid="true" aria-describedby="f-hint f-error"[^>]* required=""/);
    expect(html).toContain('<p id="f-hint"');
    expect(html).toContain('<p id="f-error"');
    expect(html).toContain('<option value="FOREIGN" selected="">Tài trợ nước ngoài</option>');
    expect(html).not.toContain('<option value="STATE_BUDGET" selected');
  });

  it("is neither required nor invalid unless told", () => {
    const html = renderToStaticMarkup(select({ isRequired: false, error: undefined, hint: undefined }));
    expect(html).not.toContain("required");
    expect(html).not.toContain("aria-describedby");
    expect(html).toContain('aria-invalid="false"');
    expect(html).not.toContain("*");
  });
});

describe("TextField, DateField and TextAreaField", () => {
  it("TextField renders what it rendered before the field components shared their props", () => {
    const input = { name: "code", maxLength: 30, defaultValue: "NV01", inputMode: "numeric" as const };
    // FormField's props type requires `children`, which createElement's third argument does not satisfy.
    // eslint-disable-next-line react/no-children-prop -- the props object is the only way to pass it here
    const byHand = createElement(FormField, {
      ...field,
      isRequired: true,
      children: (a11y: FieldA11y) =>
        createElement("input", { ...a11y, autoComplete: "off", ...input, required: true, className: inputClass }),
    });
    expect(render(createElement(TextField, { ...field, ...input, isRequired: true }))).toBe(render(byHand));
    expect(renderToStaticMarkup(createElement(TextField, { ...field, ...input, className: "w-24" }))).toContain(
      `class="${inputClass} w-24"`,
    );
  });

  it("DateField is the TextField of a dd/mm/yyyy date", () => {
    const props = { ...field, name: "date", isRequired: true, defaultValue: "31/02/2027" };
    expect(render(createElement(DateField, props))).toBe(
      render(createElement(TextField, { ...props, inputMode: "numeric", placeholder: "dd/mm/yyyy", maxLength: 10 })),
    );
    expect(renderToStaticMarkup(createElement(DateField, props))).toContain('value="31/02/2027"');
  });

  it("TextAreaField renders what the hand-written FormField and textarea rendered", () => {
    const textarea = { name: "titleVi", lang: "vi", rows: 2, maxLength: 500, defaultValue: "Tên <cũ>" };
    // FormField's props type requires `children`, which createElement's third argument does not satisfy.
    // eslint-disable-next-line react/no-children-prop -- the props object is the only way to pass it here
    const byHand = createElement(FormField, {
      ...field,
      isRequired: true,
      children: (a11y: FieldA11y) => createElement("textarea", { ...a11y, ...textarea, required: true, className: inputClass }),
    });
    expect(render(createElement(TextAreaField, { ...field, ...textarea, isRequired: true }))).toBe(render(byHand));
  });
});

describe("DatedEntryFields", () => {
  it("shows the date and the name as typed, with their errors, and the form's own field between them", () => {
    const html = renderToStaticMarkup(
      createElement(DatedEntryFields, {
        ids: { date: "holiday-date", name: "holiday-name-vi" },
        labels: { date: "Ngày", dateHint: "dd/mm/yyyy", name: "Tên gọi" },
        state: { status: "error", values: { date: "32/01/2027", nameVi: "Tết" }, fieldErrors: { date: ["Ngày không hợp lệ"] } },
        requiredLabel: "bắt buộc",
        afterDate: createElement("span", { id: "between" }),
      }),
    );
    expect(html).toMatch(/<input id="holiday-date" aria-invalid="true" aria-describedby="holiday-date-hint holiday-date-error"/);
    expect(html).toContain('value="32/01/2027"');
    expect(html).toContain("Ngày không hợp lệ");
    const name = /<input id="holiday-name-vi"[^>]*>/.exec(html)![0];
    for (const attribute of ['aria-invalid="false"', 'name="nameVi"', 'value="Tết"', 'required=""', 'lang="vi"', 'maxLength="200"'])
      expect(name).toContain(attribute);
    expect(html.indexOf('id="holiday-date"')).toBeLessThan(html.indexOf('id="between"'));
    expect(html.indexOf('id="between"')).toBeLessThan(html.indexOf('id="holiday-name-vi"'));
  });
});
