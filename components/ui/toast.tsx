"use client";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from "react";
import { CLOSE_PATH, Icon } from "./icon";

export interface ToastOptions {
  /**
   * false: a visual echo of a message that is already announced elsewhere (FormMessage's
   * inline status), so screen readers do not hear it twice. It ignores the pointer and
   * never covers a control; Escape or the timer removes it.
   */
  announce?: boolean;
}
type ShowToast = (message: string, options?: ToastOptions) => void;
interface ToastItem {
  id: number;
  message: string;
  announce: boolean;
  /** Bumped when the same message is shown again, to restart its timer. */
  shownAt: number;
}

const ToastContext = createContext<ShowToast>(() => {});
const MAX_TOASTS = 3;

/** Long enough to read: five seconds plus a reading pace of about 15 characters a second. */
export function toastDuration(message: string): number {
  return 5_000 + Math.ceil(message.length / 15) * 1_000;
}

/** Shows a short confirmation ("Saved.") at the bottom of the screen. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<ShowToast>((message, options) => {
    const announce = options?.announce ?? true;
    setToasts((all) => {
      const same = all.find((t) => t.message === message && t.announce === announce);
      if (same) return all.map((t) => (t === same ? { ...t, shownAt: Date.now() } : t));
      nextId.current += 1;
      return [...all, { id: nextId.current, message, announce, shownAt: Date.now() }].slice(-MAX_TOASTS);
    });
  }, []);

  useEffect(() => {
    if (toasts.length === 0) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setToasts((all) => all.slice(0, -1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [toasts.length]);

  const item = (toast: ToastItem) => <ToastCard key={toast.id} toast={toast} onDismiss={dismiss} />;
  return (
    <ToastContext value={show}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
        {/* The live region exists before any toast, so that assistive technology hears additions. */}
        <div aria-live="polite" className="flex flex-col items-center gap-2 sm:items-end">
          {toasts.filter((t) => t.announce).map(item)}
        </div>
        <div aria-hidden="true" className="flex flex-col items-center gap-2 sm:items-end">
          {toasts.filter((t) => !t.announce).map(item)}
        </div>
      </div>
    </ToastContext>
  );
}

function ToastCard({ toast, onDismiss }: { toast: ToastItem; onDismiss: (id: number) => void }) {
  const t = useTranslations("a11y");
  const [paused, setPaused] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: showing the same message again restarts the timer
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), toastDuration(toast.message));
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.message, toast.shownAt, onDismiss]);

  return (
    // Hovering or focusing an announced toast holds it until the person moves on.
    // biome-ignore lint/a11y/noStaticElementInteractions: pausing is a convenience, not an action
    <div
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={`animate-toast-in flex w-full max-w-sm items-start gap-3 rounded-lg border border-green-300 bg-white p-3 text-sm text-slate-900 shadow-lg dark:border-green-700 dark:bg-slate-900 dark:text-slate-100 ${
        toast.announce ? "pointer-events-auto" : ""
      }`}
    >
      <Icon
        path="M5 12.5l4.5 4.5L19 7.5"
        className="mt-0.5 size-4 shrink-0 text-green-700 dark:text-green-400"
        strokeWidth="2.5"
        roundJoins
      />
      <p role={toast.announce ? "status" : undefined} className="flex-1">
        {toast.message}
      </p>
      {toast.announce ? (
        <button
          type="button"
          onClick={() => onDismiss(toast.id)}
          className="-m-1 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white"
        >
          <Icon path={CLOSE_PATH} className="size-4" strokeWidth="2" />
          <span className="sr-only">{t("dismiss")}</span>
        </button>
      ) : null}
    </div>
  );
}
