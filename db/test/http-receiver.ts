// A real HTTP server for tests that receive webhooks: listens on 127.0.0.1 at a free port,
// keeps every request (headers and raw body) and answers with the next status of a script
// (then 200), so a test can make the first attempt fail.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      this.requests.push({ path: req.url ?? "", headers: req.headers, body });
      const status = this.script.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "receiver says no");
    });
  });
  private script: number[] = [];

  /** The statuses of the next answers, in order; 200 after them. */
  answer(...statuses: number[]): this {
    this.script = statuses;
    return this;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
