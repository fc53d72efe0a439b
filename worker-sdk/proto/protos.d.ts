import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace connect. */
export namespace connect {

    /** Namespace v1. */
    namespace v1 {

        /** GatewayMessageType enum. */
        enum GatewayMessageType {

            /** GATEWAY_HELLO value */
            GATEWAY_HELLO = 0,

            /** WORKER_CONNECT value */
            WORKER_CONNECT = 1,

            /** GATEWAY_CONNECTION_READY value */
            GATEWAY_CONNECTION_READY = 2,

            /** GATEWAY_EXECUTOR_REQUEST value */
            GATEWAY_EXECUTOR_REQUEST = 3,

            /** WORKER_READY value */
            WORKER_READY = 4,

            /** WORKER_REQUEST_ACK value */
            WORKER_REQUEST_ACK = 5,

            /** WORKER_REPLY value */
            WORKER_REPLY = 6,

            /** WORKER_REPLY_ACK value */
            WORKER_REPLY_ACK = 7,

            /** WORKER_PAUSE value */
            WORKER_PAUSE = 8,

            /** WORKER_HEARTBEAT value */
            WORKER_HEARTBEAT = 9,

            /** GATEWAY_HEARTBEAT value */
            GATEWAY_HEARTBEAT = 10,

            /** GATEWAY_CLOSING value */
            GATEWAY_CLOSING = 11,

            /** WORKER_REQUEST_EXTEND_LEASE value */
            WORKER_REQUEST_EXTEND_LEASE = 12,

            /** WORKER_REQUEST_EXTEND_LEASE_ACK value */
            WORKER_REQUEST_EXTEND_LEASE_ACK = 13,

            /** SYNC_FAILED value */
            SYNC_FAILED = 14,

            /** WORKER_STATUS value */
            WORKER_STATUS = 15
        }

        /**
         * Properties of a ConnectMessage.
         * @deprecated Use connect.v1.ConnectMessage.$Properties instead.
         */
        interface IConnectMessage extends connect.v1.ConnectMessage.$Properties {
        }

        /** Represents a ConnectMessage. */
        class ConnectMessage {

            /**
             * Constructs a new ConnectMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.ConnectMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectMessage kind. */
            kind: connect.v1.GatewayMessageType;

            /** ConnectMessage payload. */
            payload: Uint8Array;

            /**
             * Creates a new ConnectMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectMessage instance
             */
            static create(properties: connect.v1.ConnectMessage.$Shape): connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape;
            static create(properties?: connect.v1.ConnectMessage.$Properties): connect.v1.ConnectMessage;

            /**
             * Encodes the specified ConnectMessage message. Does not implicitly {@link connect.v1.ConnectMessage.verify|verify} messages.
             * @param message ConnectMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.ConnectMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnectMessage message, length delimited. Does not implicitly {@link connect.v1.ConnectMessage.verify|verify} messages.
             * @param message ConnectMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.ConnectMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape} ConnectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape;

            /**
             * Decodes a ConnectMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape} ConnectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape;

            /**
             * Verifies a ConnectMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectMessage
             */
            static fromObject(object: { [k: string]: any }): connect.v1.ConnectMessage;

            /**
             * Creates a plain object from a ConnectMessage message. Also converts values to other types if specified.
             * @param message ConnectMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.ConnectMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnectMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectMessage {

            /** Properties of a ConnectMessage. */
            interface $Properties {

                /** ConnectMessage kind */
                kind?: (connect.v1.GatewayMessageType|null);

                /** ConnectMessage payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectMessage. */
            type $Shape = connect.v1.ConnectMessage.$Properties;
        }

        /**
         * Properties of an AppConfiguration.
         * @deprecated Use connect.v1.AppConfiguration.$Properties instead.
         */
        interface IAppConfiguration extends connect.v1.AppConfiguration.$Properties {
        }

        /** Represents an AppConfiguration. */
        class AppConfiguration {

            /**
             * Constructs a new AppConfiguration.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.AppConfiguration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppConfiguration appName. */
            appName: string;

            /** AppConfiguration appVersion. */
            appVersion?: (string|null);

            /** AppConfiguration functions. */
            functions: Uint8Array;

            /** AppConfiguration featureObservations. */
            featureObservations?: (sdk_feature_observations.v1.FeatureObservations.$Properties|null);

            /**
             * Creates a new AppConfiguration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppConfiguration instance
             */
            static create(properties: connect.v1.AppConfiguration.$Shape): connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape;
            static create(properties?: connect.v1.AppConfiguration.$Properties): connect.v1.AppConfiguration;

            /**
             * Encodes the specified AppConfiguration message. Does not implicitly {@link connect.v1.AppConfiguration.verify|verify} messages.
             * @param message AppConfiguration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.AppConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AppConfiguration message, length delimited. Does not implicitly {@link connect.v1.AppConfiguration.verify|verify} messages.
             * @param message AppConfiguration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.AppConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppConfiguration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape} AppConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape;

            /**
             * Decodes an AppConfiguration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape} AppConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape;

            /**
             * Verifies an AppConfiguration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AppConfiguration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppConfiguration
             */
            static fromObject(object: { [k: string]: any }): connect.v1.AppConfiguration;

            /**
             * Creates a plain object from an AppConfiguration message. Also converts values to other types if specified.
             * @param message AppConfiguration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.AppConfiguration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppConfiguration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppConfiguration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppConfiguration {

            /** Properties of an AppConfiguration. */
            interface $Properties {

                /** AppConfiguration appName */
                appName?: (string|null);

                /** AppConfiguration appVersion */
                appVersion?: (string|null);

                /** AppConfiguration functions */
                functions?: (Uint8Array|null);

                /** AppConfiguration featureObservations */
                featureObservations?: (sdk_feature_observations.v1.FeatureObservations.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppConfiguration. */
            type $Shape = connect.v1.AppConfiguration.$Properties;
        }

        /**
         * Properties of an AuthData.
         * @deprecated Use connect.v1.AuthData.$Properties instead.
         */
        interface IAuthData extends connect.v1.AuthData.$Properties {
        }

        /** Represents an AuthData. */
        class AuthData {

            /**
             * Constructs a new AuthData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.AuthData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthData sessionToken. */
            sessionToken: string;

            /** AuthData syncToken. */
            syncToken: string;

            /**
             * Creates a new AuthData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthData instance
             */
            static create(properties: connect.v1.AuthData.$Shape): connect.v1.AuthData & connect.v1.AuthData.$Shape;
            static create(properties?: connect.v1.AuthData.$Properties): connect.v1.AuthData;

            /**
             * Encodes the specified AuthData message. Does not implicitly {@link connect.v1.AuthData.verify|verify} messages.
             * @param message AuthData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.AuthData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AuthData message, length delimited. Does not implicitly {@link connect.v1.AuthData.verify|verify} messages.
             * @param message AuthData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.AuthData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.AuthData & connect.v1.AuthData.$Shape} AuthData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.AuthData & connect.v1.AuthData.$Shape;

            /**
             * Decodes an AuthData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.AuthData & connect.v1.AuthData.$Shape} AuthData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.AuthData & connect.v1.AuthData.$Shape;

            /**
             * Verifies an AuthData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.AuthData;

            /**
             * Creates a plain object from an AuthData message. Also converts values to other types if specified.
             * @param message AuthData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.AuthData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthData {

            /** Properties of an AuthData. */
            interface $Properties {

                /** AuthData sessionToken */
                sessionToken?: (string|null);

                /** AuthData syncToken */
                syncToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthData. */
            type $Shape = connect.v1.AuthData.$Properties;
        }

        /**
         * Properties of a WorkerConnectRequestData.
         * @deprecated Use connect.v1.WorkerConnectRequestData.$Properties instead.
         */
        interface IWorkerConnectRequestData extends connect.v1.WorkerConnectRequestData.$Properties {
        }

        /** Represents a WorkerConnectRequestData. */
        class WorkerConnectRequestData {

            /**
             * Constructs a new WorkerConnectRequestData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerConnectRequestData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerConnectRequestData connectionId. */
            connectionId: string;

            /** WorkerConnectRequestData instanceId. */
            instanceId: string;

            /** WorkerConnectRequestData authData. */
            authData?: (connect.v1.AuthData.$Properties|null);

            /** WorkerConnectRequestData capabilities. */
            capabilities: Uint8Array;

            /** WorkerConnectRequestData apps. */
            apps: connect.v1.AppConfiguration.$Properties[];

            /** WorkerConnectRequestData workerManualReadinessAck. */
            workerManualReadinessAck: boolean;

            /** WorkerConnectRequestData systemAttributes. */
            systemAttributes?: (connect.v1.SystemAttributes.$Properties|null);

            /** WorkerConnectRequestData environment. */
            environment?: (string|null);

            /** WorkerConnectRequestData framework. */
            framework: string;

            /** WorkerConnectRequestData platform. */
            platform?: (string|null);

            /** WorkerConnectRequestData sdkVersion. */
            sdkVersion: string;

            /** WorkerConnectRequestData sdkLanguage. */
            sdkLanguage: string;

            /** WorkerConnectRequestData startedAt. */
            startedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** WorkerConnectRequestData maxWorkerConcurrency. */
            maxWorkerConcurrency?: (number|null);

            /**
             * Creates a new WorkerConnectRequestData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerConnectRequestData instance
             */
            static create(properties: connect.v1.WorkerConnectRequestData.$Shape): connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape;
            static create(properties?: connect.v1.WorkerConnectRequestData.$Properties): connect.v1.WorkerConnectRequestData;

            /**
             * Encodes the specified WorkerConnectRequestData message. Does not implicitly {@link connect.v1.WorkerConnectRequestData.verify|verify} messages.
             * @param message WorkerConnectRequestData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerConnectRequestData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerConnectRequestData message, length delimited. Does not implicitly {@link connect.v1.WorkerConnectRequestData.verify|verify} messages.
             * @param message WorkerConnectRequestData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerConnectRequestData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerConnectRequestData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape} WorkerConnectRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape;

            /**
             * Decodes a WorkerConnectRequestData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape} WorkerConnectRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape;

            /**
             * Verifies a WorkerConnectRequestData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerConnectRequestData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerConnectRequestData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerConnectRequestData;

            /**
             * Creates a plain object from a WorkerConnectRequestData message. Also converts values to other types if specified.
             * @param message WorkerConnectRequestData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerConnectRequestData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerConnectRequestData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerConnectRequestData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerConnectRequestData {

            /** Properties of a WorkerConnectRequestData. */
            interface $Properties {

                /** WorkerConnectRequestData connectionId */
                connectionId?: (string|null);

                /** WorkerConnectRequestData instanceId */
                instanceId?: (string|null);

                /** WorkerConnectRequestData authData */
                authData?: (connect.v1.AuthData.$Properties|null);

                /** WorkerConnectRequestData capabilities */
                capabilities?: (Uint8Array|null);

