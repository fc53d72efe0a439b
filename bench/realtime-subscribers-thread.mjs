// Entry of the realtime benchmark's subscriber thread: worker threads do not inherit tsx's
// loader, so it is registered here before the TypeScript module loads.
import { tsImport } from "tsx/esm/api";

await tsImport("./realtime-subscribers.ts", import.meta.url);
