"""Document structure that can carry a name besides the page text: gone from the export, by four checkers.

The secret sits on the page once (the reviewer boxes it) and again in one structural
place. Places the reviewer never sees (metadata, attachments, scripts, hidden layers,
alternate text, old revisions) must go whatever was redacted: the second test of each
exports with only an unrelated box (the phone number).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from fakedocs import SECRET, SECRET_PHONE, write_lines

from attack.leakcheck import assert_gone
from attack.rawpdf import add_object, append_content, helvetica, pdf_y, save, text_op
from redactor import _content
from redactor import export as export_module
from redactor.errors import ExportVerificationError
from redactor.verify import verify_file

LINES = ["Nota over de toezegging aan de Kamer", f"Van: {SECRET}, tel. {SECRET_PHONE}", "Het verslag volgt."]
SURNAME = "Ploegmaker"
OTHER = "Wendelien Haverkamp"  # a second fictional person, named only in the hidden places
WHO = f"{SECRET} en {OTHER}"
Builder = Callable[[Path], Path]


def _doc(pages: int = 1) -> pymupdf.Document:
    doc = pymupdf.open()
    for _ in range(pages):
        write_lines(doc.new_page(width=595, height=842), LINES)
    return doc


def _catalog_set(doc: pymupdf.Document, key: str, value: str) -> None:
    doc.xref_set_key(doc.pdf_catalog(), key, value)


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


# -- builders ---------------------------------------------------------------------------------------------


def annotations(indir: Path) -> Path:
    """A sticky note, free text, an unapplied redaction with overlay text, a file attachment, a reply."""
    doc = _doc()
    page = doc[0]
    note = page.add_text_annot((450, 80), f"Vraag aan {WHO}: klopt dit?")
    note.set_info(title=WHO)
    note.update()
    page.add_freetext_annot(pymupdf.Rect(300, 300, 550, 340), f"Notitie: {WHO} belt terug")
    [box] = page.search_for("Het verslag volgt.")
    page.add_redact_annot(box, text=f"zie {WHO}")
    page.add_file_annot((500, 500), f"{WHO};{SECRET_PHONE}".encode(), "contact.txt", desc=WHO)
    return save(doc, indir / "annotations.pdf")


def form_fields(indir: Path) -> Path:
    """A text field (value and appearance stream), a choice list, a parent field, and XFA."""
    doc = _doc()
    page = doc[0]
    for kind, name, value, rect in [
        (pymupdf.PDF_WIDGET_TYPE_TEXT, "contactpersoon", WHO, (72, 300, 300, 320)),
        (pymupdf.PDF_WIDGET_TYPE_COMBOBOX, "behandelaar", WHO, (72, 330, 300, 350)),
    ]:
        widget = pymupdf.Widget()
        widget.field_type, widget.field_name, widget.field_value = kind, name, value
        widget.rect = pymupdf.Rect(rect)
        if kind == pymupdf.PDF_WIDGET_TYPE_COMBOBOX:
            widget.choice_values = [WHO, "Iemand anders"]
        page.add_widget(widget)
    parent = add_object(doc, f"<</T(afzender)/FT/Tx/V{_pdf_string(WHO)}/DV{_pdf_string(WHO)}/Kids[]>>")
    xfa = add_object(doc, "<<>>", f"<xdp:xdp><form><afzender>{WHO}</afzender></form></xdp:xdp>".encode())
    acro = doc.xref_get_key(doc.pdf_catalog(), "AcroForm")
    acro_xref = int(acro[1].split()[0]) if acro[0] == "xref" else None
    fields = doc.xref_get_key(acro_xref, "Fields")[1] if acro_xref else "[]"
    target = acro_xref or doc.pdf_catalog()
    prefix = "" if acro_xref else "AcroForm/"
    doc.xref_set_key(target, f"{prefix}Fields", fields.rstrip("]") + f" {parent} 0 R]")
    doc.xref_set_key(target, f"{prefix}XFA", f"{xfa} 0 R")
    return save(doc, indir / "form-fields.pdf")


def hidden_layer(indir: Path) -> Path:
    """Text and an image in layers switched off (one of them printed all the same)."""
    doc = _doc()
    page = doc[0]
    off = doc.add_ocg("Concept", on=False)
    print_only = doc.add_ocg("Afdrukken", on=False, usage="Print")
    page.insert_text((72, 400), f"Concepttekst: {WHO}", oc=off)
    page.insert_text((72, 420), f"Alleen bij afdrukken: {WHO}", oc=print_only)
    pix = pymupdf.Pixmap(pymupdf.csGRAY, 8, 8, bytes(64), False)
    page.insert_image(pymupdf.Rect(400, 400, 440, 440), pixmap=pix, oc=off)
    return save(doc, indir / "hidden-layer.pdf")


def embedded_files(indir: Path) -> Path:
    """An attachment, a portfolio, and a PDF 2.0 associated file on the page."""
    doc = _doc()
    doc.embfile_add("contactlijst.txt", f"{WHO};{SECRET_PHONE}".encode(), filename="contactlijst.txt",
                    desc=f"lijst van {WHO}")
    _catalog_set(doc, "Collection", "<</Type/Collection/View/D>>")
    stream = add_object(doc, "<</Type/EmbeddedFile>>", f"Notulen: {WHO}".encode())
    spec = add_object(doc, f"<</Type/Filespec/F(notulen.txt)/UF(notulen.txt)/EF<</F {stream} 0 R>>"
                           f"/AFRelationship/Supplement>>")
    doc.xref_set_key(doc[0].xref, "AF", f"[{spec} 0 R]")
    _catalog_set(doc, "AF", f"[{spec} 0 R]")
    return save(doc, indir / "embedded-files-portfolio.pdf")


def outline(indir: Path) -> Path:
    """Bookmarks: one with the surname in capitals, one whose action mails him; a clean one."""
    doc = _doc(2)
    doc.set_toc([
        [1, "Inleiding", 1],
        [1, f"{SURNAME.upper()}, J. (DEU)", 1],
        [1, "Contact", 2, {"kind": pymupdf.LINK_URI, "uri": f"mailto:{SURNAME.lower()}@example.org"}],
        [1, "Bijlage", 2],
    ])
    return save(doc, indir / "outline.pdf")


def page_labels(indir: Path) -> Path:
    doc = _doc(3)
    doc.set_page_labels([{"startpage": 0, "prefix": f"{SURNAME}-", "style": "D", "firstpagenum": 1},
                         {"startpage": 2, "prefix": "Bijlage ", "style": "r", "firstpagenum": 1}])
    return save(doc, indir / "page-labels.pdf")


def named_destinations(indir: Path) -> Path:
    doc = _doc(2)
    page = doc[1].xref
    _catalog_set(doc, "Names", f"<</Dests<</Names[{_pdf_string(WHO)}[{page} 0 R/Fit]]>>>>")
    _catalog_set(doc, "Dests", f"<</{SURNAME}_{OTHER.split()[1]}[{page} 0 R/Fit]>>")
    return save(doc, indir / "named-destinations.pdf")


XMP = (f'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
       f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>{WHO}</rdf:li></rdf:Seq>'
       f'</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def metadata(indir: Path) -> Path:
    """Info dictionary (standard and custom keys), XMP of the document, a page and an image, PieceInfo."""
    doc = _doc()
    doc.set_metadata({"author": WHO, "title": f"Nota van {WHO}", "keywords": SURNAME})
    info = int(doc.xref_get_key(-1, "Info")[1].split()[0])
    doc.xref_set_key(info, "Behandelaar", _pdf_string(WHO))
    doc.set_xml_metadata(XMP)
    page = doc[0]
    page_xmp = add_object(doc, "<</Type/Metadata/Subtype/XML>>", XMP.encode())
    doc.xref_set_key(page.xref, "Metadata", f"{page_xmp} 0 R")
    private = add_object(doc, "<<>>", f"originele tekst van {WHO}".encode())
    doc.xref_set_key(page.xref, "PieceInfo", f"<</Illustrator<</Private {private} 0 R/LastModified(D:2024)>>>>")
    xref = page.insert_image(pymupdf.Rect(400, 600, 420, 620), pixmap=pymupdf.Pixmap(pymupdf.csGRAY, 4, 4,
                                                                                      bytes(16), False))
    image_xmp = add_object(doc, "<</Type/Metadata/Subtype/XML>>", XMP.encode())
    doc.xref_set_key(xref, "Metadata", f"{image_xmp} 0 R")
    return save(doc, indir / "metadata-xmp-pieceinfo.pdf")


def thumbnail(indir: Path) -> Path:
    """A /Thumb image of the unredacted page; its raw samples spell the name (so bytes can see it)."""
    doc = _doc()
    samples = (WHO.encode() * 64)[:32 * 32]
    thumb = add_object(doc, "<</Type/XObject/Subtype/Image/Width 32/Height 32/ColorSpace/DeviceGray"
                            "/BitsPerComponent 8>>", samples)
    doc.xref_set_key(doc[0].xref, "Thumb", f"{thumb} 0 R")
    return save(doc, indir / "thumbnail.pdf", deflate=False)


def javascript(indir: Path) -> Path:
    """Scripts everywhere a PDF runs them: open action, name tree, page, link, field, bookmark."""
    doc = _doc()
    page = doc[0]
    js = f"app.alert('{WHO}');"
    _catalog_set(doc, "OpenAction", f"<</S/JavaScript/JS{_pdf_string(js)}>>")
    stream_js = add_object(doc, "<<>>", f"var contact = '{WHO}';".encode())
    named = add_object(doc, f"<</S/JavaScript/JS {stream_js} 0 R>>")
    _catalog_set(doc, "Names", f"<</JavaScript<</Names[(init) {named} 0 R]>>>>")
    doc.xref_set_key(page.xref, "AA", f"<</O<</S/JavaScript/JS{_pdf_string(js)}>>>>")
    link = add_object(doc, f"<</Type/Annot/Subtype/Link/Rect[72 600 200 620]/Border[0 0 0]"
                           f"/A<</S/JavaScript/JS{_pdf_string(js)}>>>>")
    doc.xref_set_key(page.xref, "Annots", f"[{link} 0 R]")
    doc.set_toc([[1, "Start", 1]])
    first = int(doc.xref_get_key(int(doc.xref_get_key(doc.pdf_catalog(), "Outlines")[1].split()[0]),
                                 "First")[1].split()[0])
    doc.xref_set_key(first, "A", f"<</S/JavaScript/JS{_pdf_string(js)}>>")
    return save(doc, indir / "javascript.pdf")


def structure_tree(indir: Path) -> Path:
    """Tagged PDF: a figure with alternate text, a paragraph with ActualText, a title and an expansion."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    helvetica(doc, page)
    append_content(doc, page, b"/P <</MCID 0>> BDC " + text_op(LINES[0], 72, pdf_y(page, 80)) + b"EMC\n"
                   + b"/Span <</MCID 1>> BDC " + text_op(LINES[1], 72, pdf_y(page, 100)) + b"EMC\n"
                   + b"/Figure <</MCID 2>> BDC q 0.5 g 72 500 100 80 re f Q EMC\n")
    root = add_object(doc, "<</Type/StructTreeRoot>>")
    document = add_object(doc, f"<</Type/StructElem/S/Document/P {root} 0 R>>")
    elems = [
        add_object(doc, f"<</Type/StructElem/S/P/P {document} 0 R/Pg {page.xref} 0 R/K 0"
                        f"/T{_pdf_string(f'Alinea over {WHO}')}>>"),
        add_object(doc, f"<</Type/StructElem/S/Span/P {document} 0 R/Pg {page.xref} 0 R/K 1"
                        f"/ActualText{_pdf_string(f'Van: {WHO}, tel. {SECRET_PHONE}')}"
                        f"/E{_pdf_string(WHO)}>>"),
        add_object(doc, f"<</Type/StructElem/S/Figure/P {document} 0 R/Pg {page.xref} 0 R/K 2"
                        f"/Alt{_pdf_string(f'Pasfoto van {WHO}')}>>"),
    ]
    kids = " ".join(f"{e} 0 R" for e in elems)
    doc.xref_set_key(document, "K", f"[{kids}]")
    doc.xref_set_key(root, "K", f"{document} 0 R")
    doc.xref_set_key(root, "ParentTree", f"<</Nums[0[{kids}]]>>")
    doc.xref_set_key(page.xref, "StructParents", "0")
    _catalog_set(doc, "StructTreeRoot", f"{root} 0 R")
    _catalog_set(doc, "MarkInfo", "<</Marked true>>")
    return save(doc, indir / "tagged-alt-actualtext.pdf")


