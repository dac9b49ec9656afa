"""A little Kazakh grammar the pages need: the dative case, as in «23 желтоқсанға дейін» (by 23 December).

Kazakh suffixes follow the word's last vowel (back а о ұ ы: -ға/-қа; front ә е ө ү і: -ге/-ке)
and its last sound (after a voiceless consonant the suffix starts with қ/к).
"""
BACK_VOWELS = set("аоұыуяё")
FRONT_VOWELS = set("әеөүіиэю")
VOICELESS = set("кқпстфхцчшщ")


def dative(word):
    """The word in the dative case: қаңтар → қаңтарға, сәуір → сәуірге, қыркүйек → қыркүйекке."""
    last_vowel = next((c for c in reversed(word.lower()) if c in BACK_VOWELS | FRONT_VOWELS), "а")
    front = last_vowel in FRONT_VOWELS
    if word[-1].lower() in VOICELESS:
        return word + ("ке" if front else "қа")
    return word + ("ге" if front else "ға")
