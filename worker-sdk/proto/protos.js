/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["tether_worker_sdk"] || ($protobuf.roots["tether_worker_sdk"] = {});

export const connect = $root.connect = (() => {

    /**
     * Namespace connect.
     * @exports connect
     * @namespace
     */
    const connect = {};

    connect.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof connect
         * @namespace
         */
        const v1 = {};

        /**
         * GatewayMessageType enum.
         * @name connect.v1.GatewayMessageType
         * @enum {number}
         * @property {number} GATEWAY_HELLO=0 GATEWAY_HELLO value
         * @property {number} WORKER_CONNECT=1 WORKER_CONNECT value
         * @property {number} GATEWAY_CONNECTION_READY=2 GATEWAY_CONNECTION_READY value
         * @property {number} GATEWAY_EXECUTOR_REQUEST=3 GATEWAY_EXECUTOR_REQUEST value
         * @property {number} WORKER_READY=4 WORKER_READY value
         * @property {number} WORKER_REQUEST_ACK=5 WORKER_REQUEST_ACK value
         * @property {number} WORKER_REPLY=6 WORKER_REPLY value
         * @property {number} WORKER_REPLY_ACK=7 WORKER_REPLY_ACK value
         * @property {number} WORKER_PAUSE=8 WORKER_PAUSE value
         * @property {number} WORKER_HEARTBEAT=9 WORKER_HEARTBEAT value
         * @property {number} GATEWAY_HEARTBEAT=10 GATEWAY_HEARTBEAT value
         * @property {number} GATEWAY_CLOSING=11 GATEWAY_CLOSING value
         * @property {number} WORKER_REQUEST_EXTEND_LEASE=12 WORKER_REQUEST_EXTEND_LEASE value
         * @property {number} WORKER_REQUEST_EXTEND_LEASE_ACK=13 WORKER_REQUEST_EXTEND_LEASE_ACK value
         * @property {number} SYNC_FAILED=14 SYNC_FAILED value
         * @property {number} WORKER_STATUS=15 WORKER_STATUS value
         */
        v1.GatewayMessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GATEWAY_HELLO"] = 0;
            values[valuesById[1] = "WORKER_CONNECT"] = 1;
            values[valuesById[2] = "GATEWAY_CONNECTION_READY"] = 2;
            values[valuesById[3] = "GATEWAY_EXECUTOR_REQUEST"] = 3;
            values[valuesById[4] = "WORKER_READY"] = 4;
            values[valuesById[5] = "WORKER_REQUEST_ACK"] = 5;
            values[valuesById[6] = "WORKER_REPLY"] = 6;
            values[valuesById[7] = "WORKER_REPLY_ACK"] = 7;
            values[valuesById[8] = "WORKER_PAUSE"] = 8;
            values[valuesById[9] = "WORKER_HEARTBEAT"] = 9;
            values[valuesById[10] = "GATEWAY_HEARTBEAT"] = 10;
            values[valuesById[11] = "GATEWAY_CLOSING"] = 11;
            values[valuesById[12] = "WORKER_REQUEST_EXTEND_LEASE"] = 12;
            values[valuesById[13] = "WORKER_REQUEST_EXTEND_LEASE_ACK"] = 13;
            values[valuesById[14] = "SYNC_FAILED"] = 14;
            values[valuesById[15] = "WORKER_STATUS"] = 15;
            return values;
        })();

        v1.ConnectMessage = (function() {

            /**
             * Properties of a ConnectMessage.
             * @typedef {Object} connect.v1.ConnectMessage.$Properties
             * @property {connect.v1.GatewayMessageType|null} [kind] ConnectMessage kind
             * @property {Uint8Array|null} [payload] ConnectMessage payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectMessage.
             * @memberof connect.v1
             * @interface IConnectMessage
             * @augments connect.v1.ConnectMessage.$Properties
             * @deprecated Use connect.v1.ConnectMessage.$Properties instead.
             */

            /**
             * Shape of a ConnectMessage.
             * @typedef {connect.v1.ConnectMessage.$Properties} connect.v1.ConnectMessage.$Shape
             */

            /**
             * Constructs a new ConnectMessage.
             * @memberof connect.v1
             * @classdesc Represents a ConnectMessage.
             * @constructor
             * @param {connect.v1.ConnectMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectMessage kind.
             * @member {connect.v1.GatewayMessageType} kind
             * @memberof connect.v1.ConnectMessage
             * @instance
             */
            ConnectMessage.prototype.kind = 0;

            /**
             * ConnectMessage payload.
             * @member {Uint8Array} payload
             * @memberof connect.v1.ConnectMessage
             * @instance
             */
            ConnectMessage.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new ConnectMessage instance using the specified properties.
             * @function create
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {connect.v1.ConnectMessage.$Properties=} [properties] Properties to set
             * @returns {connect.v1.ConnectMessage} ConnectMessage instance
             * @type {{
             *   (properties: connect.v1.ConnectMessage.$Shape): connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape;
             *   (properties?: connect.v1.ConnectMessage.$Properties): connect.v1.ConnectMessage;
             * }}
             */
            ConnectMessage.create = function(properties) {
                return new ConnectMessage(properties);
            };

            /**
             * Encodes the specified ConnectMessage message. Does not implicitly {@link connect.v1.ConnectMessage.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {connect.v1.ConnectMessage.$Properties} message ConnectMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConnectMessage message, length delimited. Does not implicitly {@link connect.v1.ConnectMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {connect.v1.ConnectMessage.$Properties} message ConnectMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConnectMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape} ConnectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.ConnectMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConnectMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.ConnectMessage & connect.v1.ConnectMessage.$Shape} ConnectMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConnectMessage message.
             * @function verify
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConnectMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a ConnectMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.ConnectMessage} ConnectMessage
             */
            ConnectMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.ConnectMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.ConnectMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.ConnectMessage();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.connect.v1.GatewayMessageType[object.kind] !== 0))
                    switch (object.kind) {
                    case "GATEWAY_HELLO":
                    case 0:
                        message.kind = 0;
                        break;
                    case "WORKER_CONNECT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "GATEWAY_CONNECTION_READY":
                    case 2:
                        message.kind = 2;
                        break;
                    case "GATEWAY_EXECUTOR_REQUEST":
                    case 3:
                        message.kind = 3;
                        break;
                    case "WORKER_READY":
                    case 4:
                        message.kind = 4;
                        break;
                    case "WORKER_REQUEST_ACK":
                    case 5:
                        message.kind = 5;
                        break;
                    case "WORKER_REPLY":
                    case 6:
                        message.kind = 6;
                        break;
                    case "WORKER_REPLY_ACK":
                    case 7:
                        message.kind = 7;
                        break;
                    case "WORKER_PAUSE":
                    case 8:
                        message.kind = 8;
                        break;
                    case "WORKER_HEARTBEAT":
                    case 9:
                        message.kind = 9;
                        break;
                    case "GATEWAY_HEARTBEAT":
                    case 10:
                        message.kind = 10;
                        break;
                    case "GATEWAY_CLOSING":
                    case 11:
                        message.kind = 11;
                        break;
                    case "WORKER_REQUEST_EXTEND_LEASE":
                    case 12:
                        message.kind = 12;
                        break;
                    case "WORKER_REQUEST_EXTEND_LEASE_ACK":
                    case 13:
                        message.kind = 13;
                        break;
                    case "SYNC_FAILED":
                    case 14:
                        message.kind = 14;
                        break;
                    case "WORKER_STATUS":
                    case 15:
                        message.kind = 15;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a ConnectMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {connect.v1.ConnectMessage} message ConnectMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnectMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "GATEWAY_HELLO" : 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.connect.v1.GatewayMessageType[message.kind] === $undefined ? message.kind : $root.connect.v1.GatewayMessageType[message.kind] : message.kind;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this ConnectMessage to JSON.
             * @function toJSON
             * @memberof connect.v1.ConnectMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnectMessage.prototype.toJSON = function() {
                return ConnectMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnectMessage
             * @function getTypeUrl
             * @memberof connect.v1.ConnectMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnectMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.ConnectMessage";
            };

            return ConnectMessage;
        })();

        v1.AppConfiguration = (function() {

            /**
             * Properties of an AppConfiguration.
             * @typedef {Object} connect.v1.AppConfiguration.$Properties
             * @property {string|null} [appName] AppConfiguration appName
             * @property {string|null} [appVersion] AppConfiguration appVersion
             * @property {Uint8Array|null} [functions] AppConfiguration functions
             * @property {sdk_feature_observations.v1.FeatureObservations.$Properties|null} [featureObservations] AppConfiguration featureObservations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppConfiguration.
             * @memberof connect.v1
             * @interface IAppConfiguration
             * @augments connect.v1.AppConfiguration.$Properties
             * @deprecated Use connect.v1.AppConfiguration.$Properties instead.
             */

            /**
             * Shape of an AppConfiguration.
             * @typedef {connect.v1.AppConfiguration.$Properties} connect.v1.AppConfiguration.$Shape
             */

            /**
             * Constructs a new AppConfiguration.
             * @memberof connect.v1
             * @classdesc Represents an AppConfiguration.
             * @constructor
             * @param {connect.v1.AppConfiguration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppConfiguration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppConfiguration appName.
             * @member {string} appName
             * @memberof connect.v1.AppConfiguration
             * @instance
             */
            AppConfiguration.prototype.appName = "";

            /**
             * AppConfiguration appVersion.
             * @member {string|null|undefined} appVersion
             * @memberof connect.v1.AppConfiguration
             * @instance
             */
            AppConfiguration.prototype.appVersion = null;

            /**
             * AppConfiguration functions.
             * @member {Uint8Array} functions
             * @memberof connect.v1.AppConfiguration
             * @instance
             */
            AppConfiguration.prototype.functions = $util.newBuffer([]);

            /**
             * AppConfiguration featureObservations.
             * @member {sdk_feature_observations.v1.FeatureObservations.$Properties|null|undefined} featureObservations
             * @memberof connect.v1.AppConfiguration
             * @instance
             */
            AppConfiguration.prototype.featureObservations = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AppConfiguration.prototype, "_appVersion", {
                get: $util.oneOfGetter($oneOfFields = ["appVersion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AppConfiguration instance using the specified properties.
             * @function create
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {connect.v1.AppConfiguration.$Properties=} [properties] Properties to set
             * @returns {connect.v1.AppConfiguration} AppConfiguration instance
             * @type {{
             *   (properties: connect.v1.AppConfiguration.$Shape): connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape;
             *   (properties?: connect.v1.AppConfiguration.$Properties): connect.v1.AppConfiguration;
             * }}
             */
            AppConfiguration.create = function(properties) {
                return new AppConfiguration(properties);
            };

            /**
             * Encodes the specified AppConfiguration message. Does not implicitly {@link connect.v1.AppConfiguration.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {connect.v1.AppConfiguration.$Properties} message AppConfiguration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppConfiguration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName") && message.appName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.appName);
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.appVersion);
                if (message.functions != null && $Object.hasOwnProperty.call(message, "functions") && message.functions.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.functions);
                if (message.featureObservations != null && $Object.hasOwnProperty.call(message, "featureObservations"))
                    $root.sdk_feature_observations.v1.FeatureObservations.encode(message.featureObservations, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AppConfiguration message, length delimited. Does not implicitly {@link connect.v1.AppConfiguration.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {connect.v1.AppConfiguration.$Properties} message AppConfiguration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppConfiguration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AppConfiguration message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape} AppConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppConfiguration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.AppConfiguration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appName = value;
                            else
                                delete message.appName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.appVersion = reader.stringVerify();
                            message._appVersion = "appVersion";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.functions = value;
                            else
                                delete message.functions;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.featureObservations = $root.sdk_feature_observations.v1.FeatureObservations.decode(reader, reader.size(), $undefined, _depth + 1, message.featureObservations);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AppConfiguration message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.AppConfiguration & connect.v1.AppConfiguration.$Shape} AppConfiguration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppConfiguration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AppConfiguration message.
             * @function verify
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AppConfiguration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    if (!$util.isString(message.appName))
                        return "appName: string expected";
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion")) {
                    properties._appVersion = 1;
                    if (!$util.isString(message.appVersion))
                        return "appVersion: string expected";
                }
                if (message.functions != null && $Object.hasOwnProperty.call(message, "functions"))
                    if (!(message.functions && typeof message.functions.length === "number" || $util.isString(message.functions)))
                        return "functions: buffer expected";
                if (message.featureObservations != null && $Object.hasOwnProperty.call(message, "featureObservations")) {
                    let error = $root.sdk_feature_observations.v1.FeatureObservations.verify(message.featureObservations, _depth + 1);
                    if (error)
                        return "featureObservations." + error;
                }
                return null;
            };

            /**
             * Creates an AppConfiguration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.AppConfiguration} AppConfiguration
             */
            AppConfiguration.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.AppConfiguration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.AppConfiguration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.AppConfiguration();
                if (object.appName != null)
                    if (typeof object.appName !== "string" || object.appName.length)
                        message.appName = $String(object.appName);
                if (object.appVersion != null)
                    message.appVersion = $String(object.appVersion);
                if (object.functions != null)
                    if (object.functions.length)
                        if (typeof object.functions === "string")
                            $util.base64.decode(object.functions, message.functions = $util.newBuffer($util.base64.length(object.functions)), 0);
                        else if (object.functions.length >= 0)
                            message.functions = object.functions;
                if (object.featureObservations != null) {
                    if (!$util.isObject(object.featureObservations))
                        throw $TypeError(".connect.v1.AppConfiguration.featureObservations: object expected");
                    message.featureObservations = $root.sdk_feature_observations.v1.FeatureObservations.fromObject(object.featureObservations, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AppConfiguration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {connect.v1.AppConfiguration} message AppConfiguration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppConfiguration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.appName = "";
                    if (options.bytes === $String)
                        object.functions = "";
                    else {
                        object.functions = [];
                        if (options.bytes !== $Array)
                            object.functions = $util.newBuffer(object.functions);
                    }
                    object.featureObservations = null;
                }
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    object.appName = message.appName;
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    object.appVersion = message.appVersion;
                if (message.functions != null && $Object.hasOwnProperty.call(message, "functions"))
                    object.functions = options.bytes === $String ? $util.base64.encode(message.functions, 0, message.functions.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.functions) : message.functions;
                if (message.featureObservations != null && $Object.hasOwnProperty.call(message, "featureObservations"))
                    object.featureObservations = $root.sdk_feature_observations.v1.FeatureObservations.toObject(message.featureObservations, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AppConfiguration to JSON.
             * @function toJSON
             * @memberof connect.v1.AppConfiguration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppConfiguration.prototype.toJSON = function() {
                return AppConfiguration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppConfiguration
             * @function getTypeUrl
             * @memberof connect.v1.AppConfiguration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppConfiguration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.AppConfiguration";
            };

            return AppConfiguration;
        })();

        v1.AuthData = (function() {

            /**
             * Properties of an AuthData.
             * @typedef {Object} connect.v1.AuthData.$Properties
             * @property {string|null} [sessionToken] AuthData sessionToken
             * @property {string|null} [syncToken] AuthData syncToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthData.
             * @memberof connect.v1
             * @interface IAuthData
             * @augments connect.v1.AuthData.$Properties
             * @deprecated Use connect.v1.AuthData.$Properties instead.
             */

            /**
             * Shape of an AuthData.
             * @typedef {connect.v1.AuthData.$Properties} connect.v1.AuthData.$Shape
             */

            /**
             * Constructs a new AuthData.
             * @memberof connect.v1
             * @classdesc Represents an AuthData.
             * @constructor
             * @param {connect.v1.AuthData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthData sessionToken.
             * @member {string} sessionToken
             * @memberof connect.v1.AuthData
             * @instance
             */
            AuthData.prototype.sessionToken = "";

            /**
             * AuthData syncToken.
             * @member {string} syncToken
             * @memberof connect.v1.AuthData
             * @instance
             */
            AuthData.prototype.syncToken = "";

            /**
             * Creates a new AuthData instance using the specified properties.
             * @function create
             * @memberof connect.v1.AuthData
             * @static
             * @param {connect.v1.AuthData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.AuthData} AuthData instance
             * @type {{
             *   (properties: connect.v1.AuthData.$Shape): connect.v1.AuthData & connect.v1.AuthData.$Shape;
             *   (properties?: connect.v1.AuthData.$Properties): connect.v1.AuthData;
             * }}
             */
            AuthData.create = function(properties) {
                return new AuthData(properties);
            };

            /**
             * Encodes the specified AuthData message. Does not implicitly {@link connect.v1.AuthData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.AuthData
             * @static
             * @param {connect.v1.AuthData.$Properties} message AuthData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken") && message.sessionToken !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionToken);
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken") && message.syncToken !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.syncToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AuthData message, length delimited. Does not implicitly {@link connect.v1.AuthData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.AuthData
             * @static
             * @param {connect.v1.AuthData.$Properties} message AuthData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AuthData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.AuthData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.AuthData & connect.v1.AuthData.$Shape} AuthData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.AuthData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionToken = value;
                            else
                                delete message.sessionToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syncToken = value;
                            else
                                delete message.syncToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AuthData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.AuthData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.AuthData & connect.v1.AuthData.$Shape} AuthData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AuthData message.
             * @function verify
             * @memberof connect.v1.AuthData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    if (!$util.isString(message.sessionToken))
                        return "sessionToken: string expected";
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken"))
                    if (!$util.isString(message.syncToken))
                        return "syncToken: string expected";
                return null;
            };

            /**
             * Creates an AuthData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.AuthData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.AuthData} AuthData
             */
            AuthData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.AuthData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.AuthData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.AuthData();
                if (object.sessionToken != null)
                    if (typeof object.sessionToken !== "string" || object.sessionToken.length)
                        message.sessionToken = $String(object.sessionToken);
                if (object.syncToken != null)
                    if (typeof object.syncToken !== "string" || object.syncToken.length)
                        message.syncToken = $String(object.syncToken);
                return message;
            };

            /**
             * Creates a plain object from an AuthData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.AuthData
             * @static
             * @param {connect.v1.AuthData} message AuthData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sessionToken = "";
                    object.syncToken = "";
                }
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    object.sessionToken = message.sessionToken;
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken"))
                    object.syncToken = message.syncToken;
                return object;
            };

            /**
             * Converts this AuthData to JSON.
             * @function toJSON
             * @memberof connect.v1.AuthData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthData.prototype.toJSON = function() {
                return AuthData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthData
             * @function getTypeUrl
             * @memberof connect.v1.AuthData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.AuthData";
            };

            return AuthData;
        })();

        v1.WorkerConnectRequestData = (function() {

            /**
             * Properties of a WorkerConnectRequestData.
             * @typedef {Object} connect.v1.WorkerConnectRequestData.$Properties
             * @property {string|null} [connectionId] WorkerConnectRequestData connectionId
             * @property {string|null} [instanceId] WorkerConnectRequestData instanceId
             * @property {connect.v1.AuthData.$Properties|null} [authData] WorkerConnectRequestData authData
             * @property {Uint8Array|null} [capabilities] WorkerConnectRequestData capabilities
             * @property {Array.<connect.v1.AppConfiguration.$Properties>|null} [apps] WorkerConnectRequestData apps
             * @property {boolean|null} [workerManualReadinessAck] WorkerConnectRequestData workerManualReadinessAck
             * @property {connect.v1.SystemAttributes.$Properties|null} [systemAttributes] WorkerConnectRequestData systemAttributes
             * @property {string|null} [environment] WorkerConnectRequestData environment
             * @property {string|null} [framework] WorkerConnectRequestData framework
             * @property {string|null} [platform] WorkerConnectRequestData platform
             * @property {string|null} [sdkVersion] WorkerConnectRequestData sdkVersion
             * @property {string|null} [sdkLanguage] WorkerConnectRequestData sdkLanguage
             * @property {google.protobuf.Timestamp.$Properties|null} [startedAt] WorkerConnectRequestData startedAt
             * @property {number|null} [maxWorkerConcurrency] WorkerConnectRequestData maxWorkerConcurrency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerConnectRequestData.
             * @memberof connect.v1
             * @interface IWorkerConnectRequestData
             * @augments connect.v1.WorkerConnectRequestData.$Properties
             * @deprecated Use connect.v1.WorkerConnectRequestData.$Properties instead.
             */

            /**
             * Shape of a WorkerConnectRequestData.
             * @typedef {connect.v1.WorkerConnectRequestData.$Properties} connect.v1.WorkerConnectRequestData.$Shape
             */

            /**
             * Constructs a new WorkerConnectRequestData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerConnectRequestData.
             * @constructor
             * @param {connect.v1.WorkerConnectRequestData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerConnectRequestData = function (properties) {
                this.apps = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerConnectRequestData connectionId.
             * @member {string} connectionId
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.connectionId = "";

            /**
             * WorkerConnectRequestData instanceId.
             * @member {string} instanceId
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.instanceId = "";

            /**
             * WorkerConnectRequestData authData.
             * @member {connect.v1.AuthData.$Properties|null|undefined} authData
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.authData = null;

            /**
             * WorkerConnectRequestData capabilities.
             * @member {Uint8Array} capabilities
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.capabilities = $util.newBuffer([]);

            /**
             * WorkerConnectRequestData apps.
             * @member {Array.<connect.v1.AppConfiguration.$Properties>} apps
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.apps = $util.emptyArray;

            /**
             * WorkerConnectRequestData workerManualReadinessAck.
             * @member {boolean} workerManualReadinessAck
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.workerManualReadinessAck = false;

            /**
             * WorkerConnectRequestData systemAttributes.
             * @member {connect.v1.SystemAttributes.$Properties|null|undefined} systemAttributes
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.systemAttributes = null;

            /**
             * WorkerConnectRequestData environment.
             * @member {string|null|undefined} environment
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.environment = null;

            /**
             * WorkerConnectRequestData framework.
             * @member {string} framework
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.framework = "";

            /**
             * WorkerConnectRequestData platform.
             * @member {string|null|undefined} platform
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.platform = null;

            /**
             * WorkerConnectRequestData sdkVersion.
             * @member {string} sdkVersion
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.sdkVersion = "";

            /**
             * WorkerConnectRequestData sdkLanguage.
             * @member {string} sdkLanguage
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.sdkLanguage = "";

            /**
             * WorkerConnectRequestData startedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} startedAt
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.startedAt = null;

            /**
             * WorkerConnectRequestData maxWorkerConcurrency.
             * @member {number|null|undefined} maxWorkerConcurrency
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             */
            WorkerConnectRequestData.prototype.maxWorkerConcurrency = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerConnectRequestData.prototype, "_environment", {
                get: $util.oneOfGetter($oneOfFields = ["environment"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerConnectRequestData.prototype, "_platform", {
                get: $util.oneOfGetter($oneOfFields = ["platform"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerConnectRequestData.prototype, "_maxWorkerConcurrency", {
                get: $util.oneOfGetter($oneOfFields = ["maxWorkerConcurrency"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new WorkerConnectRequestData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {connect.v1.WorkerConnectRequestData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerConnectRequestData} WorkerConnectRequestData instance
             * @type {{
             *   (properties: connect.v1.WorkerConnectRequestData.$Shape): connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape;
             *   (properties?: connect.v1.WorkerConnectRequestData.$Properties): connect.v1.WorkerConnectRequestData;
             * }}
             */
            WorkerConnectRequestData.create = function(properties) {
                return new WorkerConnectRequestData(properties);
            };

            /**
             * Encodes the specified WorkerConnectRequestData message. Does not implicitly {@link connect.v1.WorkerConnectRequestData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {connect.v1.WorkerConnectRequestData.$Properties} message WorkerConnectRequestData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerConnectRequestData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.instanceId);
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData"))
                    $root.connect.v1.AuthData.encode(message.authData, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities") && message.capabilities.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.capabilities);
                if (message.apps != null && message.apps.length)
                    for (let i = 0; i < message.apps.length; ++i)
                        $root.connect.v1.AppConfiguration.encode(message.apps[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.workerManualReadinessAck != null && $Object.hasOwnProperty.call(message, "workerManualReadinessAck") && message.workerManualReadinessAck !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.workerManualReadinessAck);
                if (message.systemAttributes != null && $Object.hasOwnProperty.call(message, "systemAttributes"))
                    $root.connect.v1.SystemAttributes.encode(message.systemAttributes, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.environment);
                if (message.framework != null && $Object.hasOwnProperty.call(message, "framework") && message.framework !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.framework);
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.platform);
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion") && message.sdkVersion !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.sdkVersion);
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage") && message.sdkLanguage !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.sdkLanguage);
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    $root.google.protobuf.Timestamp.encode(message.startedAt, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.maxWorkerConcurrency != null && $Object.hasOwnProperty.call(message, "maxWorkerConcurrency"))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.maxWorkerConcurrency);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerConnectRequestData message, length delimited. Does not implicitly {@link connect.v1.WorkerConnectRequestData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {connect.v1.WorkerConnectRequestData.$Properties} message WorkerConnectRequestData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerConnectRequestData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerConnectRequestData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape} WorkerConnectRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerConnectRequestData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerConnectRequestData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instanceId = value;
                            else
                                delete message.instanceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.authData = $root.connect.v1.AuthData.decode(reader, reader.size(), $undefined, _depth + 1, message.authData);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.capabilities = value;
                            else
                                delete message.capabilities;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.apps && message.apps.length))
                                message.apps = [];
                            message.apps.push($root.connect.v1.AppConfiguration.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.workerManualReadinessAck = value;
                            else
                                delete message.workerManualReadinessAck;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.systemAttributes = $root.connect.v1.SystemAttributes.decode(reader, reader.size(), $undefined, _depth + 1, message.systemAttributes);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.environment = reader.stringVerify();
                            message._environment = "environment";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.framework = value;
                            else
                                delete message.framework;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.platform = reader.stringVerify();
                            message._platform = "platform";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdkVersion = value;
                            else
                                delete message.sdkVersion;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdkLanguage = value;
                            else
                                delete message.sdkLanguage;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.startedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.startedAt);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            message.maxWorkerConcurrency = reader.int64();
                            message._maxWorkerConcurrency = "maxWorkerConcurrency";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerConnectRequestData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerConnectRequestData & connect.v1.WorkerConnectRequestData.$Shape} WorkerConnectRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerConnectRequestData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerConnectRequestData message.
             * @function verify
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerConnectRequestData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    if (!$util.isString(message.connectionId))
                        return "connectionId: string expected";
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    if (!$util.isString(message.instanceId))
                        return "instanceId: string expected";
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData")) {
                    let error = $root.connect.v1.AuthData.verify(message.authData, _depth + 1);
                    if (error)
                        return "authData." + error;
                }
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    if (!(message.capabilities && typeof message.capabilities.length === "number" || $util.isString(message.capabilities)))
                        return "capabilities: buffer expected";
                if (message.apps != null && $Object.hasOwnProperty.call(message, "apps")) {
                    if (!$Array.isArray(message.apps))
                        return "apps: array expected";
                    for (let i = 0; i < message.apps.length; ++i) {
                        let error = $root.connect.v1.AppConfiguration.verify(message.apps[i], _depth + 1);
                        if (error)
                            return "apps." + error;
                    }
                }
                if (message.workerManualReadinessAck != null && $Object.hasOwnProperty.call(message, "workerManualReadinessAck"))
                    if (typeof message.workerManualReadinessAck !== "boolean")
                        return "workerManualReadinessAck: boolean expected";
                if (message.systemAttributes != null && $Object.hasOwnProperty.call(message, "systemAttributes")) {
                    let error = $root.connect.v1.SystemAttributes.verify(message.systemAttributes, _depth + 1);
                    if (error)
                        return "systemAttributes." + error;
                }
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment")) {
                    properties._environment = 1;
                    if (!$util.isString(message.environment))
                        return "environment: string expected";
                }
                if (message.framework != null && $Object.hasOwnProperty.call(message, "framework"))
                    if (!$util.isString(message.framework))
                        return "framework: string expected";
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform")) {
                    properties._platform = 1;
                    if (!$util.isString(message.platform))
                        return "platform: string expected";
                }
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    if (!$util.isString(message.sdkVersion))
                        return "sdkVersion: string expected";
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage"))
                    if (!$util.isString(message.sdkLanguage))
                        return "sdkLanguage: string expected";
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.startedAt, _depth + 1);
                    if (error)
                        return "startedAt." + error;
                }
                if (message.maxWorkerConcurrency != null && $Object.hasOwnProperty.call(message, "maxWorkerConcurrency")) {
                    properties._maxWorkerConcurrency = 1;
                    if (!$util.isInteger(message.maxWorkerConcurrency) && !(message.maxWorkerConcurrency && $util.isInteger(message.maxWorkerConcurrency.low) && $util.isInteger(message.maxWorkerConcurrency.high)))
                        return "maxWorkerConcurrency: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a WorkerConnectRequestData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerConnectRequestData} WorkerConnectRequestData
             */
            WorkerConnectRequestData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerConnectRequestData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerConnectRequestData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerConnectRequestData();
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.instanceId != null)
                    if (typeof object.instanceId !== "string" || object.instanceId.length)
                        message.instanceId = $String(object.instanceId);
                if (object.authData != null) {
                    if (!$util.isObject(object.authData))
                        throw $TypeError(".connect.v1.WorkerConnectRequestData.authData: object expected");
                    message.authData = $root.connect.v1.AuthData.fromObject(object.authData, _depth + 1);
                }
                if (object.capabilities != null)
                    if (object.capabilities.length)
                        if (typeof object.capabilities === "string")
                            $util.base64.decode(object.capabilities, message.capabilities = $util.newBuffer($util.base64.length(object.capabilities)), 0);
                        else if (object.capabilities.length >= 0)
                            message.capabilities = object.capabilities;
                if (object.apps) {
                    if (!$Array.isArray(object.apps))
                        throw $TypeError(".connect.v1.WorkerConnectRequestData.apps: array expected");
                    message.apps = $Array(object.apps.length);
                    for (let i = 0; i < object.apps.length; ++i) {
                        if (!$util.isObject(object.apps[i]))
                            throw $TypeError(".connect.v1.WorkerConnectRequestData.apps: object expected");
                        message.apps[i] = $root.connect.v1.AppConfiguration.fromObject(object.apps[i], _depth + 1);
                    }
                }
                if (object.workerManualReadinessAck != null)
                    if (object.workerManualReadinessAck)
                        message.workerManualReadinessAck = $Boolean(object.workerManualReadinessAck);
                if (object.systemAttributes != null) {
                    if (!$util.isObject(object.systemAttributes))
                        throw $TypeError(".connect.v1.WorkerConnectRequestData.systemAttributes: object expected");
                    message.systemAttributes = $root.connect.v1.SystemAttributes.fromObject(object.systemAttributes, _depth + 1);
                }
                if (object.environment != null)
                    message.environment = $String(object.environment);
                if (object.framework != null)
                    if (typeof object.framework !== "string" || object.framework.length)
                        message.framework = $String(object.framework);
                if (object.platform != null)
                    message.platform = $String(object.platform);
                if (object.sdkVersion != null)
                    if (typeof object.sdkVersion !== "string" || object.sdkVersion.length)
                        message.sdkVersion = $String(object.sdkVersion);
                if (object.sdkLanguage != null)
                    if (typeof object.sdkLanguage !== "string" || object.sdkLanguage.length)
                        message.sdkLanguage = $String(object.sdkLanguage);
                if (object.startedAt != null) {
                    if (!$util.isObject(object.startedAt))
                        throw $TypeError(".connect.v1.WorkerConnectRequestData.startedAt: object expected");
                    message.startedAt = $root.google.protobuf.Timestamp.fromObject(object.startedAt, _depth + 1);
                }
                if (object.maxWorkerConcurrency != null)
                    if ($util.Long)
                        message.maxWorkerConcurrency = $util.Long.fromValue(object.maxWorkerConcurrency, false);
                    else if (typeof object.maxWorkerConcurrency === "string")
                        message.maxWorkerConcurrency = $parseInt(object.maxWorkerConcurrency, 10);
                    else if (typeof object.maxWorkerConcurrency === "number")
                        message.maxWorkerConcurrency = object.maxWorkerConcurrency;
                    else if (typeof object.maxWorkerConcurrency === "object")
                        message.maxWorkerConcurrency = new $util.LongBits(object.maxWorkerConcurrency.low >>> 0, object.maxWorkerConcurrency.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a WorkerConnectRequestData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {connect.v1.WorkerConnectRequestData} message WorkerConnectRequestData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerConnectRequestData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.apps = [];
                if (options.defaults) {
                    object.connectionId = "";
                    object.instanceId = "";
                    object.authData = null;
                    if (options.bytes === $String)
                        object.capabilities = "";
                    else {
                        object.capabilities = [];
                        if (options.bytes !== $Array)
                            object.capabilities = $util.newBuffer(object.capabilities);
                    }
                    object.workerManualReadinessAck = false;
                    object.systemAttributes = null;
                    object.framework = "";
                    object.sdkVersion = "";
                    object.sdkLanguage = "";
                    object.startedAt = null;
                }
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    object.instanceId = message.instanceId;
                if (message.authData != null && $Object.hasOwnProperty.call(message, "authData"))
                    object.authData = $root.connect.v1.AuthData.toObject(message.authData, options, _depth + 1);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = options.bytes === $String ? $util.base64.encode(message.capabilities, 0, message.capabilities.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.capabilities) : message.capabilities;
                if (message.apps && message.apps.length) {
                    object.apps = $Array(message.apps.length);
                    for (let j = 0; j < message.apps.length; ++j)
                        object.apps[j] = $root.connect.v1.AppConfiguration.toObject(message.apps[j], options, _depth + 1);
                }
                if (message.workerManualReadinessAck != null && $Object.hasOwnProperty.call(message, "workerManualReadinessAck"))
                    object.workerManualReadinessAck = message.workerManualReadinessAck;
                if (message.systemAttributes != null && $Object.hasOwnProperty.call(message, "systemAttributes"))
                    object.systemAttributes = $root.connect.v1.SystemAttributes.toObject(message.systemAttributes, options, _depth + 1);
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    object.environment = message.environment;
                if (message.framework != null && $Object.hasOwnProperty.call(message, "framework"))
                    object.framework = message.framework;
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = message.platform;
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    object.sdkVersion = message.sdkVersion;
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage"))
                    object.sdkLanguage = message.sdkLanguage;
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    object.startedAt = $root.google.protobuf.Timestamp.toObject(message.startedAt, options, _depth + 1);
                if (message.maxWorkerConcurrency != null && $Object.hasOwnProperty.call(message, "maxWorkerConcurrency"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxWorkerConcurrency = typeof message.maxWorkerConcurrency === "number" ? $BigInt(message.maxWorkerConcurrency) : $util.Long.fromBits(message.maxWorkerConcurrency.low >>> 0, message.maxWorkerConcurrency.high >>> 0, false).toBigInt();
                    else if (typeof message.maxWorkerConcurrency === "number")
                        object.maxWorkerConcurrency = options.longs === $String ? $String(message.maxWorkerConcurrency) : message.maxWorkerConcurrency;
                    else
                        object.maxWorkerConcurrency = options.longs === $String ? $util.Long.prototype.toString.call(message.maxWorkerConcurrency) : options.longs === $Number ? new $util.LongBits(message.maxWorkerConcurrency.low >>> 0, message.maxWorkerConcurrency.high >>> 0).toNumber() : message.maxWorkerConcurrency;
                return object;
            };

            /**
             * Converts this WorkerConnectRequestData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerConnectRequestData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerConnectRequestData.prototype.toJSON = function() {
                return WorkerConnectRequestData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerConnectRequestData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerConnectRequestData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerConnectRequestData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerConnectRequestData";
            };

            return WorkerConnectRequestData;
        })();

        v1.GatewayConnectionReadyData = (function() {

            /**
             * Properties of a GatewayConnectionReadyData.
             * @typedef {Object} connect.v1.GatewayConnectionReadyData.$Properties
             * @property {string|null} [heartbeatInterval] GatewayConnectionReadyData heartbeatInterval
             * @property {string|null} [extendLeaseInterval] GatewayConnectionReadyData extendLeaseInterval
             * @property {string|null} [statusInterval] GatewayConnectionReadyData statusInterval
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayConnectionReadyData.
             * @memberof connect.v1
             * @interface IGatewayConnectionReadyData
             * @augments connect.v1.GatewayConnectionReadyData.$Properties
             * @deprecated Use connect.v1.GatewayConnectionReadyData.$Properties instead.
             */

            /**
             * Shape of a GatewayConnectionReadyData.
             * @typedef {connect.v1.GatewayConnectionReadyData.$Properties} connect.v1.GatewayConnectionReadyData.$Shape
             */

            /**
             * Constructs a new GatewayConnectionReadyData.
             * @memberof connect.v1
             * @classdesc Represents a GatewayConnectionReadyData.
             * @constructor
             * @param {connect.v1.GatewayConnectionReadyData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayConnectionReadyData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GatewayConnectionReadyData heartbeatInterval.
             * @member {string} heartbeatInterval
             * @memberof connect.v1.GatewayConnectionReadyData
             * @instance
             */
            GatewayConnectionReadyData.prototype.heartbeatInterval = "";

            /**
             * GatewayConnectionReadyData extendLeaseInterval.
             * @member {string} extendLeaseInterval
             * @memberof connect.v1.GatewayConnectionReadyData
             * @instance
             */
            GatewayConnectionReadyData.prototype.extendLeaseInterval = "";

            /**
             * GatewayConnectionReadyData statusInterval.
             * @member {string} statusInterval
             * @memberof connect.v1.GatewayConnectionReadyData
             * @instance
             */
            GatewayConnectionReadyData.prototype.statusInterval = "";

            /**
             * Creates a new GatewayConnectionReadyData instance using the specified properties.
             * @function create
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {connect.v1.GatewayConnectionReadyData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.GatewayConnectionReadyData} GatewayConnectionReadyData instance
             * @type {{
             *   (properties: connect.v1.GatewayConnectionReadyData.$Shape): connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape;
             *   (properties?: connect.v1.GatewayConnectionReadyData.$Properties): connect.v1.GatewayConnectionReadyData;
             * }}
             */
            GatewayConnectionReadyData.create = function(properties) {
                return new GatewayConnectionReadyData(properties);
            };

            /**
             * Encodes the specified GatewayConnectionReadyData message. Does not implicitly {@link connect.v1.GatewayConnectionReadyData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {connect.v1.GatewayConnectionReadyData.$Properties} message GatewayConnectionReadyData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayConnectionReadyData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.heartbeatInterval != null && $Object.hasOwnProperty.call(message, "heartbeatInterval") && message.heartbeatInterval !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.heartbeatInterval);
                if (message.extendLeaseInterval != null && $Object.hasOwnProperty.call(message, "extendLeaseInterval") && message.extendLeaseInterval !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.extendLeaseInterval);
                if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval") && message.statusInterval !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.statusInterval);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GatewayConnectionReadyData message, length delimited. Does not implicitly {@link connect.v1.GatewayConnectionReadyData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {connect.v1.GatewayConnectionReadyData.$Properties} message GatewayConnectionReadyData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayConnectionReadyData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatewayConnectionReadyData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape} GatewayConnectionReadyData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayConnectionReadyData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.GatewayConnectionReadyData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.heartbeatInterval = value;
                            else
                                delete message.heartbeatInterval;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.extendLeaseInterval = value;
                            else
                                delete message.extendLeaseInterval;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statusInterval = value;
                            else
                                delete message.statusInterval;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GatewayConnectionReadyData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.GatewayConnectionReadyData & connect.v1.GatewayConnectionReadyData.$Shape} GatewayConnectionReadyData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayConnectionReadyData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GatewayConnectionReadyData message.
             * @function verify
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayConnectionReadyData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.heartbeatInterval != null && $Object.hasOwnProperty.call(message, "heartbeatInterval"))
                    if (!$util.isString(message.heartbeatInterval))
                        return "heartbeatInterval: string expected";
                if (message.extendLeaseInterval != null && $Object.hasOwnProperty.call(message, "extendLeaseInterval"))
                    if (!$util.isString(message.extendLeaseInterval))
                        return "extendLeaseInterval: string expected";
                if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval"))
                    if (!$util.isString(message.statusInterval))
                        return "statusInterval: string expected";
                return null;
            };

            /**
             * Creates a GatewayConnectionReadyData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.GatewayConnectionReadyData} GatewayConnectionReadyData
             */
            GatewayConnectionReadyData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.GatewayConnectionReadyData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.GatewayConnectionReadyData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.GatewayConnectionReadyData();
                if (object.heartbeatInterval != null)
                    if (typeof object.heartbeatInterval !== "string" || object.heartbeatInterval.length)
                        message.heartbeatInterval = $String(object.heartbeatInterval);
                if (object.extendLeaseInterval != null)
                    if (typeof object.extendLeaseInterval !== "string" || object.extendLeaseInterval.length)
                        message.extendLeaseInterval = $String(object.extendLeaseInterval);
                if (object.statusInterval != null)
                    if (typeof object.statusInterval !== "string" || object.statusInterval.length)
                        message.statusInterval = $String(object.statusInterval);
                return message;
            };

            /**
             * Creates a plain object from a GatewayConnectionReadyData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {connect.v1.GatewayConnectionReadyData} message GatewayConnectionReadyData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayConnectionReadyData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.heartbeatInterval = "";
                    object.extendLeaseInterval = "";
                    object.statusInterval = "";
                }
                if (message.heartbeatInterval != null && $Object.hasOwnProperty.call(message, "heartbeatInterval"))
                    object.heartbeatInterval = message.heartbeatInterval;
                if (message.extendLeaseInterval != null && $Object.hasOwnProperty.call(message, "extendLeaseInterval"))
                    object.extendLeaseInterval = message.extendLeaseInterval;
                if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval"))
                    object.statusInterval = message.statusInterval;
                return object;
            };

            /**
             * Converts this GatewayConnectionReadyData to JSON.
             * @function toJSON
             * @memberof connect.v1.GatewayConnectionReadyData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayConnectionReadyData.prototype.toJSON = function() {
                return GatewayConnectionReadyData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayConnectionReadyData
             * @function getTypeUrl
             * @memberof connect.v1.GatewayConnectionReadyData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayConnectionReadyData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.GatewayConnectionReadyData";
            };

            return GatewayConnectionReadyData;
        })();

        v1.GatewayExecutorRequestData = (function() {

            /**
             * Properties of a GatewayExecutorRequestData.
             * @typedef {Object} connect.v1.GatewayExecutorRequestData.$Properties
             * @property {string|null} [requestId] GatewayExecutorRequestData requestId
             * @property {string|null} [accountId] GatewayExecutorRequestData accountId
             * @property {string|null} [envId] GatewayExecutorRequestData envId
             * @property {string|null} [appId] GatewayExecutorRequestData appId
             * @property {string|null} [appName] GatewayExecutorRequestData appName
             * @property {string|null} [functionId] GatewayExecutorRequestData functionId
             * @property {string|null} [functionSlug] GatewayExecutorRequestData functionSlug
             * @property {string|null} [stepId] GatewayExecutorRequestData stepId
             * @property {Uint8Array|null} [requestPayload] GatewayExecutorRequestData requestPayload
             * @property {Uint8Array|null} [systemTraceCtx] GatewayExecutorRequestData systemTraceCtx
             * @property {Uint8Array|null} [userTraceCtx] GatewayExecutorRequestData userTraceCtx
             * @property {string|null} [runId] GatewayExecutorRequestData runId
             * @property {string|null} [leaseId] GatewayExecutorRequestData leaseId
             * @property {string|null} [jobId] GatewayExecutorRequestData jobId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayExecutorRequestData.
             * @memberof connect.v1
             * @interface IGatewayExecutorRequestData
             * @augments connect.v1.GatewayExecutorRequestData.$Properties
             * @deprecated Use connect.v1.GatewayExecutorRequestData.$Properties instead.
             */

            /**
             * Shape of a GatewayExecutorRequestData.
             * @typedef {connect.v1.GatewayExecutorRequestData.$Properties} connect.v1.GatewayExecutorRequestData.$Shape
             */

            /**
             * Constructs a new GatewayExecutorRequestData.
             * @memberof connect.v1
             * @classdesc Represents a GatewayExecutorRequestData.
             * @constructor
             * @param {connect.v1.GatewayExecutorRequestData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayExecutorRequestData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GatewayExecutorRequestData requestId.
             * @member {string} requestId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.requestId = "";

            /**
             * GatewayExecutorRequestData accountId.
             * @member {string} accountId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.accountId = "";

            /**
             * GatewayExecutorRequestData envId.
             * @member {string} envId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.envId = "";

            /**
             * GatewayExecutorRequestData appId.
             * @member {string} appId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.appId = "";

            /**
             * GatewayExecutorRequestData appName.
             * @member {string} appName
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.appName = "";

            /**
             * GatewayExecutorRequestData functionId.
             * @member {string} functionId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.functionId = "";

            /**
             * GatewayExecutorRequestData functionSlug.
             * @member {string} functionSlug
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.functionSlug = "";

            /**
             * GatewayExecutorRequestData stepId.
             * @member {string|null|undefined} stepId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.stepId = null;

            /**
             * GatewayExecutorRequestData requestPayload.
             * @member {Uint8Array} requestPayload
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.requestPayload = $util.newBuffer([]);

            /**
             * GatewayExecutorRequestData systemTraceCtx.
             * @member {Uint8Array} systemTraceCtx
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.systemTraceCtx = $util.newBuffer([]);

            /**
             * GatewayExecutorRequestData userTraceCtx.
             * @member {Uint8Array} userTraceCtx
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.userTraceCtx = $util.newBuffer([]);

            /**
             * GatewayExecutorRequestData runId.
             * @member {string} runId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.runId = "";

            /**
             * GatewayExecutorRequestData leaseId.
             * @member {string} leaseId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.leaseId = "";

            /**
             * GatewayExecutorRequestData jobId.
             * @member {string} jobId
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             */
            GatewayExecutorRequestData.prototype.jobId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(GatewayExecutorRequestData.prototype, "_stepId", {
                get: $util.oneOfGetter($oneOfFields = ["stepId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GatewayExecutorRequestData instance using the specified properties.
             * @function create
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {connect.v1.GatewayExecutorRequestData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.GatewayExecutorRequestData} GatewayExecutorRequestData instance
             * @type {{
             *   (properties: connect.v1.GatewayExecutorRequestData.$Shape): connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape;
             *   (properties?: connect.v1.GatewayExecutorRequestData.$Properties): connect.v1.GatewayExecutorRequestData;
             * }}
             */
            GatewayExecutorRequestData.create = function(properties) {
                return new GatewayExecutorRequestData(properties);
            };

            /**
             * Encodes the specified GatewayExecutorRequestData message. Does not implicitly {@link connect.v1.GatewayExecutorRequestData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {connect.v1.GatewayExecutorRequestData.$Properties} message GatewayExecutorRequestData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayExecutorRequestData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.appId);
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName") && message.appName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.appName);
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId") && message.functionId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.functionId);
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug") && message.functionSlug !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.functionSlug);
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.stepId);
                if (message.requestPayload != null && $Object.hasOwnProperty.call(message, "requestPayload") && message.requestPayload.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.requestPayload);
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx") && message.systemTraceCtx.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.systemTraceCtx);
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx") && message.userTraceCtx.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.userTraceCtx);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.runId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.leaseId);
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.jobId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GatewayExecutorRequestData message, length delimited. Does not implicitly {@link connect.v1.GatewayExecutorRequestData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {connect.v1.GatewayExecutorRequestData.$Properties} message GatewayExecutorRequestData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayExecutorRequestData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatewayExecutorRequestData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape} GatewayExecutorRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayExecutorRequestData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.GatewayExecutorRequestData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appName = value;
                            else
                                delete message.appName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.functionId = value;
                            else
                                delete message.functionId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.functionSlug = value;
                            else
                                delete message.functionSlug;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.stepId = reader.stringVerify();
                            message._stepId = "stepId";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestPayload = value;
                            else
                                delete message.requestPayload;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.systemTraceCtx = value;
                            else
                                delete message.systemTraceCtx;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.userTraceCtx = value;
                            else
                                delete message.userTraceCtx;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GatewayExecutorRequestData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.GatewayExecutorRequestData & connect.v1.GatewayExecutorRequestData.$Shape} GatewayExecutorRequestData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayExecutorRequestData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GatewayExecutorRequestData message.
             * @function verify
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayExecutorRequestData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    if (!$util.isString(message.appName))
                        return "appName: string expected";
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId"))
                    if (!$util.isString(message.functionId))
                        return "functionId: string expected";
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    if (!$util.isString(message.functionSlug))
                        return "functionSlug: string expected";
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId")) {
                    properties._stepId = 1;
                    if (!$util.isString(message.stepId))
                        return "stepId: string expected";
                }
                if (message.requestPayload != null && $Object.hasOwnProperty.call(message, "requestPayload"))
                    if (!(message.requestPayload && typeof message.requestPayload.length === "number" || $util.isString(message.requestPayload)))
                        return "requestPayload: buffer expected";
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    if (!(message.systemTraceCtx && typeof message.systemTraceCtx.length === "number" || $util.isString(message.systemTraceCtx)))
                        return "systemTraceCtx: buffer expected";
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    if (!(message.userTraceCtx && typeof message.userTraceCtx.length === "number" || $util.isString(message.userTraceCtx)))
                        return "userTraceCtx: buffer expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                return null;
            };

            /**
             * Creates a GatewayExecutorRequestData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.GatewayExecutorRequestData} GatewayExecutorRequestData
             */
            GatewayExecutorRequestData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.GatewayExecutorRequestData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.GatewayExecutorRequestData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.GatewayExecutorRequestData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.appName != null)
                    if (typeof object.appName !== "string" || object.appName.length)
                        message.appName = $String(object.appName);
                if (object.functionId != null)
                    if (typeof object.functionId !== "string" || object.functionId.length)
                        message.functionId = $String(object.functionId);
                if (object.functionSlug != null)
                    if (typeof object.functionSlug !== "string" || object.functionSlug.length)
                        message.functionSlug = $String(object.functionSlug);
                if (object.stepId != null)
                    message.stepId = $String(object.stepId);
                if (object.requestPayload != null)
                    if (object.requestPayload.length)
                        if (typeof object.requestPayload === "string")
                            $util.base64.decode(object.requestPayload, message.requestPayload = $util.newBuffer($util.base64.length(object.requestPayload)), 0);
                        else if (object.requestPayload.length >= 0)
                            message.requestPayload = object.requestPayload;
                if (object.systemTraceCtx != null)
                    if (object.systemTraceCtx.length)
                        if (typeof object.systemTraceCtx === "string")
                            $util.base64.decode(object.systemTraceCtx, message.systemTraceCtx = $util.newBuffer($util.base64.length(object.systemTraceCtx)), 0);
                        else if (object.systemTraceCtx.length >= 0)
                            message.systemTraceCtx = object.systemTraceCtx;
                if (object.userTraceCtx != null)
                    if (object.userTraceCtx.length)
                        if (typeof object.userTraceCtx === "string")
                            $util.base64.decode(object.userTraceCtx, message.userTraceCtx = $util.newBuffer($util.base64.length(object.userTraceCtx)), 0);
                        else if (object.userTraceCtx.length >= 0)
                            message.userTraceCtx = object.userTraceCtx;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                return message;
            };

            /**
             * Creates a plain object from a GatewayExecutorRequestData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {connect.v1.GatewayExecutorRequestData} message GatewayExecutorRequestData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayExecutorRequestData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.accountId = "";
                    object.envId = "";
                    object.appId = "";
                    object.appName = "";
                    object.functionId = "";
                    object.functionSlug = "";
                    if (options.bytes === $String)
                        object.requestPayload = "";
                    else {
                        object.requestPayload = [];
                        if (options.bytes !== $Array)
                            object.requestPayload = $util.newBuffer(object.requestPayload);
                    }
                    if (options.bytes === $String)
                        object.systemTraceCtx = "";
                    else {
                        object.systemTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.systemTraceCtx = $util.newBuffer(object.systemTraceCtx);
                    }
                    if (options.bytes === $String)
                        object.userTraceCtx = "";
                    else {
                        object.userTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.userTraceCtx = $util.newBuffer(object.userTraceCtx);
                    }
                    object.runId = "";
                    object.leaseId = "";
                    object.jobId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    object.appName = message.appName;
                if (message.functionId != null && $Object.hasOwnProperty.call(message, "functionId"))
                    object.functionId = message.functionId;
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    object.functionSlug = message.functionSlug;
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    object.stepId = message.stepId;
                if (message.requestPayload != null && $Object.hasOwnProperty.call(message, "requestPayload"))
                    object.requestPayload = options.bytes === $String ? $util.base64.encode(message.requestPayload, 0, message.requestPayload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestPayload) : message.requestPayload;
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    object.systemTraceCtx = options.bytes === $String ? $util.base64.encode(message.systemTraceCtx, 0, message.systemTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.systemTraceCtx) : message.systemTraceCtx;
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    object.userTraceCtx = options.bytes === $String ? $util.base64.encode(message.userTraceCtx, 0, message.userTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.userTraceCtx) : message.userTraceCtx;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                return object;
            };

            /**
             * Converts this GatewayExecutorRequestData to JSON.
             * @function toJSON
             * @memberof connect.v1.GatewayExecutorRequestData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayExecutorRequestData.prototype.toJSON = function() {
                return GatewayExecutorRequestData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayExecutorRequestData
             * @function getTypeUrl
             * @memberof connect.v1.GatewayExecutorRequestData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayExecutorRequestData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.GatewayExecutorRequestData";
            };

            return GatewayExecutorRequestData;
        })();

        v1.WorkerRequestAckData = (function() {

            /**
             * Properties of a WorkerRequestAckData.
             * @typedef {Object} connect.v1.WorkerRequestAckData.$Properties
             * @property {string|null} [requestId] WorkerRequestAckData requestId
             * @property {string|null} [accountId] WorkerRequestAckData accountId
             * @property {string|null} [envId] WorkerRequestAckData envId
             * @property {string|null} [appId] WorkerRequestAckData appId
             * @property {string|null} [functionSlug] WorkerRequestAckData functionSlug
             * @property {string|null} [stepId] WorkerRequestAckData stepId
             * @property {Uint8Array|null} [systemTraceCtx] WorkerRequestAckData systemTraceCtx
             * @property {Uint8Array|null} [userTraceCtx] WorkerRequestAckData userTraceCtx
             * @property {string|null} [runId] WorkerRequestAckData runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerRequestAckData.
             * @memberof connect.v1
             * @interface IWorkerRequestAckData
             * @augments connect.v1.WorkerRequestAckData.$Properties
             * @deprecated Use connect.v1.WorkerRequestAckData.$Properties instead.
             */

            /**
             * Shape of a WorkerRequestAckData.
             * @typedef {connect.v1.WorkerRequestAckData.$Properties} connect.v1.WorkerRequestAckData.$Shape
             */

            /**
             * Constructs a new WorkerRequestAckData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerRequestAckData.
             * @constructor
             * @param {connect.v1.WorkerRequestAckData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerRequestAckData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerRequestAckData requestId.
             * @member {string} requestId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.requestId = "";

            /**
             * WorkerRequestAckData accountId.
             * @member {string} accountId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.accountId = "";

            /**
             * WorkerRequestAckData envId.
             * @member {string} envId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.envId = "";

            /**
             * WorkerRequestAckData appId.
             * @member {string} appId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.appId = "";

            /**
             * WorkerRequestAckData functionSlug.
             * @member {string} functionSlug
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.functionSlug = "";

            /**
             * WorkerRequestAckData stepId.
             * @member {string|null|undefined} stepId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.stepId = null;

            /**
             * WorkerRequestAckData systemTraceCtx.
             * @member {Uint8Array} systemTraceCtx
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.systemTraceCtx = $util.newBuffer([]);

            /**
             * WorkerRequestAckData userTraceCtx.
             * @member {Uint8Array} userTraceCtx
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.userTraceCtx = $util.newBuffer([]);

            /**
             * WorkerRequestAckData runId.
             * @member {string} runId
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             */
            WorkerRequestAckData.prototype.runId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerRequestAckData.prototype, "_stepId", {
                get: $util.oneOfGetter($oneOfFields = ["stepId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new WorkerRequestAckData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {connect.v1.WorkerRequestAckData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerRequestAckData} WorkerRequestAckData instance
             * @type {{
             *   (properties: connect.v1.WorkerRequestAckData.$Shape): connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape;
             *   (properties?: connect.v1.WorkerRequestAckData.$Properties): connect.v1.WorkerRequestAckData;
             * }}
             */
            WorkerRequestAckData.create = function(properties) {
                return new WorkerRequestAckData(properties);
            };

            /**
             * Encodes the specified WorkerRequestAckData message. Does not implicitly {@link connect.v1.WorkerRequestAckData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {connect.v1.WorkerRequestAckData.$Properties} message WorkerRequestAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestAckData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.appId);
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug") && message.functionSlug !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.functionSlug);
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.stepId);
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx") && message.systemTraceCtx.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.systemTraceCtx);
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx") && message.userTraceCtx.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.userTraceCtx);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerRequestAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestAckData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {connect.v1.WorkerRequestAckData.$Properties} message WorkerRequestAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestAckData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerRequestAckData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape} WorkerRequestAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestAckData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerRequestAckData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.functionSlug = value;
                            else
                                delete message.functionSlug;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.stepId = reader.stringVerify();
                            message._stepId = "stepId";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.systemTraceCtx = value;
                            else
                                delete message.systemTraceCtx;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.userTraceCtx = value;
                            else
                                delete message.userTraceCtx;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerRequestAckData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestAckData & connect.v1.WorkerRequestAckData.$Shape} WorkerRequestAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestAckData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerRequestAckData message.
             * @function verify
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerRequestAckData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    if (!$util.isString(message.functionSlug))
                        return "functionSlug: string expected";
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId")) {
                    properties._stepId = 1;
                    if (!$util.isString(message.stepId))
                        return "stepId: string expected";
                }
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    if (!(message.systemTraceCtx && typeof message.systemTraceCtx.length === "number" || $util.isString(message.systemTraceCtx)))
                        return "systemTraceCtx: buffer expected";
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    if (!(message.userTraceCtx && typeof message.userTraceCtx.length === "number" || $util.isString(message.userTraceCtx)))
                        return "userTraceCtx: buffer expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                return null;
            };

            /**
             * Creates a WorkerRequestAckData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerRequestAckData} WorkerRequestAckData
             */
            WorkerRequestAckData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerRequestAckData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerRequestAckData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerRequestAckData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.functionSlug != null)
                    if (typeof object.functionSlug !== "string" || object.functionSlug.length)
                        message.functionSlug = $String(object.functionSlug);
                if (object.stepId != null)
                    message.stepId = $String(object.stepId);
                if (object.systemTraceCtx != null)
                    if (object.systemTraceCtx.length)
                        if (typeof object.systemTraceCtx === "string")
                            $util.base64.decode(object.systemTraceCtx, message.systemTraceCtx = $util.newBuffer($util.base64.length(object.systemTraceCtx)), 0);
                        else if (object.systemTraceCtx.length >= 0)
                            message.systemTraceCtx = object.systemTraceCtx;
                if (object.userTraceCtx != null)
                    if (object.userTraceCtx.length)
                        if (typeof object.userTraceCtx === "string")
                            $util.base64.decode(object.userTraceCtx, message.userTraceCtx = $util.newBuffer($util.base64.length(object.userTraceCtx)), 0);
                        else if (object.userTraceCtx.length >= 0)
                            message.userTraceCtx = object.userTraceCtx;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerRequestAckData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {connect.v1.WorkerRequestAckData} message WorkerRequestAckData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerRequestAckData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.accountId = "";
                    object.envId = "";
                    object.appId = "";
                    object.functionSlug = "";
                    if (options.bytes === $String)
                        object.systemTraceCtx = "";
                    else {
                        object.systemTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.systemTraceCtx = $util.newBuffer(object.systemTraceCtx);
                    }
                    if (options.bytes === $String)
                        object.userTraceCtx = "";
                    else {
                        object.userTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.userTraceCtx = $util.newBuffer(object.userTraceCtx);
                    }
                    object.runId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    object.functionSlug = message.functionSlug;
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    object.stepId = message.stepId;
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    object.systemTraceCtx = options.bytes === $String ? $util.base64.encode(message.systemTraceCtx, 0, message.systemTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.systemTraceCtx) : message.systemTraceCtx;
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    object.userTraceCtx = options.bytes === $String ? $util.base64.encode(message.userTraceCtx, 0, message.userTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.userTraceCtx) : message.userTraceCtx;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this WorkerRequestAckData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerRequestAckData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerRequestAckData.prototype.toJSON = function() {
                return WorkerRequestAckData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerRequestAckData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerRequestAckData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerRequestAckData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerRequestAckData";
            };

            return WorkerRequestAckData;
        })();

        v1.WorkerRequestExtendLeaseData = (function() {

            /**
             * Properties of a WorkerRequestExtendLeaseData.
             * @typedef {Object} connect.v1.WorkerRequestExtendLeaseData.$Properties
             * @property {string|null} [requestId] WorkerRequestExtendLeaseData requestId
             * @property {string|null} [accountId] WorkerRequestExtendLeaseData accountId
             * @property {string|null} [envId] WorkerRequestExtendLeaseData envId
             * @property {string|null} [appId] WorkerRequestExtendLeaseData appId
             * @property {string|null} [functionSlug] WorkerRequestExtendLeaseData functionSlug
             * @property {string|null} [stepId] WorkerRequestExtendLeaseData stepId
             * @property {Uint8Array|null} [systemTraceCtx] WorkerRequestExtendLeaseData systemTraceCtx
             * @property {Uint8Array|null} [userTraceCtx] WorkerRequestExtendLeaseData userTraceCtx
             * @property {string|null} [runId] WorkerRequestExtendLeaseData runId
             * @property {string|null} [leaseId] WorkerRequestExtendLeaseData leaseId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerRequestExtendLeaseData.
             * @memberof connect.v1
             * @interface IWorkerRequestExtendLeaseData
             * @augments connect.v1.WorkerRequestExtendLeaseData.$Properties
             * @deprecated Use connect.v1.WorkerRequestExtendLeaseData.$Properties instead.
             */

            /**
             * Shape of a WorkerRequestExtendLeaseData.
             * @typedef {connect.v1.WorkerRequestExtendLeaseData.$Properties} connect.v1.WorkerRequestExtendLeaseData.$Shape
             */

            /**
             * Constructs a new WorkerRequestExtendLeaseData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerRequestExtendLeaseData.
             * @constructor
             * @param {connect.v1.WorkerRequestExtendLeaseData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerRequestExtendLeaseData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerRequestExtendLeaseData requestId.
             * @member {string} requestId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.requestId = "";

            /**
             * WorkerRequestExtendLeaseData accountId.
             * @member {string} accountId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.accountId = "";

            /**
             * WorkerRequestExtendLeaseData envId.
             * @member {string} envId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.envId = "";

            /**
             * WorkerRequestExtendLeaseData appId.
             * @member {string} appId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.appId = "";

            /**
             * WorkerRequestExtendLeaseData functionSlug.
             * @member {string} functionSlug
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.functionSlug = "";

            /**
             * WorkerRequestExtendLeaseData stepId.
             * @member {string|null|undefined} stepId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.stepId = null;

            /**
             * WorkerRequestExtendLeaseData systemTraceCtx.
             * @member {Uint8Array} systemTraceCtx
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.systemTraceCtx = $util.newBuffer([]);

            /**
             * WorkerRequestExtendLeaseData userTraceCtx.
             * @member {Uint8Array} userTraceCtx
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.userTraceCtx = $util.newBuffer([]);

            /**
             * WorkerRequestExtendLeaseData runId.
             * @member {string} runId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.runId = "";

            /**
             * WorkerRequestExtendLeaseData leaseId.
             * @member {string} leaseId
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             */
            WorkerRequestExtendLeaseData.prototype.leaseId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerRequestExtendLeaseData.prototype, "_stepId", {
                get: $util.oneOfGetter($oneOfFields = ["stepId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new WorkerRequestExtendLeaseData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerRequestExtendLeaseData} WorkerRequestExtendLeaseData instance
             * @type {{
             *   (properties: connect.v1.WorkerRequestExtendLeaseData.$Shape): connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape;
             *   (properties?: connect.v1.WorkerRequestExtendLeaseData.$Properties): connect.v1.WorkerRequestExtendLeaseData;
             * }}
             */
            WorkerRequestExtendLeaseData.create = function(properties) {
                return new WorkerRequestExtendLeaseData(properties);
            };

            /**
             * Encodes the specified WorkerRequestExtendLeaseData message. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseData.$Properties} message WorkerRequestExtendLeaseData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestExtendLeaseData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.appId);
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug") && message.functionSlug !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.functionSlug);
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.stepId);
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx") && message.systemTraceCtx.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.systemTraceCtx);
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx") && message.userTraceCtx.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.userTraceCtx);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.runId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.leaseId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerRequestExtendLeaseData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseData.$Properties} message WorkerRequestExtendLeaseData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestExtendLeaseData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerRequestExtendLeaseData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape} WorkerRequestExtendLeaseData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestExtendLeaseData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerRequestExtendLeaseData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.functionSlug = value;
                            else
                                delete message.functionSlug;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.stepId = reader.stringVerify();
                            message._stepId = "stepId";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.systemTraceCtx = value;
                            else
                                delete message.systemTraceCtx;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.userTraceCtx = value;
                            else
                                delete message.userTraceCtx;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerRequestExtendLeaseData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestExtendLeaseData & connect.v1.WorkerRequestExtendLeaseData.$Shape} WorkerRequestExtendLeaseData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestExtendLeaseData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerRequestExtendLeaseData message.
             * @function verify
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerRequestExtendLeaseData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    if (!$util.isString(message.functionSlug))
                        return "functionSlug: string expected";
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId")) {
                    properties._stepId = 1;
                    if (!$util.isString(message.stepId))
                        return "stepId: string expected";
                }
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    if (!(message.systemTraceCtx && typeof message.systemTraceCtx.length === "number" || $util.isString(message.systemTraceCtx)))
                        return "systemTraceCtx: buffer expected";
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    if (!(message.userTraceCtx && typeof message.userTraceCtx.length === "number" || $util.isString(message.userTraceCtx)))
                        return "userTraceCtx: buffer expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                return null;
            };

            /**
             * Creates a WorkerRequestExtendLeaseData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerRequestExtendLeaseData} WorkerRequestExtendLeaseData
             */
            WorkerRequestExtendLeaseData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerRequestExtendLeaseData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerRequestExtendLeaseData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerRequestExtendLeaseData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.functionSlug != null)
                    if (typeof object.functionSlug !== "string" || object.functionSlug.length)
                        message.functionSlug = $String(object.functionSlug);
                if (object.stepId != null)
                    message.stepId = $String(object.stepId);
                if (object.systemTraceCtx != null)
                    if (object.systemTraceCtx.length)
                        if (typeof object.systemTraceCtx === "string")
                            $util.base64.decode(object.systemTraceCtx, message.systemTraceCtx = $util.newBuffer($util.base64.length(object.systemTraceCtx)), 0);
                        else if (object.systemTraceCtx.length >= 0)
                            message.systemTraceCtx = object.systemTraceCtx;
                if (object.userTraceCtx != null)
                    if (object.userTraceCtx.length)
                        if (typeof object.userTraceCtx === "string")
                            $util.base64.decode(object.userTraceCtx, message.userTraceCtx = $util.newBuffer($util.base64.length(object.userTraceCtx)), 0);
                        else if (object.userTraceCtx.length >= 0)
                            message.userTraceCtx = object.userTraceCtx;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerRequestExtendLeaseData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseData} message WorkerRequestExtendLeaseData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerRequestExtendLeaseData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.accountId = "";
                    object.envId = "";
                    object.appId = "";
                    object.functionSlug = "";
                    if (options.bytes === $String)
                        object.systemTraceCtx = "";
                    else {
                        object.systemTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.systemTraceCtx = $util.newBuffer(object.systemTraceCtx);
                    }
                    if (options.bytes === $String)
                        object.userTraceCtx = "";
                    else {
                        object.userTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.userTraceCtx = $util.newBuffer(object.userTraceCtx);
                    }
                    object.runId = "";
                    object.leaseId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    object.functionSlug = message.functionSlug;
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    object.stepId = message.stepId;
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    object.systemTraceCtx = options.bytes === $String ? $util.base64.encode(message.systemTraceCtx, 0, message.systemTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.systemTraceCtx) : message.systemTraceCtx;
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    object.userTraceCtx = options.bytes === $String ? $util.base64.encode(message.userTraceCtx, 0, message.userTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.userTraceCtx) : message.userTraceCtx;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                return object;
            };

            /**
             * Converts this WorkerRequestExtendLeaseData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerRequestExtendLeaseData.prototype.toJSON = function() {
                return WorkerRequestExtendLeaseData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerRequestExtendLeaseData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerRequestExtendLeaseData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerRequestExtendLeaseData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerRequestExtendLeaseData";
            };

            return WorkerRequestExtendLeaseData;
        })();

        v1.WorkerRequestExtendLeaseAckData = (function() {

            /**
             * Properties of a WorkerRequestExtendLeaseAckData.
             * @typedef {Object} connect.v1.WorkerRequestExtendLeaseAckData.$Properties
             * @property {string|null} [requestId] WorkerRequestExtendLeaseAckData requestId
             * @property {string|null} [accountId] WorkerRequestExtendLeaseAckData accountId
             * @property {string|null} [envId] WorkerRequestExtendLeaseAckData envId
             * @property {string|null} [appId] WorkerRequestExtendLeaseAckData appId
             * @property {string|null} [functionSlug] WorkerRequestExtendLeaseAckData functionSlug
             * @property {string|null} [newLeaseId] WorkerRequestExtendLeaseAckData newLeaseId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerRequestExtendLeaseAckData.
             * @memberof connect.v1
             * @interface IWorkerRequestExtendLeaseAckData
             * @augments connect.v1.WorkerRequestExtendLeaseAckData.$Properties
             * @deprecated Use connect.v1.WorkerRequestExtendLeaseAckData.$Properties instead.
             */

            /**
             * Shape of a WorkerRequestExtendLeaseAckData.
             * @typedef {connect.v1.WorkerRequestExtendLeaseAckData.$Properties} connect.v1.WorkerRequestExtendLeaseAckData.$Shape
             */

            /**
             * Constructs a new WorkerRequestExtendLeaseAckData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerRequestExtendLeaseAckData.
             * @constructor
             * @param {connect.v1.WorkerRequestExtendLeaseAckData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerRequestExtendLeaseAckData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerRequestExtendLeaseAckData requestId.
             * @member {string} requestId
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.requestId = "";

            /**
             * WorkerRequestExtendLeaseAckData accountId.
             * @member {string} accountId
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.accountId = "";

            /**
             * WorkerRequestExtendLeaseAckData envId.
             * @member {string} envId
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.envId = "";

            /**
             * WorkerRequestExtendLeaseAckData appId.
             * @member {string} appId
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.appId = "";

            /**
             * WorkerRequestExtendLeaseAckData functionSlug.
             * @member {string} functionSlug
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.functionSlug = "";

            /**
             * WorkerRequestExtendLeaseAckData newLeaseId.
             * @member {string|null|undefined} newLeaseId
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             */
            WorkerRequestExtendLeaseAckData.prototype.newLeaseId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkerRequestExtendLeaseAckData.prototype, "_newLeaseId", {
                get: $util.oneOfGetter($oneOfFields = ["newLeaseId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new WorkerRequestExtendLeaseAckData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseAckData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData} WorkerRequestExtendLeaseAckData instance
             * @type {{
             *   (properties: connect.v1.WorkerRequestExtendLeaseAckData.$Shape): connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape;
             *   (properties?: connect.v1.WorkerRequestExtendLeaseAckData.$Properties): connect.v1.WorkerRequestExtendLeaseAckData;
             * }}
             */
            WorkerRequestExtendLeaseAckData.create = function(properties) {
                return new WorkerRequestExtendLeaseAckData(properties);
            };

            /**
             * Encodes the specified WorkerRequestExtendLeaseAckData message. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseAckData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseAckData.$Properties} message WorkerRequestExtendLeaseAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestExtendLeaseAckData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.appId);
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug") && message.functionSlug !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.functionSlug);
                if (message.newLeaseId != null && $Object.hasOwnProperty.call(message, "newLeaseId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.newLeaseId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerRequestExtendLeaseAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerRequestExtendLeaseAckData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseAckData.$Properties} message WorkerRequestExtendLeaseAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerRequestExtendLeaseAckData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerRequestExtendLeaseAckData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape} WorkerRequestExtendLeaseAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestExtendLeaseAckData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerRequestExtendLeaseAckData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.functionSlug = value;
                            else
                                delete message.functionSlug;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.newLeaseId = reader.stringVerify();
                            message._newLeaseId = "newLeaseId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerRequestExtendLeaseAckData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData & connect.v1.WorkerRequestExtendLeaseAckData.$Shape} WorkerRequestExtendLeaseAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerRequestExtendLeaseAckData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerRequestExtendLeaseAckData message.
             * @function verify
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerRequestExtendLeaseAckData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    if (!$util.isString(message.functionSlug))
                        return "functionSlug: string expected";
                if (message.newLeaseId != null && $Object.hasOwnProperty.call(message, "newLeaseId")) {
                    properties._newLeaseId = 1;
                    if (!$util.isString(message.newLeaseId))
                        return "newLeaseId: string expected";
                }
                return null;
            };

            /**
             * Creates a WorkerRequestExtendLeaseAckData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerRequestExtendLeaseAckData} WorkerRequestExtendLeaseAckData
             */
            WorkerRequestExtendLeaseAckData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerRequestExtendLeaseAckData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerRequestExtendLeaseAckData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerRequestExtendLeaseAckData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.functionSlug != null)
                    if (typeof object.functionSlug !== "string" || object.functionSlug.length)
                        message.functionSlug = $String(object.functionSlug);
                if (object.newLeaseId != null)
                    message.newLeaseId = $String(object.newLeaseId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerRequestExtendLeaseAckData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {connect.v1.WorkerRequestExtendLeaseAckData} message WorkerRequestExtendLeaseAckData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerRequestExtendLeaseAckData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.accountId = "";
                    object.envId = "";
                    object.appId = "";
                    object.functionSlug = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.functionSlug != null && $Object.hasOwnProperty.call(message, "functionSlug"))
                    object.functionSlug = message.functionSlug;
                if (message.newLeaseId != null && $Object.hasOwnProperty.call(message, "newLeaseId"))
                    object.newLeaseId = message.newLeaseId;
                return object;
            };

            /**
             * Converts this WorkerRequestExtendLeaseAckData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerRequestExtendLeaseAckData.prototype.toJSON = function() {
                return WorkerRequestExtendLeaseAckData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerRequestExtendLeaseAckData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerRequestExtendLeaseAckData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerRequestExtendLeaseAckData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerRequestExtendLeaseAckData";
            };

            return WorkerRequestExtendLeaseAckData;
        })();

        /**
         * SDKResponseStatus enum.
         * @name connect.v1.SDKResponseStatus
         * @enum {number}
         * @property {number} NOT_COMPLETED=0 NOT_COMPLETED value
         * @property {number} DONE=1 DONE value
         * @property {number} ERROR=2 ERROR value
         */
        v1.SDKResponseStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NOT_COMPLETED"] = 0;
            values[valuesById[1] = "DONE"] = 1;
            values[valuesById[2] = "ERROR"] = 2;
            return values;
        })();

        v1.SDKResponse = (function() {

            /**
             * Properties of a SDKResponse.
             * @typedef {Object} connect.v1.SDKResponse.$Properties
             * @property {string|null} [requestId] SDKResponse requestId
             * @property {string|null} [accountId] SDKResponse accountId
             * @property {string|null} [envId] SDKResponse envId
             * @property {string|null} [appId] SDKResponse appId
             * @property {connect.v1.SDKResponseStatus|null} [status] SDKResponse status
             * @property {Uint8Array|null} [body] SDKResponse body
             * @property {boolean|null} [noRetry] SDKResponse noRetry
             * @property {string|null} [retryAfter] SDKResponse retryAfter
             * @property {string|null} [sdkVersion] SDKResponse sdkVersion
             * @property {number|null} [requestVersion] SDKResponse requestVersion
             * @property {Uint8Array|null} [systemTraceCtx] SDKResponse systemTraceCtx
             * @property {Uint8Array|null} [userTraceCtx] SDKResponse userTraceCtx
             * @property {string|null} [runId] SDKResponse runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SDKResponse.
             * @memberof connect.v1
             * @interface ISDKResponse
             * @augments connect.v1.SDKResponse.$Properties
             * @deprecated Use connect.v1.SDKResponse.$Properties instead.
             */

            /**
             * Shape of a SDKResponse.
             * @typedef {connect.v1.SDKResponse.$Properties} connect.v1.SDKResponse.$Shape
             */

            /**
             * Constructs a new SDKResponse.
             * @memberof connect.v1
             * @classdesc Represents a SDKResponse.
             * @constructor
             * @param {connect.v1.SDKResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SDKResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SDKResponse requestId.
             * @member {string} requestId
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.requestId = "";

            /**
             * SDKResponse accountId.
             * @member {string} accountId
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.accountId = "";

            /**
             * SDKResponse envId.
             * @member {string} envId
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.envId = "";

            /**
             * SDKResponse appId.
             * @member {string} appId
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.appId = "";

            /**
             * SDKResponse status.
             * @member {connect.v1.SDKResponseStatus} status
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.status = 0;

            /**
             * SDKResponse body.
             * @member {Uint8Array} body
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.body = $util.newBuffer([]);

            /**
             * SDKResponse noRetry.
             * @member {boolean} noRetry
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.noRetry = false;

            /**
             * SDKResponse retryAfter.
             * @member {string|null|undefined} retryAfter
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.retryAfter = null;

            /**
             * SDKResponse sdkVersion.
             * @member {string} sdkVersion
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.sdkVersion = "";

            /**
             * SDKResponse requestVersion.
             * @member {number} requestVersion
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.requestVersion = 0;

            /**
             * SDKResponse systemTraceCtx.
             * @member {Uint8Array} systemTraceCtx
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.systemTraceCtx = $util.newBuffer([]);

            /**
             * SDKResponse userTraceCtx.
             * @member {Uint8Array} userTraceCtx
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.userTraceCtx = $util.newBuffer([]);

            /**
             * SDKResponse runId.
             * @member {string} runId
             * @memberof connect.v1.SDKResponse
             * @instance
             */
            SDKResponse.prototype.runId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SDKResponse.prototype, "_retryAfter", {
                get: $util.oneOfGetter($oneOfFields = ["retryAfter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SDKResponse instance using the specified properties.
             * @function create
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {connect.v1.SDKResponse.$Properties=} [properties] Properties to set
             * @returns {connect.v1.SDKResponse} SDKResponse instance
             * @type {{
             *   (properties: connect.v1.SDKResponse.$Shape): connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape;
             *   (properties?: connect.v1.SDKResponse.$Properties): connect.v1.SDKResponse;
             * }}
             */
            SDKResponse.create = function(properties) {
                return new SDKResponse(properties);
            };

            /**
             * Encodes the specified SDKResponse message. Does not implicitly {@link connect.v1.SDKResponse.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {connect.v1.SDKResponse.$Properties} message SDKResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SDKResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.accountId);
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.appId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.body);
                if (message.noRetry != null && $Object.hasOwnProperty.call(message, "noRetry") && message.noRetry !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.noRetry);
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.retryAfter);
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion") && message.sdkVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.sdkVersion);
                if (message.requestVersion != null && $Object.hasOwnProperty.call(message, "requestVersion") && message.requestVersion !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.requestVersion);
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx") && message.systemTraceCtx.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.systemTraceCtx);
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx") && message.userTraceCtx.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.userTraceCtx);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SDKResponse message, length delimited. Does not implicitly {@link connect.v1.SDKResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {connect.v1.SDKResponse.$Properties} message SDKResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SDKResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SDKResponse message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape} SDKResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SDKResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.SDKResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.accountId = value;
                            else
                                delete message.accountId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.noRetry = value;
                            else
                                delete message.noRetry;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.retryAfter = reader.stringVerify();
                            message._retryAfter = "retryAfter";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdkVersion = value;
                            else
                                delete message.sdkVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestVersion = value;
                            else
                                delete message.requestVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.systemTraceCtx = value;
                            else
                                delete message.systemTraceCtx;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.userTraceCtx = value;
                            else
                                delete message.userTraceCtx;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SDKResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.SDKResponse & connect.v1.SDKResponse.$Shape} SDKResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SDKResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SDKResponse message.
             * @function verify
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SDKResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    if (!$util.isString(message.accountId))
                        return "accountId: string expected";
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.noRetry != null && $Object.hasOwnProperty.call(message, "noRetry"))
                    if (typeof message.noRetry !== "boolean")
                        return "noRetry: boolean expected";
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter")) {
                    properties._retryAfter = 1;
                    if (!$util.isString(message.retryAfter))
                        return "retryAfter: string expected";
                }
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    if (!$util.isString(message.sdkVersion))
                        return "sdkVersion: string expected";
                if (message.requestVersion != null && $Object.hasOwnProperty.call(message, "requestVersion"))
                    if (!$util.isInteger(message.requestVersion))
                        return "requestVersion: integer expected";
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    if (!(message.systemTraceCtx && typeof message.systemTraceCtx.length === "number" || $util.isString(message.systemTraceCtx)))
                        return "systemTraceCtx: buffer expected";
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    if (!(message.userTraceCtx && typeof message.userTraceCtx.length === "number" || $util.isString(message.userTraceCtx)))
                        return "userTraceCtx: buffer expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                return null;
            };

            /**
             * Creates a SDKResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.SDKResponse} SDKResponse
             */
            SDKResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.SDKResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.SDKResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.SDKResponse();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accountId != null)
                    if (typeof object.accountId !== "string" || object.accountId.length)
                        message.accountId = $String(object.accountId);
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.connect.v1.SDKResponseStatus[object.status] !== 0))
                    switch (object.status) {
                    case "NOT_COMPLETED":
                    case 0:
                        message.status = 0;
                        break;
                    case "DONE":
                    case 1:
                        message.status = 1;
                        break;
                    case "ERROR":
                    case 2:
                        message.status = 2;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.noRetry != null)
                    if (object.noRetry)
                        message.noRetry = $Boolean(object.noRetry);
                if (object.retryAfter != null)
                    message.retryAfter = $String(object.retryAfter);
                if (object.sdkVersion != null)
                    if (typeof object.sdkVersion !== "string" || object.sdkVersion.length)
                        message.sdkVersion = $String(object.sdkVersion);
                if (object.requestVersion != null)
                    if ($Number(object.requestVersion) !== 0)
                        message.requestVersion = object.requestVersion >>> 0;
                if (object.systemTraceCtx != null)
                    if (object.systemTraceCtx.length)
                        if (typeof object.systemTraceCtx === "string")
                            $util.base64.decode(object.systemTraceCtx, message.systemTraceCtx = $util.newBuffer($util.base64.length(object.systemTraceCtx)), 0);
                        else if (object.systemTraceCtx.length >= 0)
                            message.systemTraceCtx = object.systemTraceCtx;
                if (object.userTraceCtx != null)
                    if (object.userTraceCtx.length)
                        if (typeof object.userTraceCtx === "string")
                            $util.base64.decode(object.userTraceCtx, message.userTraceCtx = $util.newBuffer($util.base64.length(object.userTraceCtx)), 0);
                        else if (object.userTraceCtx.length >= 0)
                            message.userTraceCtx = object.userTraceCtx;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from a SDKResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {connect.v1.SDKResponse} message SDKResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SDKResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.accountId = "";
                    object.envId = "";
                    object.appId = "";
                    object.status = options.enums === $String ? "NOT_COMPLETED" : 0;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    object.noRetry = false;
                    object.sdkVersion = "";
                    object.requestVersion = 0;
                    if (options.bytes === $String)
                        object.systemTraceCtx = "";
                    else {
                        object.systemTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.systemTraceCtx = $util.newBuffer(object.systemTraceCtx);
                    }
                    if (options.bytes === $String)
                        object.userTraceCtx = "";
                    else {
                        object.userTraceCtx = [];
                        if (options.bytes !== $Array)
                            object.userTraceCtx = $util.newBuffer(object.userTraceCtx);
                    }
                    object.runId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                    object.accountId = message.accountId;
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.connect.v1.SDKResponseStatus[message.status] === $undefined ? message.status : $root.connect.v1.SDKResponseStatus[message.status] : message.status;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.noRetry != null && $Object.hasOwnProperty.call(message, "noRetry"))
                    object.noRetry = message.noRetry;
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter"))
                    object.retryAfter = message.retryAfter;
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    object.sdkVersion = message.sdkVersion;
                if (message.requestVersion != null && $Object.hasOwnProperty.call(message, "requestVersion"))
                    object.requestVersion = message.requestVersion;
                if (message.systemTraceCtx != null && $Object.hasOwnProperty.call(message, "systemTraceCtx"))
                    object.systemTraceCtx = options.bytes === $String ? $util.base64.encode(message.systemTraceCtx, 0, message.systemTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.systemTraceCtx) : message.systemTraceCtx;
                if (message.userTraceCtx != null && $Object.hasOwnProperty.call(message, "userTraceCtx"))
                    object.userTraceCtx = options.bytes === $String ? $util.base64.encode(message.userTraceCtx, 0, message.userTraceCtx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.userTraceCtx) : message.userTraceCtx;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this SDKResponse to JSON.
             * @function toJSON
             * @memberof connect.v1.SDKResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SDKResponse.prototype.toJSON = function() {
                return SDKResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SDKResponse
             * @function getTypeUrl
             * @memberof connect.v1.SDKResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SDKResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.SDKResponse";
            };

            return SDKResponse;
        })();

        v1.WorkerReplyAckData = (function() {

            /**
             * Properties of a WorkerReplyAckData.
             * @typedef {Object} connect.v1.WorkerReplyAckData.$Properties
             * @property {string|null} [requestId] WorkerReplyAckData requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerReplyAckData.
             * @memberof connect.v1
             * @interface IWorkerReplyAckData
             * @augments connect.v1.WorkerReplyAckData.$Properties
             * @deprecated Use connect.v1.WorkerReplyAckData.$Properties instead.
             */

            /**
             * Shape of a WorkerReplyAckData.
             * @typedef {connect.v1.WorkerReplyAckData.$Properties} connect.v1.WorkerReplyAckData.$Shape
             */

            /**
             * Constructs a new WorkerReplyAckData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerReplyAckData.
             * @constructor
             * @param {connect.v1.WorkerReplyAckData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerReplyAckData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerReplyAckData requestId.
             * @member {string} requestId
             * @memberof connect.v1.WorkerReplyAckData
             * @instance
             */
            WorkerReplyAckData.prototype.requestId = "";

            /**
             * Creates a new WorkerReplyAckData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {connect.v1.WorkerReplyAckData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerReplyAckData} WorkerReplyAckData instance
             * @type {{
             *   (properties: connect.v1.WorkerReplyAckData.$Shape): connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape;
             *   (properties?: connect.v1.WorkerReplyAckData.$Properties): connect.v1.WorkerReplyAckData;
             * }}
             */
            WorkerReplyAckData.create = function(properties) {
                return new WorkerReplyAckData(properties);
            };

            /**
             * Encodes the specified WorkerReplyAckData message. Does not implicitly {@link connect.v1.WorkerReplyAckData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {connect.v1.WorkerReplyAckData.$Properties} message WorkerReplyAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerReplyAckData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerReplyAckData message, length delimited. Does not implicitly {@link connect.v1.WorkerReplyAckData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {connect.v1.WorkerReplyAckData.$Properties} message WorkerReplyAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerReplyAckData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerReplyAckData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape} WorkerReplyAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerReplyAckData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerReplyAckData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerReplyAckData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerReplyAckData & connect.v1.WorkerReplyAckData.$Shape} WorkerReplyAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerReplyAckData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerReplyAckData message.
             * @function verify
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerReplyAckData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                return null;
            };

            /**
             * Creates a WorkerReplyAckData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerReplyAckData} WorkerReplyAckData
             */
            WorkerReplyAckData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerReplyAckData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerReplyAckData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerReplyAckData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerReplyAckData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {connect.v1.WorkerReplyAckData} message WorkerReplyAckData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerReplyAckData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                return object;
            };

            /**
             * Converts this WorkerReplyAckData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerReplyAckData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerReplyAckData.prototype.toJSON = function() {
                return WorkerReplyAckData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerReplyAckData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerReplyAckData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerReplyAckData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerReplyAckData";
            };

            return WorkerReplyAckData;
        })();

        v1.WorkerStatusData = (function() {

            /**
             * Properties of a WorkerStatusData.
             * @typedef {Object} connect.v1.WorkerStatusData.$Properties
             * @property {Array.<string>|null} [inFlightRequestIds] WorkerStatusData inFlightRequestIds
             * @property {boolean|null} [shutdownRequested] WorkerStatusData shutdownRequested
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerStatusData.
             * @memberof connect.v1
             * @interface IWorkerStatusData
             * @augments connect.v1.WorkerStatusData.$Properties
             * @deprecated Use connect.v1.WorkerStatusData.$Properties instead.
             */

            /**
             * Shape of a WorkerStatusData.
             * @typedef {connect.v1.WorkerStatusData.$Properties} connect.v1.WorkerStatusData.$Shape
             */

            /**
             * Constructs a new WorkerStatusData.
             * @memberof connect.v1
             * @classdesc Represents a WorkerStatusData.
             * @constructor
             * @param {connect.v1.WorkerStatusData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerStatusData = function (properties) {
                this.inFlightRequestIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerStatusData inFlightRequestIds.
             * @member {Array.<string>} inFlightRequestIds
             * @memberof connect.v1.WorkerStatusData
             * @instance
             */
            WorkerStatusData.prototype.inFlightRequestIds = $util.emptyArray;

            /**
             * WorkerStatusData shutdownRequested.
             * @member {boolean} shutdownRequested
             * @memberof connect.v1.WorkerStatusData
             * @instance
             */
            WorkerStatusData.prototype.shutdownRequested = false;

            /**
             * Creates a new WorkerStatusData instance using the specified properties.
             * @function create
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {connect.v1.WorkerStatusData.$Properties=} [properties] Properties to set
             * @returns {connect.v1.WorkerStatusData} WorkerStatusData instance
             * @type {{
             *   (properties: connect.v1.WorkerStatusData.$Shape): connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape;
             *   (properties?: connect.v1.WorkerStatusData.$Properties): connect.v1.WorkerStatusData;
             * }}
             */
            WorkerStatusData.create = function(properties) {
                return new WorkerStatusData(properties);
            };

            /**
             * Encodes the specified WorkerStatusData message. Does not implicitly {@link connect.v1.WorkerStatusData.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {connect.v1.WorkerStatusData.$Properties} message WorkerStatusData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatusData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.inFlightRequestIds != null && message.inFlightRequestIds.length)
                    for (let i = 0; i < message.inFlightRequestIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.inFlightRequestIds[i]);
                if (message.shutdownRequested != null && $Object.hasOwnProperty.call(message, "shutdownRequested") && message.shutdownRequested !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.shutdownRequested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerStatusData message, length delimited. Does not implicitly {@link connect.v1.WorkerStatusData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {connect.v1.WorkerStatusData.$Properties} message WorkerStatusData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatusData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerStatusData message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape} WorkerStatusData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatusData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.WorkerStatusData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inFlightRequestIds && message.inFlightRequestIds.length))
                                message.inFlightRequestIds = [];
                            message.inFlightRequestIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.shutdownRequested = value;
                            else
                                delete message.shutdownRequested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerStatusData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.WorkerStatusData & connect.v1.WorkerStatusData.$Shape} WorkerStatusData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatusData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerStatusData message.
             * @function verify
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerStatusData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.inFlightRequestIds != null && $Object.hasOwnProperty.call(message, "inFlightRequestIds")) {
                    if (!$Array.isArray(message.inFlightRequestIds))
                        return "inFlightRequestIds: array expected";
                    for (let i = 0; i < message.inFlightRequestIds.length; ++i)
                        if (!$util.isString(message.inFlightRequestIds[i]))
                            return "inFlightRequestIds: string[] expected";
                }
                if (message.shutdownRequested != null && $Object.hasOwnProperty.call(message, "shutdownRequested"))
                    if (typeof message.shutdownRequested !== "boolean")
                        return "shutdownRequested: boolean expected";
                return null;
            };

            /**
             * Creates a WorkerStatusData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.WorkerStatusData} WorkerStatusData
             */
            WorkerStatusData.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.WorkerStatusData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.WorkerStatusData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.WorkerStatusData();
                if (object.inFlightRequestIds) {
                    if (!$Array.isArray(object.inFlightRequestIds))
                        throw $TypeError(".connect.v1.WorkerStatusData.inFlightRequestIds: array expected");
                    message.inFlightRequestIds = $Array(object.inFlightRequestIds.length);
                    for (let i = 0; i < object.inFlightRequestIds.length; ++i)
                        message.inFlightRequestIds[i] = $String(object.inFlightRequestIds[i]);
                }
                if (object.shutdownRequested != null)
                    if (object.shutdownRequested)
                        message.shutdownRequested = $Boolean(object.shutdownRequested);
                return message;
            };

            /**
             * Creates a plain object from a WorkerStatusData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {connect.v1.WorkerStatusData} message WorkerStatusData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerStatusData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.inFlightRequestIds = [];
                if (options.defaults)
                    object.shutdownRequested = false;
                if (message.inFlightRequestIds && message.inFlightRequestIds.length) {
                    object.inFlightRequestIds = $Array(message.inFlightRequestIds.length);
                    for (let j = 0; j < message.inFlightRequestIds.length; ++j)
                        object.inFlightRequestIds[j] = message.inFlightRequestIds[j];
                }
                if (message.shutdownRequested != null && $Object.hasOwnProperty.call(message, "shutdownRequested"))
                    object.shutdownRequested = message.shutdownRequested;
                return object;
            };

            /**
             * Converts this WorkerStatusData to JSON.
             * @function toJSON
             * @memberof connect.v1.WorkerStatusData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerStatusData.prototype.toJSON = function() {
                return WorkerStatusData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerStatusData
             * @function getTypeUrl
             * @memberof connect.v1.WorkerStatusData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerStatusData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.WorkerStatusData";
            };

            return WorkerStatusData;
        })();

        /**
         * ConnectionStatus enum.
         * @name connect.v1.ConnectionStatus
         * @enum {number}
         * @property {number} CONNECTED=0 CONNECTED value
         * @property {number} READY=1 READY value
         * @property {number} DRAINING=2 DRAINING value
         * @property {number} DISCONNECTING=3 DISCONNECTING value
         * @property {number} DISCONNECTED=4 DISCONNECTED value
         */
        v1.ConnectionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONNECTED"] = 0;
            values[valuesById[1] = "READY"] = 1;
            values[valuesById[2] = "DRAINING"] = 2;
            values[valuesById[3] = "DISCONNECTING"] = 3;
            values[valuesById[4] = "DISCONNECTED"] = 4;
            return values;
        })();

        /**
         * WorkerDisconnectReason enum.
         * @name connect.v1.WorkerDisconnectReason
         * @enum {number}
         * @property {number} WORKER_SHUTDOWN=0 WORKER_SHUTDOWN value
         * @property {number} UNEXPECTED=1 UNEXPECTED value
         * @property {number} GATEWAY_DRAINING=2 GATEWAY_DRAINING value
         * @property {number} CONSECUTIVE_HEARTBEATS_MISSED=3 CONSECUTIVE_HEARTBEATS_MISSED value
         * @property {number} MESSAGE_TOO_LARGE=4 MESSAGE_TOO_LARGE value
         */
        v1.WorkerDisconnectReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WORKER_SHUTDOWN"] = 0;
            values[valuesById[1] = "UNEXPECTED"] = 1;
            values[valuesById[2] = "GATEWAY_DRAINING"] = 2;
            values[valuesById[3] = "CONSECUTIVE_HEARTBEATS_MISSED"] = 3;
            values[valuesById[4] = "MESSAGE_TOO_LARGE"] = 4;
            return values;
        })();

        v1.SystemAttributes = (function() {

            /**
             * Properties of a SystemAttributes.
             * @typedef {Object} connect.v1.SystemAttributes.$Properties
             * @property {number|null} [cpuCores] SystemAttributes cpuCores
             * @property {number|null} [memBytes] SystemAttributes memBytes
             * @property {string|null} [os] SystemAttributes os
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SystemAttributes.
             * @memberof connect.v1
             * @interface ISystemAttributes
             * @augments connect.v1.SystemAttributes.$Properties
             * @deprecated Use connect.v1.SystemAttributes.$Properties instead.
             */

            /**
             * Shape of a SystemAttributes.
             * @typedef {connect.v1.SystemAttributes.$Properties} connect.v1.SystemAttributes.$Shape
             */

            /**
             * Constructs a new SystemAttributes.
             * @memberof connect.v1
             * @classdesc Represents a SystemAttributes.
             * @constructor
             * @param {connect.v1.SystemAttributes.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SystemAttributes = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SystemAttributes cpuCores.
             * @member {number} cpuCores
             * @memberof connect.v1.SystemAttributes
             * @instance
             */
            SystemAttributes.prototype.cpuCores = 0;

            /**
             * SystemAttributes memBytes.
             * @member {number} memBytes
             * @memberof connect.v1.SystemAttributes
             * @instance
             */
            SystemAttributes.prototype.memBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SystemAttributes os.
             * @member {string} os
             * @memberof connect.v1.SystemAttributes
             * @instance
             */
            SystemAttributes.prototype.os = "";

            /**
             * Creates a new SystemAttributes instance using the specified properties.
             * @function create
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {connect.v1.SystemAttributes.$Properties=} [properties] Properties to set
             * @returns {connect.v1.SystemAttributes} SystemAttributes instance
             * @type {{
             *   (properties: connect.v1.SystemAttributes.$Shape): connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape;
             *   (properties?: connect.v1.SystemAttributes.$Properties): connect.v1.SystemAttributes;
             * }}
             */
            SystemAttributes.create = function(properties) {
                return new SystemAttributes(properties);
            };

            /**
             * Encodes the specified SystemAttributes message. Does not implicitly {@link connect.v1.SystemAttributes.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {connect.v1.SystemAttributes.$Properties} message SystemAttributes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemAttributes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores") && message.cpuCores !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.cpuCores);
                if (message.memBytes != null && $Object.hasOwnProperty.call(message, "memBytes") && (typeof message.memBytes === "object" ? message.memBytes.low || message.memBytes.high : message.memBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.memBytes);
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.os);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SystemAttributes message, length delimited. Does not implicitly {@link connect.v1.SystemAttributes.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {connect.v1.SystemAttributes.$Properties} message SystemAttributes message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemAttributes.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SystemAttributes message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape} SystemAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemAttributes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.SystemAttributes();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cpuCores = value;
                            else
                                delete message.cpuCores;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.memBytes = value;
                            else
                                delete message.memBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SystemAttributes message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.SystemAttributes & connect.v1.SystemAttributes.$Shape} SystemAttributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemAttributes.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SystemAttributes message.
             * @function verify
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SystemAttributes.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores"))
                    if (!$util.isInteger(message.cpuCores))
                        return "cpuCores: integer expected";
                if (message.memBytes != null && $Object.hasOwnProperty.call(message, "memBytes"))
                    if (!$util.isInteger(message.memBytes) && !(message.memBytes && $util.isInteger(message.memBytes.low) && $util.isInteger(message.memBytes.high)))
                        return "memBytes: integer|Long expected";
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    if (!$util.isString(message.os))
                        return "os: string expected";
                return null;
            };

            /**
             * Creates a SystemAttributes message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.SystemAttributes} SystemAttributes
             */
            SystemAttributes.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.SystemAttributes)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.SystemAttributes: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.SystemAttributes();
                if (object.cpuCores != null)
                    if ($Number(object.cpuCores) !== 0)
                        message.cpuCores = object.cpuCores | 0;
                if (object.memBytes != null)
                    if (typeof object.memBytes === "object" ? object.memBytes.low || object.memBytes.high : $Number(object.memBytes) !== 0)
                        if ($util.Long)
                            message.memBytes = $util.Long.fromValue(object.memBytes, false);
                        else if (typeof object.memBytes === "string")
                            message.memBytes = $parseInt(object.memBytes, 10);
                        else if (typeof object.memBytes === "number")
                            message.memBytes = object.memBytes;
                        else if (typeof object.memBytes === "object")
                            message.memBytes = new $util.LongBits(object.memBytes.low >>> 0, object.memBytes.high >>> 0).toNumber();
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                return message;
            };

            /**
             * Creates a plain object from a SystemAttributes message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {connect.v1.SystemAttributes} message SystemAttributes
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SystemAttributes.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cpuCores = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.memBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.os = "";
                }
                if (message.cpuCores != null && $Object.hasOwnProperty.call(message, "cpuCores"))
                    object.cpuCores = message.cpuCores;
                if (message.memBytes != null && $Object.hasOwnProperty.call(message, "memBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memBytes = typeof message.memBytes === "number" ? $BigInt(message.memBytes) : $util.Long.fromBits(message.memBytes.low >>> 0, message.memBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.memBytes === "number")
                        object.memBytes = options.longs === $String ? $String(message.memBytes) : message.memBytes;
                    else
                        object.memBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memBytes) : options.longs === $Number ? new $util.LongBits(message.memBytes.low >>> 0, message.memBytes.high >>> 0).toNumber() : message.memBytes;
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                return object;
            };

            /**
             * Converts this SystemAttributes to JSON.
             * @function toJSON
             * @memberof connect.v1.SystemAttributes
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SystemAttributes.prototype.toJSON = function() {
                return SystemAttributes.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SystemAttributes
             * @function getTypeUrl
             * @memberof connect.v1.SystemAttributes
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SystemAttributes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.SystemAttributes";
            };

            return SystemAttributes;
        })();

        v1.ConnMetadata = (function() {

            /**
             * Properties of a ConnMetadata.
             * @typedef {Object} connect.v1.ConnMetadata.$Properties
             * @property {string|null} [id] ConnMetadata id
             * @property {string|null} [gatewayId] ConnMetadata gatewayId
             * @property {string|null} [instanceId] ConnMetadata instanceId
             * @property {Object.<string,string>|null} [allWorkerGroups] ConnMetadata allWorkerGroups
             * @property {Object.<string,string>|null} [syncedWorkerGroups] ConnMetadata syncedWorkerGroups
             * @property {connect.v1.ConnectionStatus|null} [status] ConnMetadata status
             * @property {google.protobuf.Timestamp.$Properties|null} [lastHeartbeatAt] ConnMetadata lastHeartbeatAt
             * @property {string|null} [sdkLanguage] ConnMetadata sdkLanguage
             * @property {string|null} [sdkVersion] ConnMetadata sdkVersion
             * @property {connect.v1.SystemAttributes.$Properties|null} [attributes] ConnMetadata attributes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnMetadata.
             * @memberof connect.v1
             * @interface IConnMetadata
             * @augments connect.v1.ConnMetadata.$Properties
             * @deprecated Use connect.v1.ConnMetadata.$Properties instead.
             */

            /**
             * Shape of a ConnMetadata.
             * @typedef {connect.v1.ConnMetadata.$Properties} connect.v1.ConnMetadata.$Shape
             */

            /**
             * Constructs a new ConnMetadata.
             * @memberof connect.v1
             * @classdesc Represents a ConnMetadata.
             * @constructor
             * @param {connect.v1.ConnMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnMetadata = function (properties) {
                this.allWorkerGroups = {};
                this.syncedWorkerGroups = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnMetadata id.
             * @member {string} id
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.id = "";

            /**
             * ConnMetadata gatewayId.
             * @member {string} gatewayId
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.gatewayId = "";

            /**
             * ConnMetadata instanceId.
             * @member {string} instanceId
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.instanceId = "";

            /**
             * ConnMetadata allWorkerGroups.
             * @member {Object.<string,string>} allWorkerGroups
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.allWorkerGroups = $util.emptyObject;

            /**
             * ConnMetadata syncedWorkerGroups.
             * @member {Object.<string,string>} syncedWorkerGroups
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.syncedWorkerGroups = $util.emptyObject;

            /**
             * ConnMetadata status.
             * @member {connect.v1.ConnectionStatus} status
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.status = 0;

            /**
             * ConnMetadata lastHeartbeatAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} lastHeartbeatAt
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.lastHeartbeatAt = null;

            /**
             * ConnMetadata sdkLanguage.
             * @member {string} sdkLanguage
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.sdkLanguage = "";

            /**
             * ConnMetadata sdkVersion.
             * @member {string} sdkVersion
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.sdkVersion = "";

            /**
             * ConnMetadata attributes.
             * @member {connect.v1.SystemAttributes.$Properties|null|undefined} attributes
             * @memberof connect.v1.ConnMetadata
             * @instance
             */
            ConnMetadata.prototype.attributes = null;

            /**
             * Creates a new ConnMetadata instance using the specified properties.
             * @function create
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {connect.v1.ConnMetadata.$Properties=} [properties] Properties to set
             * @returns {connect.v1.ConnMetadata} ConnMetadata instance
             * @type {{
             *   (properties: connect.v1.ConnMetadata.$Shape): connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape;
             *   (properties?: connect.v1.ConnMetadata.$Properties): connect.v1.ConnMetadata;
             * }}
             */
            ConnMetadata.create = function(properties) {
                return new ConnMetadata(properties);
            };

            /**
             * Encodes the specified ConnMetadata message. Does not implicitly {@link connect.v1.ConnMetadata.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {connect.v1.ConnMetadata.$Properties} message ConnMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.gatewayId);
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId") && message.instanceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.instanceId);
                if (message.allWorkerGroups != null && $Object.hasOwnProperty.call(message, "allWorkerGroups"))
                    for (let keys = $Object.keys(message.allWorkerGroups), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.allWorkerGroups[keys[i]]).ldelim();
                if (message.syncedWorkerGroups != null && $Object.hasOwnProperty.call(message, "syncedWorkerGroups"))
                    for (let keys = $Object.keys(message.syncedWorkerGroups), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.syncedWorkerGroups[keys[i]]).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.status);
                if (message.lastHeartbeatAt != null && $Object.hasOwnProperty.call(message, "lastHeartbeatAt"))
                    $root.google.protobuf.Timestamp.encode(message.lastHeartbeatAt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage") && message.sdkLanguage !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.sdkLanguage);
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion") && message.sdkVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.sdkVersion);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    $root.connect.v1.SystemAttributes.encode(message.attributes, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConnMetadata message, length delimited. Does not implicitly {@link connect.v1.ConnMetadata.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {connect.v1.ConnMetadata.$Properties} message ConnMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnMetadata.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConnMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape} ConnMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.ConnMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gatewayId = value;
                            else
                                delete message.gatewayId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.instanceId = value;
                            else
                                delete message.instanceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.allWorkerGroups === $util.emptyObject)
                                message.allWorkerGroups = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.allWorkerGroups, key);
                            message.allWorkerGroups[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.syncedWorkerGroups === $util.emptyObject)
                                message.syncedWorkerGroups = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.syncedWorkerGroups, key);
                            message.syncedWorkerGroups[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.lastHeartbeatAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.lastHeartbeatAt);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdkLanguage = value;
                            else
                                delete message.sdkLanguage;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sdkVersion = value;
                            else
                                delete message.sdkVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.attributes = $root.connect.v1.SystemAttributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConnMetadata message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.ConnMetadata & connect.v1.ConnMetadata.$Shape} ConnMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnMetadata.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConnMetadata message.
             * @function verify
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConnMetadata.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
                    if (!$util.isString(message.gatewayId))
                        return "gatewayId: string expected";
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    if (!$util.isString(message.instanceId))
                        return "instanceId: string expected";
                if (message.allWorkerGroups != null && $Object.hasOwnProperty.call(message, "allWorkerGroups")) {
                    if (!$util.isObject(message.allWorkerGroups))
                        return "allWorkerGroups: object expected";
                    let key = $Object.keys(message.allWorkerGroups);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.allWorkerGroups[key[i]]))
                            return "allWorkerGroups: string{k:string} expected";
                }
                if (message.syncedWorkerGroups != null && $Object.hasOwnProperty.call(message, "syncedWorkerGroups")) {
                    if (!$util.isObject(message.syncedWorkerGroups))
                        return "syncedWorkerGroups: object expected";
                    let key = $Object.keys(message.syncedWorkerGroups);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.syncedWorkerGroups[key[i]]))
                            return "syncedWorkerGroups: string{k:string} expected";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.lastHeartbeatAt != null && $Object.hasOwnProperty.call(message, "lastHeartbeatAt")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.lastHeartbeatAt, _depth + 1);
                    if (error)
                        return "lastHeartbeatAt." + error;
                }
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage"))
                    if (!$util.isString(message.sdkLanguage))
                        return "sdkLanguage: string expected";
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    if (!$util.isString(message.sdkVersion))
                        return "sdkVersion: string expected";
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    let error = $root.connect.v1.SystemAttributes.verify(message.attributes, _depth + 1);
                    if (error)
                        return "attributes." + error;
                }
                return null;
            };

            /**
             * Creates a ConnMetadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.ConnMetadata} ConnMetadata
             */
            ConnMetadata.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.ConnMetadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.ConnMetadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.ConnMetadata();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.gatewayId != null)
                    if (typeof object.gatewayId !== "string" || object.gatewayId.length)
                        message.gatewayId = $String(object.gatewayId);
                if (object.instanceId != null)
                    if (typeof object.instanceId !== "string" || object.instanceId.length)
                        message.instanceId = $String(object.instanceId);
                if (object.allWorkerGroups) {
                    if (!$util.isObject(object.allWorkerGroups))
                        throw $TypeError(".connect.v1.ConnMetadata.allWorkerGroups: object expected");
                    message.allWorkerGroups = {};
                    for (let keys = $Object.keys(object.allWorkerGroups), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.allWorkerGroups, keys[i]);
                        message.allWorkerGroups[keys[i]] = $String(object.allWorkerGroups[keys[i]]);
                    }
                }
                if (object.syncedWorkerGroups) {
                    if (!$util.isObject(object.syncedWorkerGroups))
                        throw $TypeError(".connect.v1.ConnMetadata.syncedWorkerGroups: object expected");
                    message.syncedWorkerGroups = {};
                    for (let keys = $Object.keys(object.syncedWorkerGroups), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.syncedWorkerGroups, keys[i]);
                        message.syncedWorkerGroups[keys[i]] = $String(object.syncedWorkerGroups[keys[i]]);
                    }
                }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.connect.v1.ConnectionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "CONNECTED":
                    case 0:
                        message.status = 0;
                        break;
                    case "READY":
                    case 1:
                        message.status = 1;
                        break;
                    case "DRAINING":
                    case 2:
                        message.status = 2;
                        break;
                    case "DISCONNECTING":
                    case 3:
                        message.status = 3;
                        break;
                    case "DISCONNECTED":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.lastHeartbeatAt != null) {
                    if (!$util.isObject(object.lastHeartbeatAt))
                        throw $TypeError(".connect.v1.ConnMetadata.lastHeartbeatAt: object expected");
                    message.lastHeartbeatAt = $root.google.protobuf.Timestamp.fromObject(object.lastHeartbeatAt, _depth + 1);
                }
                if (object.sdkLanguage != null)
                    if (typeof object.sdkLanguage !== "string" || object.sdkLanguage.length)
                        message.sdkLanguage = $String(object.sdkLanguage);
                if (object.sdkVersion != null)
                    if (typeof object.sdkVersion !== "string" || object.sdkVersion.length)
                        message.sdkVersion = $String(object.sdkVersion);
                if (object.attributes != null) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".connect.v1.ConnMetadata.attributes: object expected");
                    message.attributes = $root.connect.v1.SystemAttributes.fromObject(object.attributes, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ConnMetadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {connect.v1.ConnMetadata} message ConnMetadata
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnMetadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.allWorkerGroups = {};
                    object.syncedWorkerGroups = {};
                }
                if (options.defaults) {
                    object.id = "";
                    object.gatewayId = "";
                    object.instanceId = "";
                    object.status = options.enums === $String ? "CONNECTED" : 0;
                    object.lastHeartbeatAt = null;
                    object.sdkLanguage = "";
                    object.sdkVersion = "";
                    object.attributes = null;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
                    object.gatewayId = message.gatewayId;
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    object.instanceId = message.instanceId;
                let keys2;
                if (message.allWorkerGroups && (keys2 = $Object.keys(message.allWorkerGroups)).length) {
                    object.allWorkerGroups = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.allWorkerGroups, keys2[j]);
                        object.allWorkerGroups[keys2[j]] = message.allWorkerGroups[keys2[j]];
                    }
                }
                if (message.syncedWorkerGroups && (keys2 = $Object.keys(message.syncedWorkerGroups)).length) {
                    object.syncedWorkerGroups = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.syncedWorkerGroups, keys2[j]);
                        object.syncedWorkerGroups[keys2[j]] = message.syncedWorkerGroups[keys2[j]];
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.connect.v1.ConnectionStatus[message.status] === $undefined ? message.status : $root.connect.v1.ConnectionStatus[message.status] : message.status;
                if (message.lastHeartbeatAt != null && $Object.hasOwnProperty.call(message, "lastHeartbeatAt"))
                    object.lastHeartbeatAt = $root.google.protobuf.Timestamp.toObject(message.lastHeartbeatAt, options, _depth + 1);
                if (message.sdkLanguage != null && $Object.hasOwnProperty.call(message, "sdkLanguage"))
                    object.sdkLanguage = message.sdkLanguage;
                if (message.sdkVersion != null && $Object.hasOwnProperty.call(message, "sdkVersion"))
                    object.sdkVersion = message.sdkVersion;
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    object.attributes = $root.connect.v1.SystemAttributes.toObject(message.attributes, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ConnMetadata to JSON.
             * @function toJSON
             * @memberof connect.v1.ConnMetadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnMetadata.prototype.toJSON = function() {
                return ConnMetadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnMetadata
             * @function getTypeUrl
             * @memberof connect.v1.ConnMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.ConnMetadata";
            };

            return ConnMetadata;
        })();

        v1.ConnGroup = (function() {

            /**
             * Properties of a ConnGroup.
             * @typedef {Object} connect.v1.ConnGroup.$Properties
             * @property {string|null} [envId] ConnGroup envId
             * @property {string|null} [appId] ConnGroup appId
             * @property {string|null} [appName] ConnGroup appName
             * @property {string|null} [hash] ConnGroup hash
             * @property {Array.<connect.v1.ConnMetadata.$Properties>|null} [conns] ConnGroup conns
             * @property {string|null} [syncId] ConnGroup syncId
             * @property {string|null} [appVersion] ConnGroup appVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnGroup.
             * @memberof connect.v1
             * @interface IConnGroup
             * @augments connect.v1.ConnGroup.$Properties
             * @deprecated Use connect.v1.ConnGroup.$Properties instead.
             */

            /**
             * Shape of a ConnGroup.
             * @typedef {connect.v1.ConnGroup.$Properties} connect.v1.ConnGroup.$Shape
             */

            /**
             * Constructs a new ConnGroup.
             * @memberof connect.v1
             * @classdesc Represents a ConnGroup.
             * @constructor
             * @param {connect.v1.ConnGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnGroup = function (properties) {
                this.conns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnGroup envId.
             * @member {string} envId
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.envId = "";

            /**
             * ConnGroup appId.
             * @member {string} appId
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.appId = "";

            /**
             * ConnGroup appName.
             * @member {string} appName
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.appName = "";

            /**
             * ConnGroup hash.
             * @member {string} hash
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.hash = "";

            /**
             * ConnGroup conns.
             * @member {Array.<connect.v1.ConnMetadata.$Properties>} conns
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.conns = $util.emptyArray;

            /**
             * ConnGroup syncId.
             * @member {string|null|undefined} syncId
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.syncId = null;

            /**
             * ConnGroup appVersion.
             * @member {string|null|undefined} appVersion
             * @memberof connect.v1.ConnGroup
             * @instance
             */
            ConnGroup.prototype.appVersion = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConnGroup.prototype, "_syncId", {
                get: $util.oneOfGetter($oneOfFields = ["syncId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConnGroup.prototype, "_appVersion", {
                get: $util.oneOfGetter($oneOfFields = ["appVersion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ConnGroup instance using the specified properties.
             * @function create
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {connect.v1.ConnGroup.$Properties=} [properties] Properties to set
             * @returns {connect.v1.ConnGroup} ConnGroup instance
             * @type {{
             *   (properties: connect.v1.ConnGroup.$Shape): connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape;
             *   (properties?: connect.v1.ConnGroup.$Properties): connect.v1.ConnGroup;
             * }}
             */
            ConnGroup.create = function(properties) {
                return new ConnGroup(properties);
            };

            /**
             * Encodes the specified ConnGroup message. Does not implicitly {@link connect.v1.ConnGroup.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {connect.v1.ConnGroup.$Properties} message ConnGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId") && message.envId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.envId);
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId") && message.appId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.appId);
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName") && message.appName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.appName);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hash);
                if (message.conns != null && message.conns.length)
                    for (let i = 0; i < message.conns.length; ++i)
                        $root.connect.v1.ConnMetadata.encode(message.conns[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.syncId);
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.appVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConnGroup message, length delimited. Does not implicitly {@link connect.v1.ConnGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {connect.v1.ConnGroup.$Properties} message ConnGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnGroup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConnGroup message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape} ConnGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnGroup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.ConnGroup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.envId = value;
                            else
                                delete message.envId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appId = value;
                            else
                                delete message.appId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.appName = value;
                            else
                                delete message.appName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conns && message.conns.length))
                                message.conns = [];
                            message.conns.push($root.connect.v1.ConnMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.syncId = reader.stringVerify();
                            message._syncId = "syncId";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.appVersion = reader.stringVerify();
                            message._appVersion = "appVersion";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ConnGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.ConnGroup & connect.v1.ConnGroup.$Shape} ConnGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnGroup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConnGroup message.
             * @function verify
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConnGroup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    if (!$util.isString(message.envId))
                        return "envId: string expected";
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    if (!$util.isString(message.appId))
                        return "appId: string expected";
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    if (!$util.isString(message.appName))
                        return "appName: string expected";
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    if (!$util.isString(message.hash))
                        return "hash: string expected";
                if (message.conns != null && $Object.hasOwnProperty.call(message, "conns")) {
                    if (!$Array.isArray(message.conns))
                        return "conns: array expected";
                    for (let i = 0; i < message.conns.length; ++i) {
                        let error = $root.connect.v1.ConnMetadata.verify(message.conns[i], _depth + 1);
                        if (error)
                            return "conns." + error;
                    }
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId")) {
                    properties._syncId = 1;
                    if (!$util.isString(message.syncId))
                        return "syncId: string expected";
                }
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion")) {
                    properties._appVersion = 1;
                    if (!$util.isString(message.appVersion))
                        return "appVersion: string expected";
                }
                return null;
            };

            /**
             * Creates a ConnGroup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.ConnGroup} ConnGroup
             */
            ConnGroup.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.ConnGroup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.ConnGroup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.ConnGroup();
                if (object.envId != null)
                    if (typeof object.envId !== "string" || object.envId.length)
                        message.envId = $String(object.envId);
                if (object.appId != null)
                    if (typeof object.appId !== "string" || object.appId.length)
                        message.appId = $String(object.appId);
                if (object.appName != null)
                    if (typeof object.appName !== "string" || object.appName.length)
                        message.appName = $String(object.appName);
                if (object.hash != null)
                    if (typeof object.hash !== "string" || object.hash.length)
                        message.hash = $String(object.hash);
                if (object.conns) {
                    if (!$Array.isArray(object.conns))
                        throw $TypeError(".connect.v1.ConnGroup.conns: array expected");
                    message.conns = $Array(object.conns.length);
                    for (let i = 0; i < object.conns.length; ++i) {
                        if (!$util.isObject(object.conns[i]))
                            throw $TypeError(".connect.v1.ConnGroup.conns: object expected");
                        message.conns[i] = $root.connect.v1.ConnMetadata.fromObject(object.conns[i], _depth + 1);
                    }
                }
                if (object.syncId != null)
                    message.syncId = $String(object.syncId);
                if (object.appVersion != null)
                    message.appVersion = $String(object.appVersion);
                return message;
            };

            /**
             * Creates a plain object from a ConnGroup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {connect.v1.ConnGroup} message ConnGroup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConnGroup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conns = [];
                if (options.defaults) {
                    object.envId = "";
                    object.appId = "";
                    object.appName = "";
                    object.hash = "";
                }
                if (message.envId != null && $Object.hasOwnProperty.call(message, "envId"))
                    object.envId = message.envId;
                if (message.appId != null && $Object.hasOwnProperty.call(message, "appId"))
                    object.appId = message.appId;
                if (message.appName != null && $Object.hasOwnProperty.call(message, "appName"))
                    object.appName = message.appName;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = message.hash;
                if (message.conns && message.conns.length) {
                    object.conns = $Array(message.conns.length);
                    for (let j = 0; j < message.conns.length; ++j)
                        object.conns[j] = $root.connect.v1.ConnMetadata.toObject(message.conns[j], options, _depth + 1);
                }
                if (message.syncId != null && $Object.hasOwnProperty.call(message, "syncId"))
                    object.syncId = message.syncId;
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    object.appVersion = message.appVersion;
                return object;
            };

            /**
             * Converts this ConnGroup to JSON.
             * @function toJSON
             * @memberof connect.v1.ConnGroup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConnGroup.prototype.toJSON = function() {
                return ConnGroup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConnGroup
             * @function getTypeUrl
             * @memberof connect.v1.ConnGroup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConnGroup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.ConnGroup";
            };

            return ConnGroup;
        })();

        v1.StartRequest = (function() {

            /**
             * Properties of a StartRequest.
             * @typedef {Object} connect.v1.StartRequest.$Properties
             * @property {Array.<string>|null} [excludeGateways] StartRequest excludeGateways
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartRequest.
             * @memberof connect.v1
             * @interface IStartRequest
             * @augments connect.v1.StartRequest.$Properties
             * @deprecated Use connect.v1.StartRequest.$Properties instead.
             */

            /**
             * Shape of a StartRequest.
             * @typedef {connect.v1.StartRequest.$Properties} connect.v1.StartRequest.$Shape
             */

            /**
             * Constructs a new StartRequest.
             * @memberof connect.v1
             * @classdesc Represents a StartRequest.
             * @constructor
             * @param {connect.v1.StartRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartRequest = function (properties) {
                this.excludeGateways = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartRequest excludeGateways.
             * @member {Array.<string>} excludeGateways
             * @memberof connect.v1.StartRequest
             * @instance
             */
            StartRequest.prototype.excludeGateways = $util.emptyArray;

            /**
             * Creates a new StartRequest instance using the specified properties.
             * @function create
             * @memberof connect.v1.StartRequest
             * @static
             * @param {connect.v1.StartRequest.$Properties=} [properties] Properties to set
             * @returns {connect.v1.StartRequest} StartRequest instance
             * @type {{
             *   (properties: connect.v1.StartRequest.$Shape): connect.v1.StartRequest & connect.v1.StartRequest.$Shape;
             *   (properties?: connect.v1.StartRequest.$Properties): connect.v1.StartRequest;
             * }}
             */
            StartRequest.create = function(properties) {
                return new StartRequest(properties);
            };

            /**
             * Encodes the specified StartRequest message. Does not implicitly {@link connect.v1.StartRequest.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.StartRequest
             * @static
             * @param {connect.v1.StartRequest.$Properties} message StartRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.excludeGateways != null && message.excludeGateways.length)
                    for (let i = 0; i < message.excludeGateways.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.excludeGateways[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link connect.v1.StartRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.StartRequest
             * @static
             * @param {connect.v1.StartRequest.$Properties} message StartRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartRequest message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.StartRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.StartRequest & connect.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.StartRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.excludeGateways && message.excludeGateways.length))
                                message.excludeGateways = [];
                            message.excludeGateways.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.StartRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.StartRequest & connect.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartRequest message.
             * @function verify
             * @memberof connect.v1.StartRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.excludeGateways != null && $Object.hasOwnProperty.call(message, "excludeGateways")) {
                    if (!$Array.isArray(message.excludeGateways))
                        return "excludeGateways: array expected";
                    for (let i = 0; i < message.excludeGateways.length; ++i)
                        if (!$util.isString(message.excludeGateways[i]))
                            return "excludeGateways: string[] expected";
                }
                return null;
            };

            /**
             * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.StartRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.StartRequest} StartRequest
             */
            StartRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.StartRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.StartRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.StartRequest();
                if (object.excludeGateways) {
                    if (!$Array.isArray(object.excludeGateways))
                        throw $TypeError(".connect.v1.StartRequest.excludeGateways: array expected");
                    message.excludeGateways = $Array(object.excludeGateways.length);
                    for (let i = 0; i < object.excludeGateways.length; ++i)
                        message.excludeGateways[i] = $String(object.excludeGateways[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.StartRequest
             * @static
             * @param {connect.v1.StartRequest} message StartRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.excludeGateways = [];
                if (message.excludeGateways && message.excludeGateways.length) {
                    object.excludeGateways = $Array(message.excludeGateways.length);
                    for (let j = 0; j < message.excludeGateways.length; ++j)
                        object.excludeGateways[j] = message.excludeGateways[j];
                }
                return object;
            };

            /**
             * Converts this StartRequest to JSON.
             * @function toJSON
             * @memberof connect.v1.StartRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartRequest.prototype.toJSON = function() {
                return StartRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartRequest
             * @function getTypeUrl
             * @memberof connect.v1.StartRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.StartRequest";
            };

            return StartRequest;
        })();

        v1.StartResponse = (function() {

            /**
             * Properties of a StartResponse.
             * @typedef {Object} connect.v1.StartResponse.$Properties
             * @property {string|null} [connectionId] StartResponse connectionId
             * @property {string|null} [gatewayEndpoint] StartResponse gatewayEndpoint
             * @property {string|null} [gatewayGroup] StartResponse gatewayGroup
             * @property {string|null} [sessionToken] StartResponse sessionToken
             * @property {string|null} [syncToken] StartResponse syncToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartResponse.
             * @memberof connect.v1
             * @interface IStartResponse
             * @augments connect.v1.StartResponse.$Properties
             * @deprecated Use connect.v1.StartResponse.$Properties instead.
             */

            /**
             * Shape of a StartResponse.
             * @typedef {connect.v1.StartResponse.$Properties} connect.v1.StartResponse.$Shape
             */

            /**
             * Constructs a new StartResponse.
             * @memberof connect.v1
             * @classdesc Represents a StartResponse.
             * @constructor
             * @param {connect.v1.StartResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartResponse connectionId.
             * @member {string} connectionId
             * @memberof connect.v1.StartResponse
             * @instance
             */
            StartResponse.prototype.connectionId = "";

            /**
             * StartResponse gatewayEndpoint.
             * @member {string} gatewayEndpoint
             * @memberof connect.v1.StartResponse
             * @instance
             */
            StartResponse.prototype.gatewayEndpoint = "";

            /**
             * StartResponse gatewayGroup.
             * @member {string} gatewayGroup
             * @memberof connect.v1.StartResponse
             * @instance
             */
            StartResponse.prototype.gatewayGroup = "";

            /**
             * StartResponse sessionToken.
             * @member {string} sessionToken
             * @memberof connect.v1.StartResponse
             * @instance
             */
            StartResponse.prototype.sessionToken = "";

            /**
             * StartResponse syncToken.
             * @member {string} syncToken
             * @memberof connect.v1.StartResponse
             * @instance
             */
            StartResponse.prototype.syncToken = "";

            /**
             * Creates a new StartResponse instance using the specified properties.
             * @function create
             * @memberof connect.v1.StartResponse
             * @static
             * @param {connect.v1.StartResponse.$Properties=} [properties] Properties to set
             * @returns {connect.v1.StartResponse} StartResponse instance
             * @type {{
             *   (properties: connect.v1.StartResponse.$Shape): connect.v1.StartResponse & connect.v1.StartResponse.$Shape;
             *   (properties?: connect.v1.StartResponse.$Properties): connect.v1.StartResponse;
             * }}
             */
            StartResponse.create = function(properties) {
                return new StartResponse(properties);
            };

            /**
             * Encodes the specified StartResponse message. Does not implicitly {@link connect.v1.StartResponse.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.StartResponse
             * @static
             * @param {connect.v1.StartResponse.$Properties} message StartResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId") && message.connectionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.connectionId);
                if (message.gatewayEndpoint != null && $Object.hasOwnProperty.call(message, "gatewayEndpoint") && message.gatewayEndpoint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.gatewayEndpoint);
                if (message.gatewayGroup != null && $Object.hasOwnProperty.call(message, "gatewayGroup") && message.gatewayGroup !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.gatewayGroup);
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken") && message.sessionToken !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionToken);
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken") && message.syncToken !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.syncToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartResponse message, length delimited. Does not implicitly {@link connect.v1.StartResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.StartResponse
             * @static
             * @param {connect.v1.StartResponse.$Properties} message StartResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartResponse message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.StartResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.StartResponse & connect.v1.StartResponse.$Shape} StartResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.StartResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.connectionId = value;
                            else
                                delete message.connectionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gatewayEndpoint = value;
                            else
                                delete message.gatewayEndpoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gatewayGroup = value;
                            else
                                delete message.gatewayGroup;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionToken = value;
                            else
                                delete message.sessionToken;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.syncToken = value;
                            else
                                delete message.syncToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.StartResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.StartResponse & connect.v1.StartResponse.$Shape} StartResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartResponse message.
             * @function verify
             * @memberof connect.v1.StartResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    if (!$util.isString(message.connectionId))
                        return "connectionId: string expected";
                if (message.gatewayEndpoint != null && $Object.hasOwnProperty.call(message, "gatewayEndpoint"))
                    if (!$util.isString(message.gatewayEndpoint))
                        return "gatewayEndpoint: string expected";
                if (message.gatewayGroup != null && $Object.hasOwnProperty.call(message, "gatewayGroup"))
                    if (!$util.isString(message.gatewayGroup))
                        return "gatewayGroup: string expected";
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    if (!$util.isString(message.sessionToken))
                        return "sessionToken: string expected";
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken"))
                    if (!$util.isString(message.syncToken))
                        return "syncToken: string expected";
                return null;
            };

            /**
             * Creates a StartResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.StartResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.StartResponse} StartResponse
             */
            StartResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.StartResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.StartResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.StartResponse();
                if (object.connectionId != null)
                    if (typeof object.connectionId !== "string" || object.connectionId.length)
                        message.connectionId = $String(object.connectionId);
                if (object.gatewayEndpoint != null)
                    if (typeof object.gatewayEndpoint !== "string" || object.gatewayEndpoint.length)
                        message.gatewayEndpoint = $String(object.gatewayEndpoint);
                if (object.gatewayGroup != null)
                    if (typeof object.gatewayGroup !== "string" || object.gatewayGroup.length)
                        message.gatewayGroup = $String(object.gatewayGroup);
                if (object.sessionToken != null)
                    if (typeof object.sessionToken !== "string" || object.sessionToken.length)
                        message.sessionToken = $String(object.sessionToken);
                if (object.syncToken != null)
                    if (typeof object.syncToken !== "string" || object.syncToken.length)
                        message.syncToken = $String(object.syncToken);
                return message;
            };

            /**
             * Creates a plain object from a StartResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.StartResponse
             * @static
             * @param {connect.v1.StartResponse} message StartResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.connectionId = "";
                    object.gatewayEndpoint = "";
                    object.gatewayGroup = "";
                    object.sessionToken = "";
                    object.syncToken = "";
                }
                if (message.connectionId != null && $Object.hasOwnProperty.call(message, "connectionId"))
                    object.connectionId = message.connectionId;
                if (message.gatewayEndpoint != null && $Object.hasOwnProperty.call(message, "gatewayEndpoint"))
                    object.gatewayEndpoint = message.gatewayEndpoint;
                if (message.gatewayGroup != null && $Object.hasOwnProperty.call(message, "gatewayGroup"))
                    object.gatewayGroup = message.gatewayGroup;
                if (message.sessionToken != null && $Object.hasOwnProperty.call(message, "sessionToken"))
                    object.sessionToken = message.sessionToken;
                if (message.syncToken != null && $Object.hasOwnProperty.call(message, "syncToken"))
                    object.syncToken = message.syncToken;
                return object;
            };

            /**
             * Converts this StartResponse to JSON.
             * @function toJSON
             * @memberof connect.v1.StartResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartResponse.prototype.toJSON = function() {
                return StartResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartResponse
             * @function getTypeUrl
             * @memberof connect.v1.StartResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.StartResponse";
            };

            return StartResponse;
        })();

        v1.FlushResponse = (function() {

            /**
             * Properties of a FlushResponse.
             * @typedef {Object} connect.v1.FlushResponse.$Properties
             * @property {string|null} [requestId] FlushResponse requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlushResponse.
             * @memberof connect.v1
             * @interface IFlushResponse
             * @augments connect.v1.FlushResponse.$Properties
             * @deprecated Use connect.v1.FlushResponse.$Properties instead.
             */

            /**
             * Shape of a FlushResponse.
             * @typedef {connect.v1.FlushResponse.$Properties} connect.v1.FlushResponse.$Shape
             */

            /**
             * Constructs a new FlushResponse.
             * @memberof connect.v1
             * @classdesc Represents a FlushResponse.
             * @constructor
             * @param {connect.v1.FlushResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlushResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlushResponse requestId.
             * @member {string} requestId
             * @memberof connect.v1.FlushResponse
             * @instance
             */
            FlushResponse.prototype.requestId = "";

            /**
             * Creates a new FlushResponse instance using the specified properties.
             * @function create
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {connect.v1.FlushResponse.$Properties=} [properties] Properties to set
             * @returns {connect.v1.FlushResponse} FlushResponse instance
             * @type {{
             *   (properties: connect.v1.FlushResponse.$Shape): connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape;
             *   (properties?: connect.v1.FlushResponse.$Properties): connect.v1.FlushResponse;
             * }}
             */
            FlushResponse.create = function(properties) {
                return new FlushResponse(properties);
            };

            /**
             * Encodes the specified FlushResponse message. Does not implicitly {@link connect.v1.FlushResponse.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {connect.v1.FlushResponse.$Properties} message FlushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FlushResponse message, length delimited. Does not implicitly {@link connect.v1.FlushResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {connect.v1.FlushResponse.$Properties} message FlushResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FlushResponse message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.FlushResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FlushResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.FlushResponse & connect.v1.FlushResponse.$Shape} FlushResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FlushResponse message.
             * @function verify
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FlushResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                return null;
            };

            /**
             * Creates a FlushResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.FlushResponse} FlushResponse
             */
            FlushResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.FlushResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.FlushResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.FlushResponse();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a FlushResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {connect.v1.FlushResponse} message FlushResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FlushResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                return object;
            };

            /**
             * Converts this FlushResponse to JSON.
             * @function toJSON
             * @memberof connect.v1.FlushResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FlushResponse.prototype.toJSON = function() {
                return FlushResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FlushResponse
             * @function getTypeUrl
             * @memberof connect.v1.FlushResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlushResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.FlushResponse";
            };

            return FlushResponse;
        })();

        v1.PubSubAckMessage = (function() {

            /**
             * Properties of a PubSubAckMessage.
             * @typedef {Object} connect.v1.PubSubAckMessage.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [ts] PubSubAckMessage ts
             * @property {boolean|null} [nack] PubSubAckMessage nack
             * @property {connect.v1.SystemError.$Properties|null} [nackReason] PubSubAckMessage nackReason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PubSubAckMessage.
             * @memberof connect.v1
             * @interface IPubSubAckMessage
             * @augments connect.v1.PubSubAckMessage.$Properties
             * @deprecated Use connect.v1.PubSubAckMessage.$Properties instead.
             */

            /**
             * Shape of a PubSubAckMessage.
             * @typedef {connect.v1.PubSubAckMessage.$Properties} connect.v1.PubSubAckMessage.$Shape
             */

            /**
             * Constructs a new PubSubAckMessage.
             * @memberof connect.v1
             * @classdesc Represents a PubSubAckMessage.
             * @constructor
             * @param {connect.v1.PubSubAckMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PubSubAckMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PubSubAckMessage ts.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} ts
             * @memberof connect.v1.PubSubAckMessage
             * @instance
             */
            PubSubAckMessage.prototype.ts = null;

            /**
             * PubSubAckMessage nack.
             * @member {boolean|null|undefined} nack
             * @memberof connect.v1.PubSubAckMessage
             * @instance
             */
            PubSubAckMessage.prototype.nack = null;

            /**
             * PubSubAckMessage nackReason.
             * @member {connect.v1.SystemError.$Properties|null|undefined} nackReason
             * @memberof connect.v1.PubSubAckMessage
             * @instance
             */
            PubSubAckMessage.prototype.nackReason = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PubSubAckMessage.prototype, "_nack", {
                get: $util.oneOfGetter($oneOfFields = ["nack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PubSubAckMessage.prototype, "_nackReason", {
                get: $util.oneOfGetter($oneOfFields = ["nackReason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PubSubAckMessage instance using the specified properties.
             * @function create
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {connect.v1.PubSubAckMessage.$Properties=} [properties] Properties to set
             * @returns {connect.v1.PubSubAckMessage} PubSubAckMessage instance
             * @type {{
             *   (properties: connect.v1.PubSubAckMessage.$Shape): connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape;
             *   (properties?: connect.v1.PubSubAckMessage.$Properties): connect.v1.PubSubAckMessage;
             * }}
             */
            PubSubAckMessage.create = function(properties) {
                return new PubSubAckMessage(properties);
            };

            /**
             * Encodes the specified PubSubAckMessage message. Does not implicitly {@link connect.v1.PubSubAckMessage.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {connect.v1.PubSubAckMessage.$Properties} message PubSubAckMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PubSubAckMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                    $root.google.protobuf.Timestamp.encode(message.ts, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.nack);
                if (message.nackReason != null && $Object.hasOwnProperty.call(message, "nackReason"))
                    $root.connect.v1.SystemError.encode(message.nackReason, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PubSubAckMessage message, length delimited. Does not implicitly {@link connect.v1.PubSubAckMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {connect.v1.PubSubAckMessage.$Properties} message PubSubAckMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PubSubAckMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PubSubAckMessage message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape} PubSubAckMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PubSubAckMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.PubSubAckMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ts = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.ts);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.nack = reader.bool();
                            message._nack = "nack";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.nackReason = $root.connect.v1.SystemError.decode(reader, reader.size(), $undefined, _depth + 1, message.nackReason);
                            message._nackReason = "nackReason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PubSubAckMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.PubSubAckMessage & connect.v1.PubSubAckMessage.$Shape} PubSubAckMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PubSubAckMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PubSubAckMessage message.
             * @function verify
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PubSubAckMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts")) {
                    let error = $root.google.protobuf.Timestamp.verify(message.ts, _depth + 1);
                    if (error)
                        return "ts." + error;
                }
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack")) {
                    properties._nack = 1;
                    if (typeof message.nack !== "boolean")
                        return "nack: boolean expected";
                }
                if (message.nackReason != null && $Object.hasOwnProperty.call(message, "nackReason")) {
                    properties._nackReason = 1;
                    {
                        let error = $root.connect.v1.SystemError.verify(message.nackReason, _depth + 1);
                        if (error)
                            return "nackReason." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PubSubAckMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.PubSubAckMessage} PubSubAckMessage
             */
            PubSubAckMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.PubSubAckMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.PubSubAckMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.PubSubAckMessage();
                if (object.ts != null) {
                    if (!$util.isObject(object.ts))
                        throw $TypeError(".connect.v1.PubSubAckMessage.ts: object expected");
                    message.ts = $root.google.protobuf.Timestamp.fromObject(object.ts, _depth + 1);
                }
                if (object.nack != null)
                    message.nack = $Boolean(object.nack);
                if (object.nackReason != null) {
                    if (!$util.isObject(object.nackReason))
                        throw $TypeError(".connect.v1.PubSubAckMessage.nackReason: object expected");
                    message.nackReason = $root.connect.v1.SystemError.fromObject(object.nackReason, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PubSubAckMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {connect.v1.PubSubAckMessage} message PubSubAckMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PubSubAckMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.ts = null;
                if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                    object.ts = $root.google.protobuf.Timestamp.toObject(message.ts, options, _depth + 1);
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    object.nack = message.nack;
                if (message.nackReason != null && $Object.hasOwnProperty.call(message, "nackReason"))
                    object.nackReason = $root.connect.v1.SystemError.toObject(message.nackReason, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PubSubAckMessage to JSON.
             * @function toJSON
             * @memberof connect.v1.PubSubAckMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PubSubAckMessage.prototype.toJSON = function() {
                return PubSubAckMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PubSubAckMessage
             * @function getTypeUrl
             * @memberof connect.v1.PubSubAckMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PubSubAckMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.PubSubAckMessage";
            };

            return PubSubAckMessage;
        })();

        v1.SystemError = (function() {

            /**
             * Properties of a SystemError.
             * @typedef {Object} connect.v1.SystemError.$Properties
             * @property {string|null} [code] SystemError code
             * @property {Uint8Array|null} [data] SystemError data
             * @property {string|null} [message] SystemError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SystemError.
             * @memberof connect.v1
             * @interface ISystemError
             * @augments connect.v1.SystemError.$Properties
             * @deprecated Use connect.v1.SystemError.$Properties instead.
             */

            /**
             * Shape of a SystemError.
             * @typedef {connect.v1.SystemError.$Properties} connect.v1.SystemError.$Shape
             */

            /**
             * Constructs a new SystemError.
             * @memberof connect.v1
             * @classdesc Represents a SystemError.
             * @constructor
             * @param {connect.v1.SystemError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SystemError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SystemError code.
             * @member {string} code
             * @memberof connect.v1.SystemError
             * @instance
             */
            SystemError.prototype.code = "";

            /**
             * SystemError data.
             * @member {Uint8Array|null|undefined} data
             * @memberof connect.v1.SystemError
             * @instance
             */
            SystemError.prototype.data = null;

            /**
             * SystemError message.
             * @member {string} message
             * @memberof connect.v1.SystemError
             * @instance
             */
            SystemError.prototype.message = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SystemError.prototype, "_data", {
                get: $util.oneOfGetter($oneOfFields = ["data"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SystemError instance using the specified properties.
             * @function create
             * @memberof connect.v1.SystemError
             * @static
             * @param {connect.v1.SystemError.$Properties=} [properties] Properties to set
             * @returns {connect.v1.SystemError} SystemError instance
             * @type {{
             *   (properties: connect.v1.SystemError.$Shape): connect.v1.SystemError & connect.v1.SystemError.$Shape;
             *   (properties?: connect.v1.SystemError.$Properties): connect.v1.SystemError;
             * }}
             */
            SystemError.create = function(properties) {
                return new SystemError(properties);
            };

            /**
             * Encodes the specified SystemError message. Does not implicitly {@link connect.v1.SystemError.verify|verify} messages.
             * @function encode
             * @memberof connect.v1.SystemError
             * @static
             * @param {connect.v1.SystemError.$Properties} message SystemError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SystemError message, length delimited. Does not implicitly {@link connect.v1.SystemError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof connect.v1.SystemError
             * @static
             * @param {connect.v1.SystemError.$Properties} message SystemError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SystemError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SystemError message from the specified reader or buffer.
             * @function decode
             * @memberof connect.v1.SystemError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {connect.v1.SystemError & connect.v1.SystemError.$Shape} SystemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.connect.v1.SystemError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            message._data = "data";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SystemError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof connect.v1.SystemError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {connect.v1.SystemError & connect.v1.SystemError.$Shape} SystemError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SystemError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SystemError message.
             * @function verify
             * @memberof connect.v1.SystemError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SystemError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                    properties._data = 1;
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a SystemError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof connect.v1.SystemError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {connect.v1.SystemError} SystemError
             */
            SystemError.fromObject = function (object, _depth) {
                if (object instanceof $root.connect.v1.SystemError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".connect.v1.SystemError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.connect.v1.SystemError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.data != null)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a SystemError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof connect.v1.SystemError
             * @static
             * @param {connect.v1.SystemError} message SystemError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SystemError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this SystemError to JSON.
             * @function toJSON
             * @memberof connect.v1.SystemError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SystemError.prototype.toJSON = function() {
                return SystemError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SystemError
             * @function getTypeUrl
             * @memberof connect.v1.SystemError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SystemError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/connect.v1.SystemError";
            };

            return SystemError;
        })();

        return v1;
    })();

    return connect;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export const sdk_feature_observations = $root.sdk_feature_observations = (() => {

    /**
     * Namespace sdk_feature_observations.
     * @exports sdk_feature_observations
     * @namespace
     */
    const sdk_feature_observations = {};

    sdk_feature_observations.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof sdk_feature_observations
         * @namespace
         */
        const v1 = {};

        /**
         * OTelProviderSource enum.
         * @name sdk_feature_observations.v1.OTelProviderSource
         * @enum {number}
         * @property {number} OTEL_PROVIDER_SOURCE_UNSPECIFIED=0 OTEL_PROVIDER_SOURCE_UNSPECIFIED value
         * @property {number} OTEL_PROVIDER_SOURCE_FIRST_PARTY=1 OTEL_PROVIDER_SOURCE_FIRST_PARTY value
         * @property {number} OTEL_PROVIDER_SOURCE_USER_PROVIDED=2 OTEL_PROVIDER_SOURCE_USER_PROVIDED value
         * @property {number} OTEL_PROVIDER_SOURCE_LEGACY_SDK=3 OTEL_PROVIDER_SOURCE_LEGACY_SDK value
         */
        v1.OTelProviderSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OTEL_PROVIDER_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OTEL_PROVIDER_SOURCE_FIRST_PARTY"] = 1;
            values[valuesById[2] = "OTEL_PROVIDER_SOURCE_USER_PROVIDED"] = 2;
            values[valuesById[3] = "OTEL_PROVIDER_SOURCE_LEGACY_SDK"] = 3;
            return values;
        })();

        /**
         * OTelSetupPath enum.
         * @name sdk_feature_observations.v1.OTelSetupPath
         * @enum {number}
         * @property {number} OTEL_SETUP_PATH_UNSPECIFIED=0 OTEL_SETUP_PATH_UNSPECIFIED value
         * @property {number} OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER=1 OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER value
         * @property {number} OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER=2 OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER value
         */
        v1.OTelSetupPath = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OTEL_SETUP_PATH_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER"] = 1;
            values[valuesById[2] = "OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER"] = 2;
            return values;
        })();

        /**
         * OTelSetupFailure enum.
         * @name sdk_feature_observations.v1.OTelSetupFailure
         * @enum {number}
         * @property {number} OTEL_SETUP_FAILURE_UNSPECIFIED=0 OTEL_SETUP_FAILURE_UNSPECIFIED value
         * @property {number} OTEL_SETUP_FAILURE_NO_PROVIDER=1 OTEL_SETUP_FAILURE_NO_PROVIDER value
         * @property {number} OTEL_SETUP_FAILURE_NOT_ADDED=2 OTEL_SETUP_FAILURE_NOT_ADDED value
         * @property {number} OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED=3 OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED value
         * @property {number} OTEL_SETUP_FAILURE_UNKNOWN_ERROR=4 OTEL_SETUP_FAILURE_UNKNOWN_ERROR value
         */
        v1.OTelSetupFailure = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OTEL_SETUP_FAILURE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OTEL_SETUP_FAILURE_NO_PROVIDER"] = 1;
            values[valuesById[2] = "OTEL_SETUP_FAILURE_NOT_ADDED"] = 2;
            values[valuesById[3] = "OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED"] = 3;
            values[valuesById[4] = "OTEL_SETUP_FAILURE_UNKNOWN_ERROR"] = 4;
            return values;
        })();

        /**
         * AIMetadataExtractionReadinessReason enum.
         * @name sdk_feature_observations.v1.AIMetadataExtractionReadinessReason
         * @enum {number}
         * @property {number} AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED=0 AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED value
         * @property {number} AI_METADATA_EXTRACTION_READINESS_REASON_READY=1 AI_METADATA_EXTRACTION_READINESS_REASON_READY value
         * @property {number} AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER=2 AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER value
         * @property {number} AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING=3 AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING value
         * @property {number} AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED=4 AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED value
         */
        v1.AIMetadataExtractionReadinessReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AI_METADATA_EXTRACTION_READINESS_REASON_READY"] = 1;
            values[valuesById[2] = "AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER"] = 2;
            values[valuesById[3] = "AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING"] = 3;
            values[valuesById[4] = "AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED"] = 4;
            return values;
        })();

        /**
         * ExtendedTracesReadinessReason enum.
         * @name sdk_feature_observations.v1.ExtendedTracesReadinessReason
         * @enum {number}
         * @property {number} EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED=0 EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_READY=1 EXTENDED_TRACES_READINESS_REASON_READY value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER=2 EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER=3 EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING=4 EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED=5 EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED value
         * @property {number} EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED=6 EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED value
         */
        v1.ExtendedTracesReadinessReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EXTENDED_TRACES_READINESS_REASON_READY"] = 1;
            values[valuesById[2] = "EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER"] = 2;
            values[valuesById[3] = "EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER"] = 3;
            values[valuesById[4] = "EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING"] = 4;
            values[valuesById[5] = "EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED"] = 5;
            values[valuesById[6] = "EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED"] = 6;
            return values;
        })();

        /**
         * ExtendedTracesBehavior enum.
         * @name sdk_feature_observations.v1.ExtendedTracesBehavior
         * @enum {number}
         * @property {number} EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED=0 EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED value
         * @property {number} EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER=1 EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER value
         * @property {number} EXTENDED_TRACES_BEHAVIOR_OFF=2 EXTENDED_TRACES_BEHAVIOR_OFF value
         * @property {number} EXTENDED_TRACES_BEHAVIOR_AUTO=3 EXTENDED_TRACES_BEHAVIOR_AUTO value
         * @property {number} EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER=4 EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER value
         * @property {number} EXTENDED_TRACES_BEHAVIOR_UNKNOWN=5 EXTENDED_TRACES_BEHAVIOR_UNKNOWN value
         */
        v1.ExtendedTracesBehavior = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER"] = 1;
            values[valuesById[2] = "EXTENDED_TRACES_BEHAVIOR_OFF"] = 2;
            values[valuesById[3] = "EXTENDED_TRACES_BEHAVIOR_AUTO"] = 3;
            values[valuesById[4] = "EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER"] = 4;
            values[valuesById[5] = "EXTENDED_TRACES_BEHAVIOR_UNKNOWN"] = 5;
            return values;
        })();

        /**
         * SendEventsReadinessReason enum.
         * @name sdk_feature_observations.v1.SendEventsReadinessReason
         * @enum {number}
         * @property {number} SEND_EVENTS_READINESS_REASON_UNSPECIFIED=0 SEND_EVENTS_READINESS_REASON_UNSPECIFIED value
         * @property {number} SEND_EVENTS_READINESS_REASON_READY=1 SEND_EVENTS_READINESS_REASON_READY value
         * @property {number} SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING=2 SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING value
         */
        v1.SendEventsReadinessReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEND_EVENTS_READINESS_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEND_EVENTS_READINESS_REASON_READY"] = 1;
            values[valuesById[2] = "SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING"] = 2;
            return values;
        })();

        v1.OTelSetup = (function() {

            /**
             * Properties of a OTelSetup.
             * @typedef {Object} sdk_feature_observations.v1.OTelSetup.$Properties
             * @property {sdk_feature_observations.v1.OTelSetupPath|null} [path] OTelSetup path
             * @property {boolean|null} [providerFound] OTelSetup providerFound
             * @property {sdk_feature_observations.v1.OTelProviderSource|null} [providerSource] OTelSetup providerSource
             * @property {boolean|null} [addSpanProcessorAttempted] OTelSetup addSpanProcessorAttempted
             * @property {boolean|null} [spanProcessorAdded] OTelSetup spanProcessorAdded
             * @property {sdk_feature_observations.v1.OTelSetupFailure|null} [failure] OTelSetup failure
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a OTelSetup.
             * @memberof sdk_feature_observations.v1
             * @interface IOTelSetup
             * @augments sdk_feature_observations.v1.OTelSetup.$Properties
             * @deprecated Use sdk_feature_observations.v1.OTelSetup.$Properties instead.
             */

            /**
             * Shape of a OTelSetup.
             * @typedef {sdk_feature_observations.v1.OTelSetup.$Properties} sdk_feature_observations.v1.OTelSetup.$Shape
             */

            /**
             * Constructs a new OTelSetup.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents a OTelSetup.
             * @constructor
             * @param {sdk_feature_observations.v1.OTelSetup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OTelSetup = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OTelSetup path.
             * @member {sdk_feature_observations.v1.OTelSetupPath} path
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.path = 0;

            /**
             * OTelSetup providerFound.
             * @member {boolean} providerFound
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.providerFound = false;

            /**
             * OTelSetup providerSource.
             * @member {sdk_feature_observations.v1.OTelProviderSource} providerSource
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.providerSource = 0;

            /**
             * OTelSetup addSpanProcessorAttempted.
             * @member {boolean} addSpanProcessorAttempted
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.addSpanProcessorAttempted = false;

            /**
             * OTelSetup spanProcessorAdded.
             * @member {boolean} spanProcessorAdded
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.spanProcessorAdded = false;

            /**
             * OTelSetup failure.
             * @member {sdk_feature_observations.v1.OTelSetupFailure} failure
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             */
            OTelSetup.prototype.failure = 0;

            /**
             * Creates a new OTelSetup instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {sdk_feature_observations.v1.OTelSetup.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.OTelSetup} OTelSetup instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.OTelSetup.$Shape): sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape;
             *   (properties?: sdk_feature_observations.v1.OTelSetup.$Properties): sdk_feature_observations.v1.OTelSetup;
             * }}
             */
            OTelSetup.create = function(properties) {
                return new OTelSetup(properties);
            };

            /**
             * Encodes the specified OTelSetup message. Does not implicitly {@link sdk_feature_observations.v1.OTelSetup.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {sdk_feature_observations.v1.OTelSetup.$Properties} message OTelSetup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OTelSetup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.path);
                if (message.providerFound != null && $Object.hasOwnProperty.call(message, "providerFound") && message.providerFound !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.providerFound);
                if (message.providerSource != null && $Object.hasOwnProperty.call(message, "providerSource") && message.providerSource !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.providerSource);
                if (message.addSpanProcessorAttempted != null && $Object.hasOwnProperty.call(message, "addSpanProcessorAttempted") && message.addSpanProcessorAttempted !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.addSpanProcessorAttempted);
                if (message.spanProcessorAdded != null && $Object.hasOwnProperty.call(message, "spanProcessorAdded") && message.spanProcessorAdded !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.spanProcessorAdded);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure") && message.failure !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.failure);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OTelSetup message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.OTelSetup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {sdk_feature_observations.v1.OTelSetup.$Properties} message OTelSetup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OTelSetup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a OTelSetup message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape} OTelSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OTelSetup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.OTelSetup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.providerFound = value;
                            else
                                delete message.providerFound;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.providerSource = value;
                            else
                                delete message.providerSource;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.addSpanProcessorAttempted = value;
                            else
                                delete message.addSpanProcessorAttempted;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.spanProcessorAdded = value;
                            else
                                delete message.spanProcessorAdded;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.failure = value;
                            else
                                delete message.failure;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a OTelSetup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.OTelSetup & sdk_feature_observations.v1.OTelSetup.$Shape} OTelSetup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OTelSetup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a OTelSetup message.
             * @function verify
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OTelSetup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (typeof message.path !== "number" || (message.path | 0) !== message.path)
                        return "path: enum value expected";
                if (message.providerFound != null && $Object.hasOwnProperty.call(message, "providerFound"))
                    if (typeof message.providerFound !== "boolean")
                        return "providerFound: boolean expected";
                if (message.providerSource != null && $Object.hasOwnProperty.call(message, "providerSource"))
                    if (typeof message.providerSource !== "number" || (message.providerSource | 0) !== message.providerSource)
                        return "providerSource: enum value expected";
                if (message.addSpanProcessorAttempted != null && $Object.hasOwnProperty.call(message, "addSpanProcessorAttempted"))
                    if (typeof message.addSpanProcessorAttempted !== "boolean")
                        return "addSpanProcessorAttempted: boolean expected";
                if (message.spanProcessorAdded != null && $Object.hasOwnProperty.call(message, "spanProcessorAdded"))
                    if (typeof message.spanProcessorAdded !== "boolean")
                        return "spanProcessorAdded: boolean expected";
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    if (typeof message.failure !== "number" || (message.failure | 0) !== message.failure)
                        return "failure: enum value expected";
                return null;
            };

            /**
             * Creates a OTelSetup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.OTelSetup} OTelSetup
             */
            OTelSetup.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.OTelSetup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.OTelSetup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.OTelSetup();
                if (object.path !== 0 && (typeof object.path !== "string" || $root.sdk_feature_observations.v1.OTelSetupPath[object.path] !== 0))
                    switch (object.path) {
                    case "OTEL_SETUP_PATH_UNSPECIFIED":
                    case 0:
                        message.path = 0;
                        break;
                    case "OTEL_SETUP_PATH_EXTEND_EXISTING_PROVIDER":
                    case 1:
                        message.path = 1;
                        break;
                    case "OTEL_SETUP_PATH_LEGACY_CREATE_PROVIDER":
                    case 2:
                        message.path = 2;
                        break;
                    default:
                        if (typeof object.path === "number" && (object.path | 0) === object.path)
                            message.path = object.path;
                    }
                if (object.providerFound != null)
                    if (object.providerFound)
                        message.providerFound = $Boolean(object.providerFound);
                if (object.providerSource !== 0 && (typeof object.providerSource !== "string" || $root.sdk_feature_observations.v1.OTelProviderSource[object.providerSource] !== 0))
                    switch (object.providerSource) {
                    case "OTEL_PROVIDER_SOURCE_UNSPECIFIED":
                    case 0:
                        message.providerSource = 0;
                        break;
                    case "OTEL_PROVIDER_SOURCE_FIRST_PARTY":
                    case 1:
                        message.providerSource = 1;
                        break;
                    case "OTEL_PROVIDER_SOURCE_USER_PROVIDED":
                    case 2:
                        message.providerSource = 2;
                        break;
                    case "OTEL_PROVIDER_SOURCE_LEGACY_SDK":
                    case 3:
                        message.providerSource = 3;
                        break;
                    default:
                        if (typeof object.providerSource === "number" && (object.providerSource | 0) === object.providerSource)
                            message.providerSource = object.providerSource;
                    }
                if (object.addSpanProcessorAttempted != null)
                    if (object.addSpanProcessorAttempted)
                        message.addSpanProcessorAttempted = $Boolean(object.addSpanProcessorAttempted);
                if (object.spanProcessorAdded != null)
                    if (object.spanProcessorAdded)
                        message.spanProcessorAdded = $Boolean(object.spanProcessorAdded);
                if (object.failure !== 0 && (typeof object.failure !== "string" || $root.sdk_feature_observations.v1.OTelSetupFailure[object.failure] !== 0))
                    switch (object.failure) {
                    case "OTEL_SETUP_FAILURE_UNSPECIFIED":
                    case 0:
                        message.failure = 0;
                        break;
                    case "OTEL_SETUP_FAILURE_NO_PROVIDER":
                    case 1:
                        message.failure = 1;
                        break;
                    case "OTEL_SETUP_FAILURE_NOT_ADDED":
                    case 2:
                        message.failure = 2;
                        break;
                    case "OTEL_SETUP_FAILURE_PROVIDER_CREATION_FAILED":
                    case 3:
                        message.failure = 3;
                        break;
                    case "OTEL_SETUP_FAILURE_UNKNOWN_ERROR":
                    case 4:
                        message.failure = 4;
                        break;
                    default:
                        if (typeof object.failure === "number" && (object.failure | 0) === object.failure)
                            message.failure = object.failure;
                    }
                return message;
            };

            /**
             * Creates a plain object from a OTelSetup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {sdk_feature_observations.v1.OTelSetup} message OTelSetup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OTelSetup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = options.enums === $String ? "OTEL_SETUP_PATH_UNSPECIFIED" : 0;
                    object.providerFound = false;
                    object.providerSource = options.enums === $String ? "OTEL_PROVIDER_SOURCE_UNSPECIFIED" : 0;
                    object.addSpanProcessorAttempted = false;
                    object.spanProcessorAdded = false;
                    object.failure = options.enums === $String ? "OTEL_SETUP_FAILURE_UNSPECIFIED" : 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = options.enums === $String ? $root.sdk_feature_observations.v1.OTelSetupPath[message.path] === $undefined ? message.path : $root.sdk_feature_observations.v1.OTelSetupPath[message.path] : message.path;
                if (message.providerFound != null && $Object.hasOwnProperty.call(message, "providerFound"))
                    object.providerFound = message.providerFound;
                if (message.providerSource != null && $Object.hasOwnProperty.call(message, "providerSource"))
                    object.providerSource = options.enums === $String ? $root.sdk_feature_observations.v1.OTelProviderSource[message.providerSource] === $undefined ? message.providerSource : $root.sdk_feature_observations.v1.OTelProviderSource[message.providerSource] : message.providerSource;
                if (message.addSpanProcessorAttempted != null && $Object.hasOwnProperty.call(message, "addSpanProcessorAttempted"))
                    object.addSpanProcessorAttempted = message.addSpanProcessorAttempted;
                if (message.spanProcessorAdded != null && $Object.hasOwnProperty.call(message, "spanProcessorAdded"))
                    object.spanProcessorAdded = message.spanProcessorAdded;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = options.enums === $String ? $root.sdk_feature_observations.v1.OTelSetupFailure[message.failure] === $undefined ? message.failure : $root.sdk_feature_observations.v1.OTelSetupFailure[message.failure] : message.failure;
                return object;
            };

            /**
             * Converts this OTelSetup to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OTelSetup.prototype.toJSON = function() {
                return OTelSetup.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OTelSetup
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.OTelSetup
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OTelSetup.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.OTelSetup";
            };

            return OTelSetup;
        })();

        v1.AIMetadataExtraction = (function() {

            /**
             * Properties of a AIMetadataExtraction.
             * @typedef {Object} sdk_feature_observations.v1.AIMetadataExtraction.$Properties
             * @property {sdk_feature_observations.v1.AIMetadataExtractionReadinessReason|null} [readinessReason] AIMetadataExtraction readinessReason
             * @property {sdk_feature_observations.v1.OTelSetup.$Properties|null} [otelSetup] AIMetadataExtraction otelSetup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a AIMetadataExtraction.
             * @memberof sdk_feature_observations.v1
             * @interface IAIMetadataExtraction
             * @augments sdk_feature_observations.v1.AIMetadataExtraction.$Properties
             * @deprecated Use sdk_feature_observations.v1.AIMetadataExtraction.$Properties instead.
             */

            /**
             * Shape of a AIMetadataExtraction.
             * @typedef {sdk_feature_observations.v1.AIMetadataExtraction.$Properties} sdk_feature_observations.v1.AIMetadataExtraction.$Shape
             */

            /**
             * Constructs a new AIMetadataExtraction.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents a AIMetadataExtraction.
             * @constructor
             * @param {sdk_feature_observations.v1.AIMetadataExtraction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AIMetadataExtraction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AIMetadataExtraction readinessReason.
             * @member {sdk_feature_observations.v1.AIMetadataExtractionReadinessReason} readinessReason
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @instance
             */
            AIMetadataExtraction.prototype.readinessReason = 0;

            /**
             * AIMetadataExtraction otelSetup.
             * @member {sdk_feature_observations.v1.OTelSetup.$Properties|null|undefined} otelSetup
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @instance
             */
            AIMetadataExtraction.prototype.otelSetup = null;

            /**
             * Creates a new AIMetadataExtraction instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {sdk_feature_observations.v1.AIMetadataExtraction.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction} AIMetadataExtraction instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.AIMetadataExtraction.$Shape): sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape;
             *   (properties?: sdk_feature_observations.v1.AIMetadataExtraction.$Properties): sdk_feature_observations.v1.AIMetadataExtraction;
             * }}
             */
            AIMetadataExtraction.create = function(properties) {
                return new AIMetadataExtraction(properties);
            };

            /**
             * Encodes the specified AIMetadataExtraction message. Does not implicitly {@link sdk_feature_observations.v1.AIMetadataExtraction.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {sdk_feature_observations.v1.AIMetadataExtraction.$Properties} message AIMetadataExtraction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AIMetadataExtraction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason") && message.readinessReason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.readinessReason);
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup"))
                    $root.sdk_feature_observations.v1.OTelSetup.encode(message.otelSetup, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AIMetadataExtraction message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.AIMetadataExtraction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {sdk_feature_observations.v1.AIMetadataExtraction.$Properties} message AIMetadataExtraction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AIMetadataExtraction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a AIMetadataExtraction message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape} AIMetadataExtraction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AIMetadataExtraction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.AIMetadataExtraction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.readinessReason = value;
                            else
                                delete message.readinessReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.decode(reader, reader.size(), $undefined, _depth + 1, message.otelSetup);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a AIMetadataExtraction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction & sdk_feature_observations.v1.AIMetadataExtraction.$Shape} AIMetadataExtraction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AIMetadataExtraction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a AIMetadataExtraction message.
             * @function verify
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AIMetadataExtraction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    if (typeof message.readinessReason !== "number" || (message.readinessReason | 0) !== message.readinessReason)
                        return "readinessReason: enum value expected";
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup")) {
                    let error = $root.sdk_feature_observations.v1.OTelSetup.verify(message.otelSetup, _depth + 1);
                    if (error)
                        return "otelSetup." + error;
                }
                return null;
            };

            /**
             * Creates a AIMetadataExtraction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.AIMetadataExtraction} AIMetadataExtraction
             */
            AIMetadataExtraction.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.AIMetadataExtraction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.AIMetadataExtraction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.AIMetadataExtraction();
                if (object.readinessReason !== 0 && (typeof object.readinessReason !== "string" || $root.sdk_feature_observations.v1.AIMetadataExtractionReadinessReason[object.readinessReason] !== 0))
                    switch (object.readinessReason) {
                    case "AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED":
                    case 0:
                        message.readinessReason = 0;
                        break;
                    case "AI_METADATA_EXTRACTION_READINESS_REASON_READY":
                    case 1:
                        message.readinessReason = 1;
                        break;
                    case "AI_METADATA_EXTRACTION_READINESS_REASON_DISABLED_BY_USER":
                    case 2:
                        message.readinessReason = 2;
                        break;
                    case "AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_PROVIDER_MISSING":
                    case 3:
                        message.readinessReason = 3;
                        break;
                    case "AI_METADATA_EXTRACTION_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED":
                    case 4:
                        message.readinessReason = 4;
                        break;
                    default:
                        if (typeof object.readinessReason === "number" && (object.readinessReason | 0) === object.readinessReason)
                            message.readinessReason = object.readinessReason;
                    }
                if (object.otelSetup != null) {
                    if (!$util.isObject(object.otelSetup))
                        throw $TypeError(".sdk_feature_observations.v1.AIMetadataExtraction.otelSetup: object expected");
                    message.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.fromObject(object.otelSetup, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a AIMetadataExtraction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {sdk_feature_observations.v1.AIMetadataExtraction} message AIMetadataExtraction
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AIMetadataExtraction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.readinessReason = options.enums === $String ? "AI_METADATA_EXTRACTION_READINESS_REASON_UNSPECIFIED" : 0;
                    object.otelSetup = null;
                }
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    object.readinessReason = options.enums === $String ? $root.sdk_feature_observations.v1.AIMetadataExtractionReadinessReason[message.readinessReason] === $undefined ? message.readinessReason : $root.sdk_feature_observations.v1.AIMetadataExtractionReadinessReason[message.readinessReason] : message.readinessReason;
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup"))
                    object.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.toObject(message.otelSetup, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AIMetadataExtraction to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AIMetadataExtraction.prototype.toJSON = function() {
                return AIMetadataExtraction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AIMetadataExtraction
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.AIMetadataExtraction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AIMetadataExtraction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.AIMetadataExtraction";
            };

            return AIMetadataExtraction;
        })();

        v1.ExtendedTracesConfig = (function() {

            /**
             * Properties of an ExtendedTracesConfig.
             * @typedef {Object} sdk_feature_observations.v1.ExtendedTracesConfig.$Properties
             * @property {sdk_feature_observations.v1.ExtendedTracesBehavior|null} [behavior] ExtendedTracesConfig behavior
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedTracesConfig.
             * @memberof sdk_feature_observations.v1
             * @interface IExtendedTracesConfig
             * @augments sdk_feature_observations.v1.ExtendedTracesConfig.$Properties
             * @deprecated Use sdk_feature_observations.v1.ExtendedTracesConfig.$Properties instead.
             */

            /**
             * Shape of an ExtendedTracesConfig.
             * @typedef {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties} sdk_feature_observations.v1.ExtendedTracesConfig.$Shape
             */

            /**
             * Constructs a new ExtendedTracesConfig.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents an ExtendedTracesConfig.
             * @constructor
             * @param {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedTracesConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedTracesConfig behavior.
             * @member {sdk_feature_observations.v1.ExtendedTracesBehavior} behavior
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @instance
             */
            ExtendedTracesConfig.prototype.behavior = 0;

            /**
             * Creates a new ExtendedTracesConfig instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig} ExtendedTracesConfig instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.ExtendedTracesConfig.$Shape): sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape;
             *   (properties?: sdk_feature_observations.v1.ExtendedTracesConfig.$Properties): sdk_feature_observations.v1.ExtendedTracesConfig;
             * }}
             */
            ExtendedTracesConfig.create = function(properties) {
                return new ExtendedTracesConfig(properties);
            };

            /**
             * Encodes the specified ExtendedTracesConfig message. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTracesConfig.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties} message ExtendedTracesConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedTracesConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.behavior != null && $Object.hasOwnProperty.call(message, "behavior") && message.behavior !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.behavior);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExtendedTracesConfig message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTracesConfig.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties} message ExtendedTracesConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedTracesConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExtendedTracesConfig message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape} ExtendedTracesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedTracesConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.ExtendedTracesConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.behavior = value;
                            else
                                delete message.behavior;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExtendedTracesConfig message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig & sdk_feature_observations.v1.ExtendedTracesConfig.$Shape} ExtendedTracesConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedTracesConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ExtendedTracesConfig message.
             * @function verify
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtendedTracesConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.behavior != null && $Object.hasOwnProperty.call(message, "behavior"))
                    if (typeof message.behavior !== "number" || (message.behavior | 0) !== message.behavior)
                        return "behavior: enum value expected";
                return null;
            };

            /**
             * Creates an ExtendedTracesConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.ExtendedTracesConfig} ExtendedTracesConfig
             */
            ExtendedTracesConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.ExtendedTracesConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.ExtendedTracesConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.ExtendedTracesConfig();
                if (object.behavior !== 0 && (typeof object.behavior !== "string" || $root.sdk_feature_observations.v1.ExtendedTracesBehavior[object.behavior] !== 0))
                    switch (object.behavior) {
                    case "EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED":
                    case 0:
                        message.behavior = 0;
                        break;
                    case "EXTENDED_TRACES_BEHAVIOR_EXTEND_PROVIDER":
                    case 1:
                        message.behavior = 1;
                        break;
                    case "EXTENDED_TRACES_BEHAVIOR_OFF":
                    case 2:
                        message.behavior = 2;
                        break;
                    case "EXTENDED_TRACES_BEHAVIOR_AUTO":
                    case 3:
                        message.behavior = 3;
                        break;
                    case "EXTENDED_TRACES_BEHAVIOR_CREATE_PROVIDER":
                    case 4:
                        message.behavior = 4;
                        break;
                    case "EXTENDED_TRACES_BEHAVIOR_UNKNOWN":
                    case 5:
                        message.behavior = 5;
                        break;
                    default:
                        if (typeof object.behavior === "number" && (object.behavior | 0) === object.behavior)
                            message.behavior = object.behavior;
                    }
                return message;
            };

            /**
             * Creates a plain object from an ExtendedTracesConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTracesConfig} message ExtendedTracesConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtendedTracesConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.behavior = options.enums === $String ? "EXTENDED_TRACES_BEHAVIOR_UNSPECIFIED" : 0;
                if (message.behavior != null && $Object.hasOwnProperty.call(message, "behavior"))
                    object.behavior = options.enums === $String ? $root.sdk_feature_observations.v1.ExtendedTracesBehavior[message.behavior] === $undefined ? message.behavior : $root.sdk_feature_observations.v1.ExtendedTracesBehavior[message.behavior] : message.behavior;
                return object;
            };

            /**
             * Converts this ExtendedTracesConfig to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtendedTracesConfig.prototype.toJSON = function() {
                return ExtendedTracesConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtendedTracesConfig
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.ExtendedTracesConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtendedTracesConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.ExtendedTracesConfig";
            };

            return ExtendedTracesConfig;
        })();

        v1.ExtendedTraces = (function() {

            /**
             * Properties of an ExtendedTraces.
             * @typedef {Object} sdk_feature_observations.v1.ExtendedTraces.$Properties
             * @property {sdk_feature_observations.v1.ExtendedTracesReadinessReason|null} [readinessReason] ExtendedTraces readinessReason
             * @property {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties|null} [config] ExtendedTraces config
             * @property {sdk_feature_observations.v1.OTelSetup.$Properties|null} [otelSetup] ExtendedTraces otelSetup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedTraces.
             * @memberof sdk_feature_observations.v1
             * @interface IExtendedTraces
             * @augments sdk_feature_observations.v1.ExtendedTraces.$Properties
             * @deprecated Use sdk_feature_observations.v1.ExtendedTraces.$Properties instead.
             */

            /**
             * Shape of an ExtendedTraces.
             * @typedef {sdk_feature_observations.v1.ExtendedTraces.$Properties} sdk_feature_observations.v1.ExtendedTraces.$Shape
             */

            /**
             * Constructs a new ExtendedTraces.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents an ExtendedTraces.
             * @constructor
             * @param {sdk_feature_observations.v1.ExtendedTraces.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedTraces = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedTraces readinessReason.
             * @member {sdk_feature_observations.v1.ExtendedTracesReadinessReason} readinessReason
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @instance
             */
            ExtendedTraces.prototype.readinessReason = 0;

            /**
             * ExtendedTraces config.
             * @member {sdk_feature_observations.v1.ExtendedTracesConfig.$Properties|null|undefined} config
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @instance
             */
            ExtendedTraces.prototype.config = null;

            /**
             * ExtendedTraces otelSetup.
             * @member {sdk_feature_observations.v1.OTelSetup.$Properties|null|undefined} otelSetup
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @instance
             */
            ExtendedTraces.prototype.otelSetup = null;

            /**
             * Creates a new ExtendedTraces instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTraces.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.ExtendedTraces} ExtendedTraces instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.ExtendedTraces.$Shape): sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape;
             *   (properties?: sdk_feature_observations.v1.ExtendedTraces.$Properties): sdk_feature_observations.v1.ExtendedTraces;
             * }}
             */
            ExtendedTraces.create = function(properties) {
                return new ExtendedTraces(properties);
            };

            /**
             * Encodes the specified ExtendedTraces message. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTraces.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTraces.$Properties} message ExtendedTraces message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedTraces.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason") && message.readinessReason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.readinessReason);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.sdk_feature_observations.v1.ExtendedTracesConfig.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup"))
                    $root.sdk_feature_observations.v1.OTelSetup.encode(message.otelSetup, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExtendedTraces message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.ExtendedTraces.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTraces.$Properties} message ExtendedTraces message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedTraces.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExtendedTraces message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape} ExtendedTraces
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedTraces.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.ExtendedTraces();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.readinessReason = value;
                            else
                                delete message.readinessReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.sdk_feature_observations.v1.ExtendedTracesConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.decode(reader, reader.size(), $undefined, _depth + 1, message.otelSetup);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExtendedTraces message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.ExtendedTraces & sdk_feature_observations.v1.ExtendedTraces.$Shape} ExtendedTraces
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedTraces.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ExtendedTraces message.
             * @function verify
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExtendedTraces.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    if (typeof message.readinessReason !== "number" || (message.readinessReason | 0) !== message.readinessReason)
                        return "readinessReason: enum value expected";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    let error = $root.sdk_feature_observations.v1.ExtendedTracesConfig.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup")) {
                    let error = $root.sdk_feature_observations.v1.OTelSetup.verify(message.otelSetup, _depth + 1);
                    if (error)
                        return "otelSetup." + error;
                }
                return null;
            };

            /**
             * Creates an ExtendedTraces message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.ExtendedTraces} ExtendedTraces
             */
            ExtendedTraces.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.ExtendedTraces)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.ExtendedTraces: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.ExtendedTraces();
                if (object.readinessReason !== 0 && (typeof object.readinessReason !== "string" || $root.sdk_feature_observations.v1.ExtendedTracesReadinessReason[object.readinessReason] !== 0))
                    switch (object.readinessReason) {
                    case "EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED":
                    case 0:
                        message.readinessReason = 0;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_READY":
                    case 1:
                        message.readinessReason = 1;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_NOT_ENABLED_BY_USER":
                    case 2:
                        message.readinessReason = 2;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_DISABLED_BY_USER":
                    case 3:
                        message.readinessReason = 3;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_MISSING":
                    case 4:
                        message.readinessReason = 4;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_OTEL_SPAN_PROCESSOR_NOT_ADDED":
                    case 5:
                        message.readinessReason = 5;
                        break;
                    case "EXTENDED_TRACES_READINESS_REASON_OTEL_PROVIDER_CREATION_FAILED":
                    case 6:
                        message.readinessReason = 6;
                        break;
                    default:
                        if (typeof object.readinessReason === "number" && (object.readinessReason | 0) === object.readinessReason)
                            message.readinessReason = object.readinessReason;
                    }
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".sdk_feature_observations.v1.ExtendedTraces.config: object expected");
                    message.config = $root.sdk_feature_observations.v1.ExtendedTracesConfig.fromObject(object.config, _depth + 1);
                }
                if (object.otelSetup != null) {
                    if (!$util.isObject(object.otelSetup))
                        throw $TypeError(".sdk_feature_observations.v1.ExtendedTraces.otelSetup: object expected");
                    message.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.fromObject(object.otelSetup, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtendedTraces message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {sdk_feature_observations.v1.ExtendedTraces} message ExtendedTraces
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtendedTraces.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.readinessReason = options.enums === $String ? "EXTENDED_TRACES_READINESS_REASON_UNSPECIFIED" : 0;
                    object.config = null;
                    object.otelSetup = null;
                }
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    object.readinessReason = options.enums === $String ? $root.sdk_feature_observations.v1.ExtendedTracesReadinessReason[message.readinessReason] === $undefined ? message.readinessReason : $root.sdk_feature_observations.v1.ExtendedTracesReadinessReason[message.readinessReason] : message.readinessReason;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.sdk_feature_observations.v1.ExtendedTracesConfig.toObject(message.config, options, _depth + 1);
                if (message.otelSetup != null && $Object.hasOwnProperty.call(message, "otelSetup"))
                    object.otelSetup = $root.sdk_feature_observations.v1.OTelSetup.toObject(message.otelSetup, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ExtendedTraces to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtendedTraces.prototype.toJSON = function() {
                return ExtendedTraces.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtendedTraces
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.ExtendedTraces
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtendedTraces.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.ExtendedTraces";
            };

            return ExtendedTraces;
        })();

        v1.SendEventsConfig = (function() {

            /**
             * Properties of a SendEventsConfig.
             * @typedef {Object} sdk_feature_observations.v1.SendEventsConfig.$Properties
             * @property {boolean|null} [eventKeyConfigured] SendEventsConfig eventKeyConfigured
             * @property {boolean|null} [eventApiOriginOverrideConfigured] SendEventsConfig eventApiOriginOverrideConfigured
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendEventsConfig.
             * @memberof sdk_feature_observations.v1
             * @interface ISendEventsConfig
             * @augments sdk_feature_observations.v1.SendEventsConfig.$Properties
             * @deprecated Use sdk_feature_observations.v1.SendEventsConfig.$Properties instead.
             */

            /**
             * Shape of a SendEventsConfig.
             * @typedef {sdk_feature_observations.v1.SendEventsConfig.$Properties} sdk_feature_observations.v1.SendEventsConfig.$Shape
             */

            /**
             * Constructs a new SendEventsConfig.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents a SendEventsConfig.
             * @constructor
             * @param {sdk_feature_observations.v1.SendEventsConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendEventsConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendEventsConfig eventKeyConfigured.
             * @member {boolean} eventKeyConfigured
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @instance
             */
            SendEventsConfig.prototype.eventKeyConfigured = false;

            /**
             * SendEventsConfig eventApiOriginOverrideConfigured.
             * @member {boolean} eventApiOriginOverrideConfigured
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @instance
             */
            SendEventsConfig.prototype.eventApiOriginOverrideConfigured = false;

            /**
             * Creates a new SendEventsConfig instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {sdk_feature_observations.v1.SendEventsConfig.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.SendEventsConfig} SendEventsConfig instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.SendEventsConfig.$Shape): sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape;
             *   (properties?: sdk_feature_observations.v1.SendEventsConfig.$Properties): sdk_feature_observations.v1.SendEventsConfig;
             * }}
             */
            SendEventsConfig.create = function(properties) {
                return new SendEventsConfig(properties);
            };

            /**
             * Encodes the specified SendEventsConfig message. Does not implicitly {@link sdk_feature_observations.v1.SendEventsConfig.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {sdk_feature_observations.v1.SendEventsConfig.$Properties} message SendEventsConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendEventsConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventKeyConfigured != null && $Object.hasOwnProperty.call(message, "eventKeyConfigured") && message.eventKeyConfigured !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.eventKeyConfigured);
                if (message.eventApiOriginOverrideConfigured != null && $Object.hasOwnProperty.call(message, "eventApiOriginOverrideConfigured") && message.eventApiOriginOverrideConfigured !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.eventApiOriginOverrideConfigured);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendEventsConfig message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.SendEventsConfig.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {sdk_feature_observations.v1.SendEventsConfig.$Properties} message SendEventsConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendEventsConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendEventsConfig message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape} SendEventsConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendEventsConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.SendEventsConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eventKeyConfigured = value;
                            else
                                delete message.eventKeyConfigured;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eventApiOriginOverrideConfigured = value;
                            else
                                delete message.eventApiOriginOverrideConfigured;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendEventsConfig message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.SendEventsConfig & sdk_feature_observations.v1.SendEventsConfig.$Shape} SendEventsConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendEventsConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendEventsConfig message.
             * @function verify
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendEventsConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.eventKeyConfigured != null && $Object.hasOwnProperty.call(message, "eventKeyConfigured"))
                    if (typeof message.eventKeyConfigured !== "boolean")
                        return "eventKeyConfigured: boolean expected";
                if (message.eventApiOriginOverrideConfigured != null && $Object.hasOwnProperty.call(message, "eventApiOriginOverrideConfigured"))
                    if (typeof message.eventApiOriginOverrideConfigured !== "boolean")
                        return "eventApiOriginOverrideConfigured: boolean expected";
                return null;
            };

            /**
             * Creates a SendEventsConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.SendEventsConfig} SendEventsConfig
             */
            SendEventsConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.SendEventsConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.SendEventsConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.SendEventsConfig();
                if (object.eventKeyConfigured != null)
                    if (object.eventKeyConfigured)
                        message.eventKeyConfigured = $Boolean(object.eventKeyConfigured);
                if (object.eventApiOriginOverrideConfigured != null)
                    if (object.eventApiOriginOverrideConfigured)
                        message.eventApiOriginOverrideConfigured = $Boolean(object.eventApiOriginOverrideConfigured);
                return message;
            };

            /**
             * Creates a plain object from a SendEventsConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {sdk_feature_observations.v1.SendEventsConfig} message SendEventsConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendEventsConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventKeyConfigured = false;
                    object.eventApiOriginOverrideConfigured = false;
                }
                if (message.eventKeyConfigured != null && $Object.hasOwnProperty.call(message, "eventKeyConfigured"))
                    object.eventKeyConfigured = message.eventKeyConfigured;
                if (message.eventApiOriginOverrideConfigured != null && $Object.hasOwnProperty.call(message, "eventApiOriginOverrideConfigured"))
                    object.eventApiOriginOverrideConfigured = message.eventApiOriginOverrideConfigured;
                return object;
            };

            /**
             * Converts this SendEventsConfig to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendEventsConfig.prototype.toJSON = function() {
                return SendEventsConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendEventsConfig
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.SendEventsConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendEventsConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.SendEventsConfig";
            };

            return SendEventsConfig;
        })();

        v1.SendEvents = (function() {

            /**
             * Properties of a SendEvents.
             * @typedef {Object} sdk_feature_observations.v1.SendEvents.$Properties
             * @property {sdk_feature_observations.v1.SendEventsReadinessReason|null} [readinessReason] SendEvents readinessReason
             * @property {sdk_feature_observations.v1.SendEventsConfig.$Properties|null} [config] SendEvents config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendEvents.
             * @memberof sdk_feature_observations.v1
             * @interface ISendEvents
             * @augments sdk_feature_observations.v1.SendEvents.$Properties
             * @deprecated Use sdk_feature_observations.v1.SendEvents.$Properties instead.
             */

            /**
             * Shape of a SendEvents.
             * @typedef {sdk_feature_observations.v1.SendEvents.$Properties} sdk_feature_observations.v1.SendEvents.$Shape
             */

            /**
             * Constructs a new SendEvents.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents a SendEvents.
             * @constructor
             * @param {sdk_feature_observations.v1.SendEvents.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendEvents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendEvents readinessReason.
             * @member {sdk_feature_observations.v1.SendEventsReadinessReason} readinessReason
             * @memberof sdk_feature_observations.v1.SendEvents
             * @instance
             */
            SendEvents.prototype.readinessReason = 0;

            /**
             * SendEvents config.
             * @member {sdk_feature_observations.v1.SendEventsConfig.$Properties|null|undefined} config
             * @memberof sdk_feature_observations.v1.SendEvents
             * @instance
             */
            SendEvents.prototype.config = null;

            /**
             * Creates a new SendEvents instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {sdk_feature_observations.v1.SendEvents.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.SendEvents} SendEvents instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.SendEvents.$Shape): sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape;
             *   (properties?: sdk_feature_observations.v1.SendEvents.$Properties): sdk_feature_observations.v1.SendEvents;
             * }}
             */
            SendEvents.create = function(properties) {
                return new SendEvents(properties);
            };

            /**
             * Encodes the specified SendEvents message. Does not implicitly {@link sdk_feature_observations.v1.SendEvents.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {sdk_feature_observations.v1.SendEvents.$Properties} message SendEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendEvents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason") && message.readinessReason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.readinessReason);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.sdk_feature_observations.v1.SendEventsConfig.encode(message.config, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SendEvents message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.SendEvents.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {sdk_feature_observations.v1.SendEvents.$Properties} message SendEvents message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendEvents.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendEvents message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape} SendEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendEvents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.SendEvents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.readinessReason = value;
                            else
                                delete message.readinessReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.sdk_feature_observations.v1.SendEventsConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SendEvents message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.SendEvents & sdk_feature_observations.v1.SendEvents.$Shape} SendEvents
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendEvents.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendEvents message.
             * @function verify
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendEvents.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    if (typeof message.readinessReason !== "number" || (message.readinessReason | 0) !== message.readinessReason)
                        return "readinessReason: enum value expected";
                if (message.config != null && $Object.hasOwnProperty.call(message, "config")) {
                    let error = $root.sdk_feature_observations.v1.SendEventsConfig.verify(message.config, _depth + 1);
                    if (error)
                        return "config." + error;
                }
                return null;
            };

            /**
             * Creates a SendEvents message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.SendEvents} SendEvents
             */
            SendEvents.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.SendEvents)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.SendEvents: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.SendEvents();
                if (object.readinessReason !== 0 && (typeof object.readinessReason !== "string" || $root.sdk_feature_observations.v1.SendEventsReadinessReason[object.readinessReason] !== 0))
                    switch (object.readinessReason) {
                    case "SEND_EVENTS_READINESS_REASON_UNSPECIFIED":
                    case 0:
                        message.readinessReason = 0;
                        break;
                    case "SEND_EVENTS_READINESS_REASON_READY":
                    case 1:
                        message.readinessReason = 1;
                        break;
                    case "SEND_EVENTS_READINESS_REASON_EVENT_KEY_MISSING":
                    case 2:
                        message.readinessReason = 2;
                        break;
                    default:
                        if (typeof object.readinessReason === "number" && (object.readinessReason | 0) === object.readinessReason)
                            message.readinessReason = object.readinessReason;
                    }
                if (object.config != null) {
                    if (!$util.isObject(object.config))
                        throw $TypeError(".sdk_feature_observations.v1.SendEvents.config: object expected");
                    message.config = $root.sdk_feature_observations.v1.SendEventsConfig.fromObject(object.config, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SendEvents message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {sdk_feature_observations.v1.SendEvents} message SendEvents
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendEvents.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.readinessReason = options.enums === $String ? "SEND_EVENTS_READINESS_REASON_UNSPECIFIED" : 0;
                    object.config = null;
                }
                if (message.readinessReason != null && $Object.hasOwnProperty.call(message, "readinessReason"))
                    object.readinessReason = options.enums === $String ? $root.sdk_feature_observations.v1.SendEventsReadinessReason[message.readinessReason] === $undefined ? message.readinessReason : $root.sdk_feature_observations.v1.SendEventsReadinessReason[message.readinessReason] : message.readinessReason;
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    object.config = $root.sdk_feature_observations.v1.SendEventsConfig.toObject(message.config, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SendEvents to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.SendEvents
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendEvents.prototype.toJSON = function() {
                return SendEvents.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendEvents
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.SendEvents
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendEvents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.SendEvents";
            };

            return SendEvents;
        })();

        v1.FeatureObservations = (function() {

            /**
             * Properties of a FeatureObservations.
             * @typedef {Object} sdk_feature_observations.v1.FeatureObservations.$Properties
             * @property {sdk_feature_observations.v1.AIMetadataExtraction.$Properties|null} [aiMetadataExtraction] FeatureObservations aiMetadataExtraction
             * @property {sdk_feature_observations.v1.ExtendedTraces.$Properties|null} [extendedTraces] FeatureObservations extendedTraces
             * @property {sdk_feature_observations.v1.SendEvents.$Properties|null} [sendEvents] FeatureObservations sendEvents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeatureObservations.
             * @memberof sdk_feature_observations.v1
             * @interface IFeatureObservations
             * @augments sdk_feature_observations.v1.FeatureObservations.$Properties
             * @deprecated Use sdk_feature_observations.v1.FeatureObservations.$Properties instead.
             */

            /**
             * Shape of a FeatureObservations.
             * @typedef {sdk_feature_observations.v1.FeatureObservations.$Properties} sdk_feature_observations.v1.FeatureObservations.$Shape
             */

            /**
             * Constructs a new FeatureObservations.
             * @memberof sdk_feature_observations.v1
             * @classdesc Represents a FeatureObservations.
             * @constructor
             * @param {sdk_feature_observations.v1.FeatureObservations.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeatureObservations = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FeatureObservations aiMetadataExtraction.
             * @member {sdk_feature_observations.v1.AIMetadataExtraction.$Properties|null|undefined} aiMetadataExtraction
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @instance
             */
            FeatureObservations.prototype.aiMetadataExtraction = null;

            /**
             * FeatureObservations extendedTraces.
             * @member {sdk_feature_observations.v1.ExtendedTraces.$Properties|null|undefined} extendedTraces
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @instance
             */
            FeatureObservations.prototype.extendedTraces = null;

            /**
             * FeatureObservations sendEvents.
             * @member {sdk_feature_observations.v1.SendEvents.$Properties|null|undefined} sendEvents
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @instance
             */
            FeatureObservations.prototype.sendEvents = null;

            /**
             * Creates a new FeatureObservations instance using the specified properties.
             * @function create
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {sdk_feature_observations.v1.FeatureObservations.$Properties=} [properties] Properties to set
             * @returns {sdk_feature_observations.v1.FeatureObservations} FeatureObservations instance
             * @type {{
             *   (properties: sdk_feature_observations.v1.FeatureObservations.$Shape): sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape;
             *   (properties?: sdk_feature_observations.v1.FeatureObservations.$Properties): sdk_feature_observations.v1.FeatureObservations;
             * }}
             */
            FeatureObservations.create = function(properties) {
                return new FeatureObservations(properties);
            };

            /**
             * Encodes the specified FeatureObservations message. Does not implicitly {@link sdk_feature_observations.v1.FeatureObservations.verify|verify} messages.
             * @function encode
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {sdk_feature_observations.v1.FeatureObservations.$Properties} message FeatureObservations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureObservations.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.aiMetadataExtraction != null && $Object.hasOwnProperty.call(message, "aiMetadataExtraction"))
                    $root.sdk_feature_observations.v1.AIMetadataExtraction.encode(message.aiMetadataExtraction, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.extendedTraces != null && $Object.hasOwnProperty.call(message, "extendedTraces"))
                    $root.sdk_feature_observations.v1.ExtendedTraces.encode(message.extendedTraces, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sendEvents != null && $Object.hasOwnProperty.call(message, "sendEvents"))
                    $root.sdk_feature_observations.v1.SendEvents.encode(message.sendEvents, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FeatureObservations message, length delimited. Does not implicitly {@link sdk_feature_observations.v1.FeatureObservations.verify|verify} messages.
             * @function encodeDelimited
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {sdk_feature_observations.v1.FeatureObservations.$Properties} message FeatureObservations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureObservations.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FeatureObservations message from the specified reader or buffer.
             * @function decode
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape} FeatureObservations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureObservations.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sdk_feature_observations.v1.FeatureObservations();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.aiMetadataExtraction = $root.sdk_feature_observations.v1.AIMetadataExtraction.decode(reader, reader.size(), $undefined, _depth + 1, message.aiMetadataExtraction);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.extendedTraces = $root.sdk_feature_observations.v1.ExtendedTraces.decode(reader, reader.size(), $undefined, _depth + 1, message.extendedTraces);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sendEvents = $root.sdk_feature_observations.v1.SendEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.sendEvents);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FeatureObservations message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {sdk_feature_observations.v1.FeatureObservations & sdk_feature_observations.v1.FeatureObservations.$Shape} FeatureObservations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureObservations.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FeatureObservations message.
             * @function verify
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FeatureObservations.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.aiMetadataExtraction != null && $Object.hasOwnProperty.call(message, "aiMetadataExtraction")) {
                    let error = $root.sdk_feature_observations.v1.AIMetadataExtraction.verify(message.aiMetadataExtraction, _depth + 1);
                    if (error)
                        return "aiMetadataExtraction." + error;
                }
                if (message.extendedTraces != null && $Object.hasOwnProperty.call(message, "extendedTraces")) {
                    let error = $root.sdk_feature_observations.v1.ExtendedTraces.verify(message.extendedTraces, _depth + 1);
                    if (error)
                        return "extendedTraces." + error;
                }
                if (message.sendEvents != null && $Object.hasOwnProperty.call(message, "sendEvents")) {
                    let error = $root.sdk_feature_observations.v1.SendEvents.verify(message.sendEvents, _depth + 1);
                    if (error)
                        return "sendEvents." + error;
                }
                return null;
            };

            /**
             * Creates a FeatureObservations message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sdk_feature_observations.v1.FeatureObservations} FeatureObservations
             */
            FeatureObservations.fromObject = function (object, _depth) {
                if (object instanceof $root.sdk_feature_observations.v1.FeatureObservations)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sdk_feature_observations.v1.FeatureObservations: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sdk_feature_observations.v1.FeatureObservations();
                if (object.aiMetadataExtraction != null) {
                    if (!$util.isObject(object.aiMetadataExtraction))
                        throw $TypeError(".sdk_feature_observations.v1.FeatureObservations.aiMetadataExtraction: object expected");
                    message.aiMetadataExtraction = $root.sdk_feature_observations.v1.AIMetadataExtraction.fromObject(object.aiMetadataExtraction, _depth + 1);
                }
                if (object.extendedTraces != null) {
                    if (!$util.isObject(object.extendedTraces))
                        throw $TypeError(".sdk_feature_observations.v1.FeatureObservations.extendedTraces: object expected");
                    message.extendedTraces = $root.sdk_feature_observations.v1.ExtendedTraces.fromObject(object.extendedTraces, _depth + 1);
                }
                if (object.sendEvents != null) {
                    if (!$util.isObject(object.sendEvents))
                        throw $TypeError(".sdk_feature_observations.v1.FeatureObservations.sendEvents: object expected");
                    message.sendEvents = $root.sdk_feature_observations.v1.SendEvents.fromObject(object.sendEvents, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a FeatureObservations message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {sdk_feature_observations.v1.FeatureObservations} message FeatureObservations
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeatureObservations.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.aiMetadataExtraction = null;
                    object.extendedTraces = null;
                    object.sendEvents = null;
                }
                if (message.aiMetadataExtraction != null && $Object.hasOwnProperty.call(message, "aiMetadataExtraction"))
                    object.aiMetadataExtraction = $root.sdk_feature_observations.v1.AIMetadataExtraction.toObject(message.aiMetadataExtraction, options, _depth + 1);
                if (message.extendedTraces != null && $Object.hasOwnProperty.call(message, "extendedTraces"))
                    object.extendedTraces = $root.sdk_feature_observations.v1.ExtendedTraces.toObject(message.extendedTraces, options, _depth + 1);
                if (message.sendEvents != null && $Object.hasOwnProperty.call(message, "sendEvents"))
                    object.sendEvents = $root.sdk_feature_observations.v1.SendEvents.toObject(message.sendEvents, options, _depth + 1);
                return object;
            };

            /**
             * Converts this FeatureObservations to JSON.
             * @function toJSON
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeatureObservations.prototype.toJSON = function() {
                return FeatureObservations.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FeatureObservations
             * @function getTypeUrl
             * @memberof sdk_feature_observations.v1.FeatureObservations
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FeatureObservations.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sdk_feature_observations.v1.FeatureObservations";
            };

            return FeatureObservations;
        })();

        return v1;
    })();

    return sdk_feature_observations;
})();

export const tether = $root.tether = (() => {

    /**
     * Namespace tether.
     * @exports tether
     * @namespace
     */
    const tether = {};

    tether.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof tether
         * @namespace
         */
        const v1 = {};

        /**
         * TetherMessageKind enum.
         * @name tether.v1.TetherMessageKind
         * @enum {number}
         * @property {number} TETHER_MESSAGE_KIND_UNSPECIFIED=0 TETHER_MESSAGE_KIND_UNSPECIFIED value
         * @property {number} WORKER_CHECKPOINT=100 WORKER_CHECKPOINT value
         * @property {number} WORKER_CHECKPOINT_ACK=101 WORKER_CHECKPOINT_ACK value
         * @property {number} WORKER_STEP_PROGRESS=102 WORKER_STEP_PROGRESS value
         * @property {number} WORKER_PUBLISH=103 WORKER_PUBLISH value
         */
        v1.TetherMessageKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TETHER_MESSAGE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[100] = "WORKER_CHECKPOINT"] = 100;
            values[valuesById[101] = "WORKER_CHECKPOINT_ACK"] = 101;
            values[valuesById[102] = "WORKER_STEP_PROGRESS"] = 102;
            values[valuesById[103] = "WORKER_PUBLISH"] = 103;
            return values;
        })();

        v1.WorkerCheckpointData = (function() {

            /**
             * Properties of a WorkerCheckpointData.
             * @typedef {Object} tether.v1.WorkerCheckpointData.$Properties
             * @property {string|null} [requestId] WorkerCheckpointData requestId
             * @property {string|null} [runId] WorkerCheckpointData runId
             * @property {number|null} [seq] WorkerCheckpointData seq
             * @property {Uint8Array|null} [steps] WorkerCheckpointData steps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerCheckpointData.
             * @memberof tether.v1
             * @interface IWorkerCheckpointData
             * @augments tether.v1.WorkerCheckpointData.$Properties
             * @deprecated Use tether.v1.WorkerCheckpointData.$Properties instead.
             */

            /**
             * Shape of a WorkerCheckpointData.
             * @typedef {tether.v1.WorkerCheckpointData.$Properties} tether.v1.WorkerCheckpointData.$Shape
             */

            /**
             * Constructs a new WorkerCheckpointData.
             * @memberof tether.v1
             * @classdesc Represents a WorkerCheckpointData.
             * @constructor
             * @param {tether.v1.WorkerCheckpointData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerCheckpointData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerCheckpointData requestId.
             * @member {string} requestId
             * @memberof tether.v1.WorkerCheckpointData
             * @instance
             */
            WorkerCheckpointData.prototype.requestId = "";

            /**
             * WorkerCheckpointData runId.
             * @member {string} runId
             * @memberof tether.v1.WorkerCheckpointData
             * @instance
             */
            WorkerCheckpointData.prototype.runId = "";

            /**
             * WorkerCheckpointData seq.
             * @member {number} seq
             * @memberof tether.v1.WorkerCheckpointData
             * @instance
             */
            WorkerCheckpointData.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkerCheckpointData steps.
             * @member {Uint8Array} steps
             * @memberof tether.v1.WorkerCheckpointData
             * @instance
             */
            WorkerCheckpointData.prototype.steps = $util.newBuffer([]);

            /**
             * Creates a new WorkerCheckpointData instance using the specified properties.
             * @function create
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {tether.v1.WorkerCheckpointData.$Properties=} [properties] Properties to set
             * @returns {tether.v1.WorkerCheckpointData} WorkerCheckpointData instance
             * @type {{
             *   (properties: tether.v1.WorkerCheckpointData.$Shape): tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape;
             *   (properties?: tether.v1.WorkerCheckpointData.$Properties): tether.v1.WorkerCheckpointData;
             * }}
             */
            WorkerCheckpointData.create = function(properties) {
                return new WorkerCheckpointData(properties);
            };

            /**
             * Encodes the specified WorkerCheckpointData message. Does not implicitly {@link tether.v1.WorkerCheckpointData.verify|verify} messages.
             * @function encode
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {tether.v1.WorkerCheckpointData.$Properties} message WorkerCheckpointData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerCheckpointData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.steps != null && $Object.hasOwnProperty.call(message, "steps") && message.steps.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.steps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerCheckpointData message, length delimited. Does not implicitly {@link tether.v1.WorkerCheckpointData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {tether.v1.WorkerCheckpointData.$Properties} message WorkerCheckpointData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerCheckpointData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerCheckpointData message from the specified reader or buffer.
             * @function decode
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape} WorkerCheckpointData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerCheckpointData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tether.v1.WorkerCheckpointData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.steps = value;
                            else
                                delete message.steps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerCheckpointData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerCheckpointData & tether.v1.WorkerCheckpointData.$Shape} WorkerCheckpointData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerCheckpointData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerCheckpointData message.
             * @function verify
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerCheckpointData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.steps != null && $Object.hasOwnProperty.call(message, "steps"))
                    if (!(message.steps && typeof message.steps.length === "number" || $util.isString(message.steps)))
                        return "steps: buffer expected";
                return null;
            };

            /**
             * Creates a WorkerCheckpointData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tether.v1.WorkerCheckpointData} WorkerCheckpointData
             */
            WorkerCheckpointData.fromObject = function (object, _depth) {
                if (object instanceof $root.tether.v1.WorkerCheckpointData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tether.v1.WorkerCheckpointData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tether.v1.WorkerCheckpointData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.steps != null)
                    if (object.steps.length)
                        if (typeof object.steps === "string")
                            $util.base64.decode(object.steps, message.steps = $util.newBuffer($util.base64.length(object.steps)), 0);
                        else if (object.steps.length >= 0)
                            message.steps = object.steps;
                return message;
            };

            /**
             * Creates a plain object from a WorkerCheckpointData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {tether.v1.WorkerCheckpointData} message WorkerCheckpointData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerCheckpointData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.runId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.steps = "";
                    else {
                        object.steps = [];
                        if (options.bytes !== $Array)
                            object.steps = $util.newBuffer(object.steps);
                    }
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.steps != null && $Object.hasOwnProperty.call(message, "steps"))
                    object.steps = options.bytes === $String ? $util.base64.encode(message.steps, 0, message.steps.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.steps) : message.steps;
                return object;
            };

            /**
             * Converts this WorkerCheckpointData to JSON.
             * @function toJSON
             * @memberof tether.v1.WorkerCheckpointData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerCheckpointData.prototype.toJSON = function() {
                return WorkerCheckpointData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerCheckpointData
             * @function getTypeUrl
             * @memberof tether.v1.WorkerCheckpointData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerCheckpointData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tether.v1.WorkerCheckpointData";
            };

            return WorkerCheckpointData;
        })();

        v1.WorkerCheckpointAckData = (function() {

            /**
             * Properties of a WorkerCheckpointAckData.
             * @typedef {Object} tether.v1.WorkerCheckpointAckData.$Properties
             * @property {string|null} [requestId] WorkerCheckpointAckData requestId
             * @property {number|null} [seq] WorkerCheckpointAckData seq
             * @property {boolean|null} [ok] WorkerCheckpointAckData ok
             * @property {string|null} [errorCode] WorkerCheckpointAckData errorCode
             * @property {string|null} [errorMessage] WorkerCheckpointAckData errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerCheckpointAckData.
             * @memberof tether.v1
             * @interface IWorkerCheckpointAckData
             * @augments tether.v1.WorkerCheckpointAckData.$Properties
             * @deprecated Use tether.v1.WorkerCheckpointAckData.$Properties instead.
             */

            /**
             * Shape of a WorkerCheckpointAckData.
             * @typedef {tether.v1.WorkerCheckpointAckData.$Properties} tether.v1.WorkerCheckpointAckData.$Shape
             */

            /**
             * Constructs a new WorkerCheckpointAckData.
             * @memberof tether.v1
             * @classdesc Represents a WorkerCheckpointAckData.
             * @constructor
             * @param {tether.v1.WorkerCheckpointAckData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerCheckpointAckData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerCheckpointAckData requestId.
             * @member {string} requestId
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             */
            WorkerCheckpointAckData.prototype.requestId = "";

            /**
             * WorkerCheckpointAckData seq.
             * @member {number} seq
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             */
            WorkerCheckpointAckData.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkerCheckpointAckData ok.
             * @member {boolean} ok
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             */
            WorkerCheckpointAckData.prototype.ok = false;

            /**
             * WorkerCheckpointAckData errorCode.
             * @member {string} errorCode
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             */
            WorkerCheckpointAckData.prototype.errorCode = "";

            /**
             * WorkerCheckpointAckData errorMessage.
             * @member {string} errorMessage
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             */
            WorkerCheckpointAckData.prototype.errorMessage = "";

            /**
             * Creates a new WorkerCheckpointAckData instance using the specified properties.
             * @function create
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {tether.v1.WorkerCheckpointAckData.$Properties=} [properties] Properties to set
             * @returns {tether.v1.WorkerCheckpointAckData} WorkerCheckpointAckData instance
             * @type {{
             *   (properties: tether.v1.WorkerCheckpointAckData.$Shape): tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape;
             *   (properties?: tether.v1.WorkerCheckpointAckData.$Properties): tether.v1.WorkerCheckpointAckData;
             * }}
             */
            WorkerCheckpointAckData.create = function(properties) {
                return new WorkerCheckpointAckData(properties);
            };

            /**
             * Encodes the specified WorkerCheckpointAckData message. Does not implicitly {@link tether.v1.WorkerCheckpointAckData.verify|verify} messages.
             * @function encode
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {tether.v1.WorkerCheckpointAckData.$Properties} message WorkerCheckpointAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerCheckpointAckData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ok);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerCheckpointAckData message, length delimited. Does not implicitly {@link tether.v1.WorkerCheckpointAckData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {tether.v1.WorkerCheckpointAckData.$Properties} message WorkerCheckpointAckData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerCheckpointAckData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerCheckpointAckData message from the specified reader or buffer.
             * @function decode
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape} WorkerCheckpointAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerCheckpointAckData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tether.v1.WorkerCheckpointAckData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerCheckpointAckData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerCheckpointAckData & tether.v1.WorkerCheckpointAckData.$Shape} WorkerCheckpointAckData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerCheckpointAckData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerCheckpointAckData message.
             * @function verify
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerCheckpointAckData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    if (!$util.isString(message.errorCode))
                        return "errorCode: string expected";
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    if (!$util.isString(message.errorMessage))
                        return "errorMessage: string expected";
                return null;
            };

            /**
             * Creates a WorkerCheckpointAckData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tether.v1.WorkerCheckpointAckData} WorkerCheckpointAckData
             */
            WorkerCheckpointAckData.fromObject = function (object, _depth) {
                if (object instanceof $root.tether.v1.WorkerCheckpointAckData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tether.v1.WorkerCheckpointAckData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tether.v1.WorkerCheckpointAckData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.errorCode != null)
                    if (typeof object.errorCode !== "string" || object.errorCode.length)
                        message.errorCode = $String(object.errorCode);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                return message;
            };

            /**
             * Creates a plain object from a WorkerCheckpointAckData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {tether.v1.WorkerCheckpointAckData} message WorkerCheckpointAckData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerCheckpointAckData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ok = false;
                    object.errorCode = "";
                    object.errorMessage = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode"))
                    object.errorCode = message.errorCode;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                return object;
            };

            /**
             * Converts this WorkerCheckpointAckData to JSON.
             * @function toJSON
             * @memberof tether.v1.WorkerCheckpointAckData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerCheckpointAckData.prototype.toJSON = function() {
                return WorkerCheckpointAckData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerCheckpointAckData
             * @function getTypeUrl
             * @memberof tether.v1.WorkerCheckpointAckData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerCheckpointAckData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tether.v1.WorkerCheckpointAckData";
            };

            return WorkerCheckpointAckData;
        })();

        v1.WorkerStepProgressData = (function() {

            /**
             * Properties of a WorkerStepProgressData.
             * @typedef {Object} tether.v1.WorkerStepProgressData.$Properties
             * @property {string|null} [requestId] WorkerStepProgressData requestId
             * @property {string|null} [runId] WorkerStepProgressData runId
             * @property {string|null} [stepId] WorkerStepProgressData stepId
             * @property {Uint8Array|null} [data] WorkerStepProgressData data
             * @property {boolean|null} [append] WorkerStepProgressData append
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerStepProgressData.
             * @memberof tether.v1
             * @interface IWorkerStepProgressData
             * @augments tether.v1.WorkerStepProgressData.$Properties
             * @deprecated Use tether.v1.WorkerStepProgressData.$Properties instead.
             */

            /**
             * Shape of a WorkerStepProgressData.
             * @typedef {tether.v1.WorkerStepProgressData.$Properties} tether.v1.WorkerStepProgressData.$Shape
             */

            /**
             * Constructs a new WorkerStepProgressData.
             * @memberof tether.v1
             * @classdesc Represents a WorkerStepProgressData.
             * @constructor
             * @param {tether.v1.WorkerStepProgressData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerStepProgressData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerStepProgressData requestId.
             * @member {string} requestId
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             */
            WorkerStepProgressData.prototype.requestId = "";

            /**
             * WorkerStepProgressData runId.
             * @member {string} runId
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             */
            WorkerStepProgressData.prototype.runId = "";

            /**
             * WorkerStepProgressData stepId.
             * @member {string} stepId
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             */
            WorkerStepProgressData.prototype.stepId = "";

            /**
             * WorkerStepProgressData data.
             * @member {Uint8Array} data
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             */
            WorkerStepProgressData.prototype.data = $util.newBuffer([]);

            /**
             * WorkerStepProgressData append.
             * @member {boolean} append
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             */
            WorkerStepProgressData.prototype.append = false;

            /**
             * Creates a new WorkerStepProgressData instance using the specified properties.
             * @function create
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {tether.v1.WorkerStepProgressData.$Properties=} [properties] Properties to set
             * @returns {tether.v1.WorkerStepProgressData} WorkerStepProgressData instance
             * @type {{
             *   (properties: tether.v1.WorkerStepProgressData.$Shape): tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape;
             *   (properties?: tether.v1.WorkerStepProgressData.$Properties): tether.v1.WorkerStepProgressData;
             * }}
             */
            WorkerStepProgressData.create = function(properties) {
                return new WorkerStepProgressData(properties);
            };

            /**
             * Encodes the specified WorkerStepProgressData message. Does not implicitly {@link tether.v1.WorkerStepProgressData.verify|verify} messages.
             * @function encode
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {tether.v1.WorkerStepProgressData.$Properties} message WorkerStepProgressData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStepProgressData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId") && message.stepId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stepId);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.append != null && $Object.hasOwnProperty.call(message, "append") && message.append !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.append);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerStepProgressData message, length delimited. Does not implicitly {@link tether.v1.WorkerStepProgressData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {tether.v1.WorkerStepProgressData.$Properties} message WorkerStepProgressData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStepProgressData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerStepProgressData message from the specified reader or buffer.
             * @function decode
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape} WorkerStepProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStepProgressData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tether.v1.WorkerStepProgressData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stepId = value;
                            else
                                delete message.stepId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.append = value;
                            else
                                delete message.append;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerStepProgressData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerStepProgressData & tether.v1.WorkerStepProgressData.$Shape} WorkerStepProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStepProgressData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerStepProgressData message.
             * @function verify
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerStepProgressData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    if (!$util.isString(message.stepId))
                        return "stepId: string expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.append != null && $Object.hasOwnProperty.call(message, "append"))
                    if (typeof message.append !== "boolean")
                        return "append: boolean expected";
                return null;
            };

            /**
             * Creates a WorkerStepProgressData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tether.v1.WorkerStepProgressData} WorkerStepProgressData
             */
            WorkerStepProgressData.fromObject = function (object, _depth) {
                if (object instanceof $root.tether.v1.WorkerStepProgressData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tether.v1.WorkerStepProgressData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tether.v1.WorkerStepProgressData();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.stepId != null)
                    if (typeof object.stepId !== "string" || object.stepId.length)
                        message.stepId = $String(object.stepId);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.append != null)
                    if (object.append)
                        message.append = $Boolean(object.append);
                return message;
            };

            /**
             * Creates a plain object from a WorkerStepProgressData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {tether.v1.WorkerStepProgressData} message WorkerStepProgressData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerStepProgressData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.runId = "";
                    object.stepId = "";
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.append = false;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.stepId != null && $Object.hasOwnProperty.call(message, "stepId"))
                    object.stepId = message.stepId;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.append != null && $Object.hasOwnProperty.call(message, "append"))
                    object.append = message.append;
                return object;
            };

            /**
             * Converts this WorkerStepProgressData to JSON.
             * @function toJSON
             * @memberof tether.v1.WorkerStepProgressData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerStepProgressData.prototype.toJSON = function() {
                return WorkerStepProgressData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerStepProgressData
             * @function getTypeUrl
             * @memberof tether.v1.WorkerStepProgressData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerStepProgressData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tether.v1.WorkerStepProgressData";
            };

            return WorkerStepProgressData;
        })();

        v1.WorkerPublishData = (function() {

            /**
             * Properties of a WorkerPublishData.
             * @typedef {Object} tether.v1.WorkerPublishData.$Properties
             * @property {string|null} [channel] WorkerPublishData channel
             * @property {string|null} [topic] WorkerPublishData topic
             * @property {Uint8Array|null} [data] WorkerPublishData data
             * @property {string|null} [runId] WorkerPublishData runId
             * @property {string|null} [fnId] WorkerPublishData fnId
             * @property {string|null} [kind] WorkerPublishData kind
             * @property {string|null} [streamId] WorkerPublishData streamId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerPublishData.
             * @memberof tether.v1
             * @interface IWorkerPublishData
             * @augments tether.v1.WorkerPublishData.$Properties
             * @deprecated Use tether.v1.WorkerPublishData.$Properties instead.
             */

            /**
             * Shape of a WorkerPublishData.
             * @typedef {tether.v1.WorkerPublishData.$Properties} tether.v1.WorkerPublishData.$Shape
             */

            /**
             * Constructs a new WorkerPublishData.
             * @memberof tether.v1
             * @classdesc Represents a WorkerPublishData.
             * @constructor
             * @param {tether.v1.WorkerPublishData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerPublishData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerPublishData channel.
             * @member {string} channel
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.channel = "";

            /**
             * WorkerPublishData topic.
             * @member {string} topic
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.topic = "";

            /**
             * WorkerPublishData data.
             * @member {Uint8Array} data
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.data = $util.newBuffer([]);

            /**
             * WorkerPublishData runId.
             * @member {string} runId
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.runId = "";

            /**
             * WorkerPublishData fnId.
             * @member {string} fnId
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.fnId = "";

            /**
             * WorkerPublishData kind.
             * @member {string} kind
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.kind = "";

            /**
             * WorkerPublishData streamId.
             * @member {string} streamId
             * @memberof tether.v1.WorkerPublishData
             * @instance
             */
            WorkerPublishData.prototype.streamId = "";

            /**
             * Creates a new WorkerPublishData instance using the specified properties.
             * @function create
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {tether.v1.WorkerPublishData.$Properties=} [properties] Properties to set
             * @returns {tether.v1.WorkerPublishData} WorkerPublishData instance
             * @type {{
             *   (properties: tether.v1.WorkerPublishData.$Shape): tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape;
             *   (properties?: tether.v1.WorkerPublishData.$Properties): tether.v1.WorkerPublishData;
             * }}
             */
            WorkerPublishData.create = function(properties) {
                return new WorkerPublishData(properties);
            };

            /**
             * Encodes the specified WorkerPublishData message. Does not implicitly {@link tether.v1.WorkerPublishData.verify|verify} messages.
             * @function encode
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {tether.v1.WorkerPublishData.$Properties} message WorkerPublishData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerPublishData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topic);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.runId);
                if (message.fnId != null && $Object.hasOwnProperty.call(message, "fnId") && message.fnId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.fnId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.kind);
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.streamId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerPublishData message, length delimited. Does not implicitly {@link tether.v1.WorkerPublishData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {tether.v1.WorkerPublishData.$Properties} message WorkerPublishData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerPublishData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerPublishData message from the specified reader or buffer.
             * @function decode
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape} WorkerPublishData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerPublishData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tether.v1.WorkerPublishData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fnId = value;
                            else
                                delete message.fnId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.streamId = value;
                            else
                                delete message.streamId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerPublishData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tether.v1.WorkerPublishData & tether.v1.WorkerPublishData.$Shape} WorkerPublishData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerPublishData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerPublishData message.
             * @function verify
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerPublishData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    if (!$util.isString(message.topic))
                        return "topic: string expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.fnId != null && $Object.hasOwnProperty.call(message, "fnId"))
                    if (!$util.isString(message.fnId))
                        return "fnId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isString(message.streamId))
                        return "streamId: string expected";
                return null;
            };

            /**
             * Creates a WorkerPublishData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tether.v1.WorkerPublishData} WorkerPublishData
             */
            WorkerPublishData.fromObject = function (object, _depth) {
                if (object instanceof $root.tether.v1.WorkerPublishData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tether.v1.WorkerPublishData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tether.v1.WorkerPublishData();
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.topic != null)
                    if (typeof object.topic !== "string" || object.topic.length)
                        message.topic = $String(object.topic);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.fnId != null)
                    if (typeof object.fnId !== "string" || object.fnId.length)
                        message.fnId = $String(object.fnId);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.streamId != null)
                    if (typeof object.streamId !== "string" || object.streamId.length)
                        message.streamId = $String(object.streamId);
                return message;
            };

            /**
             * Creates a plain object from a WorkerPublishData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {tether.v1.WorkerPublishData} message WorkerPublishData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerPublishData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel = "";
                    object.topic = "";
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.runId = "";
                    object.fnId = "";
                    object.kind = "";
                    object.streamId = "";
                }
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    object.topic = message.topic;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.fnId != null && $Object.hasOwnProperty.call(message, "fnId"))
                    object.fnId = message.fnId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                return object;
            };

            /**
             * Converts this WorkerPublishData to JSON.
             * @function toJSON
             * @memberof tether.v1.WorkerPublishData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerPublishData.prototype.toJSON = function() {
                return WorkerPublishData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerPublishData
             * @function getTypeUrl
             * @memberof tether.v1.WorkerPublishData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerPublishData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tether.v1.WorkerPublishData";
            };

            return WorkerPublishData;
        })();

        return v1;
    })();

    return tether;
})();

export {
  $root as default
};
