import { TerraformStack, Testing } from 'cdktf';
import { AwsHub } from '../../lib/hubs/aws-hub';
import { AzureHub } from '../../lib/hubs/azure-hub';
import { GcpHub } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { ExpressRouteLink } from '../../lib/links/expressroute';
import { nearestListed, requireListed } from '../../lib/plan/facts/listed-names';
import { AWS_REGIONS, AZURE_LOCATIONS, EXPRESSROUTE_PEERING_LOCATIONS, GCP_REGIONS, OCI_REGIONS } from '../../lib/plan/facts/regions';

const stack = () => new TerraformStack(Testing.app(), 'test');
const AZURE = { resourceGroupName: 'rg-net', virtualNetworkName: 'vnet-hub', addressSpace: ['10.10.0.0/16'], gatewaySubnetCidr: '10.10.255.0/27' };
const OCI = { compartmentId: 'ocid1.compartment.oc1..aaaa', vcnId: 'ocid1.vcn.oc1.iad.aaaa', vcnCidrs: ['10.40.0.0/16'], subnetCidrs: ['10.40.1.0/24'] };

describe('the published name lists', () => {
  test.each([
    ['Azure locations', AZURE_LOCATIONS, ['eastus', 'eastus2', 'westeurope', 'uksouth', 'southeastasia', 'japaneast']],
    ['AWS regions', AWS_REGIONS, ['us-east-1', 'eu-west-1', 'ap-northeast-1', 'ap-southeast-1']],
    ['Google regions', GCP_REGIONS, ['us-east4', 'us-central1', 'europe-west3']],
    ['OCI regions', OCI_REGIONS, ['us-ashburn-1', 'eu-frankfurt-1', 'uk-london-1', 'sa-vinhedo-1']],
    ['ExpressRoute peering locations', EXPRESSROUTE_PEERING_LOCATIONS, ['Washington DC', 'Silicon Valley', 'Amsterdam2', 'London', 'Tokyo', 'Campinas']],
  ])('%s: sorted, no duplicates, a source and a snapshot date, and the names the examples use', (_, list, known) => {
    expect(list.names.length).toBeGreaterThan(10);
    expect(new Set(list.names).size).toBe(list.names.length);
    expect(list.source.length).toBeGreaterThan(10);
    expect(list.snapshot).toMatch(/^20\d\d-\d\d-\d\d$/);
    for (const n of known) expect(list.names).toContain(n);
  });

  test.each([
    ['east-us', AZURE_LOCATIONS, 'eastus'],
    ['East US 2', AZURE_LOCATIONS, 'eastus2'],
    ['us-east-4', GCP_REGIONS, 'us-east4'],
    ['us-ashburn1', OCI_REGIONS, 'us-ashburn-1'],
    ['Washingtn DC', EXPRESSROUTE_PEERING_LOCATIONS, 'Washington DC'],
    ['us-east-01', AWS_REGIONS, 'us-east-1'],
  ])('%p: did you mean the listed name nearest to it', (typo, list, near) => {
    expect(nearestListed(typo as string, list as typeof AZURE_LOCATIONS)).toBe(near);
    expect(() => requireListed(typo as string, list as typeof AZURE_LOCATIONS, 'p', 'a name', 'allowUnlisted')).toThrow(`did you mean "${near}"?`);
  });
});

describe('every hub and the ExpressRoute link check their names against the lists', () => {
  test.each([['east-us', 'eastus'], ['us-east-1', undefined]])('fails when AzureHub.location is %p', (location, near) => {
    expect(() => new AzureHub(stack(), 'Hub', { ...AZURE, location }))
      .toThrow(new RegExp(`\\[test/Hub\\] \`location\` = "${location}": not an Azure location \\(the list read from .* on 20\\d\\d-\\d\\d-\\d\\d\\)\\. Fix: ${near ? `did you mean "${near}"\\? or, for a name newer than that list` : 'use a name from that list, or, for a name newer than it'}, set allowUnlistedLocation: true`));
    expect(() => new AzureHub(stack(), 'Hub', { ...AZURE, location, allowUnlistedLocation: true })).not.toThrow();
  });

  test('fails when AwsHub.region is an Azure location, GcpHub.region a typo, OciHub.region a typo (blaming region, not peeringLocation)', () => {
    expect(() => new AwsHub(stack(), 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'eastus' })).toThrow(/`region` = "eastus": not an AWS region/);
    expect(() => new GcpHub(stack(), 'Gcp', { project: 'p', region: 'us-east-4', network: 'n', subnetCidrs: ['10.50.0.0/20'] })).toThrow(/`region` = "us-east-4": not a Google Cloud region.*did you mean "us-east4"/);
    expect(() => new OciHub(stack(), 'Oci', { ...OCI, region: 'us-ashburn1' })).toThrow(/\[test\/Oci\] `region` = "us-ashburn1": not an OCI region.*did you mean "us-ashburn-1"/);
    expect(() => new AwsHub(stack(), 'Aws', { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' })).not.toThrow();
  });

  test('fails when a provider circuit\'s peeringLocation is not an ExpressRoute peering location', () => {
    const s = stack();
    const hub = new AzureHub(s, 'Hub', { ...AZURE, location: 'eastus' });
    expect(() => new ExpressRouteLink(s, 'Er', { hub, serviceProviderName: 'Equinix', peeringLocation: 'Washingtn DC', bandwidthMbps: 1000, propertyPrefix: 'azure' }))
      .toThrow(/`azurePeeringLocation` = "Washingtn DC": not an ExpressRoute peering location.*did you mean "Washington DC"/);
    expect(() => new ExpressRouteLink(s, 'Er2', { hub, serviceProviderName: 'Equinix', peeringLocation: 'Washingtn DC', bandwidthMbps: 1000, allowUnlistedPeeringLocation: true })).not.toThrow();
  });
});
