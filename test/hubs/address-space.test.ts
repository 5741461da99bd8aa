import { TerraformStack, Testing } from 'cdktf';
import { AwsHub, AwsHubProps } from '../../lib/hubs/aws-hub';
import { GcpHub, GcpHubProps } from '../../lib/hubs/gcp-hub';
import { OciHub } from '../../lib/hubs/oci-hub';
import { OCI_HUB } from '../support/fixtures';
import { expectValidationError } from '../support/errors';

// Address space a cloud refuses, at each hub: the sizes and ranges of limits.ts (AWS_VPC_CIDR_RULE,
// GCP_SUBNET_RULE, OCI_VCN_RULE, OCI_SUBNET_RULE, AWS_VPC_ASSOCIATION_RESTRICTIONS), each with its nearest valid value.

const stack = () => new TerraformStack(Testing.app(), 'test');
const AWS: AwsHubProps = { vpcId: 'vpc-1', vpcCidrs: ['10.30.0.0/16'], region: 'us-east-1' };
const GCP: GcpHubProps = { project: 'p', region: 'us-east4', network: 'net', subnetCidrs: ['10.40.0.0/20'] };
const warnings = (c: { node: { metadata: Array<{ type: string; data: unknown }> } }) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

describe('AwsHub vpcCidrs: a /16 to /28 (docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html)', () => {
  test.each([['10.0.0.0/15'], ['10.0.0.0/8'], ['10.30.0.0/29'], ['10.30.0.0/32']])('fails when a block is %p', (cidr) => {
    expectValidationError(() => new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: ['10.30.0.0/16', cidr] }), {
      path: 'test/Aws', property: 'vpcCidrs[1]', value: cidr, rule: /an AWS VPC CIDR block is a \/16 to \/28 \(docs\.aws\.amazon\.com\/vpc\/latest\/userguide\/vpc-cidr-blocks\.html/, fix: /\/16 blocks|\/28 or larger/,
    });
  });

  test.each([['10.0.0.0/16'], ['10.30.0.0/28']])('accepts %p, the nearest valid size', (cidr) => {
    expect(() => new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: [cidr] })).not.toThrow();
  });

  test('the fix for a block too large names the first /16 inside it', () => {
    expectValidationError(() => new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: ['10.64.0.0/10'] }), { property: 'vpcCidrs[0]', rule: /\/16 to \/28/, fix: /split it into \/16 blocks \(e\.g\. 10\.64\.0\.0\/16\)/ });
  });

  test.each([
    ['10.30.0.0/16', '172.20.0.0/16', /primary block is in 10\.0\.0\.0\/8 cannot add a block from another RFC 1918 range \(172\.16\.0\.0\/12\)/],
    ['192.168.0.0/16', '10.1.0.0/16', /primary block is in 192\.168\.0\.0\/16 cannot add a block from another RFC 1918 range \(10\.0\.0\.0\/8\)/],
    ['10.30.0.0/16', '198.19.0.0/16', /cannot add a block from 198\.19\.0\.0\/16/],
    ['100.64.0.0/16', '10.1.0.0/16', /primary block 100\.64\.0\.0\/16 is not in an RFC 1918 range cannot add an RFC 1918 block/],
    ['198.19.0.0/16', '192.168.0.0/16', /not in an RFC 1918 range cannot add an RFC 1918 block/],
  ])('fails when the primary block is %p and a later one %p (association restrictions)', (primary, other, rule) => {
    expectValidationError(() => new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: [primary, other] }), {
      property: 'vpcCidrs[1]', value: other, rule, fix: /list the VPC's primary block first/,
    });
  });

  test.each([
    ['10.30.0.0/16', '10.31.0.0/16'], ['10.30.0.0/16', '100.64.0.0/16'], ['10.30.0.0/16', '203.0.113.0/24'], ['100.64.0.0/16', '203.0.113.0/24'],
  ])('accepts the primary block %p with %p', (primary, other) => {
    expect(() => new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: [primary, other] })).not.toThrow();
  });

  test('warns (once) about 172.17.0.0/16, which AWS accepts but advises against', () => {
    const hub = new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: ['172.17.0.0/16'] });
    expect(warnings(hub)).toEqual([expect.stringMatching(/^`vpcCidrs\[0\]` = "172\.17\.0\.0\/16": it overlaps 172\.17\.0\.0\/16, used by some AWS services .*vpc-cidr-blocks\.html.*Fix: use another private range/)]);
    expect(warnings(new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: ['172.18.0.0/16'] }))).toEqual([]);
    expect(warnings(new AwsHub(stack(), 'Aws', { ...AWS, vpcCidrs: ['172.16.0.0/16'] }))).toEqual([]);
  });
});

