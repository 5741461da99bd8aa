// Brownfield Google Cloud: the Cloud Routers and the HA VPN gateway a VPC network already runs, declared on the
// GcpHub, read at plan and checked against the declaration (postconditions on the google data sources), never
// created or changed by the library.

/**
 * A Cloud Router that already runs in the hub's network and region (see `GcpHubProps.existingVpnRouter` and
 * `existingInterconnectRouter`). Its ASN is read again at plan (`data.google_compute_router`, `bgp[0].asn`).
 */
export interface GcpExistingRouter {
  /** The router's name. Accepts a Terraform token. */
  readonly name: string;
  /** Its BGP ASN (`bgp.asn`). */
  readonly asn: number;
  /**
   * The link-local subnets of the BGP sessions it already runs: the /30s of its HA VPN tunnels (VPN router), or the
   * /29s of its VLAN attachments (interconnect router), in 169.254.0.0/16. Reserved in the app's peering allocator,
   * since a link-local range must be unique per Cloud Router
   * (cloud.google.com/network-connectivity/docs/vpn/how-to/creating-ha-vpn).
   * @default - none
   */
  readonly linkLocalCidrsInUse?: string[];
}

/**
 * An HA VPN gateway that already runs in the hub's network and region (see `GcpHubProps.existingHaVpnGateway`): the
 * new tunnels use its two interfaces, whose public IP addresses are read from it (`vpn_interfaces[i].ip_address`).
 */
export interface GcpExistingHaVpnGateway {
  /** The gateway's name. Accepts a Terraform token. */
  readonly name: string;
}
