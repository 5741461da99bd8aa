import { FrrConfig } from '../../lib/plan/documents/frr';
import { assertCleanDocument, isSafeFileName, markdownCell, safeFileStem, singleLine } from '../../lib/plan/documents/text';
import { ValidationError } from '../../lib/plan/errors';
import { Cloud } from '../../lib/plan/facts/clouds';
import { SessionType } from '../../lib/plan/facts/limits';
import { CustomerRouterPlan, CustomerRouterPlanner } from '../../lib/plan/routing/router-plan';

// Generated files are built from validated parts: a value that would change the file's structure (a second
// `router bgp` block, a new Markdown row) or leak a missing value is refused, naming the property.

function plan(name = 'app/stack/l2', session: { name?: string; link?: string; note?: string } = {}): CustomerRouterPlan {
  return CustomerRouterPlanner.plan({
    name,
    routerAsn: 65010,
    origins: [{ cloud: Cloud.AZURE, prefixes: ['10.0.0.0/16'] }, { cloud: Cloud.CUSTOMER, prefixes: ['172.16.0.0/16'] }],
    sessions: [{ name: session.name ?? 'azure-primary', cloud: Cloud.AZURE, link: session.link ?? 'ER primary', vlan: 100, subnet: '192.168.0.0/30', localAddress: '192.168.0.1', peerAddress: '192.168.0.2', peerAsn: 12076, sessionType: SessionType.EXPRESSROUTE_PRIVATE, note: session.note }],
  });
}

function refusal(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('FRR file', () => {
  test.each([
    'eth0\nrouter bgp 666\n neighbor 6.6.6.6 remote-as 666', 'eth 0', 'eth0/1', 'eth0:1', 'a-very-long-if0', '', '..', 42,
  ])('the primary interface %p is refused', (name) => {
    expect(refusal(() => FrrConfig.render(plan(), { primaryInterface: name as string })).property).toBe('primaryInterface');
  });

  test('the longest interface name whose VLAN sub-interface fits (15 characters) passes, one more is refused', () => {
    expect(FrrConfig.render(plan(), { primaryInterface: 'enp1s0f0123' })).toMatch(/^interface enp1s0f0123\.100$/m);
    expect(refusal(() => FrrConfig.render(plan(), { primaryInterface: 'enp1s0f01234' })).property).toBe('primaryInterface');
    expect(FrrConfig.render(plan(), { secondaryInterface: 'eth1' })).toMatch(/^interface eth0\.100$/m);
  });

  test.each(['router\nbgp', 'edge_router', '-edge', 'edge-', 'a'.repeat(64), 'x..y', 'host name'])('the host name %p is refused', (h) => {
    expect(refusal(() => FrrConfig.render(plan(), { hostname: h })).property).toBe('hostname');
  });

  test('RFC 1123 host names pass', () => {
    expect(FrrConfig.render(plan(), { hostname: 'edge-router-1.example.com' })).toMatch(/^hostname edge-router-1\.example\.com$/m);
    expect(FrrConfig.render(plan(), { hostname: `${'a'.repeat(63)}.b` })).toMatch(/^hostname a{63}\.b$/m);
  });

  test('a name, link or note with line breaks stays inside its comment: exactly one router bgp block', () => {
    const text = FrrConfig.render(plan('app\nrouter bgp 666', { link: 'ER\n neighbor 6.6.6.6 remote-as 666' }));
    expect(text.match(/^router bgp.*$/gm)).toEqual(['router bgp 65010']);
    expect(text).not.toMatch(/^ neighbor 6\.6\.6\.6/m);
    expect(text.split('\n')[0]).toBe('! FRRouting configuration of the customer router for app router bgp 666');
  });

  test('a session name that is not one FRR word is refused; ASNs and thresholds out of range are refused', () => {
    const p = plan();
    expect(refusal(() => FrrConfig.render({ ...p, sessions: [{ ...p.sessions[0], name: 'azure primary' }] })).property).toBe('session');
    expect(refusal(() => FrrConfig.render({ ...p, routerAsn: 0 })).property).toBe('routerAsn');
    expect(refusal(() => FrrConfig.render({ ...p, routerAsn: 4294967296 })).property).toBe('routerAsn');
    expect(FrrConfig.render({ ...p, routerAsn: 4294967295 })).toMatch(/^router bgp 4294967295$/m);
    expect(refusal(() => FrrConfig.render({ ...p, sessions: [{ ...p.sessions[0], peerAsn: NaN }] })).property).toBe('sessions[0].peerAsn');
    expect(refusal(() => FrrConfig.render({ ...p, sessions: [{ ...p.sessions[0], peerAddress: '192.168.0.2 remote-as 1' }] })).property).toBe('sessions[0].peerAddress');
    expect(refusal(() => FrrConfig.render({ ...p, onPremisesPrefixes: ['172.16.0.0/16\nrouter bgp 1'] })).property).toBe('onPremisesPrefixes[0]');
    expect(refusal(() => FrrConfig.render(p, { maxPrefixWarningPercent: 101 })).property).toBe('maxPrefixWarningPercent');
    expect(FrrConfig.render(p, { maxPrefixWarningPercent: 100 })).toMatch(/maximum-prefix \d+ 100$/m);
  });
});

describe('document text', () => {
  test.each(['NaN', 'Infinity', '-Infinity', 'null', 'undefined', '[object Object]', '${TfToken[TOKEN.12]}', '${Token[Foo.5]}'])('a document holding %p is refused, naming the document', (leak) => {
    const e = refusal(() => assertCleanDocument('report.md', `# Report\n\n| a | ${leak} |\n`));
    expect(e.property).toBe('report.md');
    expect(e.rule).toMatch(/line 3/);
  });

  test('words that merely contain those letters pass; encoded numbers are refused only at write time', () => {
    expect(assertCleanDocument('x', 'Nullarbor, Infinitybank, nullable, NaNometer\n')).toBe('Nullarbor, Infinitybank, nullable, NaNometer\n');
    expect(assertCleanDocument('x', 'router bgp -1.8881545897087626e+289')).toMatch(/router bgp/);
    expect(refusal(() => assertCleanDocument('frr.conf', 'router bgp -1.8881545897087626e+289', true)).property).toBe('frr.conf');
  });

  test('Markdown cells escape | and flatten line breaks; comments are one line', () => {
    expect(markdownCell('Acme | Co\n| injected | row |')).toBe('Acme \\| Co \\| injected \\| row \\|');
    expect(markdownCell('a\r\nb\u2028c')).toBe('a b c');
    expect(singleLine('x\ny', 200)).toBe('x y');
    expect(singleLine('z'.repeat(300), 10)).toBe('zzzzzzz...');
  });

  test('file-name stems: safe ids are kept, others made safe, long ones shortened with a hash', () => {
    expect(safeFileStem('Team-L2')).toBe('Team-L2');
    expect(safeFileStem('a b\nc/d')).toMatch(/^a_b_c_d-[0-9a-f]{8}$/);
    expect(safeFileStem('a b')).not.toBe(safeFileStem('a_b'));
    const long = safeFileStem('x'.repeat(300));
    expect(long).toHaveLength(64);
    expect(long).not.toBe(safeFileStem(`${'x'.repeat(299)}y`));
    expect(safeFileStem('..hidden')).toMatch(/^_hidden-/);
    expect(isSafeFileName(`customer-router-${long}.frr.conf`)).toBe(true);
    expect(isSafeFileName('a/b')).toBe(false);
    expect(isSafeFileName('x'.repeat(101))).toBe(false);
  });
});
