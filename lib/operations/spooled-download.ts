import "server-only";
// A download written to a temporary file first, then sent from it: the document is produced
// in one short database transaction a page of rows at a time, so the server's memory holds
// a page and a 64 kB buffer whatever the organization's size, and a slow client holds a file
// open, not a database connection. The file is removed once sent or abandoned.
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

/** Appends text to the document being written. */
export type Write = (text: string) => Promise<void>;

const FLUSH_BYTES = 64 * 1024;

/** Runs `produce` with a buffered writer into `file`. */
export async function writeBuffered(file: string, produce: (write: Write) => Promise<void>): Promise<void> {
  const handle = await fs.open(file, "w", 0o600);
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const text = pending.join("");
      pending = [];
      size = 0;
      await handle.write(text);
    };
    await produce(async (text) => {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_BYTES) await flush();
    });
    await flush();
  } finally {
    await handle.close();
  }
}

export async function spooledDownload(
  produce: (write: Write) => Promise<void>,
  headers: Record<string, string>,
): Promise<Response> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "funnelmeter-download-"));
  const remove = () => fs.rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "body");
  try {
    await writeBuffered(file, produce);
  } catch (error) {
    await remove();
    throw error;
  }
  const { size } = await fs.stat(file);
  const stream = createReadStream(file);
  stream.on("close", () => void remove());
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: { ...headers, "content-length": String(size) },
  });
}

/** The whole document as text, for the admin CLI's callers and the tests. */
export async function writtenText(produce: (write: Write) => Promise<void>): Promise<string> {
  const parts: string[] = [];
  await produce(async (text) => {
    parts.push(text);
  });
  return parts.join("");
}

/** Writes a JSON list, one element per line, from pages of rows; returns how many. */
export async function writeJsonList<T>(
  write: Write,
  pages: AsyncIterable<readonly T[]>,
  element: (row: T) => unknown,
): Promise<number> {
  let count = 0;
  await write("[");
  for await (const page of pages) {
    let text = "";
    for (const row of page) {
      text += `${count === 0 ? "" : ","}\n${JSON.stringify(element(row))}`;
      count++;
    }
    await write(text);
  }
  await write(count === 0 ? "]" : "\n]");
  return count;
}
