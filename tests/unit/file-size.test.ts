import { describe, expect, it } from "vitest";
import { formatFileSize } from "@/lib/format/file-size";

describe("formatFileSize", () => {
  it("says bytes, kB and MB the Dutch way", () => {
    expect(formatFileSize(512)).toBe("512 bytes");
    expect(formatFileSize(84_321)).toBe("84 kB");
    expect(formatFileSize(1_234_567)).toBe("1,2 MB");
  });
});