def actualtext_in_content(indir: Path) -> Path:
    """Marked content whose ActualText spells out the initials drawn on the page."""
    doc = _doc()
    page = doc[0]
    helvetica(doc, page)
    append_content(doc, page, f"/Span <</ActualText {_pdf_string(SECRET)}>> BDC ".encode()
                   + text_op("J.P.", 72, pdf_y(page, 200)) + b"EMC\n")
    return save(doc, indir / "actualtext-in-content.pdf")


def incremental_update(indir: Path) -> Path:
    """Revision 1 names him; revision 2 (an incremental update) redacted the page and changed metadata."""
    path = indir / "incremental-update.pdf"
    doc = _doc()
    doc.set_metadata({"author": WHO})
    doc[0].insert_text((72, 300), f"Oud concept: {WHO}")
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    [box] = page.search_for("Oud concept")
    page.add_redact_annot(pymupdf.Rect(box.x0, box.y0, 500, box.y1))
    page.apply_redactions()
    doc.set_metadata({})
    doc.saveIncr()
    doc.close()
    return path


def after_eof(indir: Path) -> Path:
    """Bytes after the last %%EOF: a note and a whole object no reader loads."""
    path = save(_doc(), indir / "data-after-eof.pdf")
    path.write_bytes(path.read_bytes() + f"\n% notitie: {WHO}\n99 0 obj\n({WHO})\nendobj\n".encode())
    return path


