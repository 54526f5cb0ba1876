// Spreadsheet formula injection: a cell that starts with = + - @, a tab or a carriage return
// is run as a formula by Excel, LibreOffice and Google Sheets (=HYPERLINK(...), @SUM(...),
// -2+3@...). Exports write such text cells behind an apostrophe, which spreadsheets read as
// "this is text" and do not show; the import takes the apostrophe off again, so that an
// export reads back as the same file.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