describe('GcpHub subnetCidrs: /8 to /29, outside the prohibited ranges (cloud.google.com/vpc/docs/subnets)', () => {
  test.each([['10.0.0.0/7'], ['10.40.0.0/30']])('fails when a subnet is %p', (cidr) => {
    expectValidationError(() => new GcpHub(stack(), 'Gcp', { ...GCP, subnetCidrs: ['10.40.0.0/20', cidr] }), {
      path: 'test/Gcp', property: 'subnetCidrs[1]', value: cidr, rule: /a Google Cloud subnet primary IPv4 range is a \/8 to \/29 \(cloud\.google\.com\/vpc\/docs\/subnets/, fix: /\/8 blocks|\/29 or larger/,
    });
  });

  test.each([['10.0.0.0/8'], ['10.40.0.0/29']])('accepts %p, the nearest valid size', (cidr) => {
    expect(() => new GcpHub(stack(), 'Gcp', { ...GCP, subnetCidrs: [cidr] })).not.toThrow();
  });

  test.each([
    ['0.1.0.0/16', '0.0.0.0/8'], ['127.0.0.0/16', '127.0.0.0/8'], ['169.254.10.0/24', '169.254.0.0/16'], ['224.0.0.0/24', '224.0.0.0/4'],
    ['239.255.255.0/24', '224.0.0.0/4'], ['199.36.153.0/29', '199.36.153.4/30'], ['199.36.153.8/29', '199.36.153.8/30'],
  ])('fails when a subnet is %p, in the prohibited %p', (cidr, hit) => {
    expectValidationError(() => new GcpHub(stack(), 'Gcp', { ...GCP, subnetCidrs: [cidr] }), {
      property: 'subnetCidrs[0]', value: cidr, rule: new RegExp(`it overlaps ${hit.replace(/\./g, '\\.')} .*Prohibited IPv4 subnet ranges`), fix: /RFC 1918/,
    });
  });

  test.each([['1.0.0.0/16'], ['126.255.255.0/24'], ['128.0.0.0/16'], ['169.253.0.0/16'], ['169.255.0.0/16'], ['223.255.255.0/24'], ['240.0.0.0/8'], ['199.36.153.16/29']])('accepts %p, next to the prohibited ranges', (cidr) => {
    expect(() => new GcpHub(stack(), 'Gcp', { ...GCP, subnetCidrs: [cidr] })).not.toThrow();
  });
});

describe('OciHub vcnCidrs and subnetCidrs: /16 to /30, outside the ranges OCI reserves', () => {
  test.each([['10.0.0.0/15'], ['10.40.0.0/31']])('fails when a VCN block is %p', (cidr) => {
    expectValidationError(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: ['10.40.0.0/16', cidr], subnetCidrs: undefined }), {
      path: 'test/Oci', property: 'vcnCidrs[1]', value: cidr, rule: /an OCI VCN CIDR block is a \/16 to \/30 \(.*core_vcn/, fix: /\/16 blocks|\/30 or larger/,
    });
  });

  test.each([['10.50.0.0/16'], ['10.50.0.0/30']])('accepts the VCN block %p, the nearest valid size', (cidr) => {
    expect(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: ['10.40.0.0/16', cidr], subnetCidrs: undefined })).not.toThrow();
  });

  test.each([['169.254.0.0/16', '169.254.0.0/16'], ['224.0.0.0/16', '224.0.0.0/4'], ['240.0.0.0/16', '240.0.0.0/4'], ['255.255.255.252/30', '240.0.0.0/4']])('fails when a VCN block is %p, in %p', (cidr, hit) => {
    expectValidationError(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: [cidr], subnetCidrs: undefined }), {
      property: 'vcnCidrs[0]', value: cidr, rule: new RegExp(`it overlaps ${hit.replace(/\./g, '\\.')} .*reserved by OCI`), fix: /RFC 1918/,
    });
  });

  test.each([['169.253.0.0/16'], ['169.255.0.0/16'], ['223.255.0.0/16']])('accepts the VCN block %p, next to the reserved ranges', (cidr) => {
    expect(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: [cidr], subnetCidrs: undefined })).not.toThrow();
  });

  test('fails when a subnet is smaller than a /30; a /30 is fine', () => {
    expectValidationError(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: ['10.40.0.0/16'], subnetCidrs: ['10.40.1.0/24', '10.40.2.0/31'] }), {
      property: 'subnetCidrs[1]', value: '10.40.2.0/31', rule: /an OCI subnet CIDR block is a \/16 to \/30/, fix: /\/30 or larger/,
    });
    expect(() => new OciHub(stack(), 'Oci', { ...OCI_HUB, vcnCidrs: ['10.40.0.0/16'], subnetCidrs: ['10.40.1.0/24', '10.40.2.0/30'] })).not.toThrow();
  });
});
