import { Asn, AsnRole } from '../../lib/plan/addressing/asn';
import { Cidr, findOverlap, parseAll } from '../../lib/plan/addressing/cidr';
import { PeeringAllocator, PeeringKind, PeeringRules } from '../../lib/plan/addressing/peering';
import { Vlan, VlanRegistry } from '../../lib/plan/addressing/vlan';
import { ValidationError } from '../../lib/plan/errors';
import { Cloud } from '../../lib/plan/facts/clouds';
import { EdgeBehaviours, EdgeKind, edgeBehaviour } from '../../lib/plan/facts/edges';
import { SessionType, vpnGatewaySku } from '../../lib/plan/facts/limits';
import { OracleInterconnect } from '../../lib/plan/facts/oracle-interconnect';
import { ProviderCatalog } from '../../lib/plan/facts/partners';
import { guard } from '../../lib/plan/guards';
import { DhGroup, IkeResolver, PfsGroup, VpnEndpointKind } from '../../lib/plan/ipsec';
import { PrefixBudget } from '../../lib/plan/routing/budget';

// Arguments of the wrong kind or out of range, as a JavaScript caller (no type checker) can pass them: each call
// throws a ValidationError naming the argument, never a TypeError or RangeError; the nearest valid value passes.

/** Run `f` and return the ValidationError it throws (failing the test on any other outcome). */
function refused(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw new Error(`expected a ValidationError, got ${String(e)}`);
  }
  throw new Error('expected a ValidationError, got a result');
}

const NOT_NUMBERS: unknown[] = [1.5, NaN, Infinity, -Infinity, '24', null, undefined, {}, [], 2 ** 64];

describe('guard', () => {
  test.each([1.5, NaN, Infinity, '3', null, {}, 2 ** 60])('integer refuses %p and names the property', (v) => {
    expect(refused(() => guard.integer(v, 'count', { min: 0, max: 10 })).property).toBe('count');
  });

  test('integer accepts the bounds and refuses one past them', () => {
    expect(guard.integer(0, 'n', { min: 0, max: 10 })).toBe(0);
    expect(guard.integer(10, 'n', { min: 0, max: 10 })).toBe(10);
    expect(refused(() => guard.integer(11, 'n', { min: 0, max: 10 })).rule).toMatch(/from 0 to 10/);
    expect(refused(() => guard.integer(-1, 'n', { min: 0, max: 10 })).rule).toMatch(/from 0 to 10/);
  });

  test('string, array, object, boolean and oneOf refuse other kinds', () => {
    expect(refused(() => guard.string(5, 's')).rule).toMatch(/a number/);
    expect(refused(() => guard.string('x'.repeat(11), 's', { maxLength: 10 })).rule).toMatch(/at most 10/);
    expect(refused(() => guard.array('a,b', 'list')).rule).toMatch(/array/);
    expect(refused(() => guard.array([1, 'x'], 'list', guard.integer)).property).toBe('list[1]');
    expect(refused(() => guard.object(null, 'o')).rule).toMatch(/null/);
    expect(refused(() => guard.object([], 'o')).rule).toMatch(/an array/);
    expect(refused(() => guard.boolean('true', 'b')).property).toBe('b');
    expect(refused(() => guard.oneOf('AZURE', 'cloud', Object.values(Cloud))).property).toBe('cloud');
    expect(guard.oneOf('Azure', 'cloud', Object.values(Cloud))).toBe(Cloud.AZURE);
  });
});

