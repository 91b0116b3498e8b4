/**
 * Writes a new Tapir project: the files of `template/` as they are, plus a package.json naming the Tapir
 * version this package was published with (the two packages are released together, with one version).
 *
 * @example
 * ```js
 * import { scaffold } from "create-tapir";
 * await scaffold("my-app"); // { folder: "/…/my-app", name: "my-app" }
 * ```
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";

const HERE = new URL(".", import.meta.url);

/**
 * The scaffold's tools, pinned like the repository's own: tsx runs `npm start`, uvu the test, tsc the
 * type check. A test in the repository keeps them equal to the versions Tapir itself is tested with.
 */
export const DEV_DEPENDENCIES = { tsx: "4.23.15", typescript: "5.9.3", uvu: "0.5.6" };

/** A refusal the user can act on (a non-empty folder, a bad name): printed without a stack trace. */
export class ScaffoldError extends Error {
  name = "ScaffoldError";
}

/**
 * Scaffolds into `target` (a path; created if missing). Refuses a folder that already has files, so an
 * existing project is never overwritten.
 *
 * @param {string} target
 * @returns {Promise<{ folder: string, name: string }>}
 */
export async function scaffold(target) {
  const folder = resolve(target);
  const name = packageName(basename(folder));
  const existing = await readdir(folder).catch((error) => {
    if (error.code === "ENOENT") return [];
    throw new ScaffoldError(`cannot use ${folder} as the project folder: ${error.message}`);
  });
  if (existing.length > 0) {
    throw new ScaffoldError(
      `the folder ${folder} is not empty (it has ${existing.slice(0, 3).join(", ")}` +
        `${existing.length > 3 ? ", …" : ""}); choose a new folder name, e.g. npm create tapir@latest my-app`,
    );
  }
  await mkdir(folder, { recursive: true });

  const ownPackage = JSON.parse(await readFile(new URL("package.json", HERE), "utf8"));
  const files = await templateFiles();
  for (const [path, text] of files) {
    // npm drops `.gitignore` from published packages, so the template names it without the dot.
    const outputPath = path === "gitignore" ? ".gitignore" : path;
    await writeFile(join(folder, outputPath), text.replaceAll("{{name}}", name));
  }
  await writeFile(join(folder, "package.json"), JSON.stringify(projectPackage(name, ownPackage.version), null, 2) + "\n");
  return { folder, name };
}

/** The project's package.json: an ES module package (top-level `await gui.run()` needs one). */
function projectPackage(name, tapirVersion) {
  return {
    name,
    version: "0.1.0",
    private: true,
    // Without "type": "module", .ts and .js files are CommonJS to tsx and Node, where top-level await
    // fails ("Top-level await is currently not supported with the cjs output format").
    type: "module",
    scripts: {
      start: "tsx app.ts",
      test: "tsx app_test.ts",
      check: "tsc --noEmit",
    },
    dependencies: { tapir: `^${tapirVersion}` },
    devDependencies: DEV_DEPENDENCIES,
  };
}

async function templateFiles() {
  const folder = new URL("template/", HERE);
  const names = (await readdir(folder)).sort();
  return Promise.all(names.map(async (name) => [name, await readFile(new URL(name, folder), "utf8")]));
}

/** npm's rules, simplified: lower case, no spaces; anything else becomes a dash. */
function packageName(folderName) {
  const name = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "");
  if (name === "") throw new ScaffoldError(`cannot make a package name from the folder name "${folderName}"`);
  return name;
}
