/**
 * Which `Host` names the server answers to. A page of another site can point its own DNS name at this
 * server's address (DNS rebinding): the browser then takes the server for that site, sends its requests
 * with `Host: evil.example` and lets the page read the answers, Origin checks included, since page and
 * server now share an origin. Only a name the server was told about is safe, so, as Vite's
 * `server.allowedHosts` does, the server answers to IP addresses (a page cannot rebind a literal),
 * `localhost` and its subdomains, the host it listens on, and the names the Gui's `allowedHosts` lists;
 * any other name is refused.
 */
import { GuiConfigurationError } from "../errors.ts";

/** The names the Gui's `allowedHosts` allows, normalized. */
export interface AllowedHosts {
  /** `allowedHosts: true`: every name (the app sits behind a proxy that checks names itself). */
  readonly any: boolean;
  /** Exact names, lower case. */
  readonly names: ReadonlySet<string>;
  /** Domains given as `.example.com`: the domain and all its subdomains. */
  readonly domains: readonly string[];
}

/**
 * Normalizes the Gui's `allowedHosts` and refuses entries that are not host names.
 *
 * @example
 * ```ts
 * allowedHostsOf(["App.Example.com", ".corp.example"]).domains; // ["corp.example"]
 * ```
 */
export function allowedHostsOf(list: readonly string[] | true = []): AllowedHosts {
  if (list === true) return { any: true, names: new Set(), domains: [] };
  const names = new Set<string>();
  const domains: string[] = [];
  for (const entry of list) {
    const domain = entry.startsWith(".");
    const name = hostnameOf(domain ? entry.slice(1) : entry);
    if (name === undefined || name === "" || (entry.includes(":") && !entry.startsWith("["))) {
      throw new GuiConfigurationError(
        `allowedHosts: "${entry}" is not a host name; write a name without scheme or port, as in ` +
          `"app.example.com", or ".example.com" for a domain and its subdomains`,
      );
    }
    if (domain) domains.push(name);
    else names.add(name);
  }
  return { any: false, names, domains };
}

/**
 * Whether the server answers a request sent with this `Host` header. `host` undefined means the header is
 * absent: every browser sends it, so only a program omits it, and a program is not a rebinding victim.
 * `listenHost` is the interface the server listens on (`gui.run({ host })`).
 *
 * @example
 * ```ts
 * isAllowedHost("127.0.0.1:5000", allowedHostsOf(), "127.0.0.1"); // true
 * isAllowedHost("evil.example:5000", allowedHostsOf(), "127.0.0.1"); // false
 * ```
 */
export function isAllowedHost(host: string | undefined, allowed: AllowedHosts, listenHost: string): boolean {
  if (host === undefined || allowed.any) return true;
  const name = hostnameOf(host);
  if (name === undefined) return false;
  if (isIpLiteral(name) || name === "localhost" || name.endsWith(".localhost")) return true;
  if (name === hostnameOf(listenHost) || allowed.names.has(name)) return true;
  return allowed.domains.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

/** The message a refused request gets: what was refused and how to allow it. */
export function hostRefusal(host: string | undefined): string {
  const name = hostnameOf(host ?? "") ?? host ?? "";
  return `Host "${name}" is not allowed: this server answers to IP addresses, localhost and the names in ` +
    `the Gui's allowedHosts option; to serve under this name, add it: new Gui({ allowedHosts: ["${name}"] })`;
}

/** The lower-case host name of `host` (`name`, `name:port`, `[::1]:port`), without a trailing dot. */
function hostnameOf(host: string): string | undefined {
  const bracketed = host.includes(":") && !host.startsWith("[") && isIpV6(host) ? `[${host}]` : host;
  try {
    const url = new URL(`http://${bracketed}`);
    if (url.username !== "" || url.password !== "" || url.pathname !== "/" || url.search || url.hash) {
      return undefined;
    }
    return url.hostname.replace(/\.$/, "");
  } catch {
    return undefined;
  }
}

/** IPv4 as the URL parser writes it (it turns `0x7f.1` into `127.0.0.1`), or a bracketed IPv6. */
function isIpLiteral(name: string): boolean {
  return name.startsWith("[") || /^\d{1,3}(\.\d{1,3}){3}$/.test(name);
}

/** A bare IPv6 address, as a listen host is written (`::1`, `::`). */
function isIpV6(host: string): boolean {
  return /^[0-9a-f:.]+$/i.test(host) && host.split(":").length > 2;
}
