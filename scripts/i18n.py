#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Page texts of Corridor.Web: from English/Dutch pairs in code to resource files (docs/decisions/0013-ui-localisation.md).

  python3 scripts/i18n.py convert [--german FILE.json] [--root DIR]
      Rewrites every pair `t["English", "Dutch"]` in src/Corridor.Web (*.cs, *.cshtml) into `t["English"]` and puts the
      Dutch text under the English key in Resources/Localization/UiText.nl.resx; with --german, a JSON object
      {"English": "Deutsch", ...}, every key still missing from UiText.de.resx gets its German text (and keys named in
      the file are updated). Idempotent: run it again after merging code that still has pairs.
      Interpolated pairs (t[$"..{x}..", $"..."]) are not rewritten but reported: write them as t.Format("..{0}..", x).
  python3 scripts/i18n.py check [--root DIR]
      Exit 1 when a pair remains, when a key used in code (t["..."], t.Format("...", ...)) is missing from the nl or
      de resource file, when a resource key is not used in code, or when placeholders {0} differ between languages.
  python3 scripts/i18n.py keys [--root DIR] [--missing de]
      Lists the keys used in code as JSON (those missing from a language with --missing), e.g. for a translator.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

WEB = os.path.join("src", "Corridor.Web")
RESX_DIR = os.path.join(WEB, "Resources", "Localization")
LANGUAGES = ("nl", "de")

# A receiver of page texts: `t[`, `T[`, `Model.T[`, `this[` inside UiText.cs. A two-literal indexer on any name is a
# pair (only UiText has one), so convert also catches receivers named otherwise.
IDENT_INDEX = re.compile(r"(?<!\w)([A-Za-z_]\w*)\s*\[")
FORMAT_CALL = re.compile(r"(?<![\w])(?:(?:t|T|this|Text)\s*\.\s*Format|UiText\s*\.\s*Key)\s*\(")
KEY_RECEIVERS = {"t", "T", "Text"}
PLACEHOLDER = re.compile(r"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")


class Literal:
    def __init__(self, start, end, value, interpolated, source):
        self.start, self.end, self.value, self.interpolated, self.source = start, end, value, interpolated, source


def parse_literal(text, i):
    """A C# string literal at text[i] ("...", @"...", $"...", $@"...", @$"...", \"\"\"raw\"\"\"); None when there is none."""
    j = i
    prefix = ""
    while j < len(text) and text[j] in "$@" and len(prefix) < 3:
        prefix += text[j]
        j += 1
    if j >= len(text) or text[j] != '"':
        return None
    interpolated = "$" in prefix
    verbatim = "@" in prefix
    if text.startswith('"""', j):  # raw string literal
        end = text.find('"""', j + 3)
        if end < 0:
            return None
        value = text[j + 3:end]
        return Literal(i, end + 3, value, interpolated, text[i:end + 3])
    j += 1
    out = []
    while j < len(text):
        c = text[j]
        if verbatim:
            if c == '"':
                if j + 1 < len(text) and text[j + 1] == '"':
                    out.append('"')
                    j += 2
                    continue
                return Literal(i, j + 1, "".join(out), interpolated, text[i:j + 1])
            out.append(c)
            j += 1
            continue
        if c == "\\" and j + 1 < len(text):
            n = text[j + 1]
            simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
            if n in simple:
                out.append(simple[n])
                j += 2
            elif n == "u" and j + 5 < len(text):
                out.append(chr(int(text[j + 2:j + 6], 16)))
                j += 6
            else:
                out.append(n)
                j += 2
            continue
        if c == '"':
            return Literal(i, j + 1, "".join(out), interpolated, text[i:j + 1])
        if c == "\n":
            return None
        out.append(c)
        j += 1
    return None


