import { IConstruct } from 'constructs';
import { ValidationError } from '../plan/errors';

// The prebuilt provider packages are optional peer dependencies: an app installs only the ones of the clouds it
// connects (`@cdktf/provider-azurerm` always, `@cdktf/provider-random` where keys are generated). So no file of
// lib/ imports a provider class as a value at module top: it imports the class as a type (`import type`) and gets
// the class itself here, when a construct of that cloud creates a resource:
//
//   import type { VpnGateway } from '@cdktf/provider-aws/lib/vpn-gateway';
//   ...
//   const { VpnGateway } = providerModule(this, 'aws/vpn-gateway');
//   this.vpnGateway = new VpnGateway(this, 'VpnGateway', { ... });
//
// Loading the library then needs none of them, and a missing package fails only the construct that needs it, with
// a `ValidationError` that names the package to install. Modules are loaded by deep path, never from a package
// root (a root import loads the whole provider: 3-5 s and 400-550 MB each).

/** The prebuilt provider packages, by the short name used in `providerModule` keys. */
export const PROVIDER_PACKAGES = {
  aws: { name: '@cdktf/provider-aws', range: '^21' },
  azurerm: { name: '@cdktf/provider-azurerm', range: '^14' },
  google: { name: '@cdktf/provider-google', range: '^16' },
  random: { name: '@cdktf/provider-random', range: '^12' },
} as const;

/** The provider modules the library uses: `<provider>/<module under lib/>`. */
interface ProviderModules {
  'aws/customer-gateway': typeof import('@cdktf/provider-aws/lib/customer-gateway');
  'aws/data-aws-dx-gateway': typeof import('@cdktf/provider-aws/lib/data-aws-dx-gateway');
  'aws/data-aws-ec2-transit-gateway': typeof import('@cdktf/provider-aws/lib/data-aws-ec2-transit-gateway');
  'aws/data-aws-vpn-gateway': typeof import('@cdktf/provider-aws/lib/data-aws-vpn-gateway');
  'aws/dx-gateway': typeof import('@cdktf/provider-aws/lib/dx-gateway');
  'aws/dx-gateway-association': typeof import('@cdktf/provider-aws/lib/dx-gateway-association');
  'aws/dx-hosted-private-virtual-interface-accepter': typeof import('@cdktf/provider-aws/lib/dx-hosted-private-virtual-interface-accepter');
  'aws/dx-hosted-transit-virtual-interface-accepter': typeof import('@cdktf/provider-aws/lib/dx-hosted-transit-virtual-interface-accepter');
  'aws/dx-private-virtual-interface': typeof import('@cdktf/provider-aws/lib/dx-private-virtual-interface');
  'aws/dx-transit-virtual-interface': typeof import('@cdktf/provider-aws/lib/dx-transit-virtual-interface');
  'aws/vpn-connection': typeof import('@cdktf/provider-aws/lib/vpn-connection');
  'aws/vpn-gateway': typeof import('@cdktf/provider-aws/lib/vpn-gateway');
  'aws/vpn-gateway-route-propagation': typeof import('@cdktf/provider-aws/lib/vpn-gateway-route-propagation');
  'azurerm/data-azurerm-express-route-circuit': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-express-route-circuit');
  'azurerm/data-azurerm-virtual-network-gateway': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-virtual-network-gateway');
  'azurerm/express-route-circuit': typeof import('@cdktf/provider-azurerm/lib/express-route-circuit');
  'azurerm/express-route-circuit-peering': typeof import('@cdktf/provider-azurerm/lib/express-route-circuit-peering');
  'azurerm/express-route-port': typeof import('@cdktf/provider-azurerm/lib/express-route-port');
  'azurerm/local-network-gateway': typeof import('@cdktf/provider-azurerm/lib/local-network-gateway');
  'azurerm/public-ip': typeof import('@cdktf/provider-azurerm/lib/public-ip');
  'azurerm/subnet': typeof import('@cdktf/provider-azurerm/lib/subnet');
  'azurerm/virtual-network-gateway': typeof import('@cdktf/provider-azurerm/lib/virtual-network-gateway');
  'azurerm/virtual-network-gateway-connection': typeof import('@cdktf/provider-azurerm/lib/virtual-network-gateway-connection');
  'azurerm/virtual-wan': typeof import('@cdktf/provider-azurerm/lib/virtual-wan');
  'azurerm/virtual-hub': typeof import('@cdktf/provider-azurerm/lib/virtual-hub');
  'azurerm/data-azurerm-virtual-hub': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-virtual-hub');
  'azurerm/express-route-gateway': typeof import('@cdktf/provider-azurerm/lib/express-route-gateway');
  'azurerm/express-route-connection': typeof import('@cdktf/provider-azurerm/lib/express-route-connection');
  'azurerm/vpn-gateway': typeof import('@cdktf/provider-azurerm/lib/vpn-gateway');
  'azurerm/vpn-site': typeof import('@cdktf/provider-azurerm/lib/vpn-site');
  'azurerm/vpn-gateway-connection': typeof import('@cdktf/provider-azurerm/lib/vpn-gateway-connection');
  'azurerm/data-azurerm-vpn-gateway': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-vpn-gateway');
  'azurerm/data-azurerm-public-ip': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-public-ip');
  'azurerm/data-azurerm-virtual-wan': typeof import('@cdktf/provider-azurerm/lib/data-azurerm-virtual-wan');
  'google/data-google-compute-ha-vpn-gateway': typeof import('@cdktf/provider-google/lib/data-google-compute-ha-vpn-gateway');
  'google/data-google-compute-router': typeof import('@cdktf/provider-google/lib/data-google-compute-router');
  'google/compute-external-vpn-gateway': typeof import('@cdktf/provider-google/lib/compute-external-vpn-gateway');
  'google/compute-ha-vpn-gateway': typeof import('@cdktf/provider-google/lib/compute-ha-vpn-gateway');
  'google/compute-interconnect-attachment': typeof import('@cdktf/provider-google/lib/compute-interconnect-attachment');
  'google/compute-router': typeof import('@cdktf/provider-google/lib/compute-router');
  'google/compute-router-interface': typeof import('@cdktf/provider-google/lib/compute-router-interface');
  'google/compute-router-peer': typeof import('@cdktf/provider-google/lib/compute-router-peer');
  'google/compute-vpn-tunnel': typeof import('@cdktf/provider-google/lib/compute-vpn-tunnel');
  'random/password': typeof import('@cdktf/provider-random/lib/password');
}

