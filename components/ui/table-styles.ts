/**
 * Class names for plain data tables: DADS rules under headers and rows, comfortable padding.
 * Wrap every table in <TableFrame> (table-frame.tsx): on a phone a wide table scrolls inside its
 * frame instead of squeezing its columns until words and numbers break.
 */
export const tableStyles = {
  /**
   * The scroll frame; table-frame.tsx adds the role, name and tab stop that keyboard users need.
   * `relative` keeps absolutely positioned content (sr-only labels in row buttons) inside the
   * frame: otherwise it is placed against the page and widens it past the screen.
   */
  frame: "relative max-w-full overflow-x-auto overscroll-x-contain scroll-shadow-x",
  table: "w-full border-collapse",
  th: "border-b border-solid-gray-420 px-3 py-2 text-left text-std-16B-170",
  td: "border-b border-solid-gray-200 px-3 py-2 text-std-16N-170",
  /** A cell holding a number, an amount or a date: one line, digits aligned column by column. */
  num: "whitespace-nowrap tabular-nums",
} as const;
