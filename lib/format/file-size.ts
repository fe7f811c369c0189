// A file's size as people read it in Dutch: "84 kB", "1,2 MB". Pure and client-safe.
const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${nl.format(Math.round(bytes / 1000))} kB`;
  return `${nl.format(bytes / 1_000_000)} MB`;
}
