// Names of the files people download.

/** An employer's name as part of a file name: ASCII-safe for every browser and file system. */
export function fileNameSlug(employerName: string): string {
  const slug = employerName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, "en")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "werkgever";
}
