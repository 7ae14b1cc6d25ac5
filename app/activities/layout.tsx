import type { ReactNode } from "react";
import { SectionMessages } from "@/components/layout/section-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <SectionMessages section="activities">{children}</SectionMessages>;
}
