// Run-time argument checks (lib/core/guard-props.ts): what a JavaScript or other jsii-language caller passes is
// checked against the kinds the jsii assembly records, before anything reads it.
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import * as lib from '../../lib';
import { PROP_SHAPES } from '../../lib/plan/prop-shapes.generated';
import { isValidationError } from '../../lib/plan/errors';
import { expectValidationError } from '../support/errors';
import { AWS_HUB, AZURE_HUB, GCP_HUB, hubsStack, OCI_HUB, providerStack } from '../support/fixtures';

const anyLib = lib as unknown as Record<string, new (...args: unknown[]) => unknown>;
const constructors = PROP_SHAPES.entryPoints.filter(([name]) => !name.includes('.')).map(([name]) => name);

describe('every construct checks its arguments at run time', () => {
  test('the table covers every construct of the library (hubs, links, patterns)', () => {
    expect(constructors).toEqual(expect.arrayContaining(['AzureHub', 'AwsHub', 'GcpHub', 'OciHub', 'L2ProviderMultiCloud', 'L3ProviderMultiCloud', 'S2SVpnBackup', 'ExpressRouteToOracle', 'ExpressRouteLink', 'AwsVpnLink']));
    expect(constructors.length).toBeGreaterThanOrEqual(18);
  });

  test.each(constructors)('fails when %s is given no props (a ValidationError naming `props`, never a TypeError)', (name) => {
    const stack = providerStack();
    const scope = name === 'AzureVpnGateway' ? new lib.AzureHub(stack, 'Hub', AZURE_HUB) : stack;
    const param = PROP_SHAPES.entryPoints.find(([n]) => n === name)![1][2].n;
    expectValidationError(() => new anyLib[name](scope, 'X', undefined), { path: `${scope.node.path}/X`, property: param, value: undefined, rule: /^required: an? \w+ object/, fix: new RegExp(`set \`${param}\``) });
  });

  test.each(constructors)('fails when %s is given a scope that is not a construct', (name) => {
    expectValidationError(() => new anyLib[name]({ node: 'not a construct' }, 'X', {}), { property: 'scope', rule: /must be an? (Construct|AzureHubBase), got an object/, fix: /pass an? (Construct|AzureHubBase)/ });
  });
});

