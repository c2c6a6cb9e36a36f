// A path whose percent escapes do not decode to UTF-8 (`/zukan/%E0`, a stray `%`) makes Next's
// router throw while it reads the route's parameters, and one that decodes to a control character
// (`/zukan/%00`) reaches PostgreSQL, which refuses NUL in text. Either way the visitor would get a
// 500. No page or id of this site has such a path, so the proxy answers it with 400 before routing.

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** Whether the path cannot name anything here: a broken escape, or an escaped control character. */
export function isUnreadablePath(pathname: string): boolean {
  try {
    return CONTROL_CHARACTER.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}
