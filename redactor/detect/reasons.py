"""Why a detector fired, in the reviewer's language (Dutch for Woo/Wob, English otherwise).

Detectors name a reason by key and arguments; the engine renders it once, in the
language of the dossier's ground set, and the store keeps the key and arguments too, so
the app can show the reason in the interface's language (:func:`describe`). Keep the
texts short and in words a jurist uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

REASONS: dict[str, dict[str, str]] = {
    "bsn": {"en": "nine digits that pass the BSN 11-proef", "nl": "negen cijfers die de elfproef voor een BSN doorstaan"},
    "iban": {"en": "bank account number (IBAN) with a valid check", "nl": "rekeningnummer (IBAN) met geldig controlegetal"},
    "email": {"en": "e-mail address", "nl": "e-mailadres"},
    "social-profile": {"en": "link to a person's social-media profile", "nl": "link naar iemands profiel op sociale media"},
    "ssn": {"en": "US social security number (valid area, group and serial)",
            "nl": "Amerikaans social security number (geldige opbouw)"},
    "plate": {"en": "Dutch licence plate (RDW side code)", "nl": "Nederlands kenteken (RDW-sidecode)"},
    "dob": {"en": "date of birth", "nl": "geboortedatum"},
    "vat-sole-trader": {"en": "VAT number of a sole trader (it points to one person)",
                        "nl": "btw-nummer van een eenmanszaak (herleidbaar tot één persoon)"},
    "kvk-sole-trader": {"en": "Chamber of Commerce number of a sole trader (it points to one person)",
                        "nl": "KvK-nummer van een eenmanszaak (herleidbaar tot één persoon)"},
    "id-document": {"en": "passport or identity-card number", "nl": "paspoort- of identiteitskaartnummer"},
    "personal-number": {"en": "a number that points to one person or what they own (parcel, collar or register number)",
                        "nl": "nummer dat naar één persoon of diens eigendom wijst (perceel-, dienst- of registernummer)"},
    "address": {"en": "street address", "nl": "woonadres"},
    "postcode": {"en": "postcode of a private address", "nl": "postcode van een privéadres"},
    "phone": {"en": "phone number", "nl": "telefoonnummer"},
    "phone-shape": {"en": "phone number (shape of a phone number; number plan not confirmed)",
                    "nl": "telefoonnummer (vorm van een telefoonnummer; nummerplan niet bevestigd)"},
    "checksum": {"en": " (checksum valid)", "nl": " (controlegetal klopt)"},
    "context": {"en": " (context word before it)", "nl": " (met een kenmerkend woord ervoor)"},
    "field": {"en": "value of the field '{label}:'", "nl": "waarde van het veld '{label}:'"},
    "name-field": {"en": "name in the field '{label}:'", "nl": "naam in het veld '{label}:'"},
    "name-initials": {"en": "initials followed by a surname", "nl": "voorletters gevolgd door een achternaam"},
    "name-first": {"en": "known first name followed by a capitalised surname",
                   "nl": "bekende voornaam gevolgd door een achternaam met hoofdletter"},
    "name-title": {"en": "name after a title or form of address", "nl": "naam na een titel of aanspreekvorm"},
    "name-role": {"en": "name after a role word", "nl": "naam na een functieaanduiding"},
    "name-relation": {"en": "name after a family word ('her brother ...')", "nl": "naam na een familierelatie ('mijn man ...')"},
    "name-speaker": {"en": "first name before a chat message", "nl": "voornaam voor een chatbericht"},
    "name-closing": {"en": "name under a closing line ('Regards,')", "nl": "naam onder een groet ('Met vriendelijke groet,')"},
    "name-introduction": {"en": "name someone gives as their own ('my name is ...')",
                          "nl": "naam waarmee iemand zich voorstelt ('u spreekt met ...')"},
    "name-salutation": {"en": "first name in a salutation", "nl": "voornaam in een aanhef"},
    "name-handle": {"en": "account handle that opens a social-media post", "nl": "accountnaam waarmee een bericht op sociale media begint"},
    "name-suffix": {"en": "capitalised name with a surname ending", "nl": "naam met een kenmerkende achternaamuitgang"},
    "name-upper-surname": {"en": "surname in capitals, a comma and a first name", "nl": "achternaam in hoofdletters, komma en voornaam"},
    "name-surname-first": {"en": "surname followed by initials", "nl": "achternaam gevolgd door voorletters"},
    "name-first-pair": {"en": "two known first names joined by 'and'", "nl": "twee bekende voornamen verbonden door 'en'"},
    "name-initials-list": {"en": "initials in the field '{label}:'", "nl": "initialen in het veld '{label}:'"},
    "name-paraaf": {"en": "initials in the column '{label}'", "nl": "paraaf in de kolom '{label}'"},
    "name-context": {"en": "name of a private person by what surrounds it ('a resident, X, living at ...')",
                     "nl": "naam van een burger door wat eromheen staat ('een burger, X, wonend aan ...')"},
    "name-coordinated": {"en": "name listed together with a private person's ('X or Y')",
                         "nl": "naam in een opsomming met die van een burger ('X of Y')"},
    "name-age": {"en": "first name followed by an age ('Daan (4)')", "nl": "voornaam gevolgd door een leeftijd ('Daan (4)')"},
    "name-list": {"en": "name on the officials list", "nl": "naam op de lijst van functionarissen"},
    "official-list": {"en": "kept: public official on the officials list ({role})",
                      "nl": "behouden: publieke functionaris op de lijst ({role})"},
    "official-role": {"en": "kept: public official, role word '{role}' next to the name",
                      "nl": "behouden: publieke functionaris, functieaanduiding '{role}' bij de naam"},
    "official-party": {"en": "kept: elected politician, party '{party}' after the name",
                       "nl": "behouden: politicus, partij '{party}' na de naam"},
    "same-name": {"en": "another mention of a name found on page {page}",
                  "nl": "nog een vermelding van een naam die op pagina {page} is gevonden"},
    "quoted-public": {"en": "kept: quoted by name in the body's own public statement, as its {role}",
                      "nl": "behouden: met naam geciteerd in de eigen openbare verklaring, als {role}"},
    "same-official": {"en": "kept: another mention of a public official found on page {page}",
                      "nl": "behouden: nog een vermelding van een publieke functionaris (pagina {page})"},
    "passage": {"en": "{text}; cue: \u201c{cue}\u201d", "nl": "{text}; signaalwoord: \u201c{cue}\u201d"},
    "signature": {"en": "handwritten signature under \u201c{closing}\u201d (a picture, not text)",
                  "nl": "handtekening onder \u201c{closing}\u201d (een afbeelding, geen tekst)"},
    "ocr-resembles": {"en": "OCR text resembles {entity} '{text}' found in {where} ({score}% alike)",
                      "nl": "OCR-tekst lijkt op {entity} '{text}' uit {where} ({score}% gelijk)"},
}


def render(key: str, language: str, **args: object) -> str:
    """The reason ``key`` in ``language`` ('nl' or 'en'), with its arguments filled in."""
    entry = REASONS.get(key)
    if entry is None:
        return key  # a rule pack's own free text
    return entry.get(language, entry["en"]).format(**args)


def describe(key: str, args: Mapping[str, object], language: str) -> str:
    """A finding's reason from its stored ``key`` and ``args``, in ``language`` ('nl' or 'en').

    ``args`` are the template's arguments, plus ``flags`` (reason keys appended to it, such as
    "checksum"); a rule pack's own wording (a passage's ``text``) is a mapping of both languages.
    """
    filled = dict(args)
    flags = cast("Iterable[str]", filled.pop("flags", ()))
    text = filled.get("text")
    if isinstance(text, Mapping):
        filled["text"] = text.get(language, text.get("en", ""))
    return render(key, language, **filled) + "".join(render(flag, language) for flag in flags)
