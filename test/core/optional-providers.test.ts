import { readdirSync } from 'fs';
import { dirname, join } from 'path';

// The prebuilt provider packages are optional peers (issue 16): an app that links Azure to OCI installs
// @cdktf/provider-azurerm (and @cdktf/provider-random for generated keys) and nothing else. Here the AWS and Google
// packages are made unresolvable, every module of them, before the library is loaded: loading it and synthesizing
// ExpressRouteToOracle work, and an AWS or Google construct fails with the package to install.

const MISSING = ['@cdktf/provider-aws', '@cdktf/provider-google'];

function makeUnresolvable(pkg: string): number {
  const libDir = join(dirname(require.resolve(`${pkg}/package.json`)), 'lib');
  const modules = [pkg, ...readdirSync(libDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${pkg}/lib/${e.name}`)];
  for (const m of modules) {
    jest.doMock(m, () => {
      const err = new Error(`Cannot find module '${m}'`) as Error & { code: string };
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    });
  }
  return modules.length;
}

beforeAll(() => {
  for (const pkg of MISSING) expect(makeUnresolvable(pkg)).toBeGreaterThan(100);
});

test('the mocks work: the AWS and Google packages cannot be loaded', () => {
  expect(() => require('@cdktf/provider-aws/lib/vpn-gateway')).toThrow(/Cannot find module/);
  expect(() => require('@cdktf/provider-google/lib/compute-router')).toThrow(/Cannot find module/);
});

test('the library loads and synthesizes ExpressRouteToOracle without the AWS and Google providers', () => {
  const lib = require('../../lib');
  const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
  const { TerraformStack, Testing } = require('cdktf');
  const app = Testing.app();
  const stack = new TerraformStack(app, 'azure-oracle');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new lib.OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const azure = new lib.AzureHub(stack, 'Azure', {
    resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27',
  });
  const oci = new lib.OciHub(stack, 'Oci', {
    compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.20.0.0/16'],
  });
  new lib.ExpressRouteToOracle(stack, 'Interconnect', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
  const json = JSON.parse(Testing.synth(stack));
  expect(Object.keys(json.resource)).toEqual(expect.arrayContaining(['azurerm_express_route_circuit', 'oci_core_virtual_circuit']));
});

test('an AWS construct fails with a ValidationError that names the package to install', () => {
  const lib = require('../../lib');
  const { TerraformStack, Testing } = require('cdktf');
  const stack = new TerraformStack(Testing.app(), 'aws');
  let error: unknown;
  try {
    new lib.AwsHub(stack, 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' });
  } catch (e) {
    error = e;
  }
  expect(lib.Errors.isValidationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/^\[aws\/Aws\] `peerDependencies` = "@cdktf\/provider-aws": AwsHub creates resources of the @cdktf\/provider-aws package/);
  expect((error as Error).message).toMatch(/Fix: npm install @cdktf\/provider-aws@\^21\.$/);
});

test('a Google construct fails the same way when it creates its first resource', () => {
  const lib = require('../../lib');
  const { TerraformStack, Testing } = require('cdktf');
  const stack = new TerraformStack(Testing.app(), 'gcp');
  const hub = new lib.GcpHub(stack, 'Gcp', { project: 'p', region: 'us-east4', network: 'vpc', subnetCidrs: ['10.40.0.0/16'] });
  expect(() => hub.vpnRouter()).toThrow(/Fix: npm install @cdktf\/provider-google@\^16\./);
});
