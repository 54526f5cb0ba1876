"use client";
import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldFrame } from "./field-frame";
import { Options } from "./options";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /**
   * Choices after `options`. Two selects of the same 500 people pass one array and add their
   * own choice here: the page's payload then names the array once, not each of its items.
   */
  appended?: { value: string; label: string }[];
  hint?: string;
  error?: string;
}

/** A labelled choice whose hint and error are announced with it. */
export function SelectField({
  label,
  hint,
  error,
  options,
  appended,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(wiring) => (
        // A select takes its default only when it mounts, and React resets a form to the
        // defaults after an action: without a new key a refused form would show the old choice
        // again while its text fields keep what was typed.
        <select
          key={String(select.defaultValue ?? "")}
          {...wiring}
          className={controlClass(error)}
          {...select}
        >
          <Options options={options} />
          {appended ? <Options options={appended} /> : null}
        </select>
      )}
    </FieldFrame>
  );
}
