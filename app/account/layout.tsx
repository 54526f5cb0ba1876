import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
    </>
  );
}
