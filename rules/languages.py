"""The site's languages: Kazakh first (the state language and the default), then Russian and English."""
LANGUAGES = ("kk", "ru", "en")
DEFAULT = "kk"
