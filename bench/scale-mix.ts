// The link mix of the scale benchmark, shared by `scale-app.ts` (the library) and `baselines/scale-deep.ts`
// (hand-written). Imports nothing, so that the baseline loads nothing of the library.
//
// Every link is either an ExpressRouteToOracle interconnect (its own Azure hub and OCI hub, and its own /29 peering
// range from 172.16.0.0/12, so that the default 192.168.255.0/24, 32 interconnects' worth, is never the limit) or an
// S2S VPN from one of those Azure hubs (as its backup path) to its own AWS hub (4 tunnels) or Google Cloud hub
// (2 tunnels), alternating. VPN links are VPN_SHARE of N (rounded; at least one from N = 10), capped by Azure's APIPA
// window: custom APIPA BGP addresses exist only in 169.254.21.0-169.254.22.255, 128 /30s, and the library's allocator
// hands each /30 out once per app, so an app of this mix holds at most about 42 VPN links (128 / 3, the average of 4
// and 2 tunnels); at N = 500, 40 VPN links use 120 of the 128 /30s.

/** The share of links that are VPNs. */
export const VPN_SHARE = 0.08;
/** The /30s of Azure's APIPA window (169.254.21.0/24 + 169.254.22.0/24). */
export const APIPA_SLOTS = 128;
const TUNNELS = { aws: 4, gcp: 2 };

/** How many links of each kind an app of `n` links has. */
export interface ScaleMix {
  readonly interconnects: number;
  readonly awsVpns: number;
  readonly gcpVpns: number;
  /** APIPA /30s the VPNs use. */
  readonly apipaSlots: number;
}

/** The mix of an app of `n` links. */
export function scaleMix(n: number): ScaleMix {
  let vpns = n >= 10 ? Math.max(1, Math.round(n * VPN_SHARE)) : 0;
  const slots = (v: number): number => Math.ceil(v / 2) * TUNNELS.aws + Math.floor(v / 2) * TUNNELS.gcp;
  while (slots(vpns) > APIPA_SLOTS) vpns--;
  return { interconnects: n - vpns, awsVpns: Math.ceil(vpns / 2), gcpVpns: Math.floor(vpns / 2), apipaSlots: slots(vpns) };
}

/** The k-th /20 of 10.0.0.0/8 as [second octet, third octet]. Azure hub k: k; OCI hub k: 1024 + k; AWS/Google hub j: 2048 + j. */
export function block20(k: number): [number, number] {
  return [k >> 4, (k & 15) << 4];
}

/** The /29 peering range of interconnect k, in 172.16.0.0/12. */
export function peeringRange29(k: number): [number, number, number] {
  return [16 + (k >> 13), (k >> 5) & 255, (k & 31) * 8];
}

/** Which Azure hub (interconnect index) VPN j of `vpns` attaches to. */
export function vpnHub(j: number, vpns: number, interconnects: number): number {
  return Math.floor((j * interconnects) / vpns);
}
