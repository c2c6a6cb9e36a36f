// Class strings shared by several primitives, on the DADS tokens.

/**
 * DADS focus indicator: a 4px black outline 2px outside, with a 2px yellow ring in the gap, so it
 * shows on any background. app/globals.css applies the same to every focusable element; this
 * string is for elements that restyle focus (e.g. links that also turn yellow).
 */
export const focusRing =
  "focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black focus-visible:ring-2 focus-visible:ring-yellow-300";

/** DADS text link: underlined, thicker underline on hover, yellow background when focused. */
export const linkStyle = `text-blue-1000 underline underline-offset-3 hover:decoration-3 active:text-orange-800 focus-visible:rounded-4 focus-visible:bg-yellow-300 ${focusRing}`;

/** Form controls: 56px tall, 1px border at 3:1 contrast, red border when invalid. */
export const controlStyle =
  "block w-full min-h-14 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 text-solid-gray-900 hover:border-black aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-1 disabled:border-solid-gray-300 disabled:bg-solid-gray-50 disabled:text-solid-gray-536";
