import type { ReactNode } from "react";

/** A download, not a page: a plain link (no client-side navigation) so the browser saves the file. */
export function DownloadLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} download className="inline-block text-sm font-medium underline">
      {children}
    </a>
  );
}
