// A small frr.conf reader for the tests: enough of the grammar to check a rendered configuration against its plan.

/** One `neighbor` as configured. */
export interface ParsedNeighbor {
  remoteAs?: number;
  description?: string;
  password?: string;
  bfd: boolean;
  activated: boolean;
  routeMapIn?: string;
  routeMapOut?: string;
  maximumPrefix?: number;
  maximumPrefixWarn?: number;
  maximumPrefixOut?: number;
}

/** What the reader extracts. */
export interface ParsedFrr {
  asn?: number;
  neighbors: Map<string, ParsedNeighbor>;
  interfaces: Map<string, { address?: string; description?: string }>;
  prefixLists: Map<string, Array<{ seq: number; action: string; prefix: string; le?: number }>>;
  routeMaps: Map<string, string[]>;
  networks: string[];
  aggregates: string[];
}

export function parseFrr(text: string): ParsedFrr {
  const out: ParsedFrr = { neighbors: new Map(), interfaces: new Map(), prefixLists: new Map(), routeMaps: new Map(), networks: [], aggregates: [] };
  let block: { kind: string; name: string } | undefined;
  const nb = (ip: string) => {
    let n = out.neighbors.get(ip);
    if (!n) out.neighbors.set(ip, (n = { bfd: false, activated: false }));
    return n;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('!')) continue;
    const w = line.split(/\s+/);
    if (w[0] === 'exit' || w[0] === 'end') { if (w[0] === 'end' || !raw.startsWith(' ')) block = undefined; continue; }
    if (w[0] === 'exit-address-family') continue;
    if (!raw.startsWith(' ')) {
      if (w[0] === 'interface') { block = { kind: 'interface', name: w[1] }; out.interfaces.set(w[1], {}); continue; }
      if (w[0] === 'router' && w[1] === 'bgp') { block = { kind: 'bgp', name: w[2] }; out.asn = Number(w[2]); continue; }
      if (w[0] === 'route-map') { block = { kind: 'route-map', name: w[1] }; out.routeMaps.set(w[1], []); continue; }
      if (w[0] === 'ip' && w[1] === 'prefix-list') {
        const list = out.prefixLists.get(w[2]) ?? [];
        const le = w.indexOf('le');
        list.push({ seq: Number(w[4]), action: w[5], prefix: w[6], le: le > 0 ? Number(w[le + 1]) : undefined });
        out.prefixLists.set(w[2], list);
        continue;
      }
      continue; // frr defaults, hostname, ...
    }
    if (!block) throw new Error(`line outside a block: ${line}`);
    if (block.kind === 'interface') {
      const i = out.interfaces.get(block.name)!;
      if (w[0] === 'ip' && w[1] === 'address') i.address = w[2];
      if (w[0] === 'description') i.description = w.slice(1).join(' ');
    } else if (block.kind === 'route-map') {
      out.routeMaps.get(block.name)!.push(line);
    } else if (block.kind === 'bgp') {
      if (w[0] === 'network') out.networks.push(w[1]);
      else if (w[0] === 'aggregate-address') out.aggregates.push(w[1]);
      else if (w[0] === 'neighbor') {
        const n = nb(w[1]);
        switch (w[2]) {
          case 'remote-as': n.remoteAs = Number(w[3]); break;
          case 'description': n.description = w.slice(3).join(' '); break;
          case 'password': n.password = w[3]; break;
          case 'bfd': n.bfd = true; break;
          case 'activate': n.activated = true; break;
          case 'route-map': if (w[4] === 'in') n.routeMapIn = w[3]; else n.routeMapOut = w[3]; break;
          case 'maximum-prefix': n.maximumPrefix = Number(w[3]); n.maximumPrefixWarn = w[4] ? Number(w[4]) : undefined; break;
          case 'maximum-prefix-out': n.maximumPrefixOut = Number(w[3]); break;
          default: throw new Error(`unknown neighbor command: ${line}`);
        }
      }
    }
  }
  return out;
}
