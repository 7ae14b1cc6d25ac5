import Link from "next/link";
import type { ComponentProps } from "react";

// The portal's text link: blue and underlined (recognisable without its colour), the brand colour on hover.
// `linkClass` is for plain <a> elements (downloads, external sources) that must not go through the router.
export const linkClass = "text-cb-blue underline underline-offset-2 hover:text-brand";

export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={className ? `${linkClass} ${className}` : linkClass} />;
}