                /** WorkerConnectRequestData apps */
                apps?: (connect.v1.AppConfiguration.$Properties[]|null);

                /** WorkerConnectRequestData workerManualReadinessAck */
                workerManualReadinessAck?: (boolean|null);

                /** WorkerConnectRequestData systemAttributes */
                systemAttributes?: (connect.v1.SystemAttributes.$Properties|null);

                /** WorkerConnectRequestData environment */
                environment?: (string|null);

                /** WorkerConnectRequestData framework */
                framework?: (string|null);

                /** WorkerConnectRequestData platform */
                platform?: (string|null);

                /** WorkerConnectRequestData sdkVersion */
                sdkVersion?: (string|null);

                /** WorkerConnectRequestData sdkLanguage */
                sdkLanguage?: (string|null);

                /** WorkerConnectRequestData startedAt */
                startedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** WorkerConnectRequestData maxWorkerConcurrency */
                maxWorkerConcurrency?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerConnectRequestData. */
            type $Shape = connect.v1.WorkerConnectRequestData.$Properties;
        }

        /**
         * Properties of a GatewayConnectionReadyData.
         * @deprecated Use connect.v1.GatewayConnectionReadyData.$Properties instead.
         */
        interface IGatewayConnectionReadyData extends connect.v1.GatewayConnectionReadyData.$Properties {
        }

        /** Represents a GatewayConnectionReadyData. */
        class GatewayConnectionReadyData {

            /**
             * Constructs a new GatewayConnectionReadyData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.GatewayConnectionReadyData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatewayConnectionReadyData heartbeatInterval. */
            heartbeatInterval: string;

            /** GatewayConnectionReadyData extendLeaseInterval. */
            extendLeaseInterval: string;

            /** GatewayConnectionReadyData statusInterval. */
            statusInterval: string;

            /**
             * Creates a new GatewayConnectionReadyData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatewayConnectionReadyData instance
             */
            static create(properties: connect.v1.GatewayConnectionReadyData.$Shape): connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape;
            static create(properties?: connect.v1.GatewayConnectionReadyData.$Properties): connect.v1.GatewayConnectionReadyData;

            /**
             * Encodes the specified GatewayConnectionReadyData message. Does not implicitly {@link connect.v1.GatewayConnectionReadyData.verify|verify} messages.
             * @param message GatewayConnectionReadyData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.GatewayConnectionReadyData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatewayConnectionReadyData message, length delimited. Does not implicitly {@link connect.v1.GatewayConnectionReadyData.verify|verify} messages.
             * @param message GatewayConnectionReadyData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.GatewayConnectionReadyData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatewayConnectionReadyData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape} GatewayConnectionReadyData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape;

            /**
             * Decodes a GatewayConnectionReadyData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape} GatewayConnectionReadyData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape;

            /**
             * Verifies a GatewayConnectionReadyData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GatewayConnectionReadyData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatewayConnectionReadyData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.GatewayConnectionReadyData;

            /**
             * Creates a plain object from a GatewayConnectionReadyData message. Also converts values to other types if specified.
             * @param message GatewayConnectionReadyData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.GatewayConnectionReadyData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatewayConnectionReadyData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatewayConnectionReadyData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayConnectionReadyData {

            /** Properties of a GatewayConnectionReadyData. */
            interface $Properties {

                /** GatewayConnectionReadyData heartbeatInterval */
                heartbeatInterval?: (string|null);

                /** GatewayConnectionReadyData extendLeaseInterval */
                extendLeaseInterval?: (string|null);

                /** GatewayConnectionReadyData statusInterval */
                statusInterval?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatewayConnectionReadyData. */
            type $Shape = connect.v1.GatewayConnectionReadyData.$Properties;
        }

        /**
         * Properties of a GatewayExecutorRequestData.
         * @deprecated Use connect.v1.GatewayExecutorRequestData.$Properties instead.
         */
        interface IGatewayExecutorRequestData extends connect.v1.GatewayExecutorRequestData.$Properties {
        }

        /** Represents a GatewayExecutorRequestData. */
        class GatewayExecutorRequestData {

            /**
             * Constructs a new GatewayExecutorRequestData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.GatewayExecutorRequestData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatewayExecutorRequestData requestId. */
            requestId: string;

            /** GatewayExecutorRequestData accountId. */
            accountId: string;

            /** GatewayExecutorRequestData envId. */
            envId: string;

            /** GatewayExecutorRequestData appId. */
            appId: string;

            /** GatewayExecutorRequestData appName. */
            appName: string;

            /** GatewayExecutorRequestData functionId. */
            functionId: string;

            /** GatewayExecutorRequestData functionSlug. */
            functionSlug: string;

            /** GatewayExecutorRequestData stepId. */
            stepId?: (string|null);

            /** GatewayExecutorRequestData requestPayload. */
            requestPayload: Uint8Array;

            /** GatewayExecutorRequestData systemTraceCtx. */
            systemTraceCtx: Uint8Array;

            /** GatewayExecutorRequestData userTraceCtx. */
            userTraceCtx: Uint8Array;

            /** GatewayExecutorRequestData runId. */
            runId: string;

            /** GatewayExecutorRequestData leaseId. */
            leaseId: string;

            /** GatewayExecutorRequestData jobId. */
            jobId: string;

            /**
             * Creates a new GatewayExecutorRequestData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatewayExecutorRequestData instance
             */
            static create(properties: connect.v1.GatewayExecutorRequestData.$Shape): connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape;
            static create(properties?: connect.v1.GatewayExecutorRequestData.$Properties): connect.v1.GatewayExecutorRequestData;

            /**
             * Encodes the specified GatewayExecutorRequestData message. Does not implicitly {@link connect.v1.GatewayExecutorRequestData.verify|verify} messages.
             * @param message GatewayExecutorRequestData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.GatewayExecutorRequestData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatewayExecutorRequestData message, length delimited. Does not implicitly {@link connect.v1.GatewayExecutorRequestData.verify|verify} messages.
             * @param message GatewayExecutorRequestData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.GatewayExecutorRequestData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatewayExecutorRequestData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape} GatewayExecutorRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape;

            /**
             * Decodes a GatewayExecutorRequestData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape} GatewayExecutorRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape;

            /**
             * Verifies a GatewayExecutorRequestData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GatewayExecutorRequestData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatewayExecutorRequestData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.GatewayExecutorRequestData;

            /**
             * Creates a plain object from a GatewayExecutorRequestData message. Also converts values to other types if specified.
             * @param message GatewayExecutorRequestData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.GatewayExecutorRequestData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatewayExecutorRequestData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatewayExecutorRequestData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayExecutorRequestData {

            /** Properties of a GatewayExecutorRequestData. */
            interface $Properties {

                /** GatewayExecutorRequestData requestId */
                requestId?: (string|null);

                /** GatewayExecutorRequestData accountId */
                accountId?: (string|null);

                /** GatewayExecutorRequestData envId */
                envId?: (string|null);

                /** GatewayExecutorRequestData appId */
                appId?: (string|null);

                /** GatewayExecutorRequestData appName */
                appName?: (string|null);

                /** GatewayExecutorRequestData functionId */
                functionId?: (string|null);

                /** GatewayExecutorRequestData functionSlug */
                functionSlug?: (string|null);

                /** GatewayExecutorRequestData stepId */
                stepId?: (string|null);

                /** GatewayExecutorRequestData requestPayload */
                requestPayload?: (Uint8Array|null);

                /** GatewayExecutorRequestData systemTraceCtx */
                systemTraceCtx?: (Uint8Array|null);

                /** GatewayExecutorRequestData userTraceCtx */
                userTraceCtx?: (Uint8Array|null);

                /** GatewayExecutorRequestData runId */
                runId?: (string|null);

                /** GatewayExecutorRequestData leaseId */
                leaseId?: (string|null);

                /** GatewayExecutorRequestData jobId */
                jobId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatewayExecutorRequestData. */
            type $Shape = connect.v1.GatewayExecutorRequestData.$Properties;
        }

        /**
         * Properties of a WorkerRequestAckData.
         * @deprecated Use connect.v1.WorkerRequestAckData.$Properties instead.
         */
        interface IWorkerRequestAckData extends connect.v1.WorkerRequestAckData.$Properties {
        }

        /** Represents a WorkerRequestAckData. */
        class WorkerRequestAckData {

            /**
             * Constructs a new WorkerRequestAckData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerRequestAckData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerRequestAckData requestId. */
            requestId: string;

            /** WorkerRequestAckData accountId. */
            accountId: string;

            /** WorkerRequestAckData envId. */
            envId: string;

            /** WorkerRequestAckData appId. */
            appId: string;

            /** WorkerRequestAckData functionSlug. */
            functionSlug: string;

            /** WorkerRequestAckData stepId. */
            stepId?: (string|null);

            /** WorkerRequestAckData systemTraceCtx. */
            systemTraceCtx: Uint8Array;

            /** WorkerRequestAckData userTraceCtx. */
            userTraceCtx: Uint8Array;

            /** WorkerRequestAckData runId. */
            runId: string;

            /**
             * Creates a new WorkerRequestAckData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerRequestAckData instance
             */
            static create(properties: connect.v1.WorkerRequestAckData.$Shape): connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape;
            static create(properties?: connect.v1.WorkerRequestAckData.$Properties): connect.v1.WorkerRequestAckData;

            /**
             * Encodes the specified WorkerRequestAckData message. Does not implicitly {@link connect.v1.WorkerRequestAckData.verify|verify} messages.
             * @param message WorkerRequestAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerRequestAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerRequestAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestAckData.verify|verify} messages.
             * @param message WorkerRequestAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerRequestAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerRequestAckData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape} WorkerRequestAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape;

            /**
             * Decodes a WorkerRequestAckData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape} WorkerRequestAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape;

            /**
             * Verifies a WorkerRequestAckData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerRequestAckData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerRequestAckData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerRequestAckData;

            /**
             * Creates a plain object from a WorkerRequestAckData message. Also converts values to other types if specified.
             * @param message WorkerRequestAckData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerRequestAckData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerRequestAckData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerRequestAckData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerRequestAckData {

            /** Properties of a WorkerRequestAckData. */
            interface $Properties {

                /** WorkerRequestAckData requestId */
                requestId?: (string|null);

                /** WorkerRequestAckData accountId */
                accountId?: (string|null);

                /** WorkerRequestAckData envId */
                envId?: (string|null);

                /** WorkerRequestAckData appId */
                appId?: (string|null);

                /** WorkerRequestAckData functionSlug */
                functionSlug?: (string|null);

                /** WorkerRequestAckData stepId */
                stepId?: (string|null);

                /** WorkerRequestAckData systemTraceCtx */
                systemTraceCtx?: (Uint8Array|null);

                /** WorkerRequestAckData userTraceCtx */
                userTraceCtx?: (Uint8Array|null);

                /** WorkerRequestAckData runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerRequestAckData. */
            type $Shape = connect.v1.WorkerRequestAckData.$Properties;
        }

