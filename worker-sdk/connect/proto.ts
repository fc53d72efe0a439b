// Short aliases for the SDK's own generated protobuf code (worker-sdk/proto, made by
// scripts/gen-proto.mjs from proto/connect and proto/tether/v1/worker.proto), the only generated
// code it depends on: connect.v1 (Inngest's protocol) and tether.v1 (the messages Tether adds).

import { connect as generated, tether as tetherGenerated } from "../proto/protos.js";

export const pb = generated.v1;
export const MessageKind = generated.v1.GatewayMessageType;
export type MessageKind = generated.v1.GatewayMessageType;
export type GatewayExecutorRequest = generated.v1.GatewayExecutorRequestData;
export type ExtendLeaseAck = generated.v1.WorkerRequestExtendLeaseAckData;
export type StartResponse = generated.v1.StartResponse;
export type AppConfiguration = generated.v1.AppConfiguration.$Properties;
export type WorkerStatus = generated.v1.WorkerStatusData.$Properties;

/** Tether's additions (worker.proto): socket checkpoints and step progress. */
export const tpb = tetherGenerated.v1;
export const TetherKind = tetherGenerated.v1.TetherMessageKind;
export type TetherKind = tetherGenerated.v1.TetherMessageKind;
export type CheckpointAck = tetherGenerated.v1.WorkerCheckpointAckData;
/** Any frame kind the worker sends or receives. */
export type FrameKind = MessageKind | TetherKind;
