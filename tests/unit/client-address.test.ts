import { describe, expect, it, vi } from "vitest";
import { SOCKET_ADDRESS_HEADER, clientAddress, clientLimitKey, warnIfForwardedWithoutTrust } from "@/lib/security/client-address";
import { UNPARSEABLE_CLIENT, clientBucket } from "@/lib/auth/login-limits";

describe("clientAddress", () => {
  it("takes the socket address our server wrote, never a forwarded header the client sent", () => {
    const headers = { [SOCKET_ADDRESS_HEADER]: "::ffff:10.0.0.5", "x-forwarded-for": "1.2.3.4" };
    expect(clientAddress(headers, undefined)).toBe("10.0.0.5");
    expect(clientAddress(new Headers(headers), undefined)).toBe("10.0.0.5");
  });

  it("with TRUST_PROXY takes the right-most entry of that header: the one the proxy appended", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "X-Forwarded-For")).toBe("203.0.113.9");
    expect(clientAddress({ "x-real-ip": "2001:db8::1" }, "x-real-ip")).toBe("2001:db8::1");
  });

  it("reads the header scripts/serve.mjs writes (two files, one name)", async () => {
    const server = (await import("../../scripts/serve.mjs")) as { SOCKET_ADDRESS_HEADER: string };
    expect(server.SOCKET_ADDRESS_HEADER).toBe(SOCKET_ADDRESS_HEADER);
  });

  it("warns once when requests come through a proxy but TRUST_PROXY is unset (Next's own X-Forwarded-For is not one)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const state = { warned: false };
    const direct = { [SOCKET_ADDRESS_HEADER]: "::ffff:10.0.0.5", "x-forwarded-for": "::ffff:10.0.0.5" };
    const proxied = { [SOCKET_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.9" };
    expect(warnIfForwardedWithoutTrust(direct, undefined, state)).toBe(false);
    expect(warnIfForwardedWithoutTrust(proxied, "x-forwarded-for", state)).toBe(false);
    expect(warnIfForwardedWithoutTrust(proxied, undefined, state)).toBe(true);
    expect(warnIfForwardedWithoutTrust({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1", forwarded: "for=203.0.113.9" }, undefined, state)).toBe(
      false,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/TRUST_PROXY/);
    warn.mockRestore();
  });

  it("gives null for a missing or malformed address", () => {
    expect(clientAddress({}, undefined)).toBeNull();
    expect(clientAddress({ [SOCKET_ADDRESS_HEADER]: "<script>" }, undefined)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "" }, "x-forwarded-for")).toBeNull();
  });
});

describe("the login's client bucket", () => {
  it("is the scan's key (IPv6 per /64), and one shared bucket for an address that cannot be read", () => {
    expect(clientBucket("2001:db8:0:1:aaaa::1")).toBe(clientBucket("2001:db8:0:1:bbbb::2"));
    expect(clientBucket(clientAddress({ "x-forwarded-for": "kapot" }, "x-forwarded-for"))).toBe(UNPARSEABLE_CLIENT);
    expect(clientBucket(null)).toBe(UNPARSEABLE_CLIENT);
  });
});

describe("clientLimitKey", () => {
  it("counts an IPv4 address as itself and an IPv6 address by its /64, however it is written", () => {
    expect(clientLimitKey("192.0.2.10")).toBe("192.0.2.10");
    expect(clientLimitKey("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(clientLimitKey("2001:0DB8:0000:0001:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(clientLimitKey("2001:db8::7")).toBe("2001:db8:0:0::/64");
    expect(clientLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(clientLimitKey("fe80::")).toBe("fe80:0:0:0::/64");
  });
});