        /**
         * Properties of a WorkerRequestExtendLeaseData.
         * @deprecated Use connect.v1.WorkerRequestExtendLeaseData.$Properties instead.
         */
        interface IWorkerRequestExtendLeaseData extends connect.v1.WorkerRequestExtendLeaseData.$Properties {
        }

        /** Represents a WorkerRequestExtendLeaseData. */
        class WorkerRequestExtendLeaseData {

            /**
             * Constructs a new WorkerRequestExtendLeaseData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerRequestExtendLeaseData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerRequestExtendLeaseData requestId. */
            requestId: string;

            /** WorkerRequestExtendLeaseData accountId. */
            accountId: string;

            /** WorkerRequestExtendLeaseData envId. */
            envId: string;

            /** WorkerRequestExtendLeaseData appId. */
            appId: string;

            /** WorkerRequestExtendLeaseData functionSlug. */
            functionSlug: string;

            /** WorkerRequestExtendLeaseData stepId. */
            stepId?: (string|null);

            /** WorkerRequestExtendLeaseData systemTraceCtx. */
            systemTraceCtx: Uint8Array;

            /** WorkerRequestExtendLeaseData userTraceCtx. */
            userTraceCtx: Uint8Array;

            /** WorkerRequestExtendLeaseData runId. */
            runId: string;

            /** WorkerRequestExtendLeaseData leaseId. */
            leaseId: string;

            /**
             * Creates a new WorkerRequestExtendLeaseData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerRequestExtendLeaseData instance
             */
            static create(properties: connect.v1.WorkerRequestExtendLeaseData.$Shape): connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape;
            static create(properties?: connect.v1.WorkerRequestExtendLeaseData.$Properties): connect.v1.WorkerRequestExtendLeaseData;

            /**
             * Encodes the specified WorkerRequestExtendLeaseData message. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseData.verify|verify} messages.
             * @param message WorkerRequestExtendLeaseData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerRequestExtendLeaseData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerRequestExtendLeaseData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseData.verify|verify} messages.
             * @param message WorkerRequestExtendLeaseData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerRequestExtendLeaseData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerRequestExtendLeaseData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape} WorkerRequestExtendLeaseData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape;

            /**
             * Decodes a WorkerRequestExtendLeaseData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape} WorkerRequestExtendLeaseData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape;

            /**
             * Verifies a WorkerRequestExtendLeaseData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerRequestExtendLeaseData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerRequestExtendLeaseData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerRequestExtendLeaseData;

            /**
             * Creates a plain object from a WorkerRequestExtendLeaseData message. Also converts values to other types if specified.
             * @param message WorkerRequestExtendLeaseData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerRequestExtendLeaseData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerRequestExtendLeaseData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerRequestExtendLeaseData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerRequestExtendLeaseData {

            /** Properties of a WorkerRequestExtendLeaseData. */
            interface $Properties {

                /** WorkerRequestExtendLeaseData requestId */
                requestId?: (string|null);

                /** WorkerRequestExtendLeaseData accountId */
                accountId?: (string|null);

                /** WorkerRequestExtendLeaseData envId */
                envId?: (string|null);

                /** WorkerRequestExtendLeaseData appId */
                appId?: (string|null);

                /** WorkerRequestExtendLeaseData functionSlug */
                functionSlug?: (string|null);

                /** WorkerRequestExtendLeaseData stepId */
                stepId?: (string|null);

                /** WorkerRequestExtendLeaseData systemTraceCtx */
                systemTraceCtx?: (Uint8Array|null);

                /** WorkerRequestExtendLeaseData userTraceCtx */
                userTraceCtx?: (Uint8Array|null);

                /** WorkerRequestExtendLeaseData runId */
                runId?: (string|null);

                /** WorkerRequestExtendLeaseData leaseId */
                leaseId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerRequestExtendLeaseData. */
            type $Shape = connect.v1.WorkerRequestExtendLeaseData.$Properties;
        }

        /**
         * Properties of a WorkerRequestExtendLeaseAckData.
         * @deprecated Use connect.v1.WorkerRequestExtendLeaseAckData.$Properties instead.
         */
        interface IWorkerRequestExtendLeaseAckData extends connect.v1.WorkerRequestExtendLeaseAckData.$Properties {
        }

        /** Represents a WorkerRequestExtendLeaseAckData. */
        class WorkerRequestExtendLeaseAckData {

            /**
             * Constructs a new WorkerRequestExtendLeaseAckData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerRequestExtendLeaseAckData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerRequestExtendLeaseAckData requestId. */
            requestId: string;

            /** WorkerRequestExtendLeaseAckData accountId. */
            accountId: string;

            /** WorkerRequestExtendLeaseAckData envId. */
            envId: string;

            /** WorkerRequestExtendLeaseAckData appId. */
            appId: string;

            /** WorkerRequestExtendLeaseAckData functionSlug. */
            functionSlug: string;

            /** WorkerRequestExtendLeaseAckData newLeaseId. */
            newLeaseId?: (string|null);

            /**
             * Creates a new WorkerRequestExtendLeaseAckData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerRequestExtendLeaseAckData instance
             */
            static create(properties: connect.v1.WorkerRequestExtendLeaseAckData.$Shape): connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape;
            static create(properties?: connect.v1.WorkerRequestExtendLeaseAckData.$Properties): connect.v1.WorkerRequestExtendLeaseAckData;

            /**
             * Encodes the specified WorkerRequestExtendLeaseAckData message. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseAckData.verify|verify} messages.
             * @param message WorkerRequestExtendLeaseAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerRequestExtendLeaseAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerRequestExtendLeaseAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseAckData.verify|verify} messages.
             * @param message WorkerRequestExtendLeaseAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerRequestExtendLeaseAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerRequestExtendLeaseAckData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape} WorkerRequestExtendLeaseAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape;

            /**
             * Decodes a WorkerRequestExtendLeaseAckData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape} WorkerRequestExtendLeaseAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape;

            /**
             * Verifies a WorkerRequestExtendLeaseAckData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerRequestExtendLeaseAckData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerRequestExtendLeaseAckData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerRequestExtendLeaseAckData;

            /**
             * Creates a plain object from a WorkerRequestExtendLeaseAckData message. Also converts values to other types if specified.
             * @param message WorkerRequestExtendLeaseAckData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerRequestExtendLeaseAckData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerRequestExtendLeaseAckData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerRequestExtendLeaseAckData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerRequestExtendLeaseAckData {

            /** Properties of a WorkerRequestExtendLeaseAckData. */
            interface $Properties {

                /** WorkerRequestExtendLeaseAckData requestId */
                requestId?: (string|null);

                /** WorkerRequestExtendLeaseAckData accountId */
                accountId?: (string|null);

                /** WorkerRequestExtendLeaseAckData envId */
                envId?: (string|null);

                /** WorkerRequestExtendLeaseAckData appId */
                appId?: (string|null);

                /** WorkerRequestExtendLeaseAckData functionSlug */
                functionSlug?: (string|null);

                /** WorkerRequestExtendLeaseAckData newLeaseId */
                newLeaseId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerRequestExtendLeaseAckData. */
            type $Shape = connect.v1.WorkerRequestExtendLeaseAckData.$Properties;
        }

        /** SDKResponseStatus enum. */
        enum SDKResponseStatus {

            /** NOT_COMPLETED value */
            NOT_COMPLETED = 0,

            /** DONE value */
            DONE = 1,

            /** ERROR value */
            ERROR = 2
        }

        /**
         * Properties of a SDKResponse.
         * @deprecated Use connect.v1.SDKResponse.$Properties instead.
         */
        interface ISDKResponse extends connect.v1.SDKResponse.$Properties {
        }

        /** Represents a SDKResponse. */
        class SDKResponse {

            /**
             * Constructs a new SDKResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.SDKResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SDKResponse requestId. */
            requestId: string;

            /** SDKResponse accountId. */
            accountId: string;

            /** SDKResponse envId. */
            envId: string;

            /** SDKResponse appId. */
            appId: string;

            /** SDKResponse status. */
            status: connect.v1.SDKResponseStatus;

            /** SDKResponse body. */
            body: Uint8Array;

            /** SDKResponse noRetry. */
            noRetry: boolean;

            /** SDKResponse retryAfter. */
            retryAfter?: (string|null);

            /** SDKResponse sdkVersion. */
            sdkVersion: string;

            /** SDKResponse requestVersion. */
            requestVersion: number;

            /** SDKResponse systemTraceCtx. */
            systemTraceCtx: Uint8Array;

            /** SDKResponse userTraceCtx. */
            userTraceCtx: Uint8Array;

            /** SDKResponse runId. */
            runId: string;

            /**
             * Creates a new SDKResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SDKResponse instance
             */
            static create(properties: connect.v1.SDKResponse.$Shape): connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape;
            static create(properties?: connect.v1.SDKResponse.$Properties): connect.v1.SDKResponse;

            /**
             * Encodes the specified SDKResponse message. Does not implicitly {@link connect.v1.SDKResponse.verify|verify} messages.
             * @param message SDKResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.SDKResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SDKResponse message, length delimited. Does not implicitly {@link connect.v1.SDKResponse.verify|verify} messages.
             * @param message SDKResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.SDKResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SDKResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape} SDKResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape;

            /**
             * Decodes a SDKResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape} SDKResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape;

            /**
             * Verifies a SDKResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SDKResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SDKResponse
             */
            static fromObject(object: { [k: string]: any }): connect.v1.SDKResponse;

            /**
             * Creates a plain object from a SDKResponse message. Also converts values to other types if specified.
             * @param message SDKResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.SDKResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SDKResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SDKResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SDKResponse {

            /** Properties of a SDKResponse. */
            interface $Properties {

                /** SDKResponse requestId */
                requestId?: (string|null);

                /** SDKResponse accountId */
                accountId?: (string|null);

                /** SDKResponse envId */
                envId?: (string|null);

                /** SDKResponse appId */
                appId?: (string|null);

                /** SDKResponse status */
                status?: (connect.v1.SDKResponseStatus|null);

                /** SDKResponse body */
                body?: (Uint8Array|null);

                /** SDKResponse noRetry */
                noRetry?: (boolean|null);

                /** SDKResponse retryAfter */
                retryAfter?: (string|null);

                /** SDKResponse sdkVersion */
                sdkVersion?: (string|null);

                /** SDKResponse requestVersion */
                requestVersion?: (number|null);

                /** SDKResponse systemTraceCtx */
                systemTraceCtx?: (Uint8Array|null);

                /** SDKResponse userTraceCtx */
                userTraceCtx?: (Uint8Array|null);

                /** SDKResponse runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SDKResponse. */
            type $Shape = connect.v1.SDKResponse.$Properties;
        }

