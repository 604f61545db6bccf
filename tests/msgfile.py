"""A minimal Outlook .msg writer, so the .msg tests need no Outlook and no fixture file.

extract-msg only reads, so the tests write their own messages: a Compound File Binary
(version 3, 512-byte sectors, small streams in the mini stream) holding the MAPI
streams extract-msg reads: subject, body, transport headers, message class,
attachments with their file names and bytes. Directory siblings are chained on the
right (readers walk the tree; they do not check its colouring). Fake data only.
"""

from __future__ import annotations

import itertools
import struct

FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
SECTOR, MINI, CUTOFF = 512, 64, 4096


def msg_bytes(*, subject: str, body: str, headers: str, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    """An IPM.Note message with transport ``headers`` (RFC 5322 text) and ``attachments``."""
    tree: dict[str, object] = {
        "__substg1.0_001A001F": _utf16("IPM.Note"),
        "__substg1.0_0037001F": _utf16(subject),
        "__substg1.0_1000001F": _utf16(body),
        "__substg1.0_007D001F": _utf16(headers),
        "__properties_version1.0": bytes(32) + _props([(0x0E070003, 1)]),  # message flags: read
        "__nameid_version1.0": {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                                "__substg1.0_00040102": b""},
    }
    tree["__properties_version1.0"] = (bytes(8) + struct.pack("<IIII", 0, len(attachments), 0, len(attachments))
                                       + bytes(8) + _props([(0x0E070003, 1)]))
    for i, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{i:08X}"] = {
            "__substg1.0_3707001F": _utf16(name), "__substg1.0_3704001F": _utf16(name[:12]),
            "__substg1.0_37010102": data,
            "__properties_version1.0": bytes(8) + _props([(0x37050003, 1), (0x0E210003, i)]),  # by value; number
        }
    return write_cfb(tree)


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _props(values: list[tuple[int, int]]) -> bytes:
    return b"".join(struct.pack("<IIq", tag, 0x6, value) for tag, value in values)


def write_cfb(tree: dict[str, object]) -> bytes:
    """A compound file of ``tree``: names map to bytes (streams) or dicts (storages)."""
    entries: list[dict] = []

    def add(name: str, node: object, kind: int) -> int:
        index = len(entries)
        entries.append({"name": name, "type": kind, "data": node if isinstance(node, bytes) else b"", "kids": []})
        if isinstance(node, dict):
            for key, value in node.items():
                entries[index]["kids"].append(add(key, value, 1 if isinstance(value, dict) else 2))
        return index

    add("Root Entry", tree, 5)
    mini, minifat, big = bytearray(), [], []
    for e in entries:
        e["start"], e["size"] = END, len(e["data"])
        if e["type"] != 2 or not e["data"]:
            continue
        if len(e["data"]) < CUTOFF:
            e["start"] = len(mini) // MINI
            count = -(-len(e["data"]) // MINI)
            minifat += [e["start"] + i + 1 for i in range(count - 1)] + [END]
            mini += e["data"] + bytes(count * MINI - len(e["data"]))
        else:
            big.append(e)
    directory = _directory(entries)
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    blobs = [directory, minifat_bytes, bytes(mini)] + [e["data"] for e in big]
    counts = [-(-len(b) // SECTOR) for b in blobs]
    fat_count = 1
    while fat_count * 128 < sum(counts) + fat_count:
        fat_count += 1
    fat = [FATSECT] * fat_count
    starts = []
    for n in counts:
        starts.append(len(fat) if n else END)
        fat += [len(fat) + i + 1 for i in range(n - 1)] + ([END] if n else [])
    fat += [FREE] * (fat_count * 128 - len(fat))
    entries[0]["start"], entries[0]["size"] = starts[2], len(mini)
    for e, start in zip(big, starts[3:]):
        e["start"] = start
    directory = _directory(entries)  # again, now that the start sectors are known
    blobs[0] = directory
    header = bytearray(SECTOR)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, fat_count, starts[0], 0, CUTOFF,
                     starts[1] if minifat else END, counts[1], END, 0)
    difat = list(range(fat_count)) + [FREE] * (109 - fat_count)
    struct.pack_into("<109I", header, 76, *difat)
    out = bytearray(header) + b"".join(struct.pack("<I", v) for v in fat)
    for blob, n in zip(blobs, counts):
        out += blob + bytes(n * SECTOR - len(blob))
    return bytes(out)


def _directory(entries: list[dict]) -> bytes:
    left, right, child = {}, {}, {}
    for index, e in enumerate(entries):
        kids = sorted(e["kids"], key=lambda k: (len(entries[k]["name"]), entries[k]["name"].upper()))
        child[index] = kids[0] if kids else FREE
        for a, b in itertools.pairwise(kids):
            right[a] = b
    out = bytearray()
    for index, e in enumerate(entries):
        name = e["name"].encode("utf-16-le")
        record = bytearray(128)
        record[0:len(name)] = name
        struct.pack_into("<HBB", record, 64, len(name) + 2, e["type"], 1)
        struct.pack_into("<III", record, 68, left.get(index, FREE), right.get(index, FREE), child[index]
                         if e["type"] != 2 else FREE)
        struct.pack_into("<IQ", record, 116, e["start"], e["size"])
        out += record
    while len(out) % SECTOR:
        out += struct.pack("<64sHBBIII", b"", 0, 0, 0, FREE, FREE, FREE) + bytes(128 - 80)
    return bytes(out)