def split_holes(value):
    """An interpolated string's text as a format string and its hole expressions: "{n} t" -> ("{0} t", ["n"])."""
    out, exprs, i = [], [], 0
    while i < len(value):
        c = value[i]
        if c in "{}" and value.startswith(c * 2, i):
            out.append(c * 2)
            i += 2
            continue
        if c != "{":
            out.append(c)
            i += 1
            continue
        depth, j, quote = 0, i + 1, None
        colon = comma = None
        while j < len(value):
            d = value[j]
            if quote:
                if d == "\\":
                    j += 2
                    continue
                if d == quote:
                    quote = None
            elif d in "\"'":
                quote = d
            elif d in "([{":
                depth += 1
            elif d in ")]":
                depth -= 1
            elif d == "}":
                if depth == 0:
                    break
                depth -= 1
            elif d == ":" and depth == 0 and colon is None:
                colon = j
            elif d == "," and depth == 0 and colon is None and comma is None:
                comma = j
            j += 1
        end_expr = min(x for x in (comma, colon, j) if x is not None)
        expr = value[i + 1:end_expr].strip()
        if expr not in exprs:
            exprs.append(expr)
        out.append("{" + str(exprs.index(expr)) + value[end_expr:j] + "}")
        i = j + 1
    return "".join(out), exprs


def csharp_literal(value):
    """A regular C# string literal for value."""
    body = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return '"' + body + '"'


def skip_ws(text, i):
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return i


COMMENT_LINE = re.compile(r"^[ \t]*(//|@\*).*$", re.MULTILINE)


def blank_comments(text):
    """The text with whole-line comments (// …, /// …, @* … in Razor) blanked out, offsets unchanged."""
    return COMMENT_LINE.sub(lambda m: " " * len(m.group(0)), text)


def find_pairs(text):
    """(receiver, match start, end after ']', English literal, Dutch literal) for every `name["en", "nl"]`."""
    text = blank_comments(text)
    for m in IDENT_INDEX.finditer(text):
        i = skip_ws(text, m.end())
        en = parse_literal(text, i)
        if en is None:
            continue
        i = skip_ws(text, en.end)
        if i >= len(text) or text[i] != ",":
            continue
        i = skip_ws(text, i + 1)
        nl = parse_literal(text, i)
        if nl is None:
            continue
        i = skip_ws(text, nl.end)
        if i >= len(text) or text[i] != "]":
            continue
        yield m.group(1), m.start(), i + 1, en, nl


def find_keys(text, in_uitext):
    """(key, interpolated) for every single-literal use: t["key"], this["key"] (UiText.cs), t.Format("key", ...)."""
    receivers = KEY_RECEIVERS | ({"this"} if in_uitext else set())
    text = blank_comments(text)
    for m in IDENT_INDEX.finditer(text):
        if m.group(1) not in receivers:
            continue
        i = skip_ws(text, m.end())
        lit = parse_literal(text, i)
        if lit is None:
            continue
        j = skip_ws(text, lit.end)
        if j < len(text) and text[j] == "]":
            yield lit.value, lit.interpolated
    for m in FORMAT_CALL.finditer(text):
        lit = parse_literal(text, skip_ws(text, m.end()))
        if lit is not None:
            yield lit.value, lit.interpolated


def source_files(root):
    base = os.path.join(root, WEB)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = [d for d in dirnames if d not in ("bin", "obj", "node_modules", "wwwroot")]
        for name in sorted(filenames):
            if name.endswith(".cs") or name.endswith(".cshtml"):
                yield os.path.join(dirpath, name)


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


# ---------------------------------------------------------------- resx

RESX_HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <!-- Page texts of Corridor.Web, keyed by their English text (docs/decisions/0013-ui-localisation.md).
       Written by scripts/i18n.py; a translator edits the <value>s. Keep {0}, {1}… as they are. -->
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


# Resource names are unique regardless of case, but keys are not ("Supply" and "supply" read "Aanbod" and "aanbod"):
# of keys that differ only in case, the first in ordinal order is stored as is and each further one with one more "~"
# in front ("~supply"); UiText looks the key up with as many "~" as it takes.
CASE_MARK = "~"


