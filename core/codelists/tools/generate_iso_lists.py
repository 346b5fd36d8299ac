#!/usr/bin/env python3
"""Generate the ISO-derived code lists (country, currency) from Debian's iso-codes package.

Run once when iso-codes changes; the output is committed so builds never depend on the host:
    python3 core/codelists/tools/generate_iso_lists.py [--out core/codelists/data]
French names come from the iso-codes gettext catalogues; without them the French label falls back to English.
"""
import argparse
import gettext
import json
import pathlib
import subprocess

ISO_DIR = pathlib.Path("/usr/share/iso-codes/json")
LOCALE_DIR = "/usr/share/locale"

# ISO 4217 minor units; iso-codes does not carry them, so they are kept here (ISO 4217 list one).
ZERO_DECIMALS = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
                 "VUV", "XAF", "XOF", "XPF"}
THREE_DECIMALS = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}
FOUR_DECIMALS = {"CLF", "UYW"}
# Precious metals, SDR, bond-market units and testing codes are not money an officer counts at a border.
NOT_CURRENCIES = {"XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX", "XSU", "XUA"}


def translator(domain):
    try:
        return gettext.translation(domain, localedir=LOCALE_DIR, languages=["fr"]).gettext
    except OSError:
        return None


def iso_codes_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip().split("-")[0]
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def french(tr, english):
    if tr is None:
        return english
    return tr(english)


def countries(version):
    tr = translator("iso_3166-1")
    rows = json.loads((ISO_DIR / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    entries = []
    for row in sorted(rows, key=lambda r: r["alpha_2"]):
        entries.append({
            "code": row["alpha_2"],
            "en": row["name"],
            "fr": french(tr, row["name"]),
            "alpha3": row["alpha_3"],
            "numeric": row["numeric"],
        })
    # ZZ is user-assigned in ISO 3166 and used by CLDR for "unknown region"; it keeps country fields two letters.
    entries.append({"code": "ZZ", "en": "Unknown country", "fr": "Pays inconnu", "user_assigned": True})
    return {
        "id": "country",
        "version": f"iso-codes {version}",
        "source": "ISO 3166-1 via Debian iso-codes (iso_3166-1.json); French names from its gettext catalogue",
        "unknown": "ZZ",
        "entries": entries,
    }


def minor_units(code):
    if code in ZERO_DECIMALS:
        return 0
    if code in THREE_DECIMALS:
        return 3
    if code in FOUR_DECIMALS:
        return 4
    return 2


def currencies(version):
    tr = translator("iso_4217")
    rows = json.loads((ISO_DIR / "iso_4217.json").read_text(encoding="utf-8"))["4217"]
    entries = []
    for row in sorted(rows, key=lambda r: r["alpha_3"]):
        code = row["alpha_3"]
        if code in NOT_CURRENCIES:
            continue
        entries.append({
            "code": code,
            "en": row["name"],
            "fr": french(tr, row["name"]),
            "numeric": row["numeric"],
            "minor_units": minor_units(code),
        })
    entries.append({"code": "UNKNOWN", "en": "Unknown currency", "fr": "Devise inconnue", "minor_units": 2})
    return {
        "id": "currency",
        "version": f"iso-codes {version}",
        "source": "ISO 4217 via Debian iso-codes (iso_4217.json); minor units from ISO 4217 list one",
        "unknown": "UNKNOWN",
        "entries": entries,
    }


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {len(doc['entries'])} entries")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parent.parent / "data"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    version = iso_codes_version()
    write(out / "country.json", countries(version))
    write(out / "currency.json", currencies(version))


if __name__ == "__main__":
    main()
