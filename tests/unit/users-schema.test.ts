import { describe, expect, it } from "vitest";
import { accountActivationSchema, userCreateSchema } from "@/lib/users/schema";

describe("user schemas", () => {
  it("an employer account needs its employer and function; others do not", () => {
    const r = userCreateSchema.safeParse({ name: "Inge", email: "INGE@Voorbeeld.nl ", role: "EMPLOYER" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["employerFunction", "employerId"]);
    expect(userCreateSchema.parse({ name: "Tom", email: "TOM@oads.nl", role: "TRAINER" }).email).toBe("tom@oads.nl");
  });
  it("a password is long enough and typed twice the same", () => {
    const token = "A".repeat(43);
    expect(accountActivationSchema.safeParse({ token, password: "kort", confirm: "kort" }).error?.issues[0]?.message).toBe(
      "Kies een wachtwoord van minstens 12 tekens.",
    );
    expect(
      accountActivationSchema.safeParse({ token, password: "een lange zin hier", confirm: "een andere zin hier" }).error?.issues[0]
        ?.message,
    ).toBe("De twee wachtwoorden zijn niet gelijk.");
    expect(accountActivationSchema.safeParse({ token: "x", password: "een lange zin hier", confirm: "een lange zin hier" }).success).toBe(
      false,
    );
  });
});
