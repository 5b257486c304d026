/** What an UNAUTHENTICATED error tells the caller to do, depending on whether sign-in is set up. */
export function signInHint(signInAvailable: boolean): string {
  return signInAvailable
    ? 'Log ind for at fortsætte, eller brug et API-token / sign in to continue, or use an API token'
    : 'Log ind er ikke sat op: sæt AFTALEGRAF_OIDC_ISSUER, AFTALEGRAF_OIDC_CLIENT_ID, AFTALEGRAF_OIDC_CLIENT_SECRET, AFTALEGRAF_PUBLIC_URL og AFTALEGRAF_SESSION_SECRET, eller brug et API-token (npm run token -- create) / sign-in is not configured: set AFTALEGRAF_OIDC_* or use an API token';
}
