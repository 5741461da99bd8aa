import { fail } from '../errors';
import { AddressSpaceRule, AWS_VPC_ASSOCIATION_RESTRICTIONS } from '../facts/limits';
import { Cidr } from './cidr';

/**
 * The address space a cloud accepts for one kind of network (a VPC, a Google subnet, a VCN, an OCI subnet), checked
 * against the rule tabled with its source in `facts/limits.ts`. Pure TypeScript, no cdktf.
 */

/**
 * Check each block of `cidrs` (the value of `property`, already parsed) against `rule`: throws on a block of a size
 * the cloud refuses or one that overlaps a range it refuses; returns one warning per block that overlaps a range it
 * advises against, naming `property[i]`.
 */
export function checkAddressSpace(cidrs: Cidr[], texts: string[], property: string, rule: AddressSpaceRule): string[] {
  const warnings: string[] = [];
  cidrs.forEach((c, i) => {
    const prop = `${property}[${i}]`;
    if (c.version !== 4) return; // the rules are for IPv4; IPv6 ranges are assigned by the clouds
    if (c.prefixLength < rule.minPrefixLength || c.prefixLength > rule.maxPrefixLength) {
      const nearest = c.prefixLength < rule.minPrefixLength
        ? `split it into /${rule.minPrefixLength} blocks (e.g. ${c.networkAddress}/${rule.minPrefixLength})`
        : `use a /${rule.maxPrefixLength} or larger block`;
      fail(prop, texts[i], `${rule.network} is a /${rule.minPrefixLength} to /${rule.maxPrefixLength} (${rule.sizeSource})`, `${nearest}, and list the network's blocks as the cloud holds them`);
    }
    const hit = rule.reserved.find((r) => Cidr.parse(r.cidr).overlaps(c));
    if (hit) {
      fail(prop, texts[i], `it overlaps ${hit.cidr} (${hit.what}), which ${rule.network} cannot use (${rule.rangesSource})`, 'use a private (RFC 1918) range, or a public range you own outside the reserved ones');
    }
    const advised = rule.discouraged.find((r) => Cidr.parse(r.cidr).overlaps(c));
    if (advised) {
      warnings.push(`\`${prop}\` = ${JSON.stringify(texts[i])}: it overlaps ${advised.cidr}, ${advised.what}; the cloud accepts it but advises against it (${rule.rangesSource}). Fix: use another private range for new networks; for an existing one, keep those services out of it.`);
    }
  });
  return warnings;
}

type Family = 'rfc1918' | 'benchmark' | 'other';

function family(c: Cidr): { family: Family; range?: string } {
  const r = AWS_VPC_ASSOCIATION_RESTRICTIONS.rfc1918.find((x) => Cidr.parse(x).contains(c));
  if (r) return { family: 'rfc1918', range: r };
  if (Cidr.parse(AWS_VPC_ASSOCIATION_RESTRICTIONS.benchmark).overlaps(c)) return { family: 'benchmark' };
  return { family: 'other' };
}

/**
 * AWS: the blocks of one VPC after the first (the primary) must be allowed next to it (the association restrictions
 * table of the VPC user guide); throws naming `property[i]` of the first block AWS would refuse to associate.
 */
export function checkAwsVpcAssociations(cidrs: Cidr[], texts: string[], property: string): void {
  const v4 = cidrs.map((c, i) => ({ c, i })).filter((x) => x.c.version === 4);
  if (v4.length < 2) return;
  const primary = family(v4[0].c);
  const src = `${AWS_VPC_ASSOCIATION_RESTRICTIONS.source} (verify)`;
  for (const { c, i } of v4.slice(1)) {
    const f = family(c);
    let why: string | undefined;
    if (f.family === 'benchmark' && primary.family !== 'benchmark') why = `a VPC whose primary block is ${texts[v4[0].i]} cannot add a block from ${AWS_VPC_ASSOCIATION_RESTRICTIONS.benchmark}`;
    else if (f.family === 'rfc1918' && primary.family === 'rfc1918' && f.range !== primary.range) why = `a VPC whose primary block is in ${primary.range} cannot add a block from another RFC 1918 range (${f.range})`;
    else if (f.family === 'rfc1918' && primary.family !== 'rfc1918') why = `a VPC whose primary block ${texts[v4[0].i]} is not in an RFC 1918 range cannot add an RFC 1918 block`;
    if (why) fail(`${property}[${i}]`, texts[i], `${why} (${src})`, `list the VPC's primary block first; add blocks from ${primary.range ?? 'the same kind of range as the primary'} only, or use another VPC`);
  }
}
