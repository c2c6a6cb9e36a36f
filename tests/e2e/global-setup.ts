import { startMailCatcher } from "./mail-catcher";

// The mail catcher lives in the runner's process for the whole run; the returned function stops it.
export default async function globalSetup() {
  return startMailCatcher();
}
