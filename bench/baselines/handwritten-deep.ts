// One measured run of the hand-written baseline, every provider class imported by deep path (the resource modules
// used, nothing else), as CONTRIBUTING.md asks of the library. Prints one JSON line like `bench/synth-examples.ts`.
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CustomerGateway } from '@cdktf/provider-aws/lib/customer-gateway';
import { VpnConnection } from '@cdktf/provider-aws/lib/vpn-connection';
import { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { DataAzurermExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { LocalNetworkGateway } from '@cdktf/provider-azurerm/lib/local-network-gateway';
import { PublicIp } from '@cdktf/provider-azurerm/lib/public-ip';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { ComputeExternalVpnGateway } from '@cdktf/provider-google/lib/compute-external-vpn-gateway';
import { ComputeHaVpnGateway } from '@cdktf/provider-google/lib/compute-ha-vpn-gateway';
import { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { ComputeRouterInterface } from '@cdktf/provider-google/lib/compute-router-interface';
import { ComputeRouterPeer } from '@cdktf/provider-google/lib/compute-router-peer';
import { ComputeVpnTunnel } from '@cdktf/provider-google/lib/compute-vpn-tunnel';
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { Password } from '@cdktf/provider-random/lib/password';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { CoreCpe } from '../../lib/providers/oci/core-cpe';
import { CoreDrg } from '../../lib/providers/oci/core-drg';
import { CoreDrgAttachment } from '../../lib/providers/oci/core-drg-attachment';
import { CoreIpsec } from '../../lib/providers/oci/core-ipsec';
import { CoreIpsecConnectionTunnelManagement } from '../../lib/providers/oci/core-ipsec-connection-tunnel-management';
import { CoreRouteTable } from '../../lib/providers/oci/core-route-table';
import { CoreVirtualCircuit } from '../../lib/providers/oci/core-virtual-circuit';
import { DataOciCoreFastConnectProviderServices } from '../../lib/providers/oci/data-oci-core-fast-connect-provider-services';
import { DataOciCoreIpsecConnectionTunnels } from '../../lib/providers/oci/data-oci-core-ipsec-connection-tunnels';
import { OciProvider } from '../../lib/providers/oci/provider';
import { runMeasured } from '../child';
import { buildBaseline } from './stacks';

runMeasured('baseline-deep', (app) => buildBaseline(app, {
  TerraformStack, TerraformOutput, TerraformVariable,
  AzurermProvider, Subnet, PublicIp, VirtualNetworkGateway, VirtualNetworkGatewayConnection, ExpressRouteCircuit, DataAzurermExpressRouteCircuit, LocalNetworkGateway,
  AwsProvider, VpnGateway, CustomerGateway, VpnConnection,
  GoogleProvider, ComputeRouter, ComputeHaVpnGateway, ComputeExternalVpnGateway, ComputeVpnTunnel, ComputeRouterInterface, ComputeRouterPeer,
  RandomProvider, Password,
  OciProvider, CoreDrg, CoreDrgAttachment, CoreRouteTable, CoreVirtualCircuit, DataOciCoreFastConnectProviderServices,
  CoreCpe, CoreIpsec, CoreIpsecConnectionTunnelManagement, DataOciCoreIpsecConnectionTunnels,
}));
