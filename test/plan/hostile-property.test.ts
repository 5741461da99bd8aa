import fc from 'fast-check';
import { Asn, AsnRole } from '../../lib/plan/addressing/asn';
import { Cidr, findOverlap } from '../../lib/plan/addressing/cidr';
import { PeeringAllocator, PeeringKind, PeeringRules } from '../../lib/plan/addressing/peering';
import { Vlan, VlanRegistry } from '../../lib/plan/addressing/vlan';
import { FrrConfig } from '../../lib/plan/documents/frr';
import { ValidationError } from '../../lib/plan/errors';
import { Cloud } from '../../lib/plan/facts/clouds';
import { EdgeBehaviours, EdgeKind } from '../../lib/plan/facts/edges';
import { SessionType, vpnGatewaySku } from '../../lib/plan/facts/limits';
import { OracleInterconnect } from '../../lib/plan/facts/oracle-interconnect';
import { ProviderCatalog } from '../../lib/plan/facts/partners';
import { ProviderRules } from '../../lib/plan/facts/provider-rules';
import { DhGroup, IkeResolver, PfsGroup, VpnEndpointKind } from '../../lib/plan/ipsec';
import { PrefixBudget } from '../../lib/plan/routing/budget';
import { CustomerRouterPlanner } from '../../lib/plan/routing/router-plan';

// Random and hostile arguments to the planning core's public functions: each call returns a result or throws a
// ValidationError, never anything else (no TypeError, RangeError, hang). Seeded and bounded (< 15 s).

const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, 1.5, -1, 0, 2 ** 53, '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '10.0.0.0/8', '10.0.0.1', '169.254.21.0/30', 'eth0\nrouter bgp 1', [], {}, [null], ['10.0.0.0/8']),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 4 }),
  fc.constantFrom<unknown>(...Object.values(Cloud), ...Object.values(PeeringKind), ...Object.values(SessionType), ...Object.values(AsnRole), ...Object.values(EdgeKind), ...Object.values(VpnEndpointKind), ...Object.values(DhGroup), ...Object.values(PfsGroup)),
);

/** Every public entry point, called with the given arguments. */
const CALLS: Array<[string, (a: any, b: any, c: any, d: any) => unknown]> = [
  ['Cidr.parse', (a, b) => Cidr.parse(a, typeof b === 'string' ? b : undefined)],
  ['Cidr.summarize', (a) => Cidr.summarize(a)],
  ['Cidr.hostAddress', (a) => Cidr.parse('10.0.0.0/30').hostAddress(a)],
  ['Cidr.split', (a, b) => Cidr.parse('10.0.0.0/16').split(a, b)],
  ['Cidr.contains', (a) => Cidr.parse('10.0.0.0/16').contains(a)],
  ['Cidr.withLength', (a) => Cidr.parse('10.0.0.0/16').withLength(a)],
  ['findOverlap', (a, b) => findOverlap(a, b)],
  ['PeeringRules.validate', (a, b, c, d) => PeeringRules.of(a).validate(b, c, d)],
  ['PeeringAllocator.request', (a, b, c) => new PeeringAllocator().request(a, b, c ?? undefined).text],
  ['PeeringAllocator.reserve', (a, b, c, d) => new PeeringAllocator().reserve(a, b, c, d).text],
  ['Vlan.validate', (a, b) => Vlan.validate(a, b)],
  ['VlanRegistry.claim', (a, b, c, d) => new VlanRegistry().claim(a, b, c, d)],
  ['Asn.check', (a, b, c, d) => Asn.check(a, b, c, d)],
  ['Asn.validate', (a, b, c, d) => Asn.validate(a, b, c, d)],
  ['Asn.validateDistinct', (a, b, c, d) => Asn.validateDistinct(a, b, c, d)],
  ['PrefixBudget.evaluate', (a, b, c) => PrefixBudget.evaluate(a, b, c)],
  ['PrefixBudget.enforce', (a, b, c, d) => PrefixBudget.enforce(a, b, c, d)],
  ['vpnGatewaySku', (a, b) => vpnGatewaySku(a, b)],
  ['OracleInterconnect.validatePair', (a, b) => OracleInterconnect.validatePair(a, b)],
  ['OracleInterconnect.bandwidthShape', (a) => OracleInterconnect.bandwidthShape(a)],
  ['ProviderCatalog.validateExpressRoute', (a, b, c, d) => ProviderCatalog.validateExpressRoute(a, b, c, d)],
  ['ProviderCatalog.validateOci', (a, b, c, d) => ProviderCatalog.validateOci(a, b, c, d)],
  ['ProviderRules.of', (a, b) => ProviderRules.of(a, b)],
  ['ProviderRules.check', (a) => ProviderRules.check({ resource: { azurerm_virtual_network_gateway: { x: a } } })],
  ['ProviderRules.enforce', (a, b, c, d) => ProviderRules.enforce('azurerm_virtual_network_gateway', 'sku', a, b ?? c, d ?? 'fix')],
  ['EdgeBehaviours.transits', (a) => EdgeBehaviours.transits(a)],
  ['IkeResolver.resolve', (a, b) => IkeResolver.resolve(a, b)],
  ['IkeResolver.dhGroupNumber', (a) => IkeResolver.dhGroupNumber(a)],
  ['FrrConfig.policyName', (a, b) => FrrConfig.policyName(a, b)],
  ['FrrConfig.render', (a, b, c, d) => FrrConfig.render(CustomerRouterPlanner.plan({
    name: 'app/l2', routerAsn: 65010, origins: [{ cloud: Cloud.CUSTOMER, prefixes: ['172.16.0.0/16'] }],
    sessions: [{ name: 'aws', cloud: Cloud.AWS, link: 'DX', vlan: 200, localAddress: '192.168.0.8', peerAddress: '192.168.0.9', subnet: '192.168.0.8/31', peerAsn: 64513, sessionType: SessionType.AWS_DX_PRIVATE_VIF }],
  }), { primaryInterface: a, hostname: b, secondaryInterface: c, maxPrefixWarningPercent: d })],
];

test.each(CALLS)('%s: a result or a ValidationError for any arguments', (_name, call) => {
  fc.assert(
    fc.property(hostile, hostile, hostile, hostile, (a, b, c, d) => {
      try {
        call(a, b, c, d);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
      }
    }),
    { seed: 15, numRuns: 150 },
  );
});
