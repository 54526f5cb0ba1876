"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { FormState } from "@/lib/actions/form-state";

/** After a successful save, render the page again on the server, so the list beside the form shows it. */
export function useRefreshAfterSave(state: FormState) {
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
}
