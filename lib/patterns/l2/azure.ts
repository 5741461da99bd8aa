// The Azure side of an L2ProviderMultiCloud: the ExpressRoute circuit (through the Layer 2 provider or on an
// ExpressRoute Direct port), the hub's gateway and connection, and Azure private peering with its /30s, VLAN and key.
import type { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Lazy, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { ExpressRouteLink } from '../../links/expressroute';
import { ExpressRouteDirectPort, ExpressRoutePortEncapsulation } from '../../links/expressroute-port';
import { PeeringAllocation } from '../../plan/addressing/peering';
import type { L2ProviderMultiCloudProps } from '../l2-provider-multicloud';
import { nameSlug } from '../../plan/documents/text';
import { propsOf } from '../../core/guard-props';

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
  // Circuit (+ port), gateway, connection, private peering.
  let portId = props.expressRoutePortId;
  let port: ExpressRouteDirectPort | undefined;
  const expressRoute = new ExpressRouteLink(scope, 'Azure', {
    ...propsOf('ExpressRouteOptions', props),
    hub: azure,
    connect: connectCircuit,
    // an existing circuit keeps its name
    circuitName: props.circuitName ?? (props.existingCircuitId === undefined ? `${azure.namePrefix}-${nameSlug(id, 'a-z0-9_.-', 48)}-er` : undefined),
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
      name: props.expressRoutePortName ?? `${azure.namePrefix}-${nameSlug(id, 'a-z0-9_.-', 48)}-erd`,
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
    : expressRoute.vlanDomain;
  // Private peering: its /30s, VLAN and key are the link's to claim.
  const peering = expressRoute.addPrivatePeering({
    peerAsn: props.customerRouterAsn,
    vlan: props.azureVlan,
    vlanDomain,
    peeringCidrs: props.azurePeeringCidrs,
    peeringRange: props.peeringRange,
    peeringAvoidRanges: avoid,
    peeringKeyPrefix: `${scope.node.path}/azure`,
    md5Key: props.azureMd5Key?.stringValue,
    generateMd5Key: generate,
    create: connectCircuit,
    ownerPath: scope.node.path,
    propertyPrefix: 'azure',
  });
  const privatePeering = peering.resource;
  let serviceKeyOutput: TerraformOutput | undefined;
  if (!direct) {
    serviceKeyOutput = new TerraformOutput(expressRoute, 'ServiceKey', {
      value: expressRoute.serviceKey,
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

  return { expressRoute, port, privatePeering, md5Key: peering.generatedMd5Key, md5KeyOutput: peering.md5KeyOutput, serviceKeyOutput, peeringSubnets: peering.peeringSubnets, vlanDomain };
}
