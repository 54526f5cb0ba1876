import type { ReactNode } from "react";
import { type ButtonVariant, buttonClass } from "./button";

/**
 * A one-button form acting on one row of a table (resend, withdraw, revoke...). The
 * button's accessible name (`label`) also says which row; it contains the visible text, so
 * voice control users can say what they see.
 */
export function RowAction({
  action,
  fields,
  label,
  variant = "secondary",
  children,
}: {
  action: (formData: FormData) => void;
  /** Hidden fields that name the row: its id, never the organization. */
  fields: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  children: ReactNode;
}) {
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" aria-label={label} className={buttonClass(variant, "sm")}>
        {children}
      </button>
    </form>
  );
}
