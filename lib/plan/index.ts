// The network planning core: plain TypeScript, no cdktf, no provider packages.
export * from './clouds';
export * from './cidr';
export * from './asn';
export * from './vlan';
export * from './peering';
export * from './limits';
export * from './budget';
export * from './model';
export { ValidationIssue } from './errors';
export * from './oracle-interconnect';
export * from './ike';
export * from './propagation';
export * from './app-checks';
export * from './report';
export * from './router-plan';
export * from './frr';
export * from './providers';
export * from './l3-propagation';
