#!/usr/bin/env python3
"""The bagit-python baseline of aftale-bench for bundles: makes a BagIt bag (SHA-256 manifest,
as Aftaler writes) in place from a folder of payload files, then zips the bag folder with
zipfile's deflate, as `aftale export bundle` writes one zip.

    python3 bagit_bundle.py FOLDER OUT.zip

FOLDER is turned into the bag (its files move into FOLDER/data), so give it a fresh copy.
"""
import os
import sys
import zipfile

import bagit


def main(folder, target):
    bagit.make_bag(folder, {"Source-Organization": "aftale-bench"}, processes=1, checksums=["sha256"])
    parent = os.path.dirname(os.path.abspath(folder))
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for root, folders, files in os.walk(folder):
            folders.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                archive.write(path, os.path.relpath(path, parent))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bagit_bundle.py FOLDER OUT.zip")
    main(sys.argv[1], sys.argv[2])
