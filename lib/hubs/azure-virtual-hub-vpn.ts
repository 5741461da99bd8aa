// The site-to-site VPN gateway of an Azure Virtual WAN hub (`azurerm_vpn_gateway`), created or existing, as the
// `AzureVpnGateway` of an `AzureVirtualWanHub` uses it.
import type { DataAzurermVpnGateway } from '@cdktf/provider-azurerm/lib/data-azurerm-vpn-gateway';
import type { VpnGateway } from '@cdktf/provider-azurerm/lib/vpn-gateway';
import { Lazy, TerraformLocal, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { isUnresolved } from '../core/context';
import { providerModule } from '../core/providers-load';
import { WellKnownAsn } from '../plan/addressing/asn';
import { readAttributes } from './azure-existing';
import type { AzureHubBase } from './azure-hub-base';

/**
 * A site-to-site VPN gateway that already runs in the virtual hub (see `AzureVirtualWanHubProps.existingVpnGateway`):
 * read at plan (its hub, scale units and the public IPs of its two instances), never changed.
 */
export interface AzureExistingVirtualHubVpnGateway {
  /**
   * The gateway's resource id,
   * `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/vpnGateways/<name>`. Accepts a Terraform token.
   */
  readonly id: string;
  /** Its scale units (500 Mbit/s each): checked at plan. */
  readonly scaleUnits: number;
  /**
   * The inside /30s of the tunnels the gateway already runs (the subnets of its custom APIPA BGP addresses, in
   * 169.254.21.0-169.254.22.255): never handed out again.
   * @default - none
   */
  readonly apipaCidrsInUse?: string[];
  /** The BGP ASNs of the gateway's existing VPN sites: a new peer with one of them gets a warning. @default - none */
  readonly peerAsnsInUse?: number[];
  /**
   * How many routes the hub learns today from its existing branches: with branch-to-branch traffic it passes them on
   * to the new VPN peers, so they count in what each new tunnel carries.
   * @default 0
   */
  readonly routesLearned?: number;
}

/** What the hub passes to its `AzureVpnGateway`. */
export interface VirtualHubVpnSpec {
  readonly virtualHubId: string;
  readonly virtualWanId: string;
  readonly scaleUnits: number;
  readonly existing?: AzureExistingVirtualHubVpnGateway;
}

/** The gateway as its links use it. */
export interface VirtualHubVpnParts {
  readonly resource?: VpnGateway;
  readonly state?: DataAzurermVpnGateway;
  readonly gatewayId: string;
  /** The public IP address of instance 0 and instance 1. */
  readonly publicIpAddresses: string[];
  /** The ip configuration ids of instance 0 and instance 1 (`custom_bgp_address.ip_configuration_id`). */
  readonly ipConfigurationIds: string[];
}

/**
 * The public IP of instance `i`: the `ip_configuration` entry whose id is the instance's BGP ip configuration id
 * (azurerm v4.55.0 vpn_gateway_resource.go:199-220, 500-528: `ip_configuration` is a list in the API's order, each
 * with `id`, `private_ip_address`, `public_ip_address`), as a local of the gateway's stack.
 */
function instancePublicIp(scope: Construct, fqn: string, i: number): string {
  const expr = `\${one([for c in ${fqn}.ip_configuration : c.public_ip_address if c.id == ${fqn}.bgp_settings[0].instance_${i}_bgp_peering_address[0].ip_configuration_id])}`;
  return new TerraformLocal(scope, `Instance${i}PublicIp`, expr).asString;
}

/**
 * Create the virtual hub's VPN gateway, or read the existing one. The gateway's BGP ASN is 65515 (it cannot be
 * changed); its custom APIPA addresses per instance (`custom_ips`) are the ones the links registered, produced at
 * synth by `apipa(i)`.
 */
export function virtualHubVpnGateway(scope: Construct, hub: AzureHubBase, spec: VirtualHubVpnSpec, apipa: (i: number) => string[]): VirtualHubVpnParts {
  if (spec.existing) {
    const ref = readAttributes(spec.existing.id, 'existingVpnGateway.id', 'vpnGateways', 'a Virtual WAN VPN gateway', 'az network vpn-gateway show --query id');
    const { DataAzurermVpnGateway } = providerModule(scope, 'azurerm/data-azurerm-vpn-gateway');
    const state = new DataAzurermVpnGateway(scope, 'State', {
      name: ref.name,
      resourceGroupName: ref.resourceGroupName,
      provider: hub.provider,
      lifecycle: {
        postcondition: [
          {
            // the hub's id: a token (the created hub's, a variable) is an expression, compared as it is
            condition: `\${lower(self.virtual_hub_id) == lower(${isUnresolved(spec.virtualHubId) ? spec.virtualHubId : JSON.stringify(spec.virtualHubId)})}`,
            errorMessage: 'The existing VPN gateway belongs to virtual hub ${self.virtual_hub_id}, not to the hub it is declared on: correct `existingVpnGateway.id`.',
          },
          {
            condition: `\${self.scale_unit == ${spec.existing.scaleUnits}}`,
            errorMessage: `The existing VPN gateway has \${self.scale_unit} scale units, but the hub declares \`existingVpnGateway.scaleUnits\` = ${spec.existing.scaleUnits}: correct it to what the gateway runs.`,
          },
        ],
      },
    });
    new TerraformOutput(scope, 'ApipaAddresses', {
      description: 'Custom APIPA BGP addresses to add to the existing Virtual WAN VPN gateway\'s instance 0 and instance 1 (in that order) before applying the new connections',
      value: Lazy.anyValue({ produce: () => [apipa(0), apipa(1)] }),
    });
    return {
      state,
      gatewayId: spec.existing.id,
      // the data source's lists keep the API's order; match the ids as for a created gateway
      publicIpAddresses: [0, 1].map((i) => instancePublicIp(scope, state.fqn, i)),
      ipConfigurationIds: [
        state.bgpSettings.get(0).instance0BgpPeeringAddress.get(0).ipConfigurationId,
        state.bgpSettings.get(0).instance1BgpPeeringAddress.get(0).ipConfigurationId,
      ],
    };
  }
  const { VpnGateway } = providerModule(scope, 'azurerm/vpn-gateway');
  const resource = new VpnGateway(scope, 'Resource', {
    name: `${hub.namePrefix}-vpngw`,
    resourceGroupName: hub.resourceGroupName,
    location: hub.location,
    virtualHubId: spec.virtualHubId,
    scaleUnit: spec.scaleUnits,
    bgpSettings: {
      // required by the provider (vpn_gateway_resource.go:90-94); a Virtual WAN gateway's ASN is always 65515
      asn: WellKnownAsn.AZURE_VPN_GATEWAY_DEFAULT,
      peerWeight: 0,
    },
    tags: hub.tags,
    provider: hub.provider,
  });
  // each instance's custom APIPA addresses, absent while no link registered one (`custom_ips` is required in the block)
  for (const i of [0, 1]) {
    resource.addOverride(`bgp_settings.instance_${i}_bgp_peering_address`, Lazy.anyValue({ produce: () => (apipa(i).length > 0 ? [{ custom_ips: apipa(i) }] : undefined) }));
  }
  return {
    resource,
    gatewayId: resource.id,
    publicIpAddresses: [0, 1].map((i) => instancePublicIp(scope, resource.fqn, i)),
    ipConfigurationIds: [
      resource.bgpSettings.instance0BgpPeeringAddress.ipConfigurationId,
      resource.bgpSettings.instance1BgpPeeringAddress.ipConfigurationId,
    ],
  };
}