PLACES: dict[str, Builder] = {
    "annotations (comment, free text, unapplied redaction, attachment)": annotations,
    "form fields, appearance streams, XFA": form_fields,
    "optional content (hidden layers)": hidden_layer,
    "embedded files, portfolio, associated files": embedded_files,
    "outline (bookmarks)": outline,
    "page labels": page_labels,
    "named destinations": named_destinations,
    "document metadata, XMP, PieceInfo": metadata,
    "thumbnails": thumbnail,
    "JavaScript": javascript,
    "structure tree (Alt, ActualText, T, E)": structure_tree,
    "ActualText in page content": actualtext_in_content,
    "earlier revisions (incremental update)": incremental_update,
    "data after %%EOF": after_eof,
}
# Kept when nothing names the secret (the reviewer can see them and they carry no redacted text).
KEPT_UNLESS_REDACTED = {"outline (bookmarks)", "page labels", "ActualText in page content"}


@pytest.mark.parametrize("place", list(PLACES))
def test_secret_is_gone(place: str, indir: Path, export_redacting) -> None:
    source = PLACES[place](indir)
    out = export_redacting(source, SECRET, SECRET_PHONE)
    assert_gone(place, source, out, SECRET)
    assert verify_file(out) == []


@pytest.mark.parametrize("place", [p for p in PLACES if p not in KEPT_UNLESS_REDACTED])
def test_secret_is_gone_whatever_was_redacted(place: str, indir: Path, export_redacting) -> None:
    """Only the phone number is boxed: a person named only in a hidden place goes all the same."""
    source = PLACES[place](indir)
    out = export_redacting(source, SECRET_PHONE)
    assert_gone(f"{place} (nothing redacted there)", source, out, OTHER)
    assert verify_file(out) == []