describe('kinds, with the property path and a fix', () => {
  test('fails when a required hub is missing (oci: undefined from JavaScript)', () => {
    const h = hubsStack();
    expectValidationError(() => new lib.ExpressRouteToOracle(h.stack, 'I', { azure: h.azure, oci: undefined as never, peeringLocation: 'Washington DC', bandwidthMbps: 1000 }), {
      path: 'test/I', property: 'oci', value: undefined, rule: /^required: an OciHub \(ExpressRouteToOracleProps\)/, fix: /set `oci`/,
    });
  });

  test('fails when a hub of the wrong cloud is passed', () => {
    const h = hubsStack();
    expectValidationError(() => new lib.ExpressRouteToOracle(h.stack, 'I', { azure: h.aws as never, oci: h.oci, peeringLocation: 'Washington DC', bandwidthMbps: 1000 }), {
      property: 'azure', rule: 'must be an AzureHubBase, got an AwsHub', fix: 'pass an AzureHubBase',
    });
  });

  test('fails when a plain string is passed where a sensitive variable belongs, without echoing it', () => {
    const h = hubsStack();
    const e = expectValidationError(() => new lib.L2ProviderMultiCloud(h.stack, 'L2', {
      azure: h.azure, customerRouterAsn: 65010, azureVlan: 100, serviceProviderName: 'Equinix', peeringLocation: 'Washington DC', bandwidthMbps: 1000,
      azureMd5Key: 'hunter2-secret' as never,
    }), { property: 'azureMd5Key', value: '(not shown)', rule: /must be a TerraformVariable, got a string \(not shown\)/, fix: 'pass a TerraformVariable' });
    expect(e.message).not.toContain('hunter2');
  });

  test('fails when a single string is passed where a list belongs', () => {
    const stack = providerStack();
    expectValidationError(() => new lib.AzureHub(stack, 'Hub', { ...AZURE_HUB, addressSpace: '10.0.0.0/16' as never }), {
      path: 'test/Hub', property: 'addressSpace', value: '10.0.0.0/16', rule: 'must be a list of strings, got the string "10.0.0.0/16"', fix: 'pass a list of strings',
    });
  });

  test('fails when a number is passed where a string belongs, and the other way round', () => {
    const stack = providerStack();
    expectValidationError(() => new lib.AzureHub(stack, 'A', { ...AZURE_HUB, namePrefix: 7 as never }), { property: 'namePrefix', value: 7, rule: 'must be a string, got the number 7', fix: 'pass a string' });
    expectValidationError(() => new lib.AwsHub(stack, 'W', { ...AWS_HUB, amazonSideAsn: '64512' as never }), { property: 'amazonSideAsn', value: '64512', rule: /must be a number, got the string "64512"/, fix: 'pass a number' });
  });

  test.each([NaN, Infinity, -Infinity])('fails when a number is %p', (n) => {
    const stack = providerStack();
    expectValidationError(() => new lib.AwsHub(stack, 'W', { ...AWS_HUB, amazonSideAsn: n }), { property: 'amazonSideAsn', rule: /a finite number is needed/, fix: 'pass a number' });
  });

  test('fails when a list holds something other than its kind, naming the element', () => {
    const stack = providerStack();
    expectValidationError(() => new lib.GcpHub(stack, 'G', { ...GCP_HUB, subnetCidrs: ['10.30.0.0/20', 42 as never] }), { property: 'subnetCidrs[1]', value: 42, rule: 'must be a string, got the number 42', fix: 'pass a string' });
    expectValidationError(() => new lib.GcpHub(stack, 'G2', { ...GCP_HUB, subnetCidrs: ['10.30.0.0/20', null as never] }), { property: 'subnetCidrs[1]', value: null });
  });

  test('fails when an enum value is not one of its members, suggesting the nearest', () => {
    const h = hubsStack();
    expectValidationError(() => new lib.S2SVpnBackup(h.stack, 'V', { azure: h.azure, aws: h.aws, role: 'backupp' as never }), {
      property: 'role', value: 'backupp', rule: 'must be a LinkRole ("primary", "backup"), got the string "backupp" (did you mean "backup"?)', fix: /pass a LinkRole/,
    });
    expectValidationError(() => new lib.S2SVpnBackup(h.stack, 'V2', { azure: h.azure, aws: h.aws, role: 'bogus' as never }), { property: 'role', rule: /^must be a LinkRole .*got the string "bogus"$/ });
  });

  test('fails when a prop name is misspelt (it would be silently ignored), suggesting the right one', () => {
    const stack = providerStack();
    const { addressSpace, ...rest } = AZURE_HUB;
    expectValidationError(() => new lib.AzureHub(stack, 'A', { ...rest, adressSpace: addressSpace } as never), { property: 'adressSpace', rule: 'not a property of AzureHubProps: it would be ignored', fix: 'did you mean `addressSpace`?' });
  });

  test.each([
    ['a trailing newline', '10.10.255.0/27\n', /control characters/],
    ['a leading space', ' 10.10.255.0/27', /must not start or end with spaces/],
    ['a tab inside', '10.10.255.0/\t27', /control characters/],
  ])('fails when a string has %s (it would be written to Terraform as given)', (_what, value, rule) => {
    const stack = providerStack();
    expectValidationError(() => new lib.AzureHub(stack, 'A', { ...AZURE_HUB, gatewaySubnetCidr: value }), { property: 'gatewaySubnetCidr', value, rule, fix: /remove them|use "10.10.255.0\/27"/ });
  });

  test('fails when a construct id has a line break (it would break file names and comments)', () => {
    const stack = providerStack();
    expectValidationError(() => new lib.AzureHub(stack, 'Hub\nrouter bgp 666', AZURE_HUB), { property: 'id', rule: /control characters/ });
  });

  test('fails when a method is given the wrong kind', () => {
    const h = hubsStack();
    expectValidationError(() => h.azure.expressRouteGateway({ sku: 3 as never }), { path: 'test/AzureHub', property: 'options.sku', value: 3, rule: 'must be a string, got the number 3' });
    expectValidationError(() => h.oci.routeToDrg('10.10.0.0/16' as never), { path: 'test/OciHub', property: 'cidrs', rule: /must be a list of strings/ });
  });

  test('the nearest valid values pass', () => {
    const h = hubsStack();
    expect(() => new lib.S2SVpnBackup(h.stack, 'V', { azure: h.azure, aws: h.aws, role: lib.LinkRole.BACKUP, azureAsn: 65515 })).not.toThrow();
    expect(() => new lib.GcpHub(h.stack, 'G2', { ...GCP_HUB, namePrefix: 'gcp2' })).not.toThrow();
    expect(() => new lib.OciHub(h.stack, 'O2', { ...OCI_HUB, freeformTags: { Team: 'network ops' } })).not.toThrow();
  });
});

