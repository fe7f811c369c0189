import { z } from "zod";

// Every schema imports z from here, so zod's own messages (wrong type, unknown option, …) are Dutch
// too, on the server and in the browser. Our schemas still give their own messages where it matters.
z.config(z.locales.nl());

export { z };