        /**
         * Properties of a WorkerReplyAckData.
         * @deprecated Use connect.v1.WorkerReplyAckData.$Properties instead.
         */
        interface IWorkerReplyAckData extends connect.v1.WorkerReplyAckData.$Properties {
        }

        /** Represents a WorkerReplyAckData. */
        class WorkerReplyAckData {

            /**
             * Constructs a new WorkerReplyAckData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerReplyAckData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerReplyAckData requestId. */
            requestId: string;

            /**
             * Creates a new WorkerReplyAckData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerReplyAckData instance
             */
            static create(properties: connect.v1.WorkerReplyAckData.$Shape): connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape;
            static create(properties?: connect.v1.WorkerReplyAckData.$Properties): connect.v1.WorkerReplyAckData;

            /**
             * Encodes the specified WorkerReplyAckData message. Does not implicitly {@link connect.v1.WorkerReplyAckData.verify|verify} messages.
             * @param message WorkerReplyAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerReplyAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerReplyAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerReplyAckData.verify|verify} messages.
             * @param message WorkerReplyAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerReplyAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerReplyAckData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape} WorkerReplyAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape;

            /**
             * Decodes a WorkerReplyAckData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape} WorkerReplyAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape;

            /**
             * Verifies a WorkerReplyAckData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerReplyAckData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerReplyAckData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerReplyAckData;

            /**
             * Creates a plain object from a WorkerReplyAckData message. Also converts values to other types if specified.
             * @param message WorkerReplyAckData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerReplyAckData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerReplyAckData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerReplyAckData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerReplyAckData {

            /** Properties of a WorkerReplyAckData. */
            interface $Properties {

                /** WorkerReplyAckData requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerReplyAckData. */
            type $Shape = connect.v1.WorkerReplyAckData.$Properties;
        }

        /**
         * Properties of a WorkerStatusData.
         * @deprecated Use connect.v1.WorkerStatusData.$Properties instead.
         */
        interface IWorkerStatusData extends connect.v1.WorkerStatusData.$Properties {
        }

        /** Represents a WorkerStatusData. */
        class WorkerStatusData {

            /**
             * Constructs a new WorkerStatusData.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.WorkerStatusData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerStatusData inFlightRequestIds. */
            inFlightRequestIds: string[];

            /** WorkerStatusData shutdownRequested. */
            shutdownRequested: boolean;

            /**
             * Creates a new WorkerStatusData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerStatusData instance
             */
            static create(properties: connect.v1.WorkerStatusData.$Shape): connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape;
            static create(properties?: connect.v1.WorkerStatusData.$Properties): connect.v1.WorkerStatusData;

            /**
             * Encodes the specified WorkerStatusData message. Does not implicitly {@link connect.v1.WorkerStatusData.verify|verify} messages.
             * @param message WorkerStatusData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.WorkerStatusData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerStatusData message, length delimited. Does not implicitly {@link connect.v1.WorkerStatusData.verify|verify} messages.
             * @param message WorkerStatusData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.WorkerStatusData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerStatusData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape} WorkerStatusData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape;

            /**
             * Decodes a WorkerStatusData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape} WorkerStatusData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape;

            /**
             * Verifies a WorkerStatusData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerStatusData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerStatusData
             */
            static fromObject(object: { [k: string]: any }): connect.v1.WorkerStatusData;

            /**
             * Creates a plain object from a WorkerStatusData message. Also converts values to other types if specified.
             * @param message WorkerStatusData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.WorkerStatusData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerStatusData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerStatusData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerStatusData {

            /** Properties of a WorkerStatusData. */
            interface $Properties {

                /** WorkerStatusData inFlightRequestIds */
                inFlightRequestIds?: (string[]|null);

                /** WorkerStatusData shutdownRequested */
                shutdownRequested?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerStatusData. */
            type $Shape = connect.v1.WorkerStatusData.$Properties;
        }

        /** ConnectionStatus enum. */
        enum ConnectionStatus {

            /** CONNECTED value */
            CONNECTED = 0,

            /** READY value */
            READY = 1,

            /** DRAINING value */
            DRAINING = 2,

            /** DISCONNECTING value */
            DISCONNECTING = 3,

            /** DISCONNECTED value */
            DISCONNECTED = 4
        }

        /** WorkerDisconnectReason enum. */
        enum WorkerDisconnectReason {

            /** WORKER_SHUTDOWN value */
            WORKER_SHUTDOWN = 0,

            /** UNEXPECTED value */
            UNEXPECTED = 1,

            /** GATEWAY_DRAINING value */
            GATEWAY_DRAINING = 2,

            /** CONSECUTIVE_HEARTBEATS_MISSED value */
            CONSECUTIVE_HEARTBEATS_MISSED = 3,

            /** MESSAGE_TOO_LARGE value */
            MESSAGE_TOO_LARGE = 4
        }

        /**
         * Properties of a SystemAttributes.
         * @deprecated Use connect.v1.SystemAttributes.$Properties instead.
         */
        interface ISystemAttributes extends connect.v1.SystemAttributes.$Properties {
        }

        /** Represents a SystemAttributes. */
        class SystemAttributes {

            /**
             * Constructs a new SystemAttributes.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.SystemAttributes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SystemAttributes cpuCores. */
            cpuCores: number;

            /** SystemAttributes memBytes. */
            memBytes: number;

            /** SystemAttributes os. */
            os: string;

            /**
             * Creates a new SystemAttributes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SystemAttributes instance
             */
            static create(properties: connect.v1.SystemAttributes.$Shape): connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape;
            static create(properties?: connect.v1.SystemAttributes.$Properties): connect.v1.SystemAttributes;

            /**
             * Encodes the specified SystemAttributes message. Does not implicitly {@link connect.v1.SystemAttributes.verify|verify} messages.
             * @param message SystemAttributes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.SystemAttributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SystemAttributes message, length delimited. Does not implicitly {@link connect.v1.SystemAttributes.verify|verify} messages.
             * @param message SystemAttributes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.SystemAttributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SystemAttributes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape} SystemAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape;

            /**
             * Decodes a SystemAttributes message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape} SystemAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape;

            /**
             * Verifies a SystemAttributes message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SystemAttributes message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SystemAttributes
             */
            static fromObject(object: { [k: string]: any }): connect.v1.SystemAttributes;

            /**
             * Creates a plain object from a SystemAttributes message. Also converts values to other types if specified.
             * @param message SystemAttributes
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.SystemAttributes, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SystemAttributes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SystemAttributes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemAttributes {

            /** Properties of a SystemAttributes. */
            interface $Properties {

                /** SystemAttributes cpuCores */
                cpuCores?: (number|null);

                /** SystemAttributes memBytes */
                memBytes?: (number|null);

                /** SystemAttributes os */
                os?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SystemAttributes. */
            type $Shape = connect.v1.SystemAttributes.$Properties;
        }

        /**
         * Properties of a ConnMetadata.
         * @deprecated Use connect.v1.ConnMetadata.$Properties instead.
         */
        interface IConnMetadata extends connect.v1.ConnMetadata.$Properties {
        }

        /** Represents a ConnMetadata. */
        class ConnMetadata {

            /**
             * Constructs a new ConnMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.ConnMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnMetadata id. */
            id: string;

            /** ConnMetadata gatewayId. */
            gatewayId: string;

            /** ConnMetadata instanceId. */
            instanceId: string;

            /** ConnMetadata allWorkerGroups. */
            allWorkerGroups: { [k: string]: string };

            /** ConnMetadata syncedWorkerGroups. */
            syncedWorkerGroups: { [k: string]: string };

            /** ConnMetadata status. */
            status: connect.v1.ConnectionStatus;

            /** ConnMetadata lastHeartbeatAt. */
            lastHeartbeatAt?: (google.protobuf.Timestamp.$Properties|null);

            /** ConnMetadata sdkLanguage. */
            sdkLanguage: string;

            /** ConnMetadata sdkVersion. */
            sdkVersion: string;

            /** ConnMetadata attributes. */
            attributes?: (connect.v1.SystemAttributes.$Properties|null);

            /**
             * Creates a new ConnMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnMetadata instance
             */
            static create(properties: connect.v1.ConnMetadata.$Shape): connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape;
            static create(properties?: connect.v1.ConnMetadata.$Properties): connect.v1.ConnMetadata;

            /**
             * Encodes the specified ConnMetadata message. Does not implicitly {@link connect.v1.ConnMetadata.verify|verify} messages.
             * @param message ConnMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.ConnMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnMetadata message, length delimited. Does not implicitly {@link connect.v1.ConnMetadata.verify|verify} messages.
             * @param message ConnMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.ConnMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape} ConnMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape;

            /**
             * Decodes a ConnMetadata message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape} ConnMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape;

            /**
             * Verifies a ConnMetadata message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnMetadata message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnMetadata
             */
            static fromObject(object: { [k: string]: any }): connect.v1.ConnMetadata;

            /**
             * Creates a plain object from a ConnMetadata message. Also converts values to other types if specified.
             * @param message ConnMetadata
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.ConnMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnMetadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnMetadata {

            /** Properties of a ConnMetadata. */
            interface $Properties {

                /** ConnMetadata id */
                id?: (string|null);

                /** ConnMetadata gatewayId */
                gatewayId?: (string|null);

                /** ConnMetadata instanceId */
                instanceId?: (string|null);

                /** ConnMetadata allWorkerGroups */
                allWorkerGroups?: ({ [k: string]: string }|null);

                /** ConnMetadata syncedWorkerGroups */
                syncedWorkerGroups?: ({ [k: string]: string }|null);

                /** ConnMetadata status */
                status?: (connect.v1.ConnectionStatus|null);

                /** ConnMetadata lastHeartbeatAt */
                lastHeartbeatAt?: (google.protobuf.Timestamp.$Properties|null);

                /** ConnMetadata sdkLanguage */
                sdkLanguage?: (string|null);

                /** ConnMetadata sdkVersion */
                sdkVersion?: (string|null);

                /** ConnMetadata attributes */
                attributes?: (connect.v1.SystemAttributes.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnMetadata. */
            type $Shape = connect.v1.ConnMetadata.$Properties;
        }

        /**
         * Properties of a ConnGroup.
         * @deprecated Use connect.v1.ConnGroup.$Properties instead.
         */
        interface IConnGroup extends connect.v1.ConnGroup.$Properties {
        }

        /** Represents a ConnGroup. */
        class ConnGroup {

            /**
             * Constructs a new ConnGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.ConnGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnGroup envId. */
            envId: string;

            /** ConnGroup appId. */
            appId: string;

            /** ConnGroup appName. */
            appName: string;

            /** ConnGroup hash. */
            hash: string;

            /** ConnGroup conns. */
            conns: connect.v1.ConnMetadata.$Properties[];

            /** ConnGroup syncId. */
            syncId?: (string|null);

            /** ConnGroup appVersion. */
            appVersion?: (string|null);

