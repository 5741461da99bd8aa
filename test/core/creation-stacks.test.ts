import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { Fn, TerraformStack, Testing } from 'cdktf';
import { skipCreationStacks } from '../../lib/core/creation-stacks';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { ExpressRouteToOracle } from '../../lib/patterns/expressroute-to-oracle';
import { OciProvider } from '../../lib/providers/oci';

// cdktf formats a creation stack for every token and complex attribute object; the library's constructors skip
// that (as AWS CDK does unless CDK_DEBUG is set), and nothing else may change: see lib/core/creation-stacks.ts.

function build(): { stack: TerraformStack; pattern: ExpressRouteToOracle } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
  const azure = new AzureHub(stack, 'Azure', { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' });
  const oci = new OciHub(stack, 'Oci', { compartmentId: 'ocid1.compartment.oc1..aaaa', region: 'us-ashburn-1', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.20.0.0/16'], subnetCidrs: ['10.20.1.0/24'] });
  const pattern = new ExpressRouteToOracle(stack, 'Interconnect', { azure, oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 });
  return { stack, pattern };
}

/** The creation stack cdktf recorded for the ER gateway's `ip_configuration` list (a ComplexList). */
function gatewayListStack(stack: TerraformStack): string[] {
  const gw = stack.node.findAll().find((c) => c instanceof VirtualNetworkGateway) as VirtualNetworkGateway;
  return (gw.ipConfiguration as unknown as { creationStack: string[] }).creationStack;
}

const hookBefore = Error.prepareStackTrace;
afterEach(() => {
  delete process.env.CDK_DEBUG;
  expect(Error.prepareStackTrace).toBe(hookBefore);
});

test('objects the library creates record no creation stack; the app\'s own tokens still do', () => {
  const { stack } = build();
  expect(gatewayListStack(stack)).toEqual([]);
  const own = Fn.upper('x') as unknown;
  expect(own).toEqual(expect.any(String));
  // a token the app creates outside the library's constructors: cdktf keeps its stack (this test file is in it)
  const intrinsic = require('cdktf').Tokenization.reverseString(own).tokens[0] as { creationStack: string[] };
  expect(intrinsic.creationStack.join('\n')).toMatch(/creation-stacks\.test/);
});

test('CDK_DEBUG=true or 1 keeps the creation stacks (as in AWS CDK)', () => {
  for (const value of ['true', '1']) {
    process.env.CDK_DEBUG = value;
    const { stack } = build();
    expect(gatewayListStack(stack).join('\n')).toMatch(/ExpressRouteToOracle/);
  }
});

test('the synthesized configuration is the same with and without creation stacks', () => {
  const quiet = Testing.synth(build().stack);
  process.env.CDK_DEBUG = 'true';
  expect(Testing.synth(build().stack)).toBe(quiet);
});

test('fails when a constructor throws: the hook is restored and the error keeps its whole stack', () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  let thrown: Error | undefined;
  try {
    new AzureHub(stack, 'Azure', { resourceGroupName: 'rg', location: 'eastus', virtualNetworkName: 'vnet', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.99.0.0/27' });
  } catch (e) {
    thrown = e as Error;
  }
  expect(thrown?.message).toMatch(/gatewaySubnetCidr/);
  expect(Error.prepareStackTrace).toBe(hookBefore);
  expect(thrown?.stack).toMatch(/^ValidationError: [\s\S]*\n {4}at /);
});

test('an error first read inside a constructor is formatted by the hook the app had installed', () => {
  const calls: string[] = [];
  const appHook = (error: Error, frames: NodeJS.CallSite[]): string => {
    calls.push(error.message);
    return `custom ${error.message} (${frames.length} frames)`;
  };
  Error.prepareStackTrace = appHook;
  try {
    const end = skipCreationStacks();
    const nested = skipCreationStacks();
    const err = new Error('inside');
    const plain: { stack?: string } = {};
    Error.captureStackTrace(plain);
    expect(plain.stack).toBe('');
    expect(err.stack).toMatch(/^custom inside \(\d+ frames\)$/);
    nested();
    // still inside the outer constructor
    expect(Error.prepareStackTrace).not.toBe(appHook);
    end();
    end(); // a second call changes nothing
    expect(Error.prepareStackTrace).toBe(appHook);
    expect(calls).toEqual(['inside']);
  } finally {
    Error.prepareStackTrace = hookBefore;
  }
});

test('without an app hook, an error first read inside a constructor reads as Node writes it', () => {
  const end = skipCreationStacks();
  let inside: string | undefined;
  try {
    inside = new TypeError('bad').stack;
  } finally {
    end();
  }
  expect(inside).toMatch(/^TypeError: bad\n {4}at /);
});
