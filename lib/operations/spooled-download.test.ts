// A download is written to a temporary file, sent from it, and the file removed once sent;
// a document that fails half way leaves no file and answers nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { spooledDownload, writeJsonList, writtenText } from "./spooled-download";

const spoolDirs = () =>
  new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("funnelmeter-download-")));

async function* pages<T>(...lists: T[][]) {
  for (const list of lists) yield list;
}

describe("spooled downloads", () => {
  it("send what was written, with its length in bytes, and remove the file once read", async () => {
    const before = spoolDirs();
    // More than one 64 kB flush, with text that is more bytes than characters.
    const line = `${"é".repeat(1000)}\n`;
    const response = await spooledDownload(
      async (write) => {
        for (let i = 0; i < 200; i++) await write(line);
      },
      { "content-type": "text/plain; charset=utf-8" },
    );
    const during = [...spoolDirs()].filter((dir) => !before.has(dir));
    expect(during).toHaveLength(1);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(line) * 200));
    expect(await response.text()).toBe(line.repeat(200));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fs.existsSync(path.join(os.tmpdir(), during[0]!))).toBe(false);
  });

  it("a document that fails half way leaves no file behind", async () => {
    const before = spoolDirs();
    await expect(
      spooledDownload(async (write) => {
        await write("[1,");
        throw new Error("the database went away");
      }, {}),
    ).rejects.toThrow("the database went away");
    expect([...spoolDirs()].filter((dir) => !before.has(dir))).toEqual([]);
  });

  it("JSON lists from pages: one element per line, empty pages and lists too", async () => {
    const text = await writtenText(async (write) => {
      await write('{"a": ');
      expect(await writeJsonList(write, pages([1, 2], [], [3]), (n) => ({ n }))).toBe(3);
      await write(', "b": ');
      expect(await writeJsonList(write, pages<number>(), (n) => n)).toBe(0);
      await write("}");
    });
    expect(JSON.parse(text)).toEqual({ a: [{ n: 1 }, { n: 2 }, { n: 3 }], b: [] });
    expect(text).toBe('{"a": [\n{"n":1},\n{"n":2},\n{"n":3}\n], "b": []}');
  });
});
