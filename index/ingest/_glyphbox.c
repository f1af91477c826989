/*
 * Per-glyph reads of a PDFium text page in one call: lawnews.index.ingest._glyphbox.
 *
 * In: the address of a text page (FPDF_TEXTPAGE), the addresses of three PDFium
 * functions (FPDFText_GetLooseCharBox, FPDFText_GetTextObject,
 * FPDFText_HasUnicodeMapError, as pypdfium2 loaded them), and the addresses of
 * arrays: the m character indices to read (int64) and the outputs, a box per glyph
 * (4 float32: left, top, right, bottom, PDFium's FS_RECTF), the text object it
 * belongs to (uint64) and whether its font maps it to no character (uint8).
 * Out: the arrays filled. Nothing of PDFium is linked or included here: the
 * functions are called through the addresses given, so the module works with
 * whichever PDFium pypdfium2 carries. index/ingest/pdf_glyphs.py makes the same calls one
 * by one through ctypes when this module is not built (no C compiler at install).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

typedef struct { float left, top, right, bottom; } Rect;
typedef int (*LooseBox)(void *, int, Rect *);
typedef void *(*TextObject)(void *, int);
typedef int (*MapError)(void *, int);

static PyObject *read_glyphs(PyObject *self, PyObject *args) {
    unsigned long long page, loose, owner, unmapped, at, boxes, owners, flags;
    Py_ssize_t m, i;
    if (!PyArg_ParseTuple(args, "KKKKKnKKK", &page, &loose, &owner, &unmapped, &at, &m, &boxes, &owners,
                          &flags))
        return NULL;
    if (!page || !loose || !owner || !unmapped || (m > 0 && (!at || !boxes || !owners || !flags))) {
        PyErr_SetString(PyExc_ValueError, "null address");
        return NULL;
    }
    LooseBox box_of = (LooseBox)(uintptr_t)loose;
    TextObject object_of = (TextObject)(uintptr_t)owner;
    MapError unmapped_of = (MapError)(uintptr_t)unmapped;
    void *textpage = (void *)(uintptr_t)page;
    const int64_t *index = (const int64_t *)(uintptr_t)at;
    Rect *rects = (Rect *)(uintptr_t)boxes;
    uint64_t *objects = (uint64_t *)(uintptr_t)owners;
    uint8_t *errors = (uint8_t *)(uintptr_t)flags;
    for (i = 0; i < m; i++) {
        int k = (int)index[i];
        if (!box_of(textpage, k, &rects[i]))
            rects[i].left = rects[i].top = rects[i].right = rects[i].bottom = 0.0f;
        objects[i] = (uint64_t)(uintptr_t)object_of(textpage, k);
        errors[i] = unmapped_of(textpage, k) != 0;
    }
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"read_glyphs", read_glyphs, METH_VARARGS,
     "read_glyphs(textpage, loose_box, text_object, map_error, at, m, boxes, owners, unmapped): fill the arrays"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_glyphbox", NULL, -1, methods};

PyMODINIT_FUNC PyInit__glyphbox(void) { return PyModule_Create(&module); }
