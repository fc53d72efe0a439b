// Short aliases for the generated connect.v1 protobuf code (proto/gen), the only generated code
// the SDK depends on.

import { connect as generated } from "../../proto/gen/protos.js";

export const pb = generated.v1;
export const MessageKind = generated.v1.GatewayMessageType;
export type MessageKind = generated.v1.GatewayMessageType;
export type GatewayExecutorRequest = generated.v1.GatewayExecutorRequestData;
export type ExtendLeaseAck = generated.v1.WorkerRequestExtendLeaseAckData;
export type StartResponse = generated.v1.StartResponse;
export type AppConfiguration = generated.v1.AppConfiguration.$Properties;
export type WorkerStatus = generated.v1.WorkerStatusData.$Properties;
