import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { App } from 'cdktf';
import { buildExamples } from '../examples/app';
import * as oci from '../lib/providers/oci';
import { ProviderRules } from '../lib/plan/facts/provider-rules';
import { configurationErrors, terraformAvailable, terraformValidate, withoutJudging } from './support/terraform-check';

// The judges themselves: they must catch what they are there to catch (test/support/terraform-check.ts runs them
// on every stack the suite synthesizes).

const ROOT = join(__dirname, '..');

/** Every Terraform type the library's source can emit: the deep-imported prebuilt classes and the OCI bindings. */
function emittedTypes(): string[] {
  const types = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/from '(@cdktf\/provider-[a-z]+\/lib\/[a-z0-9-]+)'/g)) {
          if (m[1].endsWith('/provider')) continue;
          const mod = require(m[1]) as Record<string, { tfResourceType?: string }>;
          for (const cls of Object.values(mod)) {
            if (typeof cls === 'function' && cls.tfResourceType) types.add(`${m[1].includes('/lib/data-') ? 'data.' : ''}${cls.tfResourceType}`);
          }
        }
      }
    }
  };
  walk(join(ROOT, 'lib'));
  for (const [name, cls] of Object.entries(oci as Record<string, { tfResourceType?: string }>)) {
    if (typeof cls === 'function' && cls.tfResourceType && cls.tfResourceType !== 'oci') types.add(`${name.startsWith('DataOci') ? 'data.' : ''}${cls.tfResourceType}`);
  }
  return [...types].sort();
}