def test_clean_bookmarks_and_page_labels_stay(indir: Path, export_redacting) -> None:
    out = export_redacting(outline(indir), SECRET)
    with pymupdf.open(out) as doc:
        assert [t[1] for t in doc.get_toc()] == ["Inleiding", "Contact", "Bijlage"]
        assert all(len(item) == 3 for item in doc.get_toc())  # page destinations only, no actions
    out = export_redacting(page_labels(indir), SECRET)
    with pymupdf.open(out) as doc:
        assert [p.get_label() for p in doc] == ["1", "2", "Bijlage i"]
    out = export_redacting(page_labels(indir), SECRET_PHONE, name="labels-kept.pdf")
    with pymupdf.open(out) as doc:  # the surname was not redacted: the label is the reviewer's to keep
        assert [p.get_label() for p in doc] == [f"{SURNAME}-1", f"{SURNAME}-2", "Bijlage i"]


def test_visible_content_of_hidden_layer_documents_stays(indir: Path, export_redacting) -> None:
    """Content in layers that are on stays, with its layer markup gone or harmless."""
    doc = _doc()
    on = doc.add_ocg("Zichtbaar", on=True)
    doc[0].insert_text((72, 450), "Zichtbare laag: besluit", oc=on)
    source = save(doc, indir / "visible-layer.pdf")
    out = export_redacting(source, SECRET)
    with pymupdf.open(out) as result:
        assert "Zichtbare laag: besluit" in result[0].get_text()


