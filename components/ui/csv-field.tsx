"use client";
import { FieldFrame } from "./field-frame";

/**
 * A spreadsheet's text, picked as a file or pasted. The file is read in the browser into the
 * text area, so what is sent (the `csv` field) is what the person sees and can still edit.
 */
export function CsvField(props: {
  fileLabel: string;
  fileHint?: string;
  label: string;
  value: string;
  onChange: (csv: string) => void;
  error?: string;
  rows?: number;
}) {
  return (
    <>
      <FieldFrame label={props.fileLabel} hint={props.fileHint}>
        {(wiring) => (
          <input
            {...wiring}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) props.onChange(await file.text());
            }}
            className="mt-1 block text-sm"
          />
        )}
      </FieldFrame>
      <FieldFrame label={props.label} error={props.error}>
        {(wiring) => (
          <textarea
            {...wiring}
            name="csv"
            rows={props.rows ?? 8}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
            spellCheck={false}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
          />
        )}
      </FieldFrame>
    </>
  );
}
