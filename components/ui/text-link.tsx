import Link from "next/link";
import type { ComponentProps } from "react";

// The portal's text link: blue and underlined (recognisable without its colour), the brand colour on hover.
// `linkClass` is for plain <a> elements (downloads, external sources) that must not go through the router.
// One class (app/globals.css) rather than four utilities: links repeat in long lists, sent twice per page.
export const linkClass = "text-link";

export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={className ? `${linkClass} ${className}` : linkClass} />;
}
