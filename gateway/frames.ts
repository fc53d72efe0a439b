// Frame helpers for the connect protocol: one binary frame = one `connect.v1.ConnectMessage`.
// GATEWAY_HELLO (kind 0, empty payload) encodes to a zero-length frame (docs/connect-protocol.md §1.2).
import { connect as pb, tether as tpb } from "../proto/gen/protos.js";

export const Kind = pb.v1.GatewayMessageType;
export type Kind = pb.v1.GatewayMessageType;

export function encodeFrame(kind: Kind, payload?: Uint8Array): Uint8Array {
  return pb.v1.ConnectMessage.encode({ kind, payload: payload ?? new Uint8Array(0) }).finish();
}

/** Decodes a frame; throws when it is not a valid ConnectMessage. */
export function decodeFrame(data: Uint8Array): { kind: number; payload: Uint8Array } {
  const m = pb.v1.ConnectMessage.decode(data);
  return { kind: m.kind ?? 0, payload: m.payload ?? new Uint8Array(0) };
}

/** Names of Inngest's kinds and Tether's own (proto/tether/v1/worker.proto), by number. */
const KIND_NAMES = new Map<number, string>();
for (const kinds of [pb.v1.GatewayMessageType, tpb.v1.TetherMessageKind]) {
  for (const [name, n] of Object.entries(kinds)) if (typeof n === "number" && !KIND_NAMES.has(n)) KIND_NAMES.set(n, name);
}

/** A frame kind's protobuf name (metrics label), or `other` for a number no schema names. */
export function kindName(kind: number): string {
  return KIND_NAMES.get(kind) ?? "other";
}

export { pb };