describe('token policy: a prop takes a token only where its documentation says "Accepts a Terraform token"', () => {
  test('fails when a planning value (ASN, range, location) is a token, naming the property', () => {
    const stack = providerStack();
    const asn = new TerraformVariable(stack, 'asn', { type: 'number' });
    const ranges = new TerraformVariable(stack, 'ranges', { type: 'list(string)' });
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const rule = /^must be known at synth/;
    expectValidationError(() => new lib.AwsHub(stack, 'W1', { ...AWS_HUB, amazonSideAsn: asn.numberValue }), { property: 'amazonSideAsn', value: '(a Terraform token)', rule, fix: /only props whose documentation says "Accepts a Terraform token" take one/ });
    expectValidationError(() => new lib.GcpHub(stack, 'G1', { ...GCP_HUB, subnetCidrs: ranges.listValue }), { property: 'subnetCidrs', rule });
    expectValidationError(() => new lib.AzureHub(stack, 'A1', { ...AZURE_HUB, namePrefix: name.stringValue }), { property: 'namePrefix', rule });
    expectValidationError(() => new lib.GcpHub(stack, 'G2', { ...GCP_HUB, region: name.stringValue }), { property: 'region', rule });
  });

  test('ids of existing resources, tags and secrets may be tokens, and reach Terraform as references', () => {
    const stack = providerStack();
    const v = (id: string, type = 'string') => new TerraformVariable(stack, id, { type });
    new lib.AwsHub(stack, 'W', { ...AWS_HUB, vpcId: v('vpc').stringValue, routeTableIds: [v('rt').stringValue] });
    // a list whose length is unknown cannot be planned over (one route propagation per table)
    expectValidationError(() => new lib.AwsHub(stack, 'W2', { ...AWS_HUB, routeTableIds: v('rts', 'list(string)').listValue }), { property: 'routeTableIds', rule: /^must be known at synth/ });
    new lib.OciHub(stack, 'O', { ...OCI_HUB, compartmentId: v('c').stringValue, vcnId: v('vcn').stringValue });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values(json.resource.aws_vpn_gateway as Record<string, { vpc_id: string }>)[0].vpc_id).toBe('${var.vpc}');
    expect(Object.values(json.resource.aws_vpn_gateway_route_propagation as Record<string, { route_table_id: string }>)[0].route_table_id).toBe('${var.rt}');
    expect(Object.values(json.resource.oci_core_drg as Record<string, { compartment_id: string }>)[0].compartment_id).toBe('${var.c}');
  });

  test('the generated table marks exactly the props whose doc comment states it', () => {
    const marked = PROP_SHAPES.structs.flatMap(([s, props]) => props.filter((p) => p.k).map((p) => `${s}.${p.n}`));
    expect(marked).toEqual(expect.arrayContaining(['AwsHubProps.vpcId', 'OciHubProps.compartmentId', 'L2ProviderMultiCloudProps.customerRouterAsn', 'AzureHubProps.resourceGroupName']));
    expect(marked).not.toContain('AzureHubProps.addressSpace');
    expect(marked).not.toContain('ExpressRouteToOracleProps.bandwidthMbps');
  });
});

describe('from JavaScript: every wrong kind is a ValidationError, never a crash', () => {
  const wrongs: unknown[] = [undefined, null, 7, NaN, '', 'x', true, [], [1], {}, { a: 1 }, () => 1];
  const hubProps: Array<[string, Record<string, unknown>]> = [['AzureHub', { ...AZURE_HUB }], ['AwsHub', { ...AWS_HUB }], ['GcpHub', { ...GCP_HUB }], ['OciHub', { ...OCI_HUB }]];
  test.each(hubProps)('%s: each prop replaced by each wrong kind', (name, good) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    let n = 0;
    for (const key of Object.keys(good)) {
      for (const w of wrongs) {
        try {
          new anyLib[name](stack, `H${n++}`, { ...good, [key]: w });
        } catch (e) {
          if (!isValidationError(e)) throw new Error(`${name}.${key} = ${String(w)}: ${String(e)}`);
        }
      }
    }
    expect(n).toBe(Object.keys(good).length * wrongs.length);
  });
});

describe('the planning entry points that take records check them too', () => {
  const guarded = ['AppChecks.run', 'AppChecks.enforce', 'L3RoutePropagation.sessions', 'L3RoutePropagation.plan', 'RoutePropagation.compute',
    'RoutePropagation.paths', 'RoutePropagation.linkConstraints', 'RoutePropagation.pathOf', 'CustomerRouterPlanner.plan', 'CustomerRouterPlanner.warnings',
    'CustomerRouterPlanner.enforce', 'ConnectivityPlan.compose', 'ConnectivityPlan.mermaid', 'ConnectivityPlan.markdown', 'ConnectivityPlan.json'];
  test.each(guarded)('%s: a missing, malformed or misspelt record is a ValidationError naming the field, never a TypeError', (entry) => {
    const [cls, method] = entry.split('.');
    const fn = (lib as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[cls][method];
    const first = PROP_SHAPES.entryPoints.find(([n]) => n === entry)![1][0].n;
    expectValidationError(() => fn(), { property: first, value: undefined, rule: /^required: /, fix: new RegExp(`set \`${first}\``) });
    expectValidationError(() => fn('not a record'), { property: first, rule: /^must be /, fix: /^pass / });
    expectValidationError(() => fn({ nonsense: 1 }), { property: new RegExp(`^${first}(\\.|$)`), rule: /^required|^not a property|^must be a list of \w+ objects/, fix: /.+/ });
  });
});

describe('null', () => {
  test('fails when an optional prop is null (from JavaScript), telling to leave it out', () => {
    const h = hubsStack();
    expectValidationError(() => new lib.S2SVpnBackup(h.stack, 'V', { azure: h.azure, aws: h.aws, awsIkeVersions: null as never }), {
      path: 'test/V', property: 'awsIkeVersions', value: null, rule: 'null is not a value for this property', fix: 'leave `awsIkeVersions` out (undefined) for its default',
    });
  });
});
