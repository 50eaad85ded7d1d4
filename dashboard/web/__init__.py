"""Plain HTTP beside the Dash page: routes, security headers, the embed and the accessibility statement."""
