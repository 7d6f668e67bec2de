"""Reads the numbers written in benchmark gold spans: "1,009", "33 146", "Forty-nine",
"Three hundred and thirty-five", "One hundred fifty patients", "2.5 mg/m2"."""
import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

# Digit groups separated by a comma or a (thin, narrow, no-break) space: "1,009", "33 146".
_GROUPED = re.compile(r"\d{1,3}(?:[,\u2008\u2009\u202f\u00a0 ]\d{3})+(?![\d.])")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def numbers_in(text):
    """Every number written with digits in `text`, as floats, in order."""
    found = []
    rest = text
    for match in _GROUPED.finditer(text):
        found.append((match.start(), float(re.sub(r"\D", "", match.group()))))
        rest = rest[:match.start()] + " " * (match.end() - match.start()) + rest[match.end():]
    for match in _PLAIN.finditer(rest):
        found.append((match.start(), float(match.group())))
    return [value for _, value in sorted(found)]


def words_to_number(text):
    """The value of an English number written in words at the start of `text`, or None."""
    tokens = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    total, current, seen = 0, 0, False
    for token in tokens:
        if token == "and" and seen:
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            scale = _SCALES[token]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            break
        seen = True
    return float(total + current) if seen else None


def value_of(text):
    """The first number in `text`, written with digits or in words; None if there is none."""
    digits = numbers_in(text)
    if digits:
        return digits[0]
    return words_to_number(text)
