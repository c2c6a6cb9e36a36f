// Next decodes a server action's body before any of our code runs, and a body it cannot decode
// ends in a 500. The proxy checks the envelope first and answers 400 instead.
//
// The arguments travel as a React reply: JSON parts, the root one named "0", whose strings may
// refer to other parts ("$@1": the value in part 1; "$K1": the form fields named "1_…"). The
// actions here take plain values and at most one form, so the check accepts exactly what React's
// encoder makes of those, with every reference resolving, and refuses anything else ("$B2" a blob,
// "$F3" another action, "$T" a client-only value, or a reference to a part that is not there).
//
// A call from a page's script sends the reply as the body (text) or as multipart parts. A form
// posted before the page's script has loaded names its action in "$ACTION_REF_n", with the reply
// under the prefix "$ACTION_n:" and the root {"id", "bound"}.

/** React's markers for values that stand alone: an escaped "$", undefined, NaN, ±Infinity, -0, dates, bigints. */
const PLAIN_VALUE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d{1,300}$)/;
const PART_REFERENCE = /^\$@([0-9a-f]{1,8})$/;
const FORM_REFERENCE = /^\$K[0-9a-f]{1,8}$/;

type PartReader = (id: string) => string | null;

/** Whether the part `id` is JSON whose every reference resolves to something an action here can take. */
function isResolvableReply(read: PartReader, id = "0", visiting = new Set<string>()): boolean {
  const text = read(id);
  if (text === null || visiting.has(id)) return false;
  visiting.add(id);
  const resolves = (value: unknown): boolean => {
    if (typeof value === "string") {
      if (!value.startsWith("$") || PLAIN_VALUE.test(value) || FORM_REFERENCE.test(value)) return true;
      const part = PART_REFERENCE.exec(value);
      return part !== null && isResolvableReply(read, String(parseInt(part[1]!, 16)), visiting);
    }
    if (Array.isArray(value)) return value.every(resolves);
    if (value !== null && typeof value === "object") return Object.values(value).every(resolves);
    return true;
  };
  const resolved = resolves(JSON.parse(text));
  visiting.delete(id);
  return resolved;
}

const textPart = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : null;
};

/** A call's arguments: a list, as the root of a reply. */
function isArgumentList(read: PartReader): boolean {
  const root = read("0");
  return root !== null && Array.isArray(JSON.parse(root)) && isResolvableReply(read);
}

/** A form posted without script: every action it names is a reply whose root is {"id", "bound"}. */
function namesResolvableActions(form: FormData): boolean {
  for (const name of form.keys()) {
    const ref = /^\$ACTION_REF_(\d{1,6})$/.exec(name);
    if (!ref) continue;
    const read: PartReader = (id) => textPart(form, `$ACTION_${ref[1]}:${id}`);
    const root: unknown = JSON.parse(read("0") ?? "null");
    if (root === null || typeof root !== "object" || typeof (root as { id?: unknown }).id !== "string") return false;
    if (!isResolvableReply(read)) return false;
  }
  return true;
}

/** Whether a POST that Next would treat as a server action carries a body it cannot decode. */
export async function isMalformedActionBody(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  const called = request.headers.has("next-action");
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      return called ? !isArgumentList((id) => textPart(form, id)) : !namesResolvableActions(form);
    }
    if (!called || type.startsWith("application/x-www-form-urlencoded")) return false;
    const body = await request.clone().text();
    return !isArgumentList((id) => (id === "0" ? body : null));
  } catch {
    return true;
  }
}
