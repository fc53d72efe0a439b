// Encoding and decoding of WebSocket frames: each binary frame is one ConnectMessage{kind, payload}
// (docs/connect-protocol.md §1.2). GATEWAY_HELLO (kind 0, empty payload) is a zero-length frame.

import { MessageKind, pb, TetherKind, type FrameKind } from "./proto.ts";

export interface Frame {
  kind: FrameKind;
  payload: Uint8Array;
}

/** Encodes one frame. Payload-less kinds (READY, PAUSE, HEARTBEAT) encode to two bytes. */
export function encodeFrame(kind: FrameKind, payload?: Uint8Array): Uint8Array {
  // Tether's kinds (100+) are outside connect.v1's enum; on the wire a kind is just an int32.
  return pb.ConnectMessage.encode({ kind: kind as MessageKind, ...(payload && payload.length > 0 ? { payload } : {}) }).finish();
}

/** Decodes one frame; throws on bytes that are not a ConnectMessage. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const message = pb.ConnectMessage.decode(bytes);
  return { kind: message.kind, payload: message.payload ?? new Uint8Array(0) };
}

/** Enum name of a kind for logs ("WORKER_READY"), or the number when unknown. */
export function kindName(kind: number): string {
  return MessageKind[kind] ?? TetherKind[kind] ?? String(kind);
}

/** Normalises what `ws` hands to a message listener into one byte array. */
export function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
