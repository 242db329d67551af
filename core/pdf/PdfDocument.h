// The one adapter between Rebuttal and Poppler: pages as sizes, words, annotation boxes and images.
// Nothing outside core/pdf sees a Poppler type.
#pragma once

#include "PdfObjects.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace rebuttal {

// A word of the page's text layer. Boxes are fractions of the page as displayed, origin top-left.
struct PdfWord
{
    QString text;
    QRectF box;
    QList<QRectF> characters; // one box per character of `text`
    bool spaceAfter = true;
};

// A filled rectangle that is an annotation rather than page content (Square annotations used as
// redactions); it is drawn in renders too.
struct PdfAnnotationBox
{
    QRectF box;
    QColor fill; // invalid when the annotation has no interior colour
};

class PdfDocument
{
public:
    enum class Problem { None, Unreadable, NotAPdf, Damaged, NeedsPassword, WrongPassword, NoPages };

    // Opens a PDF from disk (Poppler reads it as needed: the file is not loaded whole).
    static std::unique_ptr<PdfDocument> open(const QString &path, const QByteArray &password, Problem *problem);
    // Opens a PDF held in memory (a production's bytes as stored in the case file).
    static std::unique_ptr<PdfDocument> openData(const QByteArray &data, const QByteArray &password, Problem *problem);
    ~PdfDocument();

    int pageCount() const;
    // In points, with the page's own rotation applied.
    QSizeF pageSize(int index) const;
    QList<PdfWord> words(int index) const;
    QList<PdfAnnotationBox> annotationBoxes(int index) const;
    // Unapplied Redact annotations of page `index`. Poppler-Qt does not expose this annotation
    // type, so these are read with qpdf (the whole file's on first use).
    QList<MarkedRedaction> markedRedactions(int index) const;
    // Why qpdf could not read page `index` (its marked redactions are then unknown); empty when it could.
    QString markedRedactionsProblem(int index) const;
    // No render is larger than this: a page of 200 x 200 inches (MediaBox [0 0 14400 14400]) at
    // 96 dpi would take 1.4 GB. Larger pages are drawn smaller, and analysed as drawn.
    // (16 million pixels: Letter at 300 dpi for OCR is 8.4 million, A3 17.4.)
    static constexpr qint64 MaxRenderPixels = 16'000'000;
    // `dpi`, or less when page `index` at `dpi` would exceed `maxPixels` (for `area`, the
    // fraction of the page to draw).
    double cappedDpi(int index, double dpi, const QRectF &area = QRectF(0, 0, 1, 1), qint64 maxPixels = MaxRenderPixels) const;
    // The resolution of the largest image drawn on page `index` (its pixels over the page's size,
    // in dots per inch; a scan's own resolution), or 0 when it has none. Read with qpdf, with the
    // marked redactions.
    double imageDpi(int index) const;
    // The size ("W x H") of an image on page `index` that declares far more pixels than its data
    // could hold, or empty: such a page is not drawn (Poppler would scale every declared pixel).
    QString implausibleImage(int index) const;
    // Renders with annotations, as a reader would see the page; Format_RGB32. At cappedDpi(dpi).
    QImage render(int index, double dpi) const;
    // The page as render() draws it, in grey (Format_Grayscale8), pixel for pixel. A page that
    // draws one grey image and nothing else over all of the render, at its own size (a scan read at
    // its own resolution), is drawn here from the image's samples as qpdf decodes them, as Poppler
    // draws it: Poppler's render decodes the image once more (its second decode of the page, after
    // the render that finds boxes) at several times the cost.
    QImage renderGray(int index, double dpi) const;
    // How many pages renderGray gave as their image's decoded samples so far.
    int imagesDecoded() const { return m_imagesDecoded; }
    // Where `term` occurs on the page (case-insensitive), as fractions of the page.
    QList<QRectF> find(int index, const QString &term) const;
    // Renders only `area` (fractions of the page) at `dpi` (capped as render's): a close look at a small region.
    // On a page that draws one image and nothing else (a scan), Poppler decodes and scales the whole
    // image for any area; the area is then cut from a render of most of the page, kept for the
    // page's next areas, in which Poppler placed the image's pixels exactly where a render of the
    // area alone would (the same pixels: see cutFromPageRender).
    QImage renderArea(int index, double dpi, const QRectF &area) const;
    // Whether renderArea may cut areas from a page render (for tests comparing both ways).
    void setReusesPageRenders(bool reuses) { m_reusesPageRenders = reuses; }
    // How many areas renderArea cut from a page render so far.
    int areasCutFromPageRenders() const { return m_areasCut; }

private:
    explicit PdfDocument(std::unique_ptr<Poppler::Document> document);
    void readWithQpdf() const;
    QImage cutFromPageRender(int index, double dpi, const QRect &pixels) const;
    QImage decodedOnlyImage(int index, double dpi) const;
    static std::unique_ptr<PdfDocument> adopt(std::unique_ptr<Poppler::Document> document, const QByteArray &password,
                                              Problem *problem);
    std::unique_ptr<Poppler::Document> m_document;
    QString m_path;         // the file, when opened from disk
    QByteArray m_data;      // or the bytes, when opened from memory
    QByteArray m_password;
    mutable bool m_markedRead = false;
    mutable QList<PdfPageObjects> m_objects;
    bool m_reusesPageRenders = true;
    // Renders of page m_rendersIndex at m_rendersDpi from which renderArea cuts areas: each drawn
    // from `origin` to the page's far corner, with the image's pixels over `span` (see imageSpan in
    // the .cpp), kept grey when the page is (a quarter of the memory).
    struct AreaSource
    {
        QPoint origin;
        QRect span;
        QImage pixels;
    };
    mutable int m_rendersIndex = -1;
    mutable double m_rendersDpi = 0;
    mutable QList<AreaSource> m_renders;
    mutable int m_areasCut = 0;
    mutable std::unique_ptr<PdfImageDecoder> m_decoder;
    mutable int m_imagesDecoded = 0;
};

} // namespace rebuttal