/** A module the library loads from a prebuilt provider package. */
export type ProviderModuleKey = keyof ProviderModules;

/**
 * The module `key` of a prebuilt provider package (`aws/vpn-gateway` is `@cdktf/provider-aws/lib/vpn-gateway`),
 * loaded on first use. When the package is not installed, throws a `ValidationError` on `scope`'s path that names
 * the package and the command that installs it; any other loading error is passed on as it is.
 */
export function providerModule<K extends ProviderModuleKey>(scope: IConstruct, key: K): ProviderModules[K] {
  const slash = key.indexOf('/');
  const pkg = PROVIDER_PACKAGES[key.slice(0, slash) as keyof typeof PROVIDER_PACKAGES];
  const specifier = `${pkg.name}/lib/${key.slice(slash + 1)}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(specifier);
  } catch (e) {
    if (!isMissing(e, pkg.name)) throw e;
    throw new ValidationError({
      path: scope.node.path,
      property: 'peerDependencies',
      value: pkg.name,
      rule: `${scope.constructor.name} creates resources of the ${pkg.name} package (${specifier}), an optional peer dependency of cdktf-azure-multicloud that is not installed in this project`,
      fix: `npm install ${pkg.name}@${pkg.range}`,
    });
  }
}

/** True when `e` says that `pkg` itself (not something it needs) cannot be found. */
function isMissing(e: unknown, pkg: string): boolean {
  const err = e as { code?: string; message?: string } | undefined;
  return err?.code === 'MODULE_NOT_FOUND' && (err.message ?? '').includes(`'${pkg}`);
}
