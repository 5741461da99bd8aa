// Brownfield OCI: the DRG a VCN is already attached to, declared on the OciHub and used by every link, never
// created or changed by the library.

/**
 * A dynamic routing gateway already attached to the hub's VCN (see `OciHubProps.existingDrg`). A VCN attaches to
 * at most one DRG (docs.oracle.com/iaas/Content/Network/Tasks/managingDRGs.htm), so every FastConnect virtual
 * circuit and IPSec connection of the hub terminates on it.
 */
export interface OciExistingDrg {
  /** The DRG's OCID (`ocid1.drg....`). Accepts a Terraform token. */
  readonly id: string;
  /** The OCID of its attachment to the hub's VCN (`ocid1.drgattachment....`). Accepts a Terraform token. */
  readonly vcnAttachmentId: string;
  /**
   * The inside-tunnel /30s or /31s of the IPSec tunnels it already runs with BGP: reserved in the app's peering
   * allocator, so that no new tunnel gets one.
   * @default - none
   */
  readonly ipsecTunnelCidrsInUse?: string[];
  /**
   * The BGP peering subnets (/28 to /31) of its existing FastConnect virtual circuits: reserved in the app's
   * peering allocator, so that no new circuit gets one.
   * @default - none
   */
  readonly fastConnectPeeringCidrsInUse?: string[];
}
