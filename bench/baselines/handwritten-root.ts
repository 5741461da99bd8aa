// Intentional root imports: this file IS the measured root-import baseline (the way cdktf's docs import providers).
// One measured run of the hand-written baseline, provider classes imported from the package roots as cdktf's docs show
// (`import { expressRouteCircuit } from '@cdktf/provider-azurerm'`); the OCI classes from the root (index) of the
// library's bindings, as no prebuilt OCI package exists. Prints one JSON line like `bench/synth-examples.ts`.
import { customerGateway, provider as awsProvider, vpnConnection, vpnGateway } from '@cdktf/provider-aws';
import {
  dataAzurermExpressRouteCircuit, expressRouteCircuit, localNetworkGateway, provider as azurermProvider, publicIp, subnet, virtualNetworkGateway, virtualNetworkGatewayConnection,
} from '@cdktf/provider-azurerm';
import {
  computeExternalVpnGateway, computeHaVpnGateway, computeRouter, computeRouterInterface, computeRouterPeer, computeVpnTunnel, provider as googleProvider,
} from '@cdktf/provider-google';
import { password, provider as randomProvider } from '@cdktf/provider-random';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import {
  CoreCpe, CoreDrg, CoreDrgAttachment, CoreIpsec, CoreIpsecConnectionTunnelManagement, CoreRouteTable, CoreVirtualCircuit,
  DataOciCoreFastConnectProviderServices, DataOciCoreIpsecConnectionTunnels, OciProvider,
} from '../../lib/providers/oci';
import { runMeasured } from '../child';
import { buildBaseline } from './stacks';

runMeasured('baseline-root', (app) => buildBaseline(app, {
  TerraformStack, TerraformOutput, TerraformVariable,
  AzurermProvider: azurermProvider.AzurermProvider,
  Subnet: subnet.Subnet,
  PublicIp: publicIp.PublicIp,
  VirtualNetworkGateway: virtualNetworkGateway.VirtualNetworkGateway,
  VirtualNetworkGatewayConnection: virtualNetworkGatewayConnection.VirtualNetworkGatewayConnection,
  ExpressRouteCircuit: expressRouteCircuit.ExpressRouteCircuit,
  DataAzurermExpressRouteCircuit: dataAzurermExpressRouteCircuit.DataAzurermExpressRouteCircuit,
  LocalNetworkGateway: localNetworkGateway.LocalNetworkGateway,
  AwsProvider: awsProvider.AwsProvider,
  VpnGateway: vpnGateway.VpnGateway,
  CustomerGateway: customerGateway.CustomerGateway,
  VpnConnection: vpnConnection.VpnConnection,
  GoogleProvider: googleProvider.GoogleProvider,
  ComputeRouter: computeRouter.ComputeRouter,
  ComputeHaVpnGateway: computeHaVpnGateway.ComputeHaVpnGateway,
  ComputeExternalVpnGateway: computeExternalVpnGateway.ComputeExternalVpnGateway,
  ComputeVpnTunnel: computeVpnTunnel.ComputeVpnTunnel,
  ComputeRouterInterface: computeRouterInterface.ComputeRouterInterface,
  ComputeRouterPeer: computeRouterPeer.ComputeRouterPeer,
  RandomProvider: randomProvider.RandomProvider,
  Password: password.Password,
  OciProvider, CoreDrg, CoreDrgAttachment, CoreRouteTable, CoreVirtualCircuit, DataOciCoreFastConnectProviderServices,
  CoreCpe, CoreIpsec, CoreIpsecConnectionTunnelManagement, DataOciCoreIpsecConnectionTunnels,
}));
