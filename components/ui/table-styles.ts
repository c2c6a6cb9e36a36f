/** Class names for plain data tables: DADS rules under headers and rows, comfortable padding. */
export const tableStyles = {
  table: "w-full border-collapse",
  th: "border-b border-solid-gray-420 px-3 py-2 text-left text-std-16B-170",
  td: "border-b border-solid-gray-200 px-3 py-2 text-std-16N-170",
} as const;
