// A real OpenID Connect provider for the sign-in tests (panva/oidc-provider, pinned in package.json).
// Usage: node provider.mjs PORT CLIENT_ID CLIENT_SECRET REDIRECT_URI ACCOUNTS_JSON
// ACCOUNTS_JSON maps a login to its groups: {"anna": ["malbild-analytiker"]}. The provider's own
// development sign-in form takes any listed login (the password is not checked: test accounts only).
import Provider from "oidc-provider";

const [port, clientId, clientSecret, redirectUri, accountsJson] = process.argv.slice(2);
const accounts = JSON.parse(accountsJson);
const scopes = "openid profile email groups";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    response_types: ["code"],
    grant_types: ["authorization_code"],
  }],
  claims: { openid: ["sub"], profile: ["preferred_username", "name"], email: ["email"], groups: ["groups"] },
  scopes: scopes.split(" "),
  conformIdTokenClaims: false, // the requested claims (groups among them) in the ID token itself
  cookies: { keys: ["malbild-test-provider-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  findAccount: async (_ctx, id) => (id in accounts ? {
    accountId: id,
    claims: async () => ({ sub: id, preferred_username: id, name: id, email: `${id}@kommun.example`, groups: accounts[id] }),
  } : undefined),
  // a first-party client: no consent screen, the grant is made at sign-in
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(scopes);
    grant.addOIDCClaims(["preferred_username", "name", "email", "groups"]);
    await grant.save();
    return grant;
  },
});
provider.proxy = false;
provider.listen(Number(port), "127.0.0.1", () => console.log(`ready http://127.0.0.1:${port}`));
