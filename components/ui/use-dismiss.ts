"use client";
import { type RefObject, useEffect, useRef } from "react";

/**
 * Closes a menu or disclosure from outside it: Escape (`byEscape`: put focus back on the
 * control that opened it) or a pointer pressed anywhere outside `root`. Listens only while
 * `listening` is true.
 */
export function useDismiss(
  root: RefObject<HTMLElement | null>,
  onDismiss: (byEscape: boolean) => void,
  listening = true,
) {
  const latest = useRef(onDismiss);
  latest.current = onDismiss;
  useEffect(() => {
    if (!listening) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") latest.current(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) latest.current(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [root, listening]);
}
