// Realtime test clients: tokens over HTTP, publishing, a raw WebSocket subscriber that records
// every frame, and an SSE reader.
import assert from "node:assert/strict";
import pino from "pino";
import WebSocket from "ws";
import { loadConfig } from "../../src/config.ts";
import { type RunningServer, startServer } from "../../src/server.ts";
import { startNats } from "./nats-server.ts";
import { freePort } from "./ports.ts";

export type Topic = { channel: string; name: string; kind?: string };

export async function token(apiUrl: string, topics: Topic[], headers: Record<string, string> = {}): Promise<string> {
  const r = await fetch(`${apiUrl}/v1/realtime/token`, { method: "POST", body: JSON.stringify(topics), headers });
  assert.equal(r.status, 201, `token status ${r.status}`);
  const body = await r.json();
  assert.equal(typeof body.jwt, "string", "token answer has a jwt");
  return body.jwt;
}

export function publish(apiUrl: string, channel: string, topic: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const q = new URLSearchParams({ channel, topic });
  return fetch(`${apiUrl}/v1/realtime/publish?${q}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}

export interface Client {
  ws: WebSocket;
  messages: any[];
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens `/v1/realtime/connect` with `jwt`; `query` adds parameters (e.g. `resume`). */
export function connectWs(apiUrl: string, jwt: string, query: Record<string, string> = {}): Promise<Client> {
  const q = new URLSearchParams({ token: jwt, ...query });
  const ws = new WebSocket(`${apiUrl.replace("http", "ws")}/v1/realtime/connect?${q}`);
  const messages: any[] = [];
  ws.on("message", (d, isBinary) => {
    assert.equal(isBinary, false, "frames are text");
    messages.push(JSON.parse(d.toString()));
  });
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.once("close", (code, reason) => r({ code, reason: reason.toString() })));
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve({ ws, messages, closed }));
    ws.once("error", reject);
  });
}

export interface SseClient {
  status: number;
  contentType: string;
  /** The messages so far (parsed `data:` lines). */
  messages(): any[];
  close(): Promise<void>;
}

/** Opens `/v1/realtime/sse?token=` (or `?<query>`) and reads it in the background. */
export async function connectSse(apiUrl: string, jwt: string, query = `?token=${jwt}`): Promise<SseClient> {
  const ac = new AbortController();
  const r = await fetch(`${apiUrl}/v1/realtime/sse${query}`, { signal: ac.signal });
  let text = "";
  const reading = (async () => {
    const dec = new TextDecoder();
    try {
      for await (const chunk of r.body!) text += dec.decode(chunk as Uint8Array, { stream: true });
    } catch { /* aborted */ }
  })();
  return {
    status: r.status,
    contentType: r.headers.get("content-type") ?? "",
    messages: () => text.split("\n\n").filter((l) => l.startsWith("data: ")).map((l) => JSON.parse(l.slice(6))),
    async close() {
      ac.abort();
      await reading;
    },
  };
}

export type ApiOnNats = RunningServer & { apiUrl: string };

/** A nats-server and two API processes (`tether dev --nats`, one prefix) in this process. */
export async function twoApisOnNats(prefix: string): Promise<{ a: ApiOnNats; b: ApiOnNats; natsUrl: string; close(): Promise<void> }> {
  const nats = await startNats();
  const a = await startOnNats(nats.url, prefix);
  const b = await startOnNats(nats.url, prefix);
  return {
    a, b, natsUrl: nats.url,
    async close() {
      await a.close();
      await b.close();
      await nats.stop();
    },
  };
}

/** `tether dev --nats` in this process (startInProcess() runs the embedded adapters whatever the flags). */
export async function startOnNats(url: string, prefix: string): Promise<RunningServer & { apiUrl: string }> {
  const port = await freePort();
  const config = loadConfig(["dev", "--host", "127.0.0.1", "--port", String(port), "--gateway-port", String(await freePort()),
    "--nats", url, "--nats-prefix", prefix], {});
  const server = await startServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }));
  return { ...server, apiUrl: `http://127.0.0.1:${port}` };
}
