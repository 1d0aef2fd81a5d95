/**
 * Signing in: read only by the sign-in page, which loads them with its code, so no one else's first
 * load (the citizen's, from her link) carries them.
 */
export const signInWords = {
  signIn: {
    title: "Log ind",
    intro: "Log ind med din Samplan-konto.",
    username: "Brugernavn",
    password: "Adgangskode",
    submit: "Log ind",
    or: "eller",
    oidc: "Log ind med organisationens login",
    usernameRequired: "Skriv dit brugernavn.",
    passwordRequired: "Skriv din adgangskode.",
    wrong: "Forkert brugernavn eller adgangskode.",
    oidcFailed:
      "Login med organisationens login lykkedes ikke. Prøv igen, eller log ind med brugernavn og adgangskode.",
    sessionEnded: "Du er blevet logget ud. Log ind igen for at fortsætte.",
    signedOut: "Du er logget ud.",
    idleSignedOut:
      "Du blev logget ud, fordi enheden ikke var blevet brugt i {{minutes}} minutter. Log ind igen for at fortsætte.",
    oidcFailedOnly:
      "Login med organisationens login lykkedes ikke. Prøv igen om lidt, eller kontakt IT, hvis det bliver ved.",
    oidcNoAccount:
      "Organisationens login kender dig, men du har ingen konto i Samplan. Bed en koordinator om at oprette en med dit brugernavn eller din e-mailadresse fra organisationens login.",
    oidcDeactivated: "Din konto i Samplan er deaktiveret. Spørg en koordinator, hvis du skal bruge den igen.",
    oidcOnlyIntro:
      "Medarbejdere logger ind med organisationens login, det samme som til kommunens andre systemer. Samplan har ingen adgangskode til dig.",
    noMethod:
      "Samplan er ikke sat op til, at medarbejdere kan logge ind. Kontakt koordinatoren eller kommunens IT-afdeling.",
    guestHint: "Er du inviteret til et møde?",
    guestLink: "Skriv koden fra koordinatoren",
  },
} as const;
