// What qpdf reads of a PDF that Poppler-Qt does not expose: unapplied Redact annotations and the
// resolution of each page's largest image. Compiled as C++17 apart from the rest of core (see
// core/CMakeLists.txt), so this header names no qpdf type.
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace rebuttal {

// A redaction marked with a Redact annotation but never applied: whatever lies under it is
// still in the file. `overlayText` is what the annotation says it will print (often the code).
struct MarkedRedaction
{
    QRectF box; // fractions of the page as displayed, origin top-left
    QString overlayText;
};

// A cm operator's matrix [a b c d e f].
struct PdfMatrix
{
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

// The image stream a page draws, as qpdf finds it: where it is in the file, its size in pixels,
// and how many 8-bit samples each pixel has (1 grey, 3 RGB) when they are plain samples qpdf can
// decode (no /Decode array, no 1-bit or indexed colour): 0 otherwise.
struct PdfImageStream
{
    int object = 0, generation = 0;
    int width = 0, height = 0;
    int components = 0;
};

// A page that draws one image and nothing else (a scan without a text layer, stamps or
// annotations): the matrices of the cm operators in force at its Do, in the order the content
// applies them, with whole numbers only (read alike by every PDF parser), and the page's box.
// PdfDocument works out from them where Poppler places the image's pixels in a render.
struct OnlyImagePlacement
{
    bool known = false;
    QList<PdfMatrix> matrices;
    double boxLeft = 0, boxTop = 0; // the crop box's left and top edges, in points (PDF user space)
    PdfImageStream image;
};

struct PdfPageObjects
{
    QList<MarkedRedaction> marked;
    double imageDpi = 0; // 0 when the page draws no image
    OnlyImagePlacement onlyImage;
    // The size ("W x H") of an image the page draws that declares far more pixels than its data
    // could hold, which no PDF reader should be asked to draw; empty when there is none.
    QString implausibleImage;
    // Why qpdf could not read the page (or the whole file); empty when it could. The page's
    // marked redactions are then unknown, not absent.
    QString problem;
};

// One entry per page, `pageCount` in all (a page qpdf cannot read stays empty, with its problem).
// The file at `path` when it is not empty, else `data`.
QList<PdfPageObjects> readPdfPageObjects(const QString &path, const QByteArray &data, const QByteArray &password,
                                         int pageCount);

// Decodes image streams with qpdf: the file is opened on first use and kept open (a scan's pages
// are decoded one after another). Its own instance, so that qpdf's state is not shared between
// threads: each PdfDocument has one.
class PdfImageDecoder
{
public:
    // The file at `path` when it is not empty, else `data`.
    PdfImageDecoder(const QString &path, const QByteArray &data, const QByteArray &password);
    ~PdfImageDecoder();
    PdfImageDecoder(const PdfImageDecoder &) = delete;
    PdfImageDecoder &operator=(const PdfImageDecoder &) = delete;

    // The decoded samples of `image` (rows of width x components bytes, top row first), or empty
    // when qpdf cannot decode them or they are not as many as the image's size says.
    QByteArray samples(const PdfImageStream &image);

private:
    struct Open;
    QString m_path;
    QByteArray m_data, m_password;
    std::unique_ptr<Open> m_open;
    bool m_failed = false;
};

} // namespace rebuttal
