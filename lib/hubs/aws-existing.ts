// Brownfield AWS: the gateways a VPC already runs, declared on the AwsHub, read at plan and checked against the
// declaration (postconditions on the aws data sources), never created or changed by the library.

/**
 * A virtual private gateway already attached to the hub's VPC (see `AwsHubProps.existingVpnGateway`). A VPC has at
 * most one attached virtual private gateway (docs.aws.amazon.com/vpn/latest/s2svpn/how_it_works.html), so every
 * link of the hub terminates on it. Its ASN and attachment are read again at plan; a wrong declaration fails it.
 */
export interface AwsExistingVpnGateway {
  /** Its id, `vgw-` and 8 or 17 hex digits. Accepts a Terraform token. */
  readonly id: string;
  /** Its Amazon-side ASN (immutable once created; `aws ec2 describe-vpn-gateways --query VpnGateways[].AmazonSideAsn`). */
  readonly amazonSideAsn: number;
  /**
   * The inside /30s of the VPN tunnels it already runs (169.254.0.0/16): reserved in the app's peering allocator,
   * since a tunnel inside CIDR must be unique per virtual private gateway
   * (docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html).
   * @default - none
   */
  readonly tunnelInsideCidrsInUse?: string[];
  /**
   * The BGP ASNs of its existing customer gateways. A new customer gateway with one of them gets a warning: the
   * gateway re-advertises what it learns from one customer gateway to the others (VPN CloudHub), which needs a
   * distinct ASN per customer gateway (docs.aws.amazon.com/vpn/latest/s2svpn/VPN_CloudHub.html).
   * @default - none
   */
  readonly peerAsnsInUse?: number[];
  /**
   * How many BGP routes the gateway already learns from its existing VPN connections: counted with the new
   * sessions' routes towards the 100 dynamic routes a virtual private gateway takes from VPN peers (limits.ts,
   * `SessionType.AWS_VPN`), in every prefix budget and in the report.
   * @default 0
   */
  readonly routesInUse?: number;
}

/**
 * A Direct Connect gateway that already exists (see `AwsHubProps.existingDirectConnectGateway`): every Direct
 * Connect link of the hub attaches its virtual interface to it instead of creating a gateway. Its ASN is read
 * again at plan (the aws provider reads a Direct Connect gateway by name).
 */
export interface AwsExistingDirectConnectGateway {
  /** Its id (a UUID, `aws directconnect describe-direct-connect-gateways`). Accepts a Terraform token. */
  readonly id: string;
  /** Its name: `data.aws_dx_gateway` finds it by name, and the plan checks that the name has this id. */
  readonly name: string;
  /** Its Amazon-side ASN: it must differ from the hub's virtual private or transit gateway's. */
  readonly amazonSideAsn: number;
  /**
   * Whether it is already associated with the hub's virtual private or transit gateway. If not, the hub creates the
   * association once (`DirectConnectGateway/Association`, allowed prefixes = the VPC CIDRs).
   * @default false
   */
  readonly associated?: boolean;
  /**
   * The BGP peering subnets (/30 or /31) of its existing virtual interfaces: reserved in the app's peering
   * allocator, so that no new virtual interface is given one.
   * @default - none
   */
  readonly peeringCidrsInUse?: string[];
}
