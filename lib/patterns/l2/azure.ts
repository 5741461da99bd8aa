// The Azure side of an L2ProviderMultiCloud: the ExpressRoute circuit (through the Layer 2 provider or on an
// ExpressRoute Direct port), the hub's gateway and connection, and Azure private peering with its /30s, VLAN and key.
import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { Password } from '@cdktf/provider-random/lib/password';
import { Lazy, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { claimPeering, claimVlan } from '../../core/claims';
import { ExpressRouteLink } from '../../links/expressroute';
import { ExpressRouteDirectPort, ExpressRoutePortEncapsulation } from '../../links/expressroute-port';
import { generateMd5Key, md5KeyOutput } from '../../links/link-util';
import { PeeringAllocation, PeeringKind } from '../../plan/peering';
import type { L2ProviderMultiCloudProps } from '../l2-provider-multicloud';

/** How the Azure side is built. */
export interface L2AzureOptions {
  /** ExpressRoute Direct rather than a provider circuit. */
  readonly direct: boolean;
  /** Create private peering and the connection (apply 2, or always on Direct). */
  readonly connectCircuit: boolean;
  /** Generate the MD5 key when none is given. */
  readonly generate: boolean;
  /** The network ranges the /30s must not overlap. */
  readonly avoid: string[];
}

/** What the Azure side consists of. */
export interface L2AzureSide {
  readonly expressRoute: ExpressRouteLink;
  readonly port?: ExpressRouteDirectPort;
  readonly privatePeering?: ExpressRouteCircuitPeering;
  readonly md5Key?: Password;
  readonly md5KeyOutput?: TerraformOutput;
  readonly serviceKeyOutput?: TerraformOutput;
  /** The primary and secondary /30. */
  readonly peeringSubnets: PeeringAllocation[];
  /** Where the private-peering VLAN must be unique: the circuit, or the port pair with Dot1Q. */
  readonly vlanDomain: string;
}

/** Build the Azure side under `scope` (the pattern): children `Azure` (circuit, connection, `PrivatePeering`, `Port`). */
export function buildL2AzureSide(scope: Construct, id: string, props: L2ProviderMultiCloudProps, o: L2AzureOptions): L2AzureSide {
  const { azure } = props;
  const { direct, connectCircuit, generate, avoid } = o;
  // Private peering's /30s (the other clouds' links claim their own subnets).
  const peeringSubnets = ['primary', 'secondary'].map((s, i) => claimPeering(scope, {
    key: `${scope.node.path}/azure-${s}`,
    explicit: props.azurePeeringCidrs?.[i],
    kinds: [PeeringKind.EXPRESSROUTE],
    property: `azurePeeringCidrs[${i}]`,
    block: props.peeringRange,
    requireBlock: true,
    avoid,
    what: `the azure-${s} session of ${scope.node.path}`,
  }));

  // Circuit (+ port), gateway, connection, private peering.
  let portId = props.expressRoutePortId;
  let port: ExpressRouteDirectPort | undefined;
  const expressRoute = new ExpressRouteLink(scope, 'Azure', {
    ...props,
    hub: azure,
    connect: connectCircuit,
    circuitName: props.circuitName ?? `${azure.namePrefix}-${id.toLowerCase()}-er`,
    serviceProviderName: direct ? undefined : props.serviceProviderName,
    peeringLocation: direct ? undefined : props.peeringLocation,
    bandwidthMbps: direct ? undefined : props.bandwidthMbps,
    expressRoutePortId: direct ? Lazy.stringValue({ produce: () => portId }) : undefined,
    portBandwidthGbps: props.expressRoutePortBandwidthGbps,
    bandwidthGbps: props.bandwidthGbps,
  });
  if (props.expressRoutePortPeeringLocation !== undefined) {
    port = new ExpressRouteDirectPort(expressRoute, 'Port', {
      hub: azure,
      peeringLocation: props.expressRoutePortPeeringLocation,
      bandwidthGbps: props.expressRoutePortBandwidthGbps!,
      encapsulation: props.expressRoutePortEncapsulation,
      name: props.expressRoutePortName ?? `${azure.namePrefix}-${id.toLowerCase()}-erd`,
      macsecCipher: props.macsecCipher,
      macsecCknKeyVaultSecretId: props.macsecCknKeyVaultSecretId,
      macsecCakKeyVaultSecretId: props.macsecCakKeyVaultSecretId,
      macsecSciEnabled: props.macsecSciEnabled,
      macsecIdentityId: props.macsecIdentityId,
      propertyPrefix: 'expressRoutePort',
    });
    portId = port.resource.id;
  }
  // The VLAN is unique per circuit, except with Dot1Q on ExpressRoute Direct: unique on the whole port pair.
  const encapsulation = props.expressRoutePortEncapsulation ?? ExpressRoutePortEncapsulation.DOT1Q;
  const vlanDomain = direct && encapsulation === ExpressRoutePortEncapsulation.DOT1Q
    ? `azure-er-port:${port ? port.node.path : props.expressRoutePortId}`
    : `azure-er-circuit:${expressRoute.circuit.node.path}`;
  claimVlan(scope, { domain: vlanDomain, vlan: props.azureVlan, owner: `${scope.node.path}/azure-private-peering`, property: 'azureVlan' });
  const md5Key = props.azureMd5Key === undefined && generate ? generateMd5Key(expressRoute) : undefined;
  const azureKey = props.azureMd5Key?.stringValue ?? md5Key?.result;
  const [primary, secondary] = peeringSubnets;
  let privatePeering: ExpressRouteCircuitPeering | undefined;
  if (connectCircuit) {
    privatePeering = new ExpressRouteCircuitPeering(expressRoute, 'PrivatePeering', {
      peeringType: 'AzurePrivatePeering',
      expressRouteCircuitName: expressRoute.circuit.name,
      resourceGroupName: azure.resourceGroupName,
      peerAsn: props.customerRouterAsn,
      primaryPeerAddressPrefix: Lazy.stringValue({ produce: () => primary.text }),
      secondaryPeerAddressPrefix: Lazy.stringValue({ produce: () => secondary.text }),
      vlanId: props.azureVlan,
      sharedKey: azureKey,
      ipv4Enabled: true,
      provider: azure.provider,
    });
    expressRoute.connectAfter([privatePeering]);
  }
  const keyOutput = azureKey === undefined ? undefined : md5KeyOutput(expressRoute, azureKey, `BGP MD5 key of Azure private peering of ${scope.node.path}`);
  let serviceKeyOutput: TerraformOutput | undefined;
  if (!direct) {
    serviceKeyOutput = new TerraformOutput(expressRoute, 'ServiceKey', {
      value: expressRoute.circuit.serviceKey,
      sensitive: true,
      description: `Service key of the ExpressRoute circuit of ${scope.node.path}: give it to ${props.serviceProviderName ?? 'the provider'}`,
    });
    // Apply 2: private peering and the connection only on a circuit the provider has provisioned.
    if (privatePeering && expressRoute.connection) {
      const provider = props.serviceProviderName ?? 'the provider';
      expressRoute.requireProvisioned([privatePeering, expressRoute.connection], provider,
        `give ${provider} the service key (terraform output -raw ${serviceKeyOutput.friendlyUniqueId})`);
    }
  }

  return { expressRoute, port, privatePeering, md5Key, md5KeyOutput: keyOutput, serviceKeyOutput, peeringSubnets, vlanDomain };
}
