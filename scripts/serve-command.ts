// How the scripts start the production server (scripts/serve.ts) as a child process: one Node
// process with tsx loaded into it. The tsx command line would run the server in a grandchild, which
// a SIGKILL sent to the child (the crash tests send one) leaves running with the port still held.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "./db/paths";

// tsx's loader by its own path, so the command works from any working directory.
const TSX_LOADER = pathToFileURL(createRequire(path.join(PROJECT_ROOT, "package.json")).resolve("tsx")).href;

export const SERVE_ARGS = ["--import", TSX_LOADER, path.join(PROJECT_ROOT, "scripts", "serve.ts")];
