// Hashed step id as SDKs compute it: lowercase hex SHA-1 of the user id.
import { createHash } from "node:crypto";

export const hashStepId = (id: string) => createHash("sha1").update(id).digest("hex");
