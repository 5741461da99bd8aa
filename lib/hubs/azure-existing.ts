// Brownfield: the gateways a hub VNet already runs, declared by the user, read at plan and checked against the
// declaration. A VNet has at most one ExpressRoute gateway and one VPN gateway
// (learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager), so a hub that declares one
// connects every pattern to it and never creates its own.
import type { DataAzurermVirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway';
import { Fn, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { isUnresolved } from '../core/context';
import { providerModule } from '../core/providers-load';
import { fail } from '../plan/errors';

/** An ExpressRoute gateway that already runs in the hub's VNet (see `AzureHubProps.existingExpressRouteGateway`). */
export interface AzureExistingExpressRouteGateway {
  /**
   * The gateway's resource id,
   * `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworkGateways/<name>`.
   * Accepts a Terraform token.
   */
  readonly id: string;
  /** Its SKU (`ErGw1AZ`, `ErGw2AZ`, `ErGw3AZ`, `Standard`, `HighPerformance`, `UltraPerformance`): it decides the circuit and throughput limits. */
  readonly sku: string;
  /**
   * How many routes it learns today over circuits outside the app (`az network vnet-gateway list-learned-routes`):
   * counted with the app's towards the SKU's learned-route limit (the `expressroute-gateway-routes` check).
   * @default 0
   */
  readonly routesLearned?: number;
}

/**
 * A VPN gateway that already runs in the hub's VNet and carries traffic (see `AzureHubProps.existingVpnGateway`):
 * the facts the planner needs and cannot read at synth. `sku`, `generation`, `asn` and `activeActive` are read
 * again at plan and a wrong declaration fails the plan.
 */
export interface AzureExistingVpnGateway {
  /**
   * The gateway's resource id,
   * `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworkGateways/<name>`.
   * Accepts a Terraform token.
   */
  readonly id: string;
  /** Its SKU, e.g. `VpnGw2AZ`: it must support BGP and active-active (not `Basic`). */
  readonly sku: string;
  /** Its generation. @default 'Generation2' */
  readonly generation?: string;
  /** Its BGP ASN (`bgp_settings.asn`). */
  readonly asn: number;
  /**
   * Whether it runs active-active: the patterns need two instances, one tunnel endpoint each
   * (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-highlyavailable). Declared so that the plan checks it.
   */
  readonly activeActive: boolean;
  /**
   * The public IP addresses of instance 0 and instance 1, in that order (the peers' tunnel endpoints).
   * Each element accepts a Terraform token (e.g. an `azurerm_public_ip` data source's `ip_address`).
   */
  readonly publicIpAddresses: string[];
  /**
   * The inside /30s of the tunnels the gateway already runs (the subnets of its custom APIPA BGP addresses, in
   * 169.254.21.0-169.254.22.255): reserved in the app's peering allocator, so that no new tunnel gets one, and
   * counted towards the SKU's tunnel limit (one connection each).
   * @default - none
   */
  readonly apipaCidrsInUse?: string[];
  /**
   * The BGP ASNs of the gateway's existing peers (its local network gateways' `bgp_settings.asn`). A new peer with one
   * of them gets a warning: the gateway passes routes between its peers, and a BGP speaker drops routes whose AS
   * path holds its own ASN, so the two would not learn each other's prefixes through Azure.
   * @default - none
   */
  readonly peerAsnsInUse?: number[];
  /**
   * How many routes it learns today from its existing peers. The gateway passes them on to every new peer (it
   * transits between its BGP peers), so they count in what each new tunnel carries (e.g. towards AWS's 100 routes).
   * @default 0
   */
  readonly routesLearned?: number;
}

/** The parts of an Azure resource id a data source reads by (`name`, `resource_group_name`). */
interface ResourceRef {
  readonly name: string;
  readonly resourceGroupName: string;
}

/**
 * The name and resource group in the id of a `Microsoft.Network/<type>` resource: parsed and checked when the id is
 * known at synth, otherwise the Terraform expressions that take it apart (segments 4 and 8 of `split("/", id)`).
 */
export function readAttributes(id: string, property: string, type: string, what: string, command: string): ResourceRef {
  if (isUnresolved(id)) {
    return { resourceGroupName: Fn.element(Fn.split('/', id), 4), name: Fn.element(Fn.split('/', id), 8) };
  }
  const m = new RegExp(`^/subscriptions/[^/]+/resourceGroups/([^/]+)/providers/Microsoft\\.Network/${type}/([^/]+)$`, 'i').exec(id);
  if (!m) {
    fail(property, id, `not the resource id of ${what}`, `give its id, /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.Network/${type}/<name> (${command})`);
  }
  return { resourceGroupName: m[1], name: m[2] };
}

/** The name and resource group in a virtual network gateway id. */
export function gatewayRef(id: string, property: string): ResourceRef {
  return readAttributes(id, property, 'virtualNetworkGateways', 'a virtual network gateway', 'az network vnet-gateway show --query id');
}

/** One fact to check on the gateway read at plan: a condition on `self` and what was declared. */
export interface GatewayFact {
  /** The Terraform condition on `self`, e.g. `self.sku == "VpnGw2AZ"`. */
  readonly condition: string;
  /** What the message calls the attribute, e.g. `sku`. */
  readonly attribute: string;
  /** The attribute as read, a Terraform expression on `self`, e.g. `self.sku`. */
  readonly actual: string;
  /** The declared property, e.g. `existingVpnGateway.sku`, and its value. */
  readonly property: string;
  readonly declared: string;
}

/**
 * Read an existing gateway at plan (`data.azurerm_virtual_network_gateway`, child `id` of `scope`) and check each
 * declared fact with a `lifecycle.postcondition` on the data source: a wrong declaration fails `terraform plan`
 * (the data source is read during plan when its name and group are known), before any connection is created. The
 * data source exposes `type`, `sku`, `generation`, `active_active`, `enable_bgp` and `bgp_settings.asn`
 * (azurerm v4.55.0 internal/services/network/virtual_network_gateway_data_source.go:42-75, 201-222), not the custom
 * APIPA addresses nor the public IPs, which stay declarations.
 */
export function readExistingGateway(scope: Construct, id: string, gatewayId: string, property: string, facts: GatewayFact[],
  provider?: TerraformProvider): DataAzurermVirtualNetworkGateway {
  const ref = gatewayRef(gatewayId, `${property}.id`);
  const { DataAzurermVirtualNetworkGateway } = providerModule(scope, 'azurerm/data-azurerm-virtual-network-gateway');
  return new DataAzurermVirtualNetworkGateway(scope, id, {
    name: ref.name,
    resourceGroupName: ref.resourceGroupName,
    provider,
    lifecycle: {
      postcondition: facts.map((f) => ({
        condition: `\${${f.condition}}`,
        errorMessage: `The existing gateway ${isUnresolved(gatewayId) ? '' : `${gatewayId} `}has ${f.attribute} \${${f.actual}}, but the hub declares \`${f.property}\` = ${f.declared}: correct \`${f.property}\` to what the gateway runs.`,
      })),
    },
  });
}
