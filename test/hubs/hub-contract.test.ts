import { IHub } from '../../lib/hubs/hub';
import { Cloud } from '../../lib/plan/facts/clouds';
import { hubsStack } from '../support/fixtures';

// Links and patterns read hubs only through IHub and the hubs' public getters: these are the values they see.
describe('IHub', () => {
  test.each([
    ['azure', Cloud.AZURE, ['10.10.0.0/16'], 'addressSpace', ['10.10.0.0/16'], 'addressSpace', 'eastus'],
    ['aws', Cloud.AWS, ['10.20.0.0/16'], 'vpcCidrs', ['10.20.0.0/16'], 'vpcCidrs', 'us-east-1'],
    ['gcp', Cloud.GCP, ['10.30.0.0/20'], 'subnetCidrs', ['10.30.0.0/20'], 'subnetCidrs', 'us-east4'],
    ['oci', Cloud.OCI, ['10.40.0.0/16'], 'vcnCidrs', ['10.40.1.0/24'], 'subnetCidrs', 'us-ashburn-1'],
  ])('the %s hub offers its cloud, ranges, advertised prefixes and region', (key, cloud, ranges, rangesProperty, advertised, advertisedProperty, region) => {
    const hubs = hubsStack() as unknown as { [key: string]: IHub };
    const hub = hubs[key as string];
    expect(hub.cloud).toBe(cloud);
    expect(hub.ranges).toEqual(ranges);
    expect(hub.rangesProperty).toBe(rangesProperty);
    expect(hub.advertisedPrefixes).toEqual(advertised);
    expect(hub.advertisedProperty).toBe(advertisedProperty);
    expect(hub.region).toBe(region);
    expect(hub.namePrefix).toBeTruthy();
  });

  test('the hubs carry the provider and tags their links use', () => {
    const { azure, aws } = hubsStack({ azure: { tags: { team: 'net' } }, aws: { tags: { team: 'net' } } });
    expect(azure.tags).toEqual({ team: 'net' });
    expect(aws.tags).toEqual({ team: 'net' });
    expect(azure.provider).toBeUndefined();
  });
});