describe('the pinned providers\' rules', () => {
  test('cover every resource and data source type the library emits, each rule with a source', () => {
    const covered = new Set(ProviderRules.resourceTypes());
    const emitted = emittedTypes();
    expect(emitted.length).toBeGreaterThan(30);
    expect(emitted.filter((t) => !covered.has(t))).toEqual([]);
    for (const r of ProviderRules.all()) {
      // aws: lines from the stored copy nearest 6.25 (the tag itself is too large to fetch here), marked `@copy-<id>`
      expect(r.source).toMatch(/terraform-provider-(azurerm|aws|google|oci|random) (v\d|@copy-\d+)|https:\/\//);
    }
  });

  test('catch the three defects of the first review', () => {
    const stack = {
      resource: {
        azurerm_express_route_port: { p: { link1: { macsec_cipher: 'GcmAesXpn256' }, link2: { macsec_cipher: 'GcmAes256' } } },
        aws_dx_transit_virtual_interface: { v: { bgp_asn: 4200000010, connection_id: 'dxcon-1', name: 'vif', vlan: 10, address_family: 'ipv4', dx_gateway_id: '${aws_dx_gateway.g.id}' } },
      },
    };
    const findings = ProviderRules.check(stack);
    expect(findings).toEqual(expect.arrayContaining([
      expect.stringMatching(/^azurerm_express_route_port\.p: link1\.macsec_cipher = "GcmAesXpn256": .*must be one of "GcmAes128", "GcmAes256"/),
      expect.stringMatching(/^aws_dx_transit_virtual_interface\.v: bgp_asn = 4200000010: .*between 1 and 2147483647/),
    ]));
    expect(findings.filter((f) => f.includes('link2'))).toEqual([]);
  });

  test('let Terraform expressions through (known only at apply) and judge conditional rules only when they apply', () => {
    expect(ProviderRules.check({ resource: { azurerm_express_route_port: { p: { link1: { macsec_cipher: '${var.cipher}' } } } } }).filter((f) => f.includes('macsec_cipher'))).toEqual([]);
    const conn = (type: string) => ({ resource: { azurerm_virtual_network_gateway_connection: { c: { name: 'c', location: 'eastus', resource_group_name: 'rg', type, virtual_network_gateway_id: '${azurerm_virtual_network_gateway.g.id}' } } } });
    expect(ProviderRules.check(conn('ExpressRoute'))).toEqual([expect.stringMatching(/express_route_circuit_id is missing: .* when type is "ExpressRoute"/)]);
  });

  test('validate one value at the user\'s property, with the rule and the fix', () => {
    expect(() => ProviderRules.enforce('azurerm_express_route_port', 'link1.macsec_cipher', 'GcmAesXpn128', 'macsecCipher', 'use GcmAes256'))
      .toThrow(/`macsecCipher` = "GcmAesXpn128": .*terraform-provider-azurerm v4.55.0 .*Fix: use GcmAes256/);
    expect(() => ProviderRules.enforce('azurerm_express_route_port', 'link1.macsec_cipher', 'GcmAes128', 'macsecCipher', 'x')).not.toThrow();
  });
});

const tf = terraformAvailable();
(tf ? describe : describe.skip)(`terraform validate (Terraform ${tf ?? 'not installed'})`, () => {
  test('refuses `${...}` in depends_on and reports nothing else but the missing providers', async () => {
    const bad = { resource: { null_resource: { a: {}, b: { depends_on: ['${null_resource.a}'] } } } };
    const good = { resource: { null_resource: { a: {}, b: { depends_on: ['null_resource.a'] } } } };
    const results = await terraformValidate([{ name: 'bad', json: JSON.stringify(bad) }, { name: 'good', json: JSON.stringify(good) }]);
    expect(results.map((r) => r.stack)).toEqual(['bad']);
    expect(results[0].errors[0].summary).toBe('Invalid expression');
    expect(configurationErrors([{ severity: 'error', summary: 'Missing required provider' }])).toEqual([]);
  });
});

describe('the examples app', () => {
  test('synthesizes every stack (each judged by terraform validate and the provider rules when this file ends)', () => {
    const app = new App({ outdir: join(require('os').tmpdir(), `examples-${process.pid}`) });
    buildExamples(app);
    expect(() => app.synth()).not.toThrow();
  });

  test('the examples in apply 2 (DEPLOY_STAGE=connect) synthesize too', () => {
    const before = process.env.DEPLOY_STAGE;
    process.env.DEPLOY_STAGE = 'connect';
    try {
      const app = new App({ outdir: join(require('os').tmpdir(), `examples-connect-${process.pid}`) });
      buildExamples(app);
      expect(() => app.synth()).not.toThrow();
    } finally {
      if (before === undefined) delete process.env.DEPLOY_STAGE;
      else process.env.DEPLOY_STAGE = before;
    }
  });
});

describe('at synth, before Terraform', () => {
  test('fails app.synth() when an override writes a value the pinned provider refuses, naming resource, attribute, value and rule', () => {
    const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
    const { TerraformStack } = require('cdktf');
    const { AzureHub } = require('../lib/hubs/azure-hub');
    const app = new App({ outdir: join(require('os').tmpdir(), `override-${process.pid}`) });
    const stack = new TerraformStack(app, 'hub');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const hub = new AzureHub(stack, 'Hub', { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' });
    hub.expressRouteGateway({}).addOverride('sku', 'ErGw9AZ');
    expect(() => withoutJudging(() => app.synth())).toThrow(/\[hub\] the pinned provider or the cloud's API would refuse azurerm_virtual_network_gateway\.Hub_ExpressRouteGateway_[0-9A-F]+: sku = "ErGw9AZ": .*must be one of .*"ErGw1AZ"/);
  });

  test('fails app.synth() when two stacks declare one Azure resource name in one resource group (names compared without case)', () => {
    const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
    const { TerraformStack } = require('cdktf');
    const { AzureHub } = require('../lib/hubs/azure-hub');
    const app = new App({ outdir: join(require('os').tmpdir(), `names-${process.pid}`) });
    const hubIn = (stackId: string, vnet: string, prefix: string, octet: number) => {
      const s = new TerraformStack(app, stackId);
      new AzurermProvider(s, 'azurerm', { features: [{}] });
      return new AzureHub(s, 'Hub', { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: vnet, addressSpace: [`10.${octet}.0.0/16`], gatewaySubnetCidr: `10.${octet}.255.0/27`, namePrefix: prefix });
    };
    hubIn('east', 'vnet-a', 'hub', 10).expressRouteGateway();
    hubIn('west', 'vnet-b', 'HUB', 20).expressRouteGateway();
    expect(() => withoutJudging(() => app.synth())).toThrow(/\[west\] azurerm_virtual_network_gateway "HUB-.*" in resource group "rg-net" is declared twice \(east: azurerm_virtual_network_gateway\.Hub_ExpressRouteGateway_[0-9A-F]+ and west: .*already exists/);
  });

  test('two GatewaySubnets in two VNets of one resource group are fine', () => {
    const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
    const { TerraformStack } = require('cdktf');
    const { AzureHub } = require('../lib/hubs/azure-hub');
    const app = new App({ outdir: join(require('os').tmpdir(), `subnets-${process.pid}`) });
    for (const [id, vnet, octet] of [['east', 'vnet-a', 10], ['west', 'vnet-b', 20]] as const) {
      const s = new TerraformStack(app, id);
      new AzurermProvider(s, 'azurerm', { features: [{}] });
      new AzureHub(s, 'Hub', { resourceGroupName: 'rg-net', location: 'eastus', virtualNetworkName: vnet, addressSpace: [`10.${octet}.0.0/16`], gatewaySubnetCidr: `10.${octet}.255.0/27` });
    }
    expect(() => app.synth()).not.toThrow();
  });
});