            /**
             * Creates a new ConnGroup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnGroup instance
             */
            static create(properties: connect.v1.ConnGroup.$Shape): connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape;
            static create(properties?: connect.v1.ConnGroup.$Properties): connect.v1.ConnGroup;

            /**
             * Encodes the specified ConnGroup message. Does not implicitly {@link connect.v1.ConnGroup.verify|verify} messages.
             * @param message ConnGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.ConnGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnGroup message, length delimited. Does not implicitly {@link connect.v1.ConnGroup.verify|verify} messages.
             * @param message ConnGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.ConnGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape} ConnGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape;

            /**
             * Decodes a ConnGroup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape} ConnGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape;

            /**
             * Verifies a ConnGroup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnGroup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnGroup
             */
            static fromObject(object: { [k: string]: any }): connect.v1.ConnGroup;

            /**
             * Creates a plain object from a ConnGroup message. Also converts values to other types if specified.
             * @param message ConnGroup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.ConnGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnGroup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnGroup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnGroup {

            /** Properties of a ConnGroup. */
            interface $Properties {

                /** ConnGroup envId */
                envId?: (string|null);

                /** ConnGroup appId */
                appId?: (string|null);

                /** ConnGroup appName */
                appName?: (string|null);

                /** ConnGroup hash */
                hash?: (string|null);

                /** ConnGroup conns */
                conns?: (connect.v1.ConnMetadata.$Properties[]|null);

                /** ConnGroup syncId */
                syncId?: (string|null);

                /** ConnGroup appVersion */
                appVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnGroup. */
            type $Shape = connect.v1.ConnGroup.$Properties;
        }

        /**
         * Properties of a StartRequest.
         * @deprecated Use connect.v1.StartRequest.$Properties instead.
         */
        interface IStartRequest extends connect.v1.StartRequest.$Properties {
        }

        /** Represents a StartRequest. */
        class StartRequest {

            /**
             * Constructs a new StartRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.StartRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRequest excludeGateways. */
            excludeGateways: string[];

            /**
             * Creates a new StartRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRequest instance
             */
            static create(properties: connect.v1.StartRequest.$Shape): connect.v1.StartRequest & connect.v1.StartRequest.$Shape;
            static create(properties?: connect.v1.StartRequest.$Properties): connect.v1.StartRequest;

            /**
             * Encodes the specified StartRequest message. Does not implicitly {@link connect.v1.StartRequest.verify|verify} messages.
             * @param message StartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link connect.v1.StartRequest.verify|verify} messages.
             * @param message StartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.StartRequest & connect.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.StartRequest & connect.v1.StartRequest.$Shape;

            /**
             * Decodes a StartRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.StartRequest & connect.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.StartRequest & connect.v1.StartRequest.$Shape;

            /**
             * Verifies a StartRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartRequest
             */
            static fromObject(object: { [k: string]: any }): connect.v1.StartRequest;

            /**
             * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
             * @param message StartRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartRequest {

            /** Properties of a StartRequest. */
            interface $Properties {

                /** StartRequest excludeGateways */
                excludeGateways?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRequest. */
            type $Shape = connect.v1.StartRequest.$Properties;
        }

        /**
         * Properties of a StartResponse.
         * @deprecated Use connect.v1.StartResponse.$Properties instead.
         */
        interface IStartResponse extends connect.v1.StartResponse.$Properties {
        }

        /** Represents a StartResponse. */
        class StartResponse {

            /**
             * Constructs a new StartResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.StartResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartResponse connectionId. */
            connectionId: string;

            /** StartResponse gatewayEndpoint. */
            gatewayEndpoint: string;

            /** StartResponse gatewayGroup. */
            gatewayGroup: string;

            /** StartResponse sessionToken. */
            sessionToken: string;

            /** StartResponse syncToken. */
            syncToken: string;

            /**
             * Creates a new StartResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartResponse instance
             */
            static create(properties: connect.v1.StartResponse.$Shape): connect.v1.StartResponse & connect.v1.StartResponse.$Shape;
            static create(properties?: connect.v1.StartResponse.$Properties): connect.v1.StartResponse;

            /**
             * Encodes the specified StartResponse message. Does not implicitly {@link connect.v1.StartResponse.verify|verify} messages.
             * @param message StartResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartResponse message, length delimited. Does not implicitly {@link connect.v1.StartResponse.verify|verify} messages.
             * @param message StartResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.StartResponse & connect.v1.StartResponse.$Shape} StartResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.StartResponse & connect.v1.StartResponse.$Shape;

            /**
             * Decodes a StartResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.StartResponse & connect.v1.StartResponse.$Shape} StartResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.StartResponse & connect.v1.StartResponse.$Shape;

            /**
             * Verifies a StartResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartResponse
             */
            static fromObject(object: { [k: string]: any }): connect.v1.StartResponse;

            /**
             * Creates a plain object from a StartResponse message. Also converts values to other types if specified.
             * @param message StartResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartResponse {

            /** Properties of a StartResponse. */
            interface $Properties {

                /** StartResponse connectionId */
                connectionId?: (string|null);

                /** StartResponse gatewayEndpoint */
                gatewayEndpoint?: (string|null);

                /** StartResponse gatewayGroup */
                gatewayGroup?: (string|null);

                /** StartResponse sessionToken */
                sessionToken?: (string|null);

                /** StartResponse syncToken */
                syncToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartResponse. */
            type $Shape = connect.v1.StartResponse.$Properties;
        }

        /**
         * Properties of a FlushResponse.
         * @deprecated Use connect.v1.FlushResponse.$Properties instead.
         */
        interface IFlushResponse extends connect.v1.FlushResponse.$Properties {
        }

        /** Represents a FlushResponse. */
        class FlushResponse {

            /**
             * Constructs a new FlushResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.FlushResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlushResponse requestId. */
            requestId: string;

            /**
             * Creates a new FlushResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FlushResponse instance
             */
            static create(properties: connect.v1.FlushResponse.$Shape): connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape;
            static create(properties?: connect.v1.FlushResponse.$Properties): connect.v1.FlushResponse;

            /**
             * Encodes the specified FlushResponse message. Does not implicitly {@link connect.v1.FlushResponse.verify|verify} messages.
             * @param message FlushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.FlushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FlushResponse message, length delimited. Does not implicitly {@link connect.v1.FlushResponse.verify|verify} messages.
             * @param message FlushResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.FlushResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlushResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape;

            /**
             * Decodes a FlushResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape;

            /**
             * Verifies a FlushResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FlushResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FlushResponse
             */
            static fromObject(object: { [k: string]: any }): connect.v1.FlushResponse;

            /**
             * Creates a plain object from a FlushResponse message. Also converts values to other types if specified.
             * @param message FlushResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.FlushResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FlushResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FlushResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlushResponse {

            /** Properties of a FlushResponse. */
            interface $Properties {

                /** FlushResponse requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlushResponse. */
            type $Shape = connect.v1.FlushResponse.$Properties;
        }

        /**
         * Properties of a PubSubAckMessage.
         * @deprecated Use connect.v1.PubSubAckMessage.$Properties instead.
         */
        interface IPubSubAckMessage extends connect.v1.PubSubAckMessage.$Properties {
        }

        /** Represents a PubSubAckMessage. */
        class PubSubAckMessage {

            /**
             * Constructs a new PubSubAckMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.PubSubAckMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PubSubAckMessage ts. */
            ts?: (google.protobuf.Timestamp.$Properties|null);

            /** PubSubAckMessage nack. */
            nack?: (boolean|null);

            /** PubSubAckMessage nackReason. */
            nackReason?: (connect.v1.SystemError.$Properties|null);

            /**
             * Creates a new PubSubAckMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PubSubAckMessage instance
             */
            static create(properties: connect.v1.PubSubAckMessage.$Shape): connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape;
            static create(properties?: connect.v1.PubSubAckMessage.$Properties): connect.v1.PubSubAckMessage;

            /**
             * Encodes the specified PubSubAckMessage message. Does not implicitly {@link connect.v1.PubSubAckMessage.verify|verify} messages.
             * @param message PubSubAckMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.PubSubAckMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PubSubAckMessage message, length delimited. Does not implicitly {@link connect.v1.PubSubAckMessage.verify|verify} messages.
             * @param message PubSubAckMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.PubSubAckMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PubSubAckMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape} PubSubAckMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape;

            /**
             * Decodes a PubSubAckMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape} PubSubAckMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape;

            /**
             * Verifies a PubSubAckMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PubSubAckMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PubSubAckMessage
             */
            static fromObject(object: { [k: string]: any }): connect.v1.PubSubAckMessage;

            /**
             * Creates a plain object from a PubSubAckMessage message. Also converts values to other types if specified.
             * @param message PubSubAckMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.PubSubAckMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PubSubAckMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PubSubAckMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PubSubAckMessage {

            /** Properties of a PubSubAckMessage. */
            interface $Properties {

                /** PubSubAckMessage ts */
                ts?: (google.protobuf.Timestamp.$Properties|null);

                /** PubSubAckMessage nack */
                nack?: (boolean|null);

                /** PubSubAckMessage nackReason */
                nackReason?: (connect.v1.SystemError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PubSubAckMessage. */
            type $Shape = connect.v1.PubSubAckMessage.$Properties;
        }

        /**
         * Properties of a SystemError.
         * @deprecated Use connect.v1.SystemError.$Properties instead.
         */
        interface ISystemError extends connect.v1.SystemError.$Properties {
        }

        /** Represents a SystemError. */
        class SystemError {

