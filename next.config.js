/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/wasm-heavy packages stay outside the bundle: PGlite's wasm and data files are then read
  // from node_modules instead of being copied into public build output.
  // exceljs: its package.json names a browser build, which a bundler could pick for the server.
  serverExternalPackages: ["pdfkit", "fontkit", "@electric-sql/pglite", "pglite-prisma-adapter", "nodemailer", "exceljs"],
  poweredByHeader: false,
  // `npm test` in CI sets this after `npm run typecheck` passed: the build's own type check would
  // only repeat it (scripts/test-all.sh). Everywhere else the build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.WW_BUILD_SKIP_TYPECHECK === "1" },
  // The one Pages API route (autosave) is bundled like the App Router is, so `import "server-only"`
  // resolves to its server variant there too instead of being required from node_modules at run time.
  bundlePagesRouterDependencies: true,
  // forbidden() renders app/forbidden.tsx with status 403 for a signed-in user in the wrong role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
};
export default nextConfig;