def to_names(entries):
    """Key -> value as resource name -> value."""
    names, taken = {}, set()
    for key in sorted(entries):
        name = key
        while name.lower() in taken:
            name = CASE_MARK + name
        taken.add(name.lower())
        names[name] = entries[key]
    return names


def from_names(names):
    """Resource name -> value as key -> value (the inverse of to_names)."""
    return {name.lstrip(CASE_MARK) if name.startswith(CASE_MARK) else name: value for name, value in names.items()}


def resx_path(root, language):
    return os.path.join(root, RESX_DIR, f"UiText.{language}.resx")


def read_resx(path):
    """Key -> value, in file order; empty when the file does not exist."""
    if not os.path.exists(path):
        return {}
    tree = ET.parse(path)
    entries = {}
    for data in tree.getroot().findall("data"):
        value = data.find("value")
        entries[data.get("name")] = (value.text or "") if value is not None else ""
    return from_names(entries)


def xml_escape(s, attribute=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        s = s.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    return s


def write_resx(path, entries):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    parts = [RESX_HEADER]
    entries = to_names(entries)
    for key in sorted(entries, key=lambda k: (k.lstrip(CASE_MARK).lower(), k)):
        space = ' xml:space="preserve"'
        parts.append(f'  <data name="{xml_escape(key, True)}"{space}><value>{xml_escape(entries[key])}</value></data>\n')
    parts.append("</root>\n")
    content = "".join(parts)
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old != content:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        return True
    return False


# ---------------------------------------------------------------- commands

def collect(root):
    """Keys used in code (key -> first place), pairs still in code, interpolated uses."""
    keys, pairs, interpolated = {}, [], []
    for path in source_files(root):
        text = open(path, encoding="utf-8").read()
        rel = os.path.relpath(path, root)
        for receiver, start, _, en, nl in find_pairs(text):
            pairs.append((rel, line_of(text, start), en, nl))
        for key, interp in find_keys(text, os.path.basename(path) == "UiText.cs"):
            if interp:
                interpolated.append((rel, key))
            else:
                keys.setdefault(key, rel)
    return keys, pairs, interpolated


def load_json(path):
    if not path:
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def convert(root, german_file, dutch_file=None):
    german = load_json(german_file)
    dutch = load_json(dutch_file)
    nl = read_resx(resx_path(root, "nl"))
    de = read_resx(resx_path(root, "de"))
    converted, manual = 0, []
    # One English key has one Dutch text: a pair whose Dutch differs from another pair's, or from the resource file,
    # stays in code (reported) until its English is made distinct or the resource file is edited.
    dutch_of = {}
    for path in source_files(root):
        for _, _, _, en, nl_lit in find_pairs(open(path, encoding="utf-8").read()):
            if not (en.interpolated or nl_lit.interpolated):
                dutch_of.setdefault(en.value, set()).add(nl_lit.value)
    conflicts = {k for k, v in dutch_of.items() if len(v) > 1 or (k in nl and nl[k] not in v)}
    for path in source_files(root):
        text = open(path, encoding="utf-8").read()
        rel = os.path.relpath(path, root)
        out, last = [], 0
        for receiver, start, end, en, nl_lit in find_pairs(text):
            if en.interpolated or nl_lit.interpolated:
                # t[$"{n} lots", $"{n} partijen"] -> t.Format("{0} lots", n), Dutch "{0} partijen" under that key.
                en_format, exprs = split_holes(en.value) if en.interpolated else (en.value.replace("{", "{{").replace("}", "}}"), [])
                nl_format, nl_exprs = split_holes(nl_lit.value) if nl_lit.interpolated else (nl_lit.value.replace("{", "{{").replace("}", "}}"), [])
                if any(e not in exprs for e in nl_exprs):
                    manual.append(f"{rel}:{line_of(text, start)}: the Dutch text uses a value the English does not; convert by hand")
                    continue
                nl_format = re.sub(r"\{(\d+)", lambda m: "{" + str(exprs.index(nl_exprs[int(m.group(1))])), nl_format)
                nl_format = nl_format.replace("{{", "\x00").replace("}}", "\x01")
                nl_format = re.sub(r"(?<!\{)\{(\d+)", lambda m: "{" + m.group(1), nl_format).replace("\x00", "{{").replace("\x01", "}}")
                nl[en_format] = nl_format
                out.append(text[last:start])
                out.append(f"{receiver}.Format({csharp_literal(en_format)}" + "".join(", " + e for e in exprs) + ")")
                last = end
                converted += 1
                continue
            if en.value in conflicts:
                known = sorted(dutch_of[en.value] | ({nl[en.value]} if en.value in nl else set()))
                manual.append(f"{rel}:{line_of(text, start)}: {en.value!r} has several Dutch texts {known}: not converted; "
                              "make the English distinct (or a whole sentence with .Format) or fix UiText.nl.resx")
                continue
            nl[en.value] = nl_lit.value
            out.append(text[last:start])
            out.append(f"{receiver}[{en.source}]")
            last = end
            converted += 1
        if last:
            out.append(text[last:])
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write("".join(out))
    keys, _, _ = collect(root)
    for key, value in german.items():
        if key in keys or key in de:
            de[key] = value
    for key, value in dutch.items():
        if key in keys or key in nl:
            nl[key] = value
    for key in keys:
        if key not in nl:
            manual.append(f"{keys[key]}: no Dutch text for {key!r} (add it to UiText.nl.resx)")
        if key not in de:
            manual.append(f"{keys[key]}: no German text for {key!r} (add it to the --german file or UiText.de.resx)")
    neutral = os.path.join(root, RESX_DIR, "UiText.resx")
    if not os.path.exists(neutral):
        write_resx(neutral, {})  # English is the key itself; the empty neutral file spares lookups an exception
    write_resx(resx_path(root, "nl"), nl)
    write_resx(resx_path(root, "de"), de)
    print(f"converted {converted} pair(s); {len(keys)} key(s) in code; nl {len(nl)}, de {len(de)} entries")
    for m in manual:
        print(m)
    return 0


def placeholders(s):
    return sorted(set(PLACEHOLDER.findall(s)))


def check(root):
    keys, pairs, interpolated = collect(root)
    problems = []
    for rel, line, en, nl in pairs:
        problems.append(f"{rel}:{line}: pair left in code: {en.source}, {nl.source}")
    for rel, key in interpolated:
        problems.append(f"{rel}: interpolated text key {key!r}: use .Format(\"…{{0}}…\", x)")
    for language in LANGUAGES:
        entries = read_resx(resx_path(root, language))
        for key, where in keys.items():
            if key not in entries:
                problems.append(f"{where}: {key!r} missing from UiText.{language}.resx")
            elif placeholders(key) != placeholders(entries[key]):
                problems.append(f"UiText.{language}.resx: placeholders of {key!r} differ: {entries[key]!r}")
        for key in entries:
            if key not in keys:
                problems.append(f"UiText.{language}.resx: {key!r} is not used in code")
    for p in problems:
        print(p)
    print(f"{len(keys)} key(s), {len(problems)} problem(s)")
    return 1 if problems else 0


def list_keys(root, missing):
    keys, _, _ = collect(root)
    entries = read_resx(resx_path(root, missing)) if missing else {}
    print(json.dumps([k for k in keys if k not in entries], ensure_ascii=False, indent=1))
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("convert", "check", "keys"))
    parser.add_argument("--german", help="JSON object English -> German (convert)")
    parser.add_argument("--dutch", help="JSON object English -> Dutch for keys that are not pairs in code (convert)")
    parser.add_argument("--missing", help="language code: list only keys missing from it (keys)")
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = parser.parse_args(argv)
    root = os.path.abspath(args.root)
    if args.command == "convert":
        return convert(root, args.german, args.dutch)
    if args.command == "check":
        return check(root)
    return list_keys(root, args.missing)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
