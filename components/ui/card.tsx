import type { ReactNode } from "react";

export function Card({
  children,
  className = "",
  id,
  as: Tag = "div",
}: {
  children: ReactNode;
  className?: string;
  id?: string;
  as?: "div" | "section" | "article" | "li";
}) {
  return (
    <Tag id={id} className={`card ${className}`}>
      {children}
    </Tag>
  );
}
