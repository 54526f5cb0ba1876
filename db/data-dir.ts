import path from "node:path";

/** Where the embedded database (and the laptop's generated auth secret) live. */
export function dataDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FUNNELMETER_DATA_DIR ?? ".data");
}
