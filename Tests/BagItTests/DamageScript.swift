/// The Python script (standard library only) that derives damaged zips from the sample bag.
///
/// Usage: `python3 make_damaged.py BAG.zip OUT_DIR SENTINEL_DIR`. Besides the zips it writes
/// `entries.json` (how Python's zipfile sees the bag's entries) and `unzipped/` (the bag
/// extracted by zipfile, UTF-8 names kept) for bagit.py.
enum DamageScript {
    static let source = #"""
import hashlib, json, os, re, sys, zipfile

src, out, sentinel = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
with zipfile.ZipFile(src) as z:
    infos = z.infolist()
    original = [(i.filename, z.read(i), i.external_attr) for i in infos]
    meta = [dict(name=i.filename, flag_bits=i.flag_bits, external_attr=i.external_attr,
                 create_system=i.create_system, date_time=list(i.date_time),
                 compress_type=i.compress_type) for i in infos]
    z.extractall(os.path.join(out, "unzipped"))
with open(os.path.join(out, "entries.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False)

root = original[0][0]
FILE = 0o100644 << 16
LINK = 0o120777 << 16

def write(name, items, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(out, name), "w") as z:
        for entry, data, attr in items:
            info = zipfile.ZipInfo(entry, date_time=(2025, 3, 1, 12, 0, 0))
            info.create_system = 3
            info.external_attr = attr
            info.compress_type = zipfile.ZIP_STORED if entry.endswith("/") else compression
            z.writestr(info, data)

def copy():
    return [list(e) for e in original]

def content(items, name):
    return next(e[1] for e in items if e[0] == root + name)

def replace(items, name, data):
    for e in items:
        if e[0] == root + name:
            e[1] = data
            return items
    raise KeyError(name)

def retag(items):
    lines = ""
    for tag in ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]:
        found = [e[1] for e in items if e[0] == root + tag]
        if found:
            lines += hashlib.sha256(found[0]).hexdigest() + "  " + tag + "\n"
    return replace(items, "tagmanifest-sha256.txt", lines.encode())

def flip(data, index=0):
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]

items = copy()
write("clean-python.zip", items)
write("flipped.zip", replace(items, "data/notater/møde.txt", flip(content(items, "data/notater/møde.txt"), 3)))
write("removed.zip", [e for e in copy() if e[0] != root + "data/Ærø.csv"])
write("added.zip", copy() + [[root + "data/ekstra.txt", b"ekstra\n", FILE]])
with open(src, "rb") as f:
    raw = f.read()
with open(os.path.join(out, "truncated.zip"), "wb") as f:
    f.write(raw[: len(raw) // 2])
write("dotdot.zip", copy() + [["../x", b"evil", FILE]])
write("absolute.zip", copy() + [["/etc/x", b"evil", FILE]])
write("backslash.zip", copy() + [[root + "data\\..\\..\\evil.txt", b"evil", FILE]])
write("drive.zip", copy() + [["C:/x", b"evil", FILE]])
write("symlink.zip", copy() + [[root + "data/link", b"/etc/passwd", LINK]])
write("twotop.zip", copy() + [["andet/fil.txt", b"x", FILE]])

items = copy()
info = re.sub(r"Payload-Oxum: .*", "Payload-Oxum: 1.1", content(items, "bag-info.txt").decode())
write("oxum.zip", retag(replace(items, "bag-info.txt", info.encode())))

items = copy()
write("tagmodified.zip", replace(items, "bag-info.txt", content(items, "bag-info.txt") + b"Contact-Name: Mallory\n"))

items = copy()
write("wrongversion.zip", retag(replace(items, "bagit.txt", b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n")))
write("nodeclaration.zip", retag([e for e in copy() if e[0] != root + "bagit.txt"]))

items = copy()
marker = content(items, "data/readme.txt")
write("badcrc.zip", items, zipfile.ZIP_STORED)
path = os.path.join(out, "badcrc.zip")
with open(path, "rb") as f:
    raw = bytearray(f.read())
assert raw.count(marker) == 1
raw[raw.index(marker) + 5] ^= 0x01
with open(path, "wb") as f:
    f.write(raw)

write("escape.zip", copy() + [
    ["../escape.txt", b"escaped", FILE],
    [sentinel + "/absolute.txt", b"escaped", FILE],
    [root + "data/link", sentinel.encode(), LINK],
    [root + "data/link/pwned.txt", b"pwned", FILE],
    [root + "data\\..\\..\\..\\windows.txt", b"escaped", FILE],
    ["C:/drive.txt", b"escaped", FILE],
])
"""#
}
