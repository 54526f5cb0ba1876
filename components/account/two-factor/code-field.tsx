"use client";
import { TextField } from "@/components/ui/text-field";

/** A code from the authenticator app: digits, filled in by the phone's keyboard or password manager. */
export function CodeField({ label, error, hint }: { label: string; error?: string; hint?: string }) {
  return (
    <TextField
      name="code"
      label={label}
      hint={hint}
      autoComplete="one-time-code"
      inputMode="numeric"
      autoCapitalize="off"
      spellCheck={false}
      error={error}
    />
  );
}
