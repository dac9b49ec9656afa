"""Infrastructure of the web layer: configuration, sign-in and roles, security, languages, labels, static files, the command line."""
