// Row ids are UUIDs. Text that is not one is "not found", never a query: PostgreSQL would
// refuse to compare it with a uuid column and the request would fail instead of answering 404.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}