describe('Cidr', () => {
  const c = Cidr.parse('10.0.0.0/30');

  test.each(NOT_NUMBERS)('hostAddress(%p) is refused', (v) => {
    expect(refused(() => c.hostAddress(v as number)).property).toBe('index');
  });

  test('hostAddress at the edges: 3 and -4 pass, 4 and -5 are refused', () => {
    expect(c.hostAddress(3)).toBe('10.0.0.3');
    expect(c.hostAddress(-4)).toBe('10.0.0.0');
    expect(refused(() => c.hostAddress(4)).property).toBe('index');
    expect(refused(() => c.hostAddress(-5)).property).toBe('index');
  });

  test.each([Infinity, NaN, 0, -1, 1.5, '8', 2 ** 40])('split(24, %p) refuses the max', (max) => {
    expect(refused(() => Cidr.parse('10.0.0.0/16').split(24, max as number)).property).toBe('max');
  });

  test.each(NOT_NUMBERS)('split(%p) refuses the length', (len) => {
    expect(refused(() => Cidr.parse('10.0.0.0/16').split(len as number)).property).toBe('newPrefixLength');
  });

  test('split with the nearest valid arguments works', () => {
    expect(Cidr.parse('10.0.0.0/16').split(24, 256)).toHaveLength(256);
    expect(refused(() => Cidr.parse('10.0.0.0/16').split(24, 255)).property).toBe('newPrefixLength');
  });

  test.each([null, undefined, 42, {}, ['10.0.0.0/8'], '10.0.0.0/8'.padEnd(5000, ' ')])('parse of hostile value #%# is refused', (v) => {
    expect(refused(() => Cidr.parse(v as string, 'addressSpace[0]')).property).toBe('addressSpace[0]');
  });

  test('contains, overlaps and sameAs refuse what is not a parsed prefix', () => {
    for (const m of ['contains', 'overlaps', 'sameAs'] as const) {
      expect(refused(() => c[m]('10.0.0.0/30' as unknown as Cidr)).property).toBe('other');
      expect(refused(() => c[m](null as unknown as Cidr)).property).toBe('other');
    }
    expect(c.contains(Cidr.parse('10.0.0.0/31'))).toBe(true);
  });

  test('summarize, parseAll and findOverlap refuse a list that is not one', () => {
    expect(refused(() => Cidr.summarize('10.0.0.0/8' as unknown as string[])).property).toBe('cidrs');
    expect(refused(() => parseAll(null as unknown as string[], 'ranges')).property).toBe('ranges');
    expect(refused(() => findOverlap([c], ['10.0.0.0/8' as unknown as Cidr])).property).toBe('b[0]');
    expect(refused(() => c.withLength('10.0.0.1\nrouter bgp 1')).property).toBe('address');
    expect(refused(() => c.containsAddress(7 as unknown as string)).property).toBe('address');
    expect(c.withLength('10.0.0.1')).toBe('10.0.0.1/30');
  });

  test('isCidr and isAddress answer false for any other kind', () => {
    for (const v of [null, undefined, 1, {}, [], Symbol('x')]) {
      expect(Cidr.isCidr(v as unknown as string)).toBe(false);
      expect(Cidr.isAddress(v as unknown as string)).toBe(false);
    }
  });
});

describe('peering', () => {
  test.each(['Azure', 'AZURE_APIPA', null, 7, 'constructor', '__proto__'])('an unknown peering kind %p is refused', (k) => {
    expect(refused(() => PeeringRules.of([k as PeeringKind])).property).toBe('kinds[0]');
    expect(refused(() => new PeeringAllocator().request('k', [k as PeeringKind])).property).toBe('kinds[0]');
  });

  test('kinds that are not a list, a key that is not a string, options of the wrong kind', () => {
    expect(refused(() => PeeringRules.of(PeeringKind.AWS_DX as unknown as PeeringKind[])).property).toBe('kinds');
    expect(refused(() => new PeeringAllocator().request(undefined as unknown as string, [PeeringKind.AWS_DX])).property).toBe('key');
    expect(refused(() => new PeeringAllocator().request('k', [PeeringKind.AWS_DX], null as never)).property).toBe('options');
    expect(refused(() => new PeeringAllocator().request('k', [PeeringKind.AWS_DX], { prefixLength: 30.5 })).property).toBe('prefixLength');
    expect(refused(() => new PeeringAllocator().request('k', [PeeringKind.AWS_DX], { block: '10.0.0.0/24' as never })).property).toBe('peeringRange');
    expect(refused(() => new PeeringAllocator().request('k', [PeeringKind.AWS_DX], { block: ['2001:db8::/64'] })).property).toBe('peeringRange[0]');
    expect(new PeeringAllocator().request('k', [PeeringKind.AWS_DX], { block: ['10.0.0.0/24'] }).text).toMatch(/^10\.0\.0\.\d+\/30$/);
  });
});