def test_verify_reports_what_an_unsanitised_file_hides(indir: Path) -> None:
    """``redactor verify`` names each hidden place it can find without knowing any secret."""
    expected = {
        hidden_layer: "hidden layer",
        embedded_files: "embedded file",
        thumbnail: "thumbnail",
        structure_tree: "alternate text",
        named_destinations: "named destination",
        javascript: "JavaScript",
        form_fields: "form fields",
        annotations: "annotations present",
        metadata: "metadata",
    }
    for build, phrase in expected.items():
        problems = " | ".join(verify_file(build(indir)))
        assert re.search(phrase, problems, re.IGNORECASE), f"{build.__name__}: {problems}"


# -- verify is the second line: a skipped removal step is caught before publishing --------------------------

SKIPPED_SANITISING = ["annotations (comment, free text, unapplied redaction, attachment)",
                      "form fields, appearance streams, XFA", "embedded files, portfolio, associated files",
                      "named destinations", "document metadata, XMP, PieceInfo", "thumbnails", "JavaScript",
                      "structure tree (Alt, ActualText, T, E)"]


@pytest.mark.parametrize("place", SKIPPED_SANITISING)
def test_export_refuses_when_sanitising_is_skipped(place: str, indir: Path, outdir: Path, export_redacting,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "_sanitise", lambda pdf: None)
    with pytest.raises(ExportVerificationError):
        export_redacting(PLACES[place](indir), SECRET, SECRET_PHONE)
    assert not list(outdir.glob("*.pdf"))


@pytest.mark.parametrize(("place", "step", "replacement"), [
    ("optional content (hidden layers)", (_content, "remove_hidden_layers"), lambda pdf: None),
    ("outline (bookmarks)", (export_module, "_safe_outline"),
     lambda pdf, redactions, secrets: [item[:3] for item in pdf.get_toc(simple=False)]),
    ("page labels", (export_module, "_safe_page_labels"), lambda pdf, secrets: pdf.get_page_labels()),
])
def test_export_refuses_when_a_removal_step_is_skipped(place: str, step, replacement, indir: Path, outdir: Path,
                                                       export_redacting, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(*step, replacement)
    with pytest.raises(ExportVerificationError):
        export_redacting(PLACES[place](indir), SECRET, SECRET_PHONE)
    assert not list(outdir.glob("*.pdf"))
