"use client";
// A sortable header's button when the sort lives in the URL (a server-side table): it
// replaces the address, so the server renders the sorted page; the header keeps aria-sort.
import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";

export function SortButton({
  href,
  className,
  children,
}: {
  href: string;
  className: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      aria-busy={pending || undefined}
      onClick={() => startTransition(() => router.replace(href, { scroll: false }))}
      className={className}
    >
      {children}
    </button>
  );
}
