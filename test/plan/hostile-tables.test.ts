import { PeeringAllocator, PeeringKind } from '../../lib/plan/addressing/peering';
import { ValidationError } from '../../lib/plan/errors';
import { EdgeBehaviours, EdgeKind } from '../../lib/plan/facts/edges';
import {
  EXPRESSROUTE_DIRECT_CIRCUIT_GBPS, EXPRESSROUTE_GATEWAY_SKUS, PREFIX_LIMITS, SessionType, TUNNEL_THROUGHPUT_MBPS, VPN_GATEWAY_SKUS, vpnGatewaySku,
} from '../../lib/plan/facts/limits';
import { ORACLE_INTERCONNECT_PAIRS, OracleInterconnect } from '../../lib/plan/facts/oracle-interconnect';
import { ProviderCatalog } from '../../lib/plan/facts/partners';
import { ProviderRules } from '../../lib/plan/facts/provider-rules';
import { lookup } from '../../lib/plan/guards';
import { DhGroup, IkeResolver, PfsGroup, VpnEndpointKind } from '../../lib/plan/ipsec';
import { PrefixBudget } from '../../lib/plan/routing/budget';

// Keys that every plain object inherits from Object.prototype: a lookup table must not find them.
const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

function isValidationError(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch (e) {
    if (e instanceof ValidationError) return true;
    throw e;
  }
}

describe.each(PROTO_KEYS)('the key %p', (key) => {
  test('finds nothing in the exported tables, read directly or with lookup', () => {
    const tables: object[] = [EXPRESSROUTE_GATEWAY_SKUS, VPN_GATEWAY_SKUS, TUNNEL_THROUGHPUT_MBPS, EXPRESSROUTE_DIRECT_CIRCUIT_GBPS, PREFIX_LIMITS, ORACLE_INTERCONNECT_PAIRS];
    for (const t of tables) {
      expect((t as { [k: string]: unknown })[key]).toBeUndefined();
      expect(lookup(t as { [k: string]: unknown }, key)).toBeUndefined();
    }
  });

  test('is not an ExpressRoute gateway SKU, a VPN gateway SKU, an Oracle region or a circuit size', () => {
    expect(key in EXPRESSROUTE_GATEWAY_SKUS).toBe(false);
    expect(vpnGatewaySku(key, 'Generation2')).toBeUndefined();
    expect(vpnGatewaySku('VpnGw2', key)).toBeUndefined();
    expect(OracleInterconnect.peeringLocationsFor(key)).toEqual([]);
    expect(isValidationError(() => OracleInterconnect.validatePair('Tokyo', key))).toBe(true);
  });

  test('is not a session type, peering kind, edge kind or VPN endpoint kind', () => {
    expect(isValidationError(() => PrefixBudget.evaluate([], key as SessionType))).toBe(true);
    expect(isValidationError(() => new PeeringAllocator().request('k', [key as PeeringKind]))).toBe(true);
    expect(isValidationError(() => EdgeBehaviours.transits(key as EdgeKind))).toBe(true);
    expect(isValidationError(() => IkeResolver.capabilities(key as VpnEndpointKind))).toBe(true);
    expect(isValidationError(() => IkeResolver.dhGroupNumber(key as DhGroup))).toBe(true);
    expect(isValidationError(() => IkeResolver.pfsGroupNumber(key as PfsGroup))).toBe(true);
    expect(IkeResolver.isWeak(key, key)).toBe(false);
  });

  test('is a provider name or place the catalogue does not hold, and no provider rule', () => {
    expect(ProviderCatalog.expressRouteProviders(key)).toBeUndefined();
    expect(ProviderCatalog.checkExpressRoute(key, 'London').offered).toBe(false);
    expect(ProviderCatalog.checkOci(key, key).listed).toBe(false);
    expect(ProviderRules.of(key, key)).toEqual([]);
    expect(ProviderRules.of('azurerm_virtual_network_gateway', key)).toEqual([]);
    expect(ProviderRules.check({ resource: { [key]: { [key]: {} } } })).toEqual([]);
  });
});

test('the nearest valid keys are found', () => {
  expect(EXPRESSROUTE_GATEWAY_SKUS.ErGw1AZ.maxLearnedRoutes).toBe(4000);
  expect(lookup(EXPRESSROUTE_GATEWAY_SKUS, 'ErGw3AZ')?.fastPath).toBe(true);
  expect(vpnGatewaySku('VpnGw2AZ', 'Generation2')?.throughputMbps).toBe(1250);
  expect(EXPRESSROUTE_DIRECT_CIRCUIT_GBPS[10]).toEqual([1, 2, 5, 10]);
  expect(lookup(EXPRESSROUTE_DIRECT_CIRCUIT_GBPS, 100)).toEqual([5, 10, 40, 100]);
  expect(OracleInterconnect.peeringLocationsFor('ap-tokyo-1')).toEqual(['Tokyo']);
  expect(PrefixBudget.evaluate([], SessionType.AWS_VPN).limit).toBe(100);
  expect(EdgeBehaviours.transits(EdgeKind.CUSTOMER_ROUTER)).toBe(true);
  expect(IkeResolver.dhGroupNumber(DhGroup.ECP384)).toBe(20);
});

test('the tables are frozen: no caller can add a key', () => {
  expect(Object.isFrozen(EXPRESSROUTE_GATEWAY_SKUS)).toBe(true);
  expect(() => {
    (EXPRESSROUTE_GATEWAY_SKUS as { [k: string]: unknown }).Fake = {};
  }).toThrow();
});

test('the returned Oracle locations are a copy: changing them does not change the table', () => {
  OracleInterconnect.peeringLocationsFor('ap-tokyo-1').push('Osaka');
  expect(OracleInterconnect.peeringLocationsFor('ap-tokyo-1')).toEqual(['Tokyo']);
});