describe('ASNs, VLANs, budgets', () => {
  test('an unknown cloud or role is refused, not allowed by default', () => {
    expect(refused(() => Asn.check(65010, 'Azure ' as Cloud, AsnRole.PEER)).property).toBe('cloud');
    expect(refused(() => Asn.check(65010, Cloud.AZURE, 'PEER' as AsnRole)).property).toBe('role');
    expect(Asn.check(65010, Cloud.AZURE, AsnRole.PEER).allowed).toBe(true);
    expect(Asn.isPrivate(4200000000.5)).toBe(false);
    expect(refused(() => Asn.validateDistinct(65010, '65010' as unknown as number, 'peerAsn', 'x')).property).toBe('peerAsn');
  });

  test.each([0, 4095, 1.5, NaN, '100', null])('VLAN %p is refused', (v) => {
    expect(refused(() => new VlanRegistry().claim('port', v as number, 'me', 'vlan')).property).toBe('vlan');
  });

  test('VLAN 1 and 4094 pass; a domain that is not a string is refused', () => {
    const r = new VlanRegistry();
    r.claim('port', 1, 'a', 'vlan');
    r.claim('port', 4094, 'b', 'vlan');
    expect(r.used('port')).toEqual([1, 4094]);
    expect(refused(() => Vlan.validate(100, undefined as unknown as string)).property).toBe('property');
    expect(refused(() => r.claim({} as unknown as string, 5, 'c', 'vlan')).property).toBe('domain');
  });

  test.each(['ExpressRoute', 'constructor', '__proto__', null, 3])('budget of an unknown session type %p is refused', (t) => {
    expect(refused(() => PrefixBudget.evaluate(['10.0.0.0/8'], t as SessionType)).property).toBe('sessionType');
  });

  test('budget arguments: the list, the override', () => {
    expect(refused(() => PrefixBudget.evaluate('10.0.0.0/8' as unknown as string[], SessionType.AWS_VPN)).property).toBe('prefixes');
    expect(refused(() => PrefixBudget.evaluate(['10.0.0.0/8'], SessionType.AWS_VPN, NaN)).property).toBe('limitOverride');
    expect(refused(() => PrefixBudget.evaluate(['10.0.0.0/8'], SessionType.AWS_VPN, -1)).property).toBe('limitOverride');
    expect(PrefixBudget.evaluate(['10.0.0.0/8'], SessionType.AWS_VPN, 0).level).toBe('error');
    expect(PrefixBudget.evaluate(['10.0.0.0/8'], SessionType.AWS_VPN, 1).level).toBe('warning');
  });
});

describe('catalogues', () => {
  test.each([null, undefined, 12, {}])('the provider catalogue refuses %p as a name or place', (v) => {
    expect(refused(() => ProviderCatalog.checkExpressRoute(v as string, 'London')).property).toBe('serviceProviderName');
    expect(refused(() => ProviderCatalog.checkExpressRoute('Colt', v as string)).property).toBe('peeringLocation');
    expect(refused(() => ProviderCatalog.checkOci('Megaport', v as string)).property).toBe('region');
    expect(refused(() => ProviderCatalog.matches(v as string, 'Colt')).property).toBe('given');
    expect(refused(() => OracleInterconnect.validatePair('Tokyo', v as string)).property).toBe('ociRegion');
    expect(refused(() => vpnGatewaySku(v as string, 'Generation2')).property).toBe('name');
  });

  test('edge kinds and IPsec enums outside their sets are refused', () => {
    expect(refused(() => edgeBehaviour('msee' as EdgeKind)).property).toBe('kind');
    expect(refused(() => EdgeBehaviours.transits(null as unknown as EdgeKind)).property).toBe('kind');
    expect(refused(() => IkeResolver.capabilities('aws' as VpnEndpointKind)).property).toBe('kind');
    expect(refused(() => IkeResolver.dhGroupNumber('GROUP99' as DhGroup)).property).toBe('group');
    expect(refused(() => IkeResolver.pfsGroupNumber(undefined as unknown as PfsGroup)).property).toBe('group');
    expect(IkeResolver.pfsGroupNumber(PfsGroup.NONE)).toBe(0);
    expect(IkeResolver.isWeak('dhGroup', 'constructor')).toBe(false);
  });
});
