"use client";
import type { InputHTMLAttributes } from "react";
import { controlClass, FieldFrame } from "./field-frame";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(wiring) => (
        <input
          {...wiring}
          className={`${controlClass(error)} read-only:bg-slate-100 dark:read-only:bg-slate-800`}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
