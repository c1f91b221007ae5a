import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Auth = ConfigurationBotFrameworkAuthentication;
type Claims = Parameters<Auth['createConnectorFactory']>[0];
type Factory = ReturnType<Auth['createConnectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;
type Authenticated = Awaited<ReturnType<Auth['authenticateRequest']>>;

/** Service URLs × audiences × app ids in use are few; the bound only guards against a flood of distinct ones. */
const MAX_CLIENTS = 256;

/** The app id outbound calls act as, chosen as botbuilder chooses it: the token's audience, else its appid claim. */
function actingAppId(claims: Claims): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value as string);
  const made = make();
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}

/**
 * botbuilder builds a new HTTP pipeline (a ConnectorClient and a UserTokenClient, with their credentials) for every
 * inbound activity, although they depend only on the bot's app id, the service URL and the audience. This keeps them
 * per that key and hands the same ones to every turn; authentication of each activity is unchanged.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();

  override async authenticateRequest(...args: Parameters<Auth['authenticateRequest']>): Promise<Authenticated> {
    const result = await super.authenticateRequest(...args);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(actingAppId(result.claimsIdentity), result.connectorFactory) };
  }

  override createConnectorFactory(claims: Claims): Factory {
    return this.reusing(actingAppId(claims), super.createConnectorFactory(claims));
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return memo(this.tokenClients, actingAppId(claims), () => super.createUserTokenClient(claims));
  }

  private reusing(appId: string, inner: Factory): Factory {
    const create = (serviceUrl: string, audience?: string) =>
      memo(this.clients, JSON.stringify([appId, serviceUrl, audience ?? null]), () => inner.create(serviceUrl, audience));
    return { create } as Factory;
  }
}