            /**
             * Constructs a new SystemError.
             * @param [properties] Properties to set
             */
            constructor(properties?: connect.v1.SystemError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SystemError code. */
            code: string;

            /** SystemError data. */
            data?: (Uint8Array|null);

            /** SystemError message. */
            message: string;

            /**
             * Creates a new SystemError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SystemError instance
             */
            static create(properties: connect.v1.SystemError.$Shape): connect.v1.SystemError & connect.v1.SystemError.$Shape;
            static create(properties?: connect.v1.SystemError.$Properties): connect.v1.SystemError;

            /**
             * Encodes the specified SystemError message. Does not implicitly {@link connect.v1.SystemError.verify|verify} messages.
             * @param message SystemError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: connect.v1.SystemError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SystemError message, length delimited. Does not implicitly {@link connect.v1.SystemError.verify|verify} messages.
             * @param message SystemError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: connect.v1.SystemError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SystemError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {connect.v1.SystemError & connect.v1.SystemError.$Shape} SystemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): connect.v1.SystemError & connect.v1.SystemError.$Shape;

            /**
             * Decodes a SystemError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {connect.v1.SystemError & connect.v1.SystemError.$Shape} SystemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): connect.v1.SystemError & connect.v1.SystemError.$Shape;

            /**
             * Verifies a SystemError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SystemError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SystemError
             */
            static fromObject(object: { [k: string]: any }): connect.v1.SystemError;

            /**
             * Creates a plain object from a SystemError message. Also converts values to other types if specified.
             * @param message SystemError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: connect.v1.SystemError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SystemError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SystemError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemError {

            /** Properties of a SystemError. */
            interface $Properties {

                /** SystemError code */
                code?: (string|null);

                /** SystemError data */
                data?: (Uint8Array|null);

                /** SystemError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SystemError. */
            type $Shape = connect.v1.SystemError.$Properties;
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}

/** Namespace sdk_feature_observations. */
export namespace sdk_feature_observations {

    /** Namespace v1. */
    namespace v1 {

        /** OTelProviderSource enum. */
        enum OTelProviderSource {

            /** OTEL_PROVIDER_SOURCE_UNSPECIFIED value */
            OTEL_PROVIDER_SOURCE_UNSPECIFIED = 0,

            /** OTEL_PROVIDER_SOURCE_FIRST_PARTY value */
            OTEL_PROVIDER_SOURCE_FIRST_PARTY = 1,

            /** OTEL_PROVIDER_SOURCE_USER_PROVIDED value */
            OTEL_PROVIDER_SOURCE_USER_PROVIDED = 2,

            /** OTEL_PROVIDER_SOURCE_LEGACY_SDK value */
            OTEL_PROVIDER_SOURCE_LEGACY_SDK = 3
        }

        /** OTelSetupPath enum. */
        enum OTelSetupPath {

            /** OTEL_SETUP_PATH_UNSPECIFIED value */
            OTEL_SETUP_PATH_UNSPECIFIED = 0,

            /** OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER value */
            OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER = 1,

            /** OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER value */
            OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER = 2
        }

        /** OTelSetupFailure enum. */
        enum OTelSetupFailure {

            /** OTEL_SETUP_FAILURE_UNSPECIFIED value */
            OTEL_SETUP_FAILURE_UNSPECIFIED = 0,

            /** OTEL_SETUP_FAILURE_NO_PROVIDER value */
            OTEL_SETUP_FAILURE_NO_PROVIDER = 1,

            /** OTEL_SETUP_FAILURE_NOT_ADDED value */
            OTEL_SETUP_FAILURE_NOT_ADDED = 2,

            /** OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED value */
            OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED = 3,

            /** OTEL_SETUP_FAILURE_UNKNOWN_ERROR value */
            OTEL_SETUP_FAILURE_UNKNOWN_ERROR = 4
        }

        /** AIMetadataExtractionReadinessReason enum. */
        enum AIMetadataExtractionReadinessReason {

            /** AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED value */
            AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED = 0,

            /** AI_METADATA_EXTRACTION_READINESS_REASON_READY value */
            AI_METADATA_EXTRACTION_READINESS_REASON_READY = 1,

            /** AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER value */
            AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER = 2,

            /** AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING value */
            AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING = 3,

            /** AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED value */
            AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED = 4
        }

        /** ExtendedTracesReadinessReason enum. */
        enum ExtendedTracesReadinessReason {

            /** EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED value */
            EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED = 0,

            /** EXTENDED_TRACES_READINESS_REASON_READY value */
            EXTENDED_TRACES_READINESS_REASON_READY = 1,

            /** EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER value */
            EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER = 2,

            /** EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER value */
            EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER = 3,

            /** EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING value */
            EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING = 4,

            /** EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED value */
            EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED = 5,

            /** EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED value */
            EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED = 6
        }

        /** ExtendedTracesBehavior enum. */
        enum ExtendedTracesBehavior {

            /** EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED value */
            EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED = 0,

            /** EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER value */
            EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER = 1,

            /** EXTENDED_TRACES_BEHAVIOR_OFF value */
            EXTENDED_TRACES_BEHAVIOR_OFF = 2,

            /** EXTENDED_TRACES_BEHAVIOR_AUTO value */
            EXTENDED_TRACES_BEHAVIOR_AUTO = 3,

            /** EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER value */
            EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER = 4,

            /** EXTENDED_TRACES_BEHAVIOR_UNKNOWN value */
            EXTENDED_TRACES_BEHAVIOR_UNKNOWN = 5
        }

        /** SendEventsReadinessReason enum. */
        enum SendEventsReadinessReason {

            /** SEND_EVENTS_READINESS_REASON_UNSPECIFIED value */
            SEND_EVENTS_READINESS_REASON_UNSPECIFIED = 0,

            /** SEND_EVENTS_READINESS_REASON_READY value */
            SEND_EVENTS_READINESS_REASON_READY = 1,

            /** SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING value */
            SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING = 2
        }

        /**
         * Properties of a OTelSetup.
         * @deprecated Use sdk_feature_observations.v1.OTelSetup.$Properties instead.
         */
        interface IOTelSetup extends sdk_feature_observations.v1.OTelSetup.$Properties {
        }

        /** Represents a OTelSetup. */
        class OTelSetup {

            /**
             * Constructs a new OTelSetup.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.OTelSetup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OTelSetup path. */
            path: sdk_feature_observations.v1.OTelSetupPath;

            /** OTelSetup providerFound. */
            providerFound: boolean;

            /** OTelSetup providerSource. */
            providerSource: sdk_feature_observations.v1.OTelProviderSource;

            /** OTelSetup addSpanProcessorAttempted. */
            addSpanProcessorAttempted: boolean;

            /** OTelSetup spanProcessorAdded. */
            spanProcessorAdded: boolean;

            /** OTelSetup failure. */
            failure: sdk_feature_observations.v1.OTelSetupFailure;

            /**
             * Creates a new OTelSetup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OTelSetup instance
             */
            static create(properties: sdk_feature_observations.v1.OTelSetup.$Shape): sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape;
            static create(properties?: sdk_feature_observations.v1.OTelSetup.$Properties): sdk_feature_observations.v1.OTelSetup;

            /**
             * Encodes the specified OTelSetup message. Does not implicitly {@link sdk_feature_observations.v1.OTelSetup.verify|verify} messages.
             * @param message OTelSetup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.OTelSetup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OTelSetup message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.OTelSetup.verify|verify} messages.
             * @param message OTelSetup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.OTelSetup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a OTelSetup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape} OTelSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape;

            /**
             * Decodes a OTelSetup message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape} OTelSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape;

            /**
             * Verifies a OTelSetup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a OTelSetup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OTelSetup
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.OTelSetup;

            /**
             * Creates a plain object from a OTelSetup message. Also converts values to other types if specified.
             * @param message OTelSetup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.OTelSetup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OTelSetup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OTelSetup
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OTelSetup {

            /** Properties of a OTelSetup. */
            interface $Properties {

                /** OTelSetup path */
                path?: (sdk_feature_observations.v1.OTelSetupPath|null);

                /** OTelSetup providerFound */
                providerFound?: (boolean|null);

                /** OTelSetup providerSource */
                providerSource?: (sdk_feature_observations.v1.OTelProviderSource|null);

                /** OTelSetup addSpanProcessorAttempted */
                addSpanProcessorAttempted?: (boolean|null);

                /** OTelSetup spanProcessorAdded */
                spanProcessorAdded?: (boolean|null);

                /** OTelSetup failure */
                failure?: (sdk_feature_observations.v1.OTelSetupFailure|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a OTelSetup. */
            type $Shape = sdk_feature_observations.v1.OTelSetup.$Properties;
        }

        /**
         * Properties of a AIMetadataExtraction.
         * @deprecated Use sdk_feature_observations.v1.AIMetadataExtraction.$Properties instead.
         */
        interface IAIMetadataExtraction extends sdk_feature_observations.v1.AIMetadataExtraction.$Properties {
        }

        /** Represents a AIMetadataExtraction. */
        class AIMetadataExtraction {

            /**
             * Constructs a new AIMetadataExtraction.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.AIMetadataExtraction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AIMetadataExtraction readinessReason. */
            readinessReason: sdk_feature_observations.v1.AIMetadataExtractionReadinessReason;

            /** AIMetadataExtraction otelSetup. */
            otelSetup?: (sdk_feature_observations.v1.OTelSetup.$Properties|null);

            /**
             * Creates a new AIMetadataExtraction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AIMetadataExtraction instance
             */
            static create(properties: sdk_feature_observations.v1.AIMetadataExtraction.$Shape): sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape;
            static create(properties?: sdk_feature_observations.v1.AIMetadataExtraction.$Properties): sdk_feature_observations.v1.AIMetadataExtraction;

            /**
             * Encodes the specified AIMetadataExtraction message. Does not implicitly {@link sdk_feature_observations.v1.AIMetadataExtraction.verify|verify} messages.
             * @param message AIMetadataExtraction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.AIMetadataExtraction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AIMetadataExtraction message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.AIMetadataExtraction.verify|verify} messages.
             * @param message AIMetadataExtraction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.AIMetadataExtraction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a AIMetadataExtraction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape} AIMetadataExtraction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape;

            /**
             * Decodes a AIMetadataExtraction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape} AIMetadataExtraction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape;

            /**
             * Verifies a AIMetadataExtraction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a AIMetadataExtraction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AIMetadataExtraction
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.AIMetadataExtraction;

            /**
             * Creates a plain object from a AIMetadataExtraction message. Also converts values to other types if specified.
             * @param message AIMetadataExtraction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.AIMetadataExtraction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AIMetadataExtraction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AIMetadataExtraction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AIMetadataExtraction {

            /** Properties of a AIMetadataExtraction. */
            interface $Properties {

                /** AIMetadataExtraction readinessReason */
                readinessReason?: (sdk_feature_observations.v1.AIMetadataExtractionReadinessReason|null);

                /** AIMetadataExtraction otelSetup */
                otelSetup?: (sdk_feature_observations.v1.OTelSetup.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a AIMetadataExtraction. */
            type $Shape = sdk_feature_observations.v1.AIMetadataExtraction.$Properties;
        }

        /**
         * Properties of an ExtendedTracesConfig.
         * @deprecated Use sdk_feature_observations.v1.ExtendedTracesConfig.$Properties instead.
         */
        interface IExtendedTracesConfig extends sdk_feature_observations.v1.ExtendedTracesConfig.$Properties {
        }

        /** Represents an ExtendedTracesConfig. */
        class ExtendedTracesConfig {

            /**
             * Constructs a new ExtendedTracesConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.ExtendedTracesConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtendedTracesConfig behavior. */
            behavior: sdk_feature_observations.v1.ExtendedTracesBehavior;

            /**
             * Creates a new ExtendedTracesConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtendedTracesConfig instance
             */
            static create(properties: sdk_feature_observations.v1.ExtendedTracesConfig.$Shape): sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape;
            static create(properties?: sdk_feature_observations.v1.ExtendedTracesConfig.$Properties): sdk_feature_observations.v1.ExtendedTracesConfig;

            /**
             * Encodes the specified ExtendedTracesConfig message. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTracesConfig.verify|verify} messages.
             * @param message ExtendedTracesConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.ExtendedTracesConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExtendedTracesConfig message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTracesConfig.verify|verify} messages.
             * @param message ExtendedTracesConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.ExtendedTracesConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtendedTracesConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape} ExtendedTracesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape;

            /**
             * Decodes an ExtendedTracesConfig message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape} ExtendedTracesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape;

            /**
             * Verifies an ExtendedTracesConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtendedTracesConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtendedTracesConfig
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.ExtendedTracesConfig;

            /**
             * Creates a plain object from an ExtendedTracesConfig message. Also converts values to other types if specified.
             * @param message ExtendedTracesConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.ExtendedTracesConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtendedTracesConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtendedTracesConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtendedTracesConfig {

            /** Properties of an ExtendedTracesConfig. */
            interface $Properties {

                /** ExtendedTracesConfig behavior */
                behavior?: (sdk_feature_observations.v1.ExtendedTracesBehavior|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtendedTracesConfig. */
            type $Shape = sdk_feature_observations.v1.ExtendedTracesConfig.$Properties;
        }

        /**
         * Properties of an ExtendedTraces.
         * @deprecated Use sdk_feature_observations.v1.ExtendedTraces.$Properties instead.
         */
        interface IExtendedTraces extends sdk_feature_observations.v1.ExtendedTraces.$Properties {
        }

        /** Represents an ExtendedTraces. */
        class ExtendedTraces {

            /**
             * Constructs a new ExtendedTraces.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.ExtendedTraces.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExtendedTraces readinessReason. */
            readinessReason: sdk_feature_observations.v1.ExtendedTracesReadinessReason;

            /** ExtendedTraces config. */
            config?: (sdk_feature_observations.v1.ExtendedTracesConfig.$Properties|null);

            /** ExtendedTraces otelSetup. */
            otelSetup?: (sdk_feature_observations.v1.OTelSetup.$Properties|null);

            /**
             * Creates a new ExtendedTraces instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExtendedTraces instance
             */
            static create(properties: sdk_feature_observations.v1.ExtendedTraces.$Shape): sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape;
            static create(properties?: sdk_feature_observations.v1.ExtendedTraces.$Properties): sdk_feature_observations.v1.ExtendedTraces;

            /**
             * Encodes the specified ExtendedTraces message. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTraces.verify|verify} messages.
             * @param message ExtendedTraces message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.ExtendedTraces.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExtendedTraces message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTraces.verify|verify} messages.
             * @param message ExtendedTraces message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.ExtendedTraces.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExtendedTraces message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape} ExtendedTraces
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape;

            /**
             * Decodes an ExtendedTraces message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape} ExtendedTraces
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape;

            /**
             * Verifies an ExtendedTraces message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExtendedTraces message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExtendedTraces
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.ExtendedTraces;

            /**
             * Creates a plain object from an ExtendedTraces message. Also converts values to other types if specified.
             * @param message ExtendedTraces
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.ExtendedTraces, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExtendedTraces to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExtendedTraces
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtendedTraces {

            /** Properties of an ExtendedTraces. */
            interface $Properties {

                /** ExtendedTraces readinessReason */
                readinessReason?: (sdk_feature_observations.v1.ExtendedTracesReadinessReason|null);

                /** ExtendedTraces config */
                config?: (sdk_feature_observations.v1.ExtendedTracesConfig.$Properties|null);

                /** ExtendedTraces otelSetup */
                otelSetup?: (sdk_feature_observations.v1.OTelSetup.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExtendedTraces. */
            type $Shape = sdk_feature_observations.v1.ExtendedTraces.$Properties;
        }

        /**
         * Properties of a SendEventsConfig.
         * @deprecated Use sdk_feature_observations.v1.SendEventsConfig.$Properties instead.
         */
        interface ISendEventsConfig extends sdk_feature_observations.v1.SendEventsConfig.$Properties {
        }

        /** Represents a SendEventsConfig. */
        class SendEventsConfig {

            /**
             * Constructs a new SendEventsConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.SendEventsConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendEventsConfig eventKeyConfigured. */
            eventKeyConfigured: boolean;

            /** SendEventsConfig eventApiOriginOverrideConfigured. */
            eventApiOriginOverrideConfigured: boolean;

            /**
             * Creates a new SendEventsConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendEventsConfig instance
             */
            static create(properties: sdk_feature_observations.v1.SendEventsConfig.$Shape): sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape;
            static create(properties?: sdk_feature_observations.v1.SendEventsConfig.$Properties): sdk_feature_observations.v1.SendEventsConfig;

            /**
             * Encodes the specified SendEventsConfig message. Does not implicitly {@link sdk_feature_observations.v1.SendEventsConfig.verify|verify} messages.
             * @param message SendEventsConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.SendEventsConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendEventsConfig message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.SendEventsConfig.verify|verify} messages.
             * @param message SendEventsConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.SendEventsConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendEventsConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape} SendEventsConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape;

            /**
             * Decodes a SendEventsConfig message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape} SendEventsConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape;

            /**
             * Verifies a SendEventsConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendEventsConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendEventsConfig
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.SendEventsConfig;

            /**
             * Creates a plain object from a SendEventsConfig message. Also converts values to other types if specified.
             * @param message SendEventsConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.SendEventsConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendEventsConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendEventsConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendEventsConfig {

            /** Properties of a SendEventsConfig. */
            interface $Properties {

                /** SendEventsConfig eventKeyConfigured */
                eventKeyConfigured?: (boolean|null);

                /** SendEventsConfig eventApiOriginOverrideConfigured */
                eventApiOriginOverrideConfigured?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendEventsConfig. */
            type $Shape = sdk_feature_observations.v1.SendEventsConfig.$Properties;
        }

        /**
         * Properties of a SendEvents.
         * @deprecated Use sdk_feature_observations.v1.SendEvents.$Properties instead.
         */
        interface ISendEvents extends sdk_feature_observations.v1.SendEvents.$Properties {
        }

        /** Represents a SendEvents. */
        class SendEvents {

            /**
             * Constructs a new SendEvents.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.SendEvents.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendEvents readinessReason. */
            readinessReason: sdk_feature_observations.v1.SendEventsReadinessReason;

            /** SendEvents config. */
            config?: (sdk_feature_observations.v1.SendEventsConfig.$Properties|null);

            /**
             * Creates a new SendEvents instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendEvents instance
             */
            static create(properties: sdk_feature_observations.v1.SendEvents.$Shape): sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape;
            static create(properties?: sdk_feature_observations.v1.SendEvents.$Properties): sdk_feature_observations.v1.SendEvents;

            /**
             * Encodes the specified SendEvents message. Does not implicitly {@link sdk_feature_observations.v1.SendEvents.verify|verify} messages.
             * @param message SendEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.SendEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendEvents message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.SendEvents.verify|verify} messages.
             * @param message SendEvents message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.SendEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendEvents message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape} SendEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape;

            /**
             * Decodes a SendEvents message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape} SendEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape;

            /**
             * Verifies a SendEvents message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SendEvents message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SendEvents
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.SendEvents;

            /**
             * Creates a plain object from a SendEvents message. Also converts values to other types if specified.
             * @param message SendEvents
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.SendEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendEvents to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendEvents
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendEvents {

            /** Properties of a SendEvents. */
            interface $Properties {

                /** SendEvents readinessReason */
                readinessReason?: (sdk_feature_observations.v1.SendEventsReadinessReason|null);

                /** SendEvents config */
                config?: (sdk_feature_observations.v1.SendEventsConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendEvents. */
            type $Shape = sdk_feature_observations.v1.SendEvents.$Properties;
        }

        /**
         * Properties of a FeatureObservations.
         * @deprecated Use sdk_feature_observations.v1.FeatureObservations.$Properties instead.
         */
        interface IFeatureObservations extends sdk_feature_observations.v1.FeatureObservations.$Properties {
        }

        /** Represents a FeatureObservations. */
        class FeatureObservations {

            /**
             * Constructs a new FeatureObservations.
             * @param [properties] Properties to set
             */
            constructor(properties?: sdk_feature_observations.v1.FeatureObservations.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FeatureObservations aiMetadataExtraction. */
            aiMetadataExtraction?: (sdk_feature_observations.v1.AIMetadataExtraction.$Properties|null);

            /** FeatureObservations extendedTraces. */
            extendedTraces?: (sdk_feature_observations.v1.ExtendedTraces.$Properties|null);

            /** FeatureObservations sendEvents. */
            sendEvents?: (sdk_feature_observations.v1.SendEvents.$Properties|null);

            /**
             * Creates a new FeatureObservations instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FeatureObservations instance
             */
            static create(properties: sdk_feature_observations.v1.FeatureObservations.$Shape): sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape;
            static create(properties?: sdk_feature_observations.v1.FeatureObservations.$Properties): sdk_feature_observations.v1.FeatureObservations;

            /**
             * Encodes the specified FeatureObservations message. Does not implicitly {@link sdk_feature_observations.v1.FeatureObservations.verify|verify} messages.
             * @param message FeatureObservations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sdk_feature_observations.v1.FeatureObservations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FeatureObservations message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.FeatureObservations.verify|verify} messages.
             * @param message FeatureObservations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sdk_feature_observations.v1.FeatureObservations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FeatureObservations message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape} FeatureObservations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape;

            /**
             * Decodes a FeatureObservations message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape} FeatureObservations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape;

            /**
             * Verifies a FeatureObservations message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FeatureObservations message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FeatureObservations
             */
            static fromObject(object: { [k: string]: any }): sdk_feature_observations.v1.FeatureObservations;

            /**
             * Creates a plain object from a FeatureObservations message. Also converts values to other types if specified.
             * @param message FeatureObservations
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sdk_feature_observations.v1.FeatureObservations, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FeatureObservations to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FeatureObservations
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FeatureObservations {

            /** Properties of a FeatureObservations. */
            interface $Properties {

                /** FeatureObservations aiMetadataExtraction */
                aiMetadataExtraction?: (sdk_feature_observations.v1.AIMetadataExtraction.$Properties|null);

                /** FeatureObservations extendedTraces */
                extendedTraces?: (sdk_feature_observations.v1.ExtendedTraces.$Properties|null);

                /** FeatureObservations sendEvents */
                sendEvents?: (sdk_feature_observations.v1.SendEvents.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FeatureObservations. */
            type $Shape = sdk_feature_observations.v1.FeatureObservations.$Properties;
        }
    }
}

/** Namespace tether. */
export namespace tether {

    /** Namespace v1. */
    namespace v1 {

        /** TetherMessageKind enum. */
        enum TetherMessageKind {

            /** TETHER_MESSAGE_KIND_UNSPECIFIED value */
            TETHER_MESSAGE_KIND_UNSPECIFIED = 0,

            /** WORKER_CHECKPOINT value */
            WORKER_CHECKPOINT = 100,

            /** WORKER_CHECKPOINT_ACK value */
            WORKER_CHECKPOINT_ACK = 101,

            /** WORKER_STEP_PROGRESS value */
            WORKER_STEP_PROGRESS = 102,

            /** WORKER_PUBLISH value */
            WORKER_PUBLISH = 103
        }

        /**
         * Properties of a WorkerCheckpointData.
         * @deprecated Use tether.v1.WorkerCheckpointData.$Properties instead.
         */
        interface IWorkerCheckpointData extends tether.v1.WorkerCheckpointData.$Properties {
        }

        /** Represents a WorkerCheckpointData. */
        class WorkerCheckpointData {

            /**
             * Constructs a new WorkerCheckpointData.
             * @param [properties] Properties to set
             */
            constructor(properties?: tether.v1.WorkerCheckpointData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerCheckpointData requestId. */
            requestId: string;

            /** WorkerCheckpointData runId. */
            runId: string;

            /** WorkerCheckpointData seq. */
            seq: number;

            /** WorkerCheckpointData steps. */
            steps: Uint8Array;

            /**
             * Creates a new WorkerCheckpointData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerCheckpointData instance
             */
            static create(properties: tether.v1.WorkerCheckpointData.$Shape): tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape;
            static create(properties?: tether.v1.WorkerCheckpointData.$Properties): tether.v1.WorkerCheckpointData;

            /**
             * Encodes the specified WorkerCheckpointData message. Does not implicitly {@link tether.v1.WorkerCheckpointData.verify|verify} messages.
             * @param message WorkerCheckpointData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tether.v1.WorkerCheckpointData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerCheckpointData message, length delimited. Does not implicitly {@link tether.v1.WorkerCheckpointData.verify|verify} messages.
             * @param message WorkerCheckpointData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tether.v1.WorkerCheckpointData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerCheckpointData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape} WorkerCheckpointData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape;

            /**
             * Decodes a WorkerCheckpointData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape} WorkerCheckpointData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape;

            /**
             * Verifies a WorkerCheckpointData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerCheckpointData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerCheckpointData
             */
            static fromObject(object: { [k: string]: any }): tether.v1.WorkerCheckpointData;

            /**
             * Creates a plain object from a WorkerCheckpointData message. Also converts values to other types if specified.
             * @param message WorkerCheckpointData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tether.v1.WorkerCheckpointData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerCheckpointData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerCheckpointData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerCheckpointData {

            /** Properties of a WorkerCheckpointData. */
            interface $Properties {

                /** WorkerCheckpointData requestId */
                requestId?: (string|null);

                /** WorkerCheckpointData runId */
                runId?: (string|null);

                /** WorkerCheckpointData seq */
                seq?: (number|null);

                /** WorkerCheckpointData steps */
                steps?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerCheckpointData. */
            type $Shape = tether.v1.WorkerCheckpointData.$Properties;
        }

        /**
         * Properties of a WorkerCheckpointAckData.
         * @deprecated Use tether.v1.WorkerCheckpointAckData.$Properties instead.
         */
        interface IWorkerCheckpointAckData extends tether.v1.WorkerCheckpointAckData.$Properties {
        }

        /** Represents a WorkerCheckpointAckData. */
        class WorkerCheckpointAckData {

            /**
             * Constructs a new WorkerCheckpointAckData.
             * @param [properties] Properties to set
             */
            constructor(properties?: tether.v1.WorkerCheckpointAckData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerCheckpointAckData requestId. */
            requestId: string;

            /** WorkerCheckpointAckData seq. */
            seq: number;

            /** WorkerCheckpointAckData ok. */
            ok: boolean;

            /** WorkerCheckpointAckData errorCode. */
            errorCode: string;

            /** WorkerCheckpointAckData errorMessage. */
            errorMessage: string;

            /**
             * Creates a new WorkerCheckpointAckData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerCheckpointAckData instance
             */
            static create(properties: tether.v1.WorkerCheckpointAckData.$Shape): tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape;
            static create(properties?: tether.v1.WorkerCheckpointAckData.$Properties): tether.v1.WorkerCheckpointAckData;

            /**
             * Encodes the specified WorkerCheckpointAckData message. Does not implicitly {@link tether.v1.WorkerCheckpointAckData.verify|verify} messages.
             * @param message WorkerCheckpointAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tether.v1.WorkerCheckpointAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerCheckpointAckData message, length delimited. Does not implicitly {@link tether.v1.WorkerCheckpointAckData.verify|verify} messages.
             * @param message WorkerCheckpointAckData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tether.v1.WorkerCheckpointAckData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerCheckpointAckData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape} WorkerCheckpointAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape;

            /**
             * Decodes a WorkerCheckpointAckData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape} WorkerCheckpointAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape;

            /**
             * Verifies a WorkerCheckpointAckData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerCheckpointAckData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerCheckpointAckData
             */
            static fromObject(object: { [k: string]: any }): tether.v1.WorkerCheckpointAckData;

            /**
             * Creates a plain object from a WorkerCheckpointAckData message. Also converts values to other types if specified.
             * @param message WorkerCheckpointAckData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tether.v1.WorkerCheckpointAckData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerCheckpointAckData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerCheckpointAckData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerCheckpointAckData {

            /** Properties of a WorkerCheckpointAckData. */
            interface $Properties {

                /** WorkerCheckpointAckData requestId */
                requestId?: (string|null);

                /** WorkerCheckpointAckData seq */
                seq?: (number|null);

                /** WorkerCheckpointAckData ok */
                ok?: (boolean|null);

                /** WorkerCheckpointAckData errorCode */
                errorCode?: (string|null);

                /** WorkerCheckpointAckData errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerCheckpointAckData. */
            type $Shape = tether.v1.WorkerCheckpointAckData.$Properties;
        }

        /**
         * Properties of a WorkerStepProgressData.
         * @deprecated Use tether.v1.WorkerStepProgressData.$Properties instead.
         */
        interface IWorkerStepProgressData extends tether.v1.WorkerStepProgressData.$Properties {
        }

        /** Represents a WorkerStepProgressData. */
        class WorkerStepProgressData {

            /**
             * Constructs a new WorkerStepProgressData.
             * @param [properties] Properties to set
             */
            constructor(properties?: tether.v1.WorkerStepProgressData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerStepProgressData requestId. */
            requestId: string;

            /** WorkerStepProgressData runId. */
            runId: string;

            /** WorkerStepProgressData stepId. */
            stepId: string;

            /** WorkerStepProgressData data. */
            data: Uint8Array;

            /** WorkerStepProgressData append. */
            append: boolean;

            /**
             * Creates a new WorkerStepProgressData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerStepProgressData instance
             */
            static create(properties: tether.v1.WorkerStepProgressData.$Shape): tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape;
            static create(properties?: tether.v1.WorkerStepProgressData.$Properties): tether.v1.WorkerStepProgressData;

            /**
             * Encodes the specified WorkerStepProgressData message. Does not implicitly {@link tether.v1.WorkerStepProgressData.verify|verify} messages.
             * @param message WorkerStepProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tether.v1.WorkerStepProgressData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerStepProgressData message, length delimited. Does not implicitly {@link tether.v1.WorkerStepProgressData.verify|verify} messages.
             * @param message WorkerStepProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tether.v1.WorkerStepProgressData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerStepProgressData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape} WorkerStepProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape;

            /**
             * Decodes a WorkerStepProgressData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape} WorkerStepProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape;

            /**
             * Verifies a WorkerStepProgressData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerStepProgressData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerStepProgressData
             */
            static fromObject(object: { [k: string]: any }): tether.v1.WorkerStepProgressData;

            /**
             * Creates a plain object from a WorkerStepProgressData message. Also converts values to other types if specified.
             * @param message WorkerStepProgressData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tether.v1.WorkerStepProgressData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerStepProgressData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerStepProgressData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerStepProgressData {

            /** Properties of a WorkerStepProgressData. */
            interface $Properties {

                /** WorkerStepProgressData requestId */
                requestId?: (string|null);

                /** WorkerStepProgressData runId */
                runId?: (string|null);

                /** WorkerStepProgressData stepId */
                stepId?: (string|null);

                /** WorkerStepProgressData data */
                data?: (Uint8Array|null);

                /** WorkerStepProgressData append */
                append?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerStepProgressData. */
            type $Shape = tether.v1.WorkerStepProgressData.$Properties;
        }

        /**
         * Properties of a WorkerPublishData.
         * @deprecated Use tether.v1.WorkerPublishData.$Properties instead.
         */
        interface IWorkerPublishData extends tether.v1.WorkerPublishData.$Properties {
        }

        /** Represents a WorkerPublishData. */
        class WorkerPublishData {

            /**
             * Constructs a new WorkerPublishData.
             * @param [properties] Properties to set
             */
            constructor(properties?: tether.v1.WorkerPublishData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerPublishData channel. */
            channel: string;

            /** WorkerPublishData topic. */
            topic: string;

            /** WorkerPublishData data. */
            data: Uint8Array;

            /** WorkerPublishData runId. */
            runId: string;

            /** WorkerPublishData fnId. */
            fnId: string;

            /** WorkerPublishData kind. */
            kind: string;

            /** WorkerPublishData streamId. */
            streamId: string;

            /**
             * Creates a new WorkerPublishData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerPublishData instance
             */
            static create(properties: tether.v1.WorkerPublishData.$Shape): tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape;
            static create(properties?: tether.v1.WorkerPublishData.$Properties): tether.v1.WorkerPublishData;

            /**
             * Encodes the specified WorkerPublishData message. Does not implicitly {@link tether.v1.WorkerPublishData.verify|verify} messages.
             * @param message WorkerPublishData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tether.v1.WorkerPublishData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerPublishData message, length delimited. Does not implicitly {@link tether.v1.WorkerPublishData.verify|verify} messages.
             * @param message WorkerPublishData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tether.v1.WorkerPublishData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerPublishData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape} WorkerPublishData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape;

            /**
             * Decodes a WorkerPublishData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape} WorkerPublishData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape;

            /**
             * Verifies a WorkerPublishData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerPublishData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerPublishData
             */
            static fromObject(object: { [k: string]: any }): tether.v1.WorkerPublishData;

            /**
             * Creates a plain object from a WorkerPublishData message. Also converts values to other types if specified.
             * @param message WorkerPublishData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tether.v1.WorkerPublishData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerPublishData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerPublishData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerPublishData {

            /** Properties of a WorkerPublishData. */
            interface $Properties {

                /** WorkerPublishData channel */
                channel?: (string|null);

                /** WorkerPublishData topic */
                topic?: (string|null);

                /** WorkerPublishData data */
                data?: (Uint8Array|null);

                /** WorkerPublishData runId */
                runId?: (string|null);

                /** WorkerPublishData fnId */
                fnId?: (string|null);

                /** WorkerPublishData kind */
                kind?: (string|null);

                /** WorkerPublishData streamId */
                streamId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerPublishData. */
            type $Shape = tether.v1.WorkerPublishData.$Properties;
        }
    }
}
