// A calendar date as forms and the API send it ("2027-01-31"): a real day, within the years
// the product can mean. PostgreSQL refuses year 0 and JavaScript turns "9999-99-99" into an
// invalid Date; both used to surface as a 500.
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2100-12-31";

/** A real YYYY-MM-DD day (no 30 February). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A real day between EARLIEST_DATE and LATEST_DATE. */
export function isUsableDate(text: string): boolean {
  return isRealDate(text) && text >= EARLIEST_DATE && text <= LATEST_DATE;
}
