import "server-only";
// One attempt of a delivery over HTTP: a POST with a short timeout, through the guarded DNS
// lookup (lib/webhooks/targets.ts). Never throws: the outcome is what the delivery log shows.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { guardedLookup, isInternalAddress, privateTargetsAllowed } from "./targets";

/** A receiver that needs longer should answer at once and do its work afterwards. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Enough of the answer to show why a receiver refused; the rest is not read. */
const MAX_ERROR_BODY = 200;

export interface AttemptOutcome {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export function postSigned(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs?: number; allowPrivate?: boolean } = {},
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const allowPrivate = options.allowPrivate ?? privateTargetsAllowed();
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Omit<AttemptOutcome, "durationMs">) => {
      if (settled) return;
      settled = true;
      resolve({ ...outcome, durationMs: elapsed() });
    };
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return done({ statusCode: null, error: "invalid URL" });
    }
    const host = url.hostname.replace(/^\[|\]$/g, "");
    // An address literal skips DNS, so the guarded lookup never sees it: check it here.
    if (!allowPrivate && net.isIP(host) && isInternalAddress(host)) {
      return done({ statusCode: null, error: `refused internal address ${host}` });
    }
    const client = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
    if (!client) return done({ statusCode: null, error: "not an http(s) URL" });
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Funnelmeter-Webhooks/1",
        },
        timeout: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
        ...(allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < MAX_ERROR_BODY) text += chunk;
        });
        response.on("end", () =>
          done({
            statusCode: status,
            error:
              status >= 200 && status < 300
                ? null
                : `HTTP ${status}${text ? `: ${text.slice(0, MAX_ERROR_BODY)}` : ""}`,
          }),
        );
        response.on("error", (error) => done({ statusCode: status, error: error.message }));
      },
    );
    request.on("timeout", () => {
      request.destroy(
        new Error(`no answer within ${Math.round((options.timeoutMs ?? DELIVERY_TIMEOUT_MS) / 1000)} s`),
      );
    });
    request.on("error", (error) => done({ statusCode: null, error: error.message }));
    request.end(body);
  });
}
