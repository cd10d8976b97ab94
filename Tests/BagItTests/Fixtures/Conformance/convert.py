"""Copies the BagIt conformance suite's v0.97 and v1.0 cases here as BagIt 1.0 bags.

Usage: python3 convert.py SUITE_CHECKOUT OUTPUT_FOLDER

Each case keeps its files byte for byte, except:
- bagit.txt declares `BagIt-Version: 1.0` where it declared 0.9x (the `.97` of
  invalid/invalid-version-number is what that case tests, and stays);
- the bagit.txt lines of the tag manifests are recomputed for the new bagit.txt, in the
  tag files' declared encoding, where they matched the old one (invalid/corrupt-tag-file's
  deliberately wrong checksums stay wrong);
- warning/special-system-files gets back its empty data/.DS_Store, which its manifest lists
  but which never reached the suite's git repository.
"""
import hashlib, os, re, shutil, sys

suite, output = sys.argv[1:3]
CATEGORIES = [("v0.97", c) for c in ("valid", "invalid", "warning", "linux-only", "windows-only")] + \
             [("v1.0", c) for c in ("valid", "invalid")]


def codec(declared, data):
    name = declared.strip().lower()
    if name.startswith("utf-16"):
        return "utf-16-be" if data.startswith(b"\xfe\xff") else "utf-16-le"
    return {"iso-8859-1": "latin-1"}.get(name, name)


for version, category in CATEGORIES:
    folder = os.path.join(suite, version, category)
    for case in sorted(os.listdir(folder)):
        source = os.path.join(folder, case)
        if not os.path.isdir(source):
            continue
        target = os.path.join(output, version, category, case)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        declaration = os.path.join(target, "bagit.txt")
        if not os.path.exists(declaration):
            continue
        old = open(declaration, "rb").read()
        new = re.sub(rb"BagIt-Version: 0\.9\d", b"BagIt-Version: 1.0", old)
        if new == old:
            continue
        open(declaration, "wb").write(new)
        declared = re.search(rb"Tag-File-Character-Encoding: *([^\r\n]*)", new)
        declared = declared.group(1).decode() if declared else "utf-8"
        for name in os.listdir(target):
            match = re.fullmatch(r"tagmanifest-(\w+)\.txt", name)
            if not match:
                continue
            path = os.path.join(target, name)
            raw = open(path, "rb").read()
            encoding = codec(declared, raw)
            bom = raw[:2] if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else b""
            text = raw[len(bom):].decode(encoding)
            algorithm = match.group(1)
            before = hashlib.new(algorithm, old).hexdigest()
            after = hashlib.new(algorithm, new).hexdigest()
            changed = re.sub(r"(?m)^" + before + r"(\s+\*?bagit\.txt)", after + r"\1", text)
            open(path, "wb").write(bom + changed.encode(encoding))
        if case == "special-system-files":
            open(os.path.join(target, "data", ".DS_Store"), "wb").close()
