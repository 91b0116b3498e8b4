#!/usr/bin/env node
/**
 * `npm create tapir@latest my-app` (or `deno run -A npm:create-tapir my-app`): writes a new Tapir
 * project into `my-app` and says what to run next. Plain JavaScript with no dependencies, so that it
 * runs straight from the registry on Node and on Deno with nothing to build.
 */
import process from "node:process";
import { scaffold, ScaffoldError } from "./scaffold.js";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log("Usage: npm create tapir@latest <folder>\n\nWrites a new Tapir app (a live page, its test, " +
    "package.json, deno.json, tsconfig.json) into <folder>, which must be new or empty.");
  process.exit(0);
}
const target = args.find((arg) => !arg.startsWith("-")) ?? "tapir-app";

try {
  const { folder, name } = await scaffold(target);
  const cd = folder === process.cwd() ? "" : `  cd ${target}\n`;
  console.log(`Created the Tapir app "${name}" in ${folder}

Next, on Node:
${cd}  npm install
  npm start        # serves the app on http://127.0.0.1:5000/
  npm test

or on Deno:
${cd}  deno install
  deno task start
  deno task test`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`create-tapir: ${error.message}`);
  process.exit(1);
}
